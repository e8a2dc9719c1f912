/** Accepted answers: who may accept, one per question, its place in the list, locked questions. */
import { acceptResultShape } from '../../../core/shapes.js';
import { ensure, expectEqual, expectFailure, expectShape } from '../assertions.js';
import { answersOf, answerSorts, ids, questionsOf, validAnswer } from '../helpers.js';
import type { ConformanceCheck } from '../types.js';

export const acceptChecks: readonly ConformanceCheck[] = [
  {
    rule: 'the asker may accept an answer',
    async run(ctx) {
      const adapter = await ctx.adapter('asker');
      const result = await adapter.acceptAnswer({ answerId: 'a-open-member', accepted: true });
      expectShape(result, acceptResultShape, 'acceptAnswer()');
      expectEqual(
        result.question.acceptedAnswerId,
        'a-open-member',
        'question.acceptedAnswerId',
        'in the accept result',
      );
      expectEqual(
        [result.answer.id, result.answer.accepted],
        ['a-open-member', true],
        '[answer.id, answer.accepted]',
        'in the accept result',
      );
      expectEqual(result.answer.acceptedBy?.id, 'asker', 'answer.acceptedBy.id', 'in the accept result');
      ensure(result.answer.acceptedAt !== null, 'expected answer.acceptedAt to be set after an accept, got null');
      expectEqual(result.previous, null, 'previous', 'when no answer was accepted before');
      expectEqual(
        (await adapter.getQuestion('q-open')).acceptedAnswerId,
        'a-open-member',
        'getQuestion("q-open").acceptedAnswerId',
      );
      expectEqual(
        ids(await questionsOf(adapter, { status: 'solved' })).includes('q-open'),
        true,
        'q-open among the solved questions',
        'after an accept',
      );
    },
  },
  {
    rule: 'staff and moderators may accept an answer on any question',
    async run(ctx) {
      for (const role of ['staff', 'moderator']) {
        const adapter = await ctx.adapter(role);
        const { answer } = await adapter.acceptAnswer({ answerId: 'a-open-expert', accepted: true });
        expectEqual(
          [answer.accepted, answer.acceptedBy?.id],
          [true, role],
          '[accepted, acceptedBy.id] of a-open-expert',
          `after ${role} accepted it`,
        );
      }
    },
  },
  {
    rule: 'only the asker, staff and moderators may accept (forbidden for other members)',
    async run(ctx) {
      for (const viewerId of ['member', 'other', 'expert']) {
        const adapter = await ctx.adapter(viewerId);
        const accept = adapter.acceptAnswer({ answerId: 'a-open-member', accepted: true });
        await expectFailure(accept, 'forbidden', `acceptAnswer by ${viewerId}, who did not ask the question`);
        const unaccept = adapter.acceptAnswer({ answerId: 'a-solved-staff', accepted: false });
        await expectFailure(unaccept, 'forbidden', `unaccepting by ${viewerId}, who did not ask the question`);
        expectEqual(
          (await adapter.getQuestion('q-open')).acceptedAnswerId,
          null,
          'acceptedAnswerId of q-open',
          'after a refused accept',
        );
      }
    },
  },
  {
    rule: 'a question has at most one accepted answer: accepting another one replaces it',
    async run(ctx) {
      const adapter = await ctx.adapter('asker');
      await adapter.acceptAnswer({ answerId: 'a-open-expert', accepted: true });
      const result = await adapter.acceptAnswer({ answerId: 'a-open-staff', accepted: true });
      expectEqual(result.previous?.id, 'a-open-expert', 'previous.id', 'when accepting a second answer');
      expectEqual(result.previous?.accepted, false, 'previous.accepted', 'after another answer was accepted');
      expectEqual(
        result.question.acceptedAnswerId,
        'a-open-staff',
        'question.acceptedAnswerId',
        'after accepting a second answer',
      );
      const accepted = (await answersOf(adapter, 'q-open')).filter((answer) => answer.accepted);
      expectEqual(ids(accepted), ['a-open-staff'], 'the accepted answers of q-open');
      const replaced = await adapter.acceptAnswer({ answerId: 'a-solved-other', accepted: true });
      expectEqual(
        replaced.previous?.id,
        'a-solved-staff',
        'previous.id',
        'when replacing the seeded accepted answer of q-solved',
      );
    },
  },
  {
    rule: 'the accepted answer comes first in listAnswers, whatever the sort',
    async run(ctx) {
      const adapter = await ctx.adapter('asker');
      await adapter.acceptAnswer({ answerId: 'a-open-member', accepted: true });
      for (const [questionId, acceptedId] of [
        ['q-solved', 'a-solved-staff'],
        ['q-open', 'a-open-member'],
      ] as const) {
        for (const sort of answerSorts) {
          const first = (await adapter.listAnswers(questionId, { sort, limit: 1 })).items[0];
          expectEqual(first?.id, acceptedId, `the first answer of ${questionId}`, `sorted by ${sort}`);
        }
      }
    },
  },
  {
    rule: 'unaccepting clears the accepted answer',
    async run(ctx) {
      const adapter = await ctx.adapter('asker');
      const result = await adapter.acceptAnswer({ answerId: 'a-solved-staff', accepted: false });
      expectEqual(result.question.acceptedAnswerId, null, 'question.acceptedAnswerId', 'after unaccepting');
      const { accepted, acceptedBy, acceptedAt } = result.answer;
      expectEqual(
        [accepted, acceptedBy, acceptedAt],
        [false, null, null],
        '[accepted, acceptedBy, acceptedAt]',
        'after unaccepting',
      );
      expectEqual(result.previous, null, 'previous', 'after unaccepting');
      expectEqual(
        (await adapter.getQuestion('q-solved')).acceptedAnswerId,
        null,
        'getQuestion("q-solved").acceptedAnswerId',
        'after unaccepting',
      );
      const again = await adapter.acceptAnswer({ answerId: 'a-solved-staff', accepted: false });
      expectEqual(again.question.acceptedAnswerId, null, 'question.acceptedAnswerId', 'after unaccepting twice');
    },
  },
  {
    rule: 'a locked question takes no answers and its accepted answer cannot change (conflict)',
    async run(ctx) {
      const other = await ctx.adapter('other');
      await expectFailure(
        other.postAnswer({ ...validAnswer, questionId: 'q-locked' }),
        'conflict',
        'postAnswer on a locked question',
      );
      for (const viewerId of ['member', 'staff']) {
        const adapter = await ctx.adapter(viewerId);
        const accept = adapter.acceptAnswer({ answerId: 'a-locked-staff', accepted: true });
        await expectFailure(accept, 'conflict', `acceptAnswer by ${viewerId} on a locked question`);
      }
      expectEqual(
        (await other.getQuestion('q-locked')).answerCount,
        1,
        'answerCount of q-locked',
        'after a refused answer',
      );
    },
  },
];
