/**
 * Hand-off to customer care (moderation actions `hand-to-care` and `return-from-care`, capability `moderate`): who
 * may hand a question over, the public note every reader then sees, the audit line, answers still taken, and the
 * way back to the community.
 */
import { MODERATION_TEXT_MAX } from '../../../core/moderation.js';
import type { ModerationInput } from '../../../core/types.js';
import { ensure, expectEqual, expectFailure, expectInvalid } from '../assertions.js';
import { community } from '../community.js';
import { validAnswer } from '../helpers.js';
import type { ConformanceCheck } from '../types.js';

const note = 'We passed this to our care team: they will e-mail you within a working day.';
const handOver: ModerationInput = { action: 'hand-to-care', target: 'question', id: 'q-open', reason: note };
const giveBack: ModerationInput = { action: 'return-from-care', target: 'question', id: 'q-open' };

export const handoffChecks: readonly ConformanceCheck[] = [
  {
    rule: 'hand-to-care: staff and moderators only; members and experts are forbidden, anonymous readers unauthenticated; the question is unchanged',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['moderate'] });
      if (c === null) return;
      for (const viewerId of ['member', 'expert']) {
        await expectFailure((await c.as(viewerId)).moderate!(handOver), 'forbidden', `hand-to-care by ${viewerId}`);
      }
      await expectFailure((await c.as(null)).moderate!(handOver), 'unauthenticated', 'hand-to-care by an anonymous reader');
      expectEqual((await (await c.as(null)).getQuestion('q-open')).handoff ?? null, null, 'the handoff of q-open', 'after refused hand-overs');
    },
  },
  {
    rule: 'hand-to-care: the note is required, 1 to 500 characters after trimming, and only a question is handed over (invalid naming the field)',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['moderate'] });
      if (c === null) return;
      const staff = await c.as('staff');
      const cases: [string, ModerationInput, string][] = [
        ['no note', { ...handOver, reason: undefined }, 'reason'],
        ['a blank note', { ...handOver, reason: '   ' }, 'reason'],
        ['a note too long', { ...handOver, reason: 'x'.repeat(MODERATION_TEXT_MAX + 1) }, 'reason'],
        ['an answer', { ...handOver, target: 'answer', id: 'a-open-expert' }, 'target'],
        ['a member', { ...handOver, target: 'user', id: 'member' }, 'target'],
      ];
      for (const [what, input, field] of cases) await expectInvalid(staff.moderate!(input), field, `hand-to-care with ${what}`);
      await expectFailure(staff.moderate!({ ...handOver, id: 'q-none' }), 'not-found', 'hand-to-care of an unknown question');
      await expectFailure(staff.moderate!(giveBack), 'conflict', 'return-from-care of a question not handed over');
    },
  },
  {
    rule: 'hand-to-care: every reader sees the note, who and when; the thread still takes answers; each action is audited; return-from-care clears it',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['moderate'] });
      if (c === null) return;
      const result = await (await c.as('staff')).moderate!({ ...handOver, reason: `  ${note}  ` });
      expectEqual(result.question?.handoff?.note, note, 'the handoff note of q-open', '(trimmed)');
      expectEqual([result.entry.action, result.entry.reason, result.entry.targetId], ['hand-to-care', note, 'q-open'], '[action, reason, targetId] of the audit entry');
      for (const viewerId of [null, 'member']) {
        const seen = await (await c.as(viewerId)).getQuestion('q-open');
        expectEqual([seen.handoff?.note, seen.handoff?.by.id], [note, 'staff'], '[note, by.id] of the handoff of q-open', `for ${viewerId ?? 'an anonymous reader'}`);
        ensure(!Number.isNaN(Date.parse(seen.handoff?.at ?? '')), `expected handoff.at to be a time, got ${String(seen.handoff?.at)}`);
        expectEqual(seen.status, 'open', 'the status of the handed-over q-open', `for ${viewerId ?? 'an anonymous reader'}`);
      }
      const member = await c.as('member');
      expectEqual((await member.getQuestion('q-open')).viewerCan.answer, true, 'viewerCan.answer on the handed-over q-open', 'for member');
      const answer = await member.postAnswer(validAnswer);
      expectEqual(answer.questionId, 'q-open', 'the question of an answer posted to a handed-over question');
      const back = await (await c.as('moderator')).moderate!(giveBack);
      expectEqual(back.question?.handoff ?? null, null, 'the handoff of q-open', 'after return-from-care');
      expectEqual((await (await c.as(null)).getQuestion('q-open')).handoff ?? null, null, 'the handoff of q-open', 'for an anonymous reader after return-from-care');
      const log = await (await c.as('staff')).listAuditLog!({ targetId: 'q-open' });
      expectEqual(log.items.slice(0, 2).map((item) => [item.action, item.actor?.id]), [['return-from-care', 'moderator'], ['hand-to-care', 'staff']], '[action, actor] of the audit log of q-open', '(newest first)');
    },
  },
];
