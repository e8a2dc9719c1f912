/** Kudos: who may give them, giving and taking back, counts per viewer, reputation. */
import { answerShape, questionShape } from '../../../core/shapes.js';
import { REPUTATION } from '../../../core/recognition.js';
import { expectEqual, expectFailure, expectShape } from '../assertions.js';
import { answerOf, questionsOf, validAnswer, validQuestion } from '../helpers.js';
import type { Adapter } from '../helpers.js';
import type { ConformanceCheck } from '../types.js';

export const voteChecks: readonly ConformanceCheck[] = [
  {
    rule: 'anonymous readers cannot ask, answer, vote or accept (unauthenticated)',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      const code = 'unauthenticated';
      await expectFailure(adapter.askQuestion(validQuestion), code, 'askQuestion by an anonymous reader');
      await expectFailure(adapter.postAnswer(validAnswer), code, 'postAnswer by an anonymous reader');
      const vote = adapter.vote({ target: 'question', id: 'q-open', voted: true });
      await expectFailure(vote, code, 'vote by an anonymous reader');
      const accept = adapter.acceptAnswer({ answerId: 'a-open-expert', accepted: true });
      await expectFailure(accept, code, 'acceptAnswer by an anonymous reader');
      expectEqual((await adapter.getQuestion('q-open')).voteCount, 3, 'voteCount of q-open', 'after refused mutations');
      expectEqual((await questionsOf(adapter)).length, 8, 'the number of questions', 'after a refused askQuestion');
    },
  },
  {
    rule: 'vote gives kudos and voted:false takes it back',
    async run(ctx) {
      const adapter = await ctx.adapter('other');
      const given = await adapter.vote({ target: 'question', id: 'q-esim', voted: true });
      expectShape(given, questionShape, 'vote({ target: "question" })');
      expectEqual([given.type, given.id], ['question', 'q-esim'], '[type, id] of the vote result');
      expectEqual(given.voteCount, 3, 'voteCount of q-esim', 'after kudos from a new voter');
      expectEqual(given.viewerHasVoted, true, 'viewerHasVoted', 'after giving kudos');
      expectEqual((await adapter.getQuestion('q-esim')).voteCount, 3, 'getQuestion("q-esim").voteCount', 'after kudos');
      const taken = await adapter.vote({ target: 'question', id: 'q-esim', voted: false });
      expectEqual(
        [taken.voteCount, taken.viewerHasVoted],
        [2, false],
        '[voteCount, viewerHasVoted] of q-esim',
        'after taking kudos back',
      );
      const answer = await adapter.vote({ target: 'answer', id: 'a-open-staff', voted: true });
      expectShape(answer, answerShape, 'vote({ target: "answer" })');
      expectEqual([answer.type, answer.voteCount], ['answer', 3], '[type, voteCount] of a-open-staff', 'after kudos');
      expectEqual((await answerOf(adapter, 'q-open', 'a-open-staff')).voteCount, 3, 'listed voteCount of a-open-staff');
    },
  },
  {
    rule: 'giving kudos twice counts once; taking it back twice is harmless',
    async run(ctx) {
      const adapter = await ctx.adapter('other');
      const target = { target: 'question', id: 'q-esim' } as const;
      await adapter.vote({ ...target, voted: true });
      const again = await adapter.vote({ ...target, voted: true });
      expectEqual(again.voteCount, 3, 'voteCount', 'after a second vote by the same user');
      expectEqual(
        (await adapter.getQuestion('q-esim')).voteCount,
        3,
        'getQuestion().voteCount',
        'after a second vote by the same user',
      );
      await adapter.vote({ ...target, voted: false });
      const twice = await adapter.vote({ ...target, voted: false });
      expectEqual(twice.voteCount, 2, 'voteCount', 'after taking kudos back twice');
      const seeded = await adapter.vote({ target: 'answer', id: 'a-open-expert', voted: true });
      expectEqual(
        seeded.voteCount,
        3,
        'voteCount of a-open-expert',
        'after voting again on a post the user already liked',
      );
      const never = await adapter.vote({ target: 'answer', id: 'a-open-staff', voted: false });
      expectEqual(never.voteCount, 2, 'voteCount of a-open-staff', 'after taking back kudos the user never gave');
    },
  },
  {
    rule: 'members cannot give kudos to their own posts (forbidden)',
    async run(ctx) {
      const asker = await ctx.adapter('asker');
      await expectFailure(
        asker.vote({ target: 'question', id: 'q-open', voted: true }),
        'forbidden',
        'kudos on their own question',
      );
      const expert = await ctx.adapter('expert');
      const ownAnswer = expert.vote({ target: 'answer', id: 'a-open-expert', voted: true });
      await expectFailure(ownAnswer, 'forbidden', 'kudos on their own answer');
      expectEqual((await asker.getQuestion('q-open')).voteCount, 3, 'voteCount of q-open', 'after a refused self vote');
    },
  },
  {
    rule: 'kudos counts are the same for every viewer; viewerHasVoted is per viewer',
    async run(ctx) {
      const byVoter = await (await ctx.adapter('member')).getQuestion('q-open');
      const byAsker = await (await ctx.adapter('asker')).getQuestion('q-open');
      expectEqual(
        [byVoter.voteCount, byVoter.viewerHasVoted],
        [3, true],
        '[voteCount, viewerHasVoted] of q-open',
        'for member, who gave kudos',
      );
      expectEqual(
        [byAsker.voteCount, byAsker.viewerHasVoted],
        [3, false],
        '[voteCount, viewerHasVoted] of q-open',
        'for the asker',
      );
      const voter = await ctx.adapter('other');
      await voter.vote({ target: 'question', id: 'q-vi', voted: true });
      const reader = await ctx.viewAs(voter, 'staff');
      if (reader === null) return;
      const seen = await reader.getQuestion('q-vi');
      expectEqual(
        [seen.voteCount, seen.viewerHasVoted],
        [1, false],
        '[voteCount, viewerHasVoted] of q-vi',
        "for staff after other's kudos",
      );
      const listed = (await questionsOf(reader)).find((question) => question.id === 'q-vi');
      expectEqual(listed?.voteCount, 1, 'listed voteCount of q-vi', "for staff after other's kudos");
    },
  },
  {
    rule: 'reputation follows kudos on questions and answers',
    async run(ctx) {
      const reputation = async (adapter: Adapter) => (await adapter.getUser('expert')).reputation;
      const voter = await ctx.adapter('other');
      const start = await reputation(voter);
      await voter.vote({ target: 'question', id: 'q-esim', voted: true });
      expectEqual(
        await reputation(voter),
        start + REPUTATION.questionKudos,
        "the expert's reputation",
        'after kudos on their question',
      );
      await voter.vote({ target: 'question', id: 'q-esim', voted: false });
      expectEqual(await reputation(voter), start, "the expert's reputation", 'after those kudos were taken back');
      const staff = await ctx.adapter('staff');
      await staff.vote({ target: 'answer', id: 'a-open-expert', voted: true });
      expectEqual(
        await reputation(staff),
        start + REPUTATION.answerKudos,
        "the expert's reputation",
        'after kudos on their answer',
      );
      expectEqual(
        (await staff.getUser('expert')).stats.kudosReceived,
        7,
        "the expert's kudosReceived",
        'after one more kudos',
      );
    },
  },
  {
    rule: 'reputation follows accepted answers',
    async run(ctx) {
      const asker = await ctx.adapter('asker');
      const before = await asker.getUser('expert');
      await asker.acceptAnswer({ answerId: 'a-open-expert', accepted: true });
      const accepted = await asker.getUser('expert');
      expectEqual(
        accepted.reputation,
        before.reputation + REPUTATION.acceptedAnswer,
        "the expert's reputation",
        'after their answer was accepted',
      );
      expectEqual(
        accepted.stats.acceptedAnswers,
        before.stats.acceptedAnswers + 1,
        "the expert's acceptedAnswers",
        'after an accept',
      );
      await asker.acceptAnswer({ answerId: 'a-open-expert', accepted: false });
      expectEqual(
        (await asker.getUser('expert')).reputation,
        before.reputation,
        "the expert's reputation",
        'after the accept was withdrawn',
      );
    },
  },
];
