/** Keyset paging: every item once, in order, across inserts; the limit clamp and foreign cursors. */
import type { QuestionQuery } from '../../../core/types.js';
import { ensure, expectEqual, expectInvalid, show } from '../assertions.js';
import {
  allQuestionIds,
  answersOf,
  answerSorts,
  firstDuplicate,
  ids,
  questionsOf,
  questionSorts,
  validQuestion,
  walkPages,
} from '../helpers.js';
import type { ConformanceCheck } from '../types.js';

export const pagingChecks: readonly ConformanceCheck[] = [
  {
    rule: 'paging with limit 2 visits every question exactly once, in the same order as one big page',
    async run(ctx) {
      const adapter = await ctx.adapter('other');
      const queries: QuestionQuery[] = [
        ...questionSorts.map((sort) => ({ sort })),
        { sort: 'votes', status: 'unsolved' },
      ];
      for (const query of queries) {
        const what = `listQuestions(${show(query)}) with limit 2`;
        const walked = ids(await walkPages(what, 2, (cursor) => adapter.listQuestions({ ...query, limit: 2, cursor })));
        const duplicate = firstDuplicate(walked);
        ensure(duplicate === undefined, `${what} returned "${duplicate}" twice`);
        expectEqual(walked, ids(await questionsOf(adapter, query)), `the ids walked through ${what}`);
      }
    },
  },
  {
    rule: 'paging answers with limit 1 visits every answer once, the accepted one first',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      for (const questionId of ['q-open', 'q-solved']) {
        for (const sort of answerSorts) {
          const what = `listAnswers("${questionId}", { sort: "${sort}" }) with limit 1`;
          const walked = ids(
            await walkPages(what, 1, (cursor) => adapter.listAnswers(questionId, { sort, limit: 1, cursor })),
          );
          expectEqual(walked, ids(await answersOf(adapter, questionId, sort)), `the ids walked through ${what}`);
        }
      }
    },
  },
  {
    rule: 'a question asked between two pages neither repeats nor skips the questions listed before',
    async run(ctx) {
      for (const sort of questionSorts) {
        const adapter = await ctx.adapter('member');
        const existing = ids(await questionsOf(adapter, { sort }));
        const what = `listQuestions({ sort: "${sort}", limit: 3 }) with a question asked after page 1`;
        const fetchPage = (cursor: string | null) => adapter.listQuestions({ sort, limit: 3, cursor });
        const walked = ids(await walkPages(what, 3, fetchPage, () => adapter.askQuestion(validQuestion)));
        const duplicate = firstDuplicate(walked);
        ensure(duplicate === undefined, `${what} returned "${duplicate}" twice`);
        const skipped = existing.filter((questionId) => !walked.includes(questionId));
        ensure(skipped.length === 0, `${what} skipped ${show(skipped)}`);
      }
    },
  },
  {
    rule: 'limit is clamped to 1…100',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      for (const limit of [0, -5]) {
        expectEqual(
          (await adapter.listQuestions({ limit })).items.length,
          1,
          'the number of questions',
          `for limit ${limit} (clamped to 1)`,
        );
      }
      const large = await adapter.listQuestions({ limit: 1000 });
      expectEqual(
        [large.items.length, large.nextCursor],
        [allQuestionIds.length, null],
        '[items.length, nextCursor]',
        'for limit 1000 (clamped to 100)',
      );
    },
  },
  {
    rule: 'a cursor the list did not hand out is refused (invalid, field cursor)',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      await expectInvalid(
        adapter.listQuestions({ cursor: 'not a cursor' }),
        'cursor',
        'listQuestions with a made-up cursor',
      );
      await expectInvalid(
        adapter.listAnswers('q-open', { cursor: 'eyJoZWxsbyI6MX0=' }),
        'cursor',
        'listAnswers with a made-up cursor',
      );
    },
  },
];
