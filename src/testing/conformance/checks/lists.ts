/** Lists: filters and sort orders of questions and answers. */
import type { AnswerSort, Question, QuestionQuery, QuestionSort } from '../../../core/types.js';
import { ensure, expectEqual } from '../assertions.js';
import { allQuestionIds, answersOf, answerSorts, expectSameIds, ids, questionsOf, questionSorts } from '../helpers.js';
import type { ConformanceCheck } from '../types.js';

export const listChecks: readonly ConformanceCheck[] = [
  {
    rule: 'listQuestions filters by category',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      const expected: Record<string, string[]> = {
        network: ['q-open', 'q-locked', 'q-nl-wifi', 'q-esim'],
        billing: ['q-solved', 'q-nl'],
        roaming: ['q-ar', 'q-vi'],
      };
      for (const [categoryId, questionIds] of Object.entries(expected)) {
        const page = await adapter.listQuestions({ categoryId, limit: 100 });
        expectSameIds(ids(page.items), questionIds, `listQuestions({ categoryId: "${categoryId}" })`);
        if (page.total !== undefined) expectEqual(page.total, questionIds.length, `total for category ${categoryId}`);
      }
    },
  },
  {
    rule: 'listQuestions filters by tag, ignoring case, and combines it with the other filters and a search',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      const expected: [QuestionQuery, string[]][] = [
        [{ tag: 'esim' }, ['q-esim']],
        [{ tag: 'ESIM' }, ['q-esim']],
        [{ tag: 'roaming' }, ['q-ar']],
        [{ tag: 'roam' }, []], // a whole tag, not the start of one
        [{ tag: 'factuur', categoryId: 'billing' }, ['q-nl']],
        [{ tag: 'factuur', categoryId: 'network' }, []],
        [{ tag: 'iphone', status: 'solved' }, ['q-nl-wifi']],
        [{ tag: 'apn', search: 'esim' }, ['q-esim']],
        [{ tag: 'invoice', search: 'esim' }, []],
      ];
      for (const [query, questionIds] of expected) {
        const page = await adapter.listQuestions({ ...query, limit: 100 });
        expectSameIds(ids(page.items), questionIds, `listQuestions(${JSON.stringify(query)})`);
        if (page.total !== undefined) expectEqual(page.total, questionIds.length, `total for ${JSON.stringify(query)}`);
      }
    },
  },
  {
    rule: 'listQuestions filters by status: all, unanswered, unsolved, solved',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      const solved = ['q-solved', 'q-nl-wifi'];
      const expected: Record<string, string[]> = {
        all: allQuestionIds,
        unanswered: ['q-nl', 'q-vi', 'q-esim'],
        unsolved: allQuestionIds.filter((questionId) => !solved.includes(questionId)),
        solved,
      };
      for (const [status, questionIds] of Object.entries(expected)) {
        const page = await adapter.listQuestions({ status: status as QuestionQuery['status'], limit: 100 });
        expectSameIds(ids(page.items), questionIds, `listQuestions({ status: "${status}" })`);
        if (page.total !== undefined) expectEqual(page.total, questionIds.length, `total for status ${status}`);
      }
      const both = await questionsOf(adapter, { status: 'unanswered', categoryId: 'billing' });
      expectSameIds(ids(both), ['q-nl'], 'listQuestions({ status: "unanswered", categoryId: "billing" })');
    },
  },
  {
    rule: 'listQuestions filters by language, matching the primary subtag (nl matches nl-BE)',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      const expected: Record<string, string[]> = {
        nl: ['q-nl', 'q-nl-wifi'],
        en: ['q-open', 'q-solved', 'q-locked', 'q-esim'],
        ar: ['q-ar'],
        vi: ['q-vi'],
        fr: [],
      };
      for (const [language, questionIds] of Object.entries(expected)) {
        expectSameIds(
          ids(await questionsOf(adapter, { language })),
          questionIds,
          `listQuestions({ language: "${language}" })`,
        );
      }
    },
  },
  {
    rule: 'listQuestions sorts by latest activity (default), newest and votes',
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      const keys: Record<QuestionSort, (question: Question) => number> = {
        activity: (question) => Date.parse(question.lastActivityAt),
        newest: (question) => Date.parse(question.createdAt),
        votes: (question) => question.voteCount,
      };
      const expectedFirst: Record<QuestionSort, string> = { activity: 'q-locked', newest: 'q-locked', votes: 'q-open' };
      for (const sort of questionSorts) {
        const questions = await questionsOf(adapter, { sort });
        expectSameIds(ids(questions), allQuestionIds, `listQuestions({ sort: "${sort}" })`);
        questions.slice(1).forEach((question, index) => {
          const before = questions[index];
          const ordered = keys[sort](before) >= keys[sort](question);
          ensure(ordered, `expected ${before.id} before ${question.id} to be ordered by ${sort}, descending`);
        });
        expectEqual(questions[0]?.id, expectedFirst[sort], 'the first question', `sorted by ${sort}`);
        expectEqual(
          ids(await questionsOf(adapter, { sort })),
          ids(questions),
          `the order sorted by ${sort}`,
          'when listed again',
        );
      }
      const byDefault = ids(await questionsOf(adapter));
      expectEqual(
        byDefault,
        ids(await questionsOf(adapter, { sort: 'activity' })),
        'the default order',
        '(latest activity)',
      );
    },
  },
  {
    rule: 'listAnswers sorts by votes (default), newest and oldest',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      const expected: Record<AnswerSort, string[]> = {
        votes: ['a-open-expert', 'a-open-staff', 'a-open-member'],
        newest: ['a-open-staff', 'a-open-member', 'a-open-expert'],
        oldest: ['a-open-expert', 'a-open-member', 'a-open-staff'],
      };
      for (const sort of answerSorts) {
        expectEqual(
          ids(await answersOf(adapter, 'q-open', sort)),
          expected[sort],
          'the answers of q-open',
          `sorted by ${sort}`,
        );
      }
      expectEqual(
        ids(await answersOf(adapter, 'q-open')),
        expected.votes,
        'the answers of q-open',
        'in the default order (votes)',
      );
    },
  },
];
