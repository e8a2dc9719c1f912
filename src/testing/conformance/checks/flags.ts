/**
 * Flags (optional capability `flag`): who may flag what, once; the flag count moderators see; the threshold that
 * hides a post on its own. Each check is skipped when the adapter lacks what it needs (see `../community.ts`).
 */
import { MODERATION_TEXT_MAX } from '../../../core/moderation.js';
import type { FlagInput } from '../../../core/types.js';
import { ensure, expectEqual, expectFailure, expectInvalid } from '../assertions.js';
import { community, expectRefusal, read } from '../community.js';
import type { ConformanceCheck } from '../types.js';

const spam: FlagInput = { target: 'answer', id: 'a-open-expert', reason: 'spam' };

export const flagChecks: readonly ConformanceCheck[] = [
  {
    rule: 'flag: a member flags a post once (a second flag is a conflict, reason already-flagged) and sees that they did',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['flag'] });
      if (c === null) return;
      const before = await (await c.as('other')).getAnswer('a-open-expert');
      expectEqual([before.viewerHasFlagged, before.viewerCan.flag], [false, true], '[viewerHasFlagged, viewerCan.flag] of a-open-expert', 'for other before flagging');
      const flagged = await (await c.as('other')).flag!(spam);
      expectEqual([flagged.id, flagged.viewerHasFlagged, flagged.viewerCan.flag], ['a-open-expert', true, false], '[id, viewerHasFlagged, viewerCan.flag] of the flagged answer', 'as flag() returns it');
      expectEqual(flagged.state ?? 'published', 'published', 'the state of a-open-expert', 'after one flag (below the threshold)');
      const again = (await c.as('other')).flag!({ ...spam, reason: 'abusive' });
      await expectRefusal(again, 'conflict', 'a second flag by the same member', { reason: 'already-flagged' });
      const seen = await (await c.as('member')).getAnswer('a-open-expert');
      expectEqual(seen.viewerHasFlagged, false, 'viewerHasFlagged of a-open-expert', "for a member who did not flag it");
    },
  },
  {
    rule: 'flag: nobody flags their own post (forbidden), anonymous readers cannot flag (unauthenticated)',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['flag'] });
      if (c === null) return;
      const own = await (await c.as('expert')).getAnswer('a-open-expert');
      expectEqual(own.viewerCan.flag, false, 'viewerCan.flag', 'for the author of a-open-expert');
      await expectFailure((await c.as('expert')).flag!(spam), 'forbidden', 'flagging one\'s own answer');
      const anonymous = await (await c.as(null)).getQuestion('q-open');
      expectEqual(anonymous.viewerCan.flag ?? false, false, 'viewerCan.flag', 'for an anonymous reader');
      await expectFailure((await c.as(null)).flag!({ target: 'question', id: 'q-open', reason: 'spam' }), 'unauthenticated', 'a flag by an anonymous reader');
    },
  },
  {
    rule: 'flag: the reason must be known, "other" needs a note, a note is at most 500 characters (invalid, naming the field)',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['flag'] });
      if (c === null) return;
      const member = await c.as('member');
      await expectInvalid(member.flag!({ ...spam, reason: 'boring' } as unknown as FlagInput), 'reason', 'a flag with an unknown reason');
      await expectInvalid(member.flag!({ ...spam, reason: 'other' }), 'note', 'a flag for "other" without a note');
      await expectInvalid(member.flag!({ ...spam, reason: 'other', note: '   ' }), 'note', 'a flag for "other" with a blank note');
      await expectInvalid(member.flag!({ ...spam, note: 'x'.repeat(MODERATION_TEXT_MAX + 1) }), 'note', 'a flag with a note of 501 characters');
      const flagged = await (await c.as('member')).flag!({ ...spam, reason: 'other', note: 'Het zelfde antwoord staat in vijf draadjes.' });
      expectEqual(flagged.viewerHasFlagged, true, 'viewerHasFlagged', 'after a flag for "other" with a note');
    },
  },
  {
    rule: 'flag: moderators see how many open flags a post has, everyone else sees 0',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['flag'] });
      if (c === null) return;
      await (await c.as('other')).flag!(spam);
      await (await c.as('asker')).flag!({ ...spam, reason: 'off-topic' });
      for (const viewerId of ['moderator', 'staff']) {
        expectEqual((await (await c.as(viewerId)).getAnswer('a-open-expert')).flagCount, 2, 'flagCount of a-open-expert', `for ${viewerId}`);
      }
      for (const viewerId of [null, 'member', 'expert', 'other']) {
        expectEqual((await (await c.as(viewerId)).getAnswer('a-open-expert')).flagCount ?? 0, 0, 'flagCount of a-open-expert', `for ${String(viewerId)}`);
      }
    },
  },
  {
    rule: 'flag: the flagThreshold-th open flag hides the post on its own (auto-hide by nobody, audited); others see a placeholder',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['flag'], moderation: { flagThreshold: 2 } });
      if (c === null) return;
      await (await c.as('other')).flag!(spam);
      const hidden = await (await c.as('asker')).flag!({ ...spam, reason: 'off-topic' });
      expectEqual(hidden.state, 'hidden', 'the state of a-open-expert', 'after the second of two flags');
      expectEqual(hidden.moderation?.by ?? null, null, 'moderation.by of the auto-hidden answer', '(nobody hid it)');
      const anonymous = await (await c.as(null)).getAnswer('a-open-expert');
      expectEqual([anonymous.state, anonymous.body], ['hidden', ''], '[state, body] of the auto-hidden answer', 'for an anonymous reader');
      ensure(anonymous.moderation !== null && anonymous.moderation !== undefined, 'expected an auto-hidden answer to carry its moderation for others');
      const author = await (await c.as('expert')).getAnswer('a-open-expert');
      ensure(author.body.length > 0, 'expected the author to still read their auto-hidden answer');
      const moderator = await c.as('moderator');
      ensure((await read(moderator, 'answer', 'a-open-expert')).body.length > 0, 'expected moderators to read an auto-hidden answer');
      if (moderator.listAuditLog !== undefined) {
        const log = await moderator.listAuditLog({ targetId: 'a-open-expert' });
        const entry = log.items.find((candidate) => candidate.action === 'auto-hide');
        ensure(entry !== undefined, `expected an "auto-hide" audit entry for a-open-expert, got ${JSON.stringify(log.items.map((item) => item.action))}`);
        expectEqual([entry.actor, entry.target, entry.questionId], [null, 'answer', 'q-open'], '[actor, target, questionId] of the auto-hide entry');
      }
      await expectFailure((await c.as('member')).flag!({ ...spam, reason: 'abusive' }), 'conflict', 'flagging a post that is already hidden');
    },
  },
];
