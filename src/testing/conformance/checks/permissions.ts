/** Permissions: what `viewerCan` offers each viewer. */
import { expectEqual } from '../assertions.js';
import { answerOf, answersOf, expectPermissions, questionsOf } from '../helpers.js';
import type { ConformanceCheck } from '../types.js';

export const permissionChecks: readonly ConformanceCheck[] = [
  {
    rule: 'viewerCan: an anonymous reader may do nothing',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      const none = { vote: false, edit: false, moderate: false };
      for (const question of await questionsOf(adapter)) {
        expectPermissions(question.viewerCan, { ...none, answer: false }, `an anonymous reader on ${question.id}`);
        expectEqual(question.viewerHasVoted, false, `viewerHasVoted on ${question.id}`, 'for an anonymous reader');
      }
      for (const answer of [...(await answersOf(adapter, 'q-open')), ...(await answersOf(adapter, 'q-solved'))]) {
        expectPermissions(answer.viewerCan, { ...none, accept: false }, `an anonymous reader on ${answer.id}`);
      }
    },
  },
  {
    rule: 'viewerCan: the asker may edit, answer and accept, but not vote on their own question',
    async run(ctx) {
      const adapter = await ctx.adapter('asker');
      const question = await adapter.getQuestion('q-open');
      const expected = { vote: false, edit: true, moderate: false, answer: true };
      expectPermissions(question.viewerCan, expected, 'the asker on their own question q-open');
      for (const answer of await answersOf(adapter, 'q-open')) {
        const whose = `the asker on ${answer.id}`;
        expectPermissions(answer.viewerCan, { vote: true, edit: false, moderate: false, accept: true }, whose);
      }
    },
  },
  {
    rule: 'viewerCan: another member may vote and answer, not edit, accept or moderate',
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      const question = await adapter.getQuestion('q-open');
      const expected = { vote: true, edit: false, moderate: false, answer: true };
      expectPermissions(question.viewerCan, expected, "a member on someone else's question q-open");
      const theirs = await answerOf(adapter, 'q-open', 'a-open-expert');
      const onTheirs = { vote: true, edit: false, moderate: false, accept: false };
      expectPermissions(theirs.viewerCan, onTheirs, "a member on someone else's answer a-open-expert");
      const own = await answerOf(adapter, 'q-open', 'a-open-member');
      const onOwn = { vote: false, edit: true, moderate: false, accept: false };
      expectPermissions(own.viewerCan, onOwn, 'a member on their own answer a-open-member');
    },
  },
  {
    rule: 'viewerCan: staff and moderators may edit, moderate and accept',
    async run(ctx) {
      for (const role of ['staff', 'moderator']) {
        const adapter = await ctx.adapter(role);
        const question = await adapter.getQuestion('q-open');
        const expected = { vote: true, edit: true, moderate: true, answer: true };
        expectPermissions(question.viewerCan, expected, `${role} on q-open`);
        for (const answer of await answersOf(adapter, 'q-open')) {
          const own = answer.author.id === role;
          const onAnswer = { vote: !own, edit: true, moderate: true, accept: true };
          expectPermissions(answer.viewerCan, onAnswer, `${role} on ${answer.id}`);
        }
      }
    },
  },
  {
    rule: 'viewerCan: nobody may answer a locked question',
    async run(ctx) {
      for (const viewerId of ['member', 'other', 'staff']) {
        const question = await (await ctx.adapter(viewerId)).getQuestion('q-locked');
        expectEqual(question.viewerCan.answer, false, 'viewerCan.answer on the locked q-locked', `for ${viewerId}`);
      }
    },
  },
];
