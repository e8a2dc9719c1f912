/** Reads: the viewer, categories, questions, answers and profiles are well-formed; counts and reputation derived. */
import {
  answerShape,
  arrayOf,
  categoryShape,
  pageOf,
  profileShape,
  questionShape,
  viewerShape,
} from '../../../core/shapes.js';
import { parseMarkdown } from '../../../core/markdown-parse.js';
import { REPUTATION } from '../../../core/recognition.js';
import { expectEqual, expectShape, expectTime } from '../assertions.js';
import { allQuestionIds, answerOf, expectSameIds, ids } from '../helpers.js';
import { conformanceSeed } from '../seed.js';
import type { ConformanceCheck } from '../types.js';

export const readChecks: readonly ConformanceCheck[] = [
  {
    rule: 'getViewer returns the signed-in member, or user null for an anonymous reader',
    async run(ctx) {
      const anonymous = await (await ctx.adapter(null)).getViewer();
      expectShape(anonymous, viewerShape, 'getViewer()');
      expectEqual(anonymous.user, null, 'getViewer().user', 'for an anonymous reader');
      const signedIn = await (await ctx.adapter('asker')).getViewer();
      expectShape(signedIn, viewerShape, 'getViewer()');
      expectEqual(signedIn.user?.id, 'asker', 'getViewer().user.id');
      expectEqual(signedIn.user?.name, 'Layla Haddad', 'getViewer().user.name');
    },
  },
  {
    rule: 'listCategories returns every category, well-formed',
    async run(ctx) {
      const categories = await (await ctx.adapter(null)).listCategories();
      expectShape(categories, arrayOf(categoryShape), 'listCategories()');
      expectSameIds(ids(categories), ids(conformanceSeed.categories), 'the category ids');
    },
  },
  {
    rule: 'listQuestions returns a well-formed page of questions',
    async run(ctx) {
      for (const viewerId of [null, 'other']) {
        const page = await (await ctx.adapter(viewerId)).listQuestions({ limit: 100 });
        expectShape(page, pageOf(questionShape), 'listQuestions()');
        expectSameIds(ids(page.items), allQuestionIds, 'the ids of listQuestions({ limit: 100 })');
        expectEqual(page.nextCursor, null, 'nextCursor', 'when every question fits on the page');
        if (page.total !== undefined) expectEqual(page.total, allQuestionIds.length, 'listQuestions().total');
      }
    },
  },
  {
    rule: 'getQuestion returns a well-formed question',
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      for (const questionId of allQuestionIds) {
        const question = await adapter.getQuestion(questionId);
        expectShape(question, questionShape, `getQuestion("${questionId}")`);
        expectEqual(question.id, questionId, `getQuestion("${questionId}").id`);
      }
    },
  },
  {
    rule: 'listAnswers returns a well-formed page of answers',
    async run(ctx) {
      const adapter = await ctx.adapter('other');
      for (const questionId of allQuestionIds) {
        const page = await adapter.listAnswers(questionId, { limit: 100 });
        const path = `listAnswers("${questionId}")`;
        expectShape(page, pageOf(answerShape), path);
        const expected = conformanceSeed.answers.filter((answer) => answer.questionId === questionId);
        expectSameIds(ids(page.items), ids(expected), `the answer ids of ${path}`);
      }
    },
  },
  {
    rule: "bodyHtml, where an adapter sends it, is its body parsed by Majlis' Markdown rules (parseMarkdown)",
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      const questions = (await adapter.listQuestions({ limit: 100 })).items;
      const answers = (await adapter.listAnswers('q-open', { limit: 100 })).items;
      for (const post of [...questions, ...answers]) {
        if (post.bodyHtml === undefined) continue;
        expectEqual(post.bodyHtml, parseMarkdown(post.body), `the bodyHtml of ${post.type} "${post.id}"`);
      }
    },
  },
  {
    rule: 'getAnswer returns a well-formed answer',
    async run(ctx) {
      const adapter = await ctx.adapter('asker');
      for (const { id: answerId, questionId } of conformanceSeed.answers) {
        const answer = await adapter.getAnswer(answerId);
        expectShape(answer, answerShape, `getAnswer("${answerId}")`);
        expectEqual(
          [answer.id, answer.questionId],
          [answerId, questionId],
          `[id, questionId] of getAnswer("${answerId}")`,
        );
      }
    },
  },
  {
    rule: 'getUser returns a well-formed profile',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      for (const { id: userId } of conformanceSeed.users) {
        const profile = await adapter.getUser(userId);
        expectShape(profile, profileShape, `getUser("${userId}")`);
        expectEqual(profile.id, userId, `getUser("${userId}").id`);
      }
    },
  },
  {
    rule: 'counts, accepted answers and activity are derived from posts and kudos',
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      const expected: Record<string, [votes: number, answers: number, accepted: string | null, activity: string]> = {
        'q-open': [3, 3, null, '2024-05-03T07:45:00Z'],
        'q-solved': [1, 2, 'a-solved-staff', '2024-04-20T15:10:00Z'],
        'q-locked': [2, 1, null, '2024-05-12T06:30:00Z'],
        'q-nl': [1, 0, null, '2024-05-06T18:20:00Z'],
        'q-ar': [1, 1, null, '2024-05-04T11:00:00Z'],
        'q-vi': [0, 0, null, '2024-05-09T08:00:00Z'],
        'q-nl-wifi': [0, 1, 'a-nl-wifi-member', '2024-04-28T11:00:00Z'],
        'q-esim': [2, 0, null, '2024-05-10T16:45:00Z'],
      };
      for (const [questionId, [votes, answers, accepted, activity]] of Object.entries(expected)) {
        const question = await adapter.getQuestion(questionId);
        expectEqual(question.voteCount, votes, `voteCount of ${questionId}`);
        expectEqual(question.answerCount, answers, `answerCount of ${questionId}`);
        expectEqual(question.acceptedAnswerId, accepted, `acceptedAnswerId of ${questionId}`);
        expectTime(
          question.lastActivityAt,
          activity,
          `lastActivityAt of ${questionId} (latest of creation, edit, answers)`,
        );
      }
      expectEqual((await adapter.getQuestion('q-open')).viewerHasVoted, true, 'viewerHasVoted on q-open', 'for member');
      const accepted = await answerOf(adapter, 'q-solved', 'a-solved-staff');
      expectEqual(accepted.accepted, true, 'accepted of a-solved-staff');
      expectEqual(accepted.acceptedBy?.id, 'asker', 'acceptedBy.id of a-solved-staff', '(the asker by default)');
      expectTime(accepted.acceptedAt ?? '', '2024-04-21T09:00:00Z', 'acceptedAt of a-solved-staff');
      const acceptedByModerator = await answerOf(adapter, 'q-nl-wifi', 'a-nl-wifi-member');
      expectEqual(acceptedByModerator.acceptedBy?.id, 'moderator', 'acceptedBy.id of a-nl-wifi-member');
      const notAccepted = await answerOf(adapter, 'q-solved', 'a-solved-other');
      expectEqual(
        [notAccepted.accepted, notAccepted.acceptedBy],
        [false, null],
        '[accepted, acceptedBy] of a-solved-other',
      );
      expectEqual((await answerOf(adapter, 'q-open', 'a-open-expert')).voteCount, 3, 'voteCount of a-open-expert');
    },
  },
  {
    rule: 'reputation, stats and rank are derived from kudos and accepted answers',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      const expected: Record<string, [reputation: number, rank: number, stats: number[]]> = {
        expert: [170, 1, [1, 2, 0, 6]],
        staff: [55, 2, [0, 3, 1, 4]],
        member: [45, 3, [2, 2, 1, 4]],
        asker: [25, 4, [3, 0, 0, 5]],
        other: [15, 5, [2, 1, 0, 2]],
        moderator: [0, 6, [0, 0, 0, 0]],
      };
      for (const [userId, [reputation, position, stats]] of Object.entries(expected)) {
        const profile = await adapter.getUser(userId);
        const { questions, answers, acceptedAnswers, kudosReceived } = profile.stats;
        expectEqual(
          profile.reputation,
          reputation,
          `reputation of ${userId}`,
          `(reputationBase + ${REPUTATION.questionKudos} per question kudos + ${REPUTATION.answerKudos} per answer ` +
            `kudos + ${REPUTATION.acceptedAnswer} per accepted answer)`,
        );
        expectEqual(profile.rank, position, `rank of ${userId}`);
        expectEqual(
          [questions, answers, acceptedAnswers, kudosReceived],
          stats,
          `[questions, answers, acceptedAnswers, kudosReceived] of ${userId}`,
        );
      }
    },
  },
];
