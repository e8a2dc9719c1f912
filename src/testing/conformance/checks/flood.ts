/**
 * Flood limits: posts an hour, links by new members, the same text twice. Skipped when the adapters do not
 * apply the moderation settings a check asks for, or do not take their time from its clock.
 */
import { expectEqual, expectFailure } from '../assertions.js';
import { community, expectRefusal } from '../community.js';
import { validAnswer, validQuestion } from '../helpers.js';
import type { ConformanceCheck } from '../types.js';

const relaxed = { postsPerHour: 1000, newMemberLinks: 100, newMemberReputation: 0, duplicateWindowMinutes: 0 };
const bodies = [
  'My SIM says "no service" since this morning in Brugge.',
  'Calls drop after exactly ten minutes on the train to Gent.',
  'Voicemail greeting resets to the default after every update.',
  'Data works, but MMS pictures never download on mobile data.',
];

export const floodChecks: readonly ConformanceCheck[] = [
  {
    rule: 'flood: more than postsPerHour posts in an hour is rate-limited with retryAfter; an hour later it is allowed; moderators are not limited',
    async run(ctx) {
      const c = await community(ctx, { capabilities: [], moderation: { flood: { ...relaxed, postsPerHour: 3 } }, clock: true });
      if (c === null) return;
      const member = async () => c.as('member');
      await (await member()).askQuestion({ ...validQuestion, body: bodies[0] ?? '' });
      c.advance(10);
      await (await member()).postAnswer({ ...validAnswer, body: bodies[1] ?? '' });
      c.advance(10);
      await (await member()).postAnswer({ ...validAnswer, questionId: 'q-esim', body: bodies[2] ?? '' });
      c.advance(10);
      const error = await expectFailure((await member()).postAnswer({ ...validAnswer, body: bodies[3] ?? '' }), 'rate-limited', 'a fourth post within the hour (postsPerHour 3)');
      expectEqual(error.retryAfter, 30 * 60, 'retryAfter (seconds)', 'until the first of the three posts is an hour old');
      for (const viewerId of ['moderator', 'staff']) {
        for (const body of bodies) await (await c.as(viewerId)).postAnswer({ ...validAnswer, body: `${body} (${viewerId})` });
      }
      c.advance(31);
      await (await member()).postAnswer({ ...validAnswer, body: bodies[3] ?? '' });
    },
  },
  {
    rule: 'flood: a new member (below newMemberReputation) may put at most newMemberLinks links in a post (invalid, field body, reason too-many-links)',
    async run(ctx) {
      const c = await community(ctx, { capabilities: [], moderation: { flood: { ...relaxed, newMemberLinks: 1, newMemberReputation: 1_000_000 } } });
      if (c === null) return;
      const twoLinks = 'Compare https://coverage.example.com/map and [the outage page](https://status.example.com) first.';
      await expectRefusal((await c.as('member')).postAnswer({ ...validAnswer, body: twoLinks }), 'invalid', 'a new member posting two links (newMemberLinks 1)', { field: 'body', reason: 'too-many-links' });
      await expectRefusal((await c.as('asker')).askQuestion({ ...validQuestion, body: `${twoLinks} Which one is right?` }), 'invalid', 'a new member asking with two links', { field: 'body', reason: 'too-many-links' });
      await (await c.as('member')).postAnswer({ ...validAnswer, body: 'The coverage map at https://coverage.example.com/map shows the mast.' });
      await (await c.as('staff')).postAnswer({ ...validAnswer, body: twoLinks });
    },
  },
  {
    rule: 'flood: posting the same text again within duplicateWindowMinutes is a conflict (reason duplicate); after the window it is allowed',
    async run(ctx) {
      const c = await community(ctx, { capabilities: [], moderation: { flood: { ...relaxed, duplicateWindowMinutes: 60 } }, clock: true });
      if (c === null) return;
      const body = 'Restarting the router in bridge mode fixed the dropouts for me.';
      await (await c.as('member')).postAnswer({ ...validAnswer, body });
      c.advance(5);
      await expectRefusal((await c.as('member')).postAnswer({ ...validAnswer, questionId: 'q-esim', body: `  ${body.toUpperCase()} ` }), 'conflict', 'the same text again 5 minutes later (other case and spaces)', { reason: 'duplicate' });
      await (await c.as('other')).postAnswer({ ...validAnswer, body });
      c.advance(56);
      await (await c.as('member')).postAnswer({ ...validAnswer, questionId: 'q-esim', body });
    },
  },
];
