/** Search: which questions match, and in which order. */
import { SEARCH_LIMITS } from '../../../core/contract/text.js';
import type { QuestionQuery, QuestionSort } from '../../../core/types.js';
import { ensure, expectEqual, expectInvalid, show } from '../assertions.js';
import { expectSameIds, firstDuplicate, ids, questionsOf, walkPages } from '../helpers.js';
import type { ConformanceCheck } from '../types.js';

export const searchChecks: readonly ConformanceCheck[] = [
  {
    rule: 'listQuestions search matches every word by its start, in titles and bodies, ignoring case and diacritics',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      const expected: [search: string, questionIds: string[]][] = [
        ['MECHELEN', ['q-open']], // a title word in another case; answers are not searched
        ['outag', ['q-locked']], // the start of a word
        ['Factuur ontvangen', ['q-nl']], // every word, anywhere in the title
        ['esim', ['q-esim']], // a body word ("eSIM")
        ['khong dung duoc', ['q-vi']], // Vietnamese without tones and marks ("Không dùng được")
        ['أفعل التجوال', ['q-ar']], // Arabic without shadda ("أفعّل")
        ['apn mechelen', []], // one word matches, the other does not
      ];
      for (const [search, questionIds] of expected) {
        const page = await adapter.listQuestions({ search, limit: 100 });
        expectSameIds(ids(page.items), questionIds, `listQuestions({ search: "${search}" })`);
        if (page.total !== undefined) expectEqual(page.total, questionIds.length, `total for search "${search}"`);
      }
    },
  },
  {
    rule: 'listQuestions with match "any" finds questions matching at least one word, those matching more first',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      const any = ids(await questionsOf(adapter, { search: 'apn mechelen', match: 'any' }));
      ensure(any.includes('q-open'), `listQuestions({ search: "apn mechelen", match: "any" }) should find q-open ("Mechelen"), got ${show(any)}`);
      const all = ids(await questionsOf(adapter, { search: 'since outage', match: 'all' }));
      const anyOfBoth = ids(await questionsOf(adapter, { search: 'since outage', match: 'any' }));
      for (const id of all) ensure(anyOfBoth.includes(id), `match "any" lost "${id}", which matches every word`);
      ensure(anyOfBoth.length >= all.length && anyOfBoth.includes('q-open'), `match "any" for "since outage" should add q-open, got ${show(anyOfBoth)}`);
      expectEqual(anyOfBoth[0], 'q-locked', 'the first result of { search: "since outage", match: "any" }', '(it matches both words)');
    },
  },
  {
    rule: 'listQuestions with an empty or blank search lists every question, as without one',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      const unfiltered = ids(await questionsOf(adapter));
      for (const search of ['', '   ']) {
        expectEqual(ids(await questionsOf(adapter, { search })), unfiltered, `listQuestions({ search: "${search}" })`);
      }
    },
  },
  {
    rule: 'search combines with the category, status and language filters',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      const expected: [QuestionQuery, string[]][] = [
        [{ search: 'since' }, ['q-open', 'q-locked']],
        [{ search: 'since', categoryId: 'network' }, ['q-open', 'q-locked']],
        [{ search: 'since', categoryId: 'billing' }, []],
        [{ search: 'factuur', language: 'nl' }, ['q-nl']],
        [{ search: 'factuur', language: 'en' }, []],
        [{ search: 'april', status: 'solved' }, ['q-solved']],
        [{ search: 'april', status: 'unanswered' }, []],
      ];
      for (const [query, questionIds] of expected) {
        expectSameIds(ids(await questionsOf(adapter, query)), questionIds, `listQuestions(${show(query)})`);
      }
    },
  },
  {
    rule: 'searching sorts by relevance by default (title matches first, then latest activity); other sorts apply',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      // "since" is in the title of q-open (active 3 May) and only in the body of q-locked (active 12 May).
      const byDefault = ids(await questionsOf(adapter, { search: 'since' }));
      expectEqual(byDefault, ['q-open', 'q-locked'], 'the order of listQuestions({ search: "since" })', '(relevance)');
      const relevance = ids(await questionsOf(adapter, { search: 'since', sort: 'relevance' }));
      expectEqual(relevance, byDefault, 'the order of listQuestions({ search: "since", sort: "relevance" })');
      const byActivity = ids(await questionsOf(adapter, { search: 'since', sort: 'activity' }));
      expectEqual(byActivity, ['q-locked', 'q-open'], 'the order of listQuestions({ search: "since", sort: "activity" })');
    },
  },
  {
    rule: 'paging through search results visits every match exactly once, in the same order as one big page',
    async run(ctx) {
      const adapter = await ctx.adapter('member');
      const queries: QuestionQuery[] = [{ search: 'in' }, { search: 'in', sort: 'votes' }, { search: 'the', sort: 'newest' }];
      for (const query of queries) {
        const what = `listQuestions(${show(query)}) with limit 1`;
        const walked = ids(await walkPages(what, 1, (cursor) => adapter.listQuestions({ ...query, limit: 1, cursor })));
        const duplicate = firstDuplicate(walked);
        ensure(duplicate === undefined, `${what} returned "${duplicate}" twice`);
        expectEqual(walked, ids(await questionsOf(adapter, query)), `the ids walked through ${what}`);
        ensure(walked.length >= 2, `expected ${what} to find at least 2 questions, got ${show(walked)}`);
      }
    },
  },
  {
    rule: 'listQuestions refuses an unknown sort (invalid, field sort) and a search that is not text (invalid, field search)',
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      const unknownSort = 'popularity' as QuestionSort;
      await expectInvalid(adapter.listQuestions({ sort: unknownSort }), 'sort', 'listQuestions with sort "popularity"');
      await expectInvalid(
        adapter.listQuestions({ sort: unknownSort, search: 'apn' }),
        'sort',
        'listQuestions with sort "popularity" and a search',
      );
      const notText = 42 as unknown as string;
      await expectInvalid(adapter.listQuestions({ search: notText }), 'search', 'listQuestions with search 42');
    },
  },
  {
    rule: `a search is at most ${SEARCH_LIMITS.maxLength} characters and ${SEARCH_LIMITS.maxWords} words, without control characters (invalid, field search)`,
    async run(ctx) {
      const adapter = await ctx.adapter(null);
      // Distinct words, none the start of another (`apn ap` is one word).
      const vocabulary = 'roaming spain esim apn volte wifi calling invoice router fibre voicemail signal outage billing';
      const words = (count: number) => vocabulary.split(' ').slice(0, count).join(' ');
      const tooLong = `roaming ${'x'.repeat(SEARCH_LIMITS.maxLength)}`;
      const refused: [string, string][] = [
        [`a search of ${tooLong.length} characters`, tooLong],
        [`a search of ${SEARCH_LIMITS.maxWords + 1} words`, words(SEARCH_LIMITS.maxWords + 1)],
        ['a NUL in the search', 'roam\u0000ing'],
      ];
      for (const [what, search] of refused) {
        await expectInvalid(adapter.listQuestions({ search }), 'search', `listQuestions with ${what}`);
      }
      const longest = `mechelen ${'x'.repeat(SEARCH_LIMITS.maxLength - 'mechelen '.length)}`;
      await adapter.listQuestions({ search: longest, match: 'any' });
      const found = ids(await questionsOf(adapter, { search: `mechelen ${words(SEARCH_LIMITS.maxWords - 1)}`, match: 'any' }));
      ensure(found.includes('q-open'), `a search of ${SEARCH_LIMITS.maxWords} words should still find q-open ("Mechelen"), got ${show(found)}`);
    },
  },
];
