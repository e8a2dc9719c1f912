import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MemoryAdapter } from '#majlis/adapters/memory.js';
import type { QuestionQuery } from '#majlis/core/types.js';
import { rankingPairs, rankingSeed } from '../../test/fixtures/ranking-seed.js';
import { startTestServer, testDatabaseKinds } from './testing.js';
import type { TestServer } from './testing.js';

/** The query of a ranking pair, as the ask form's lookup or the list sends it. */
function queryOf(pair: (typeof rankingPairs)[number], limit = 100): QuestionQuery {
  return { search: pair.search, limit, ...(pair.match && { match: pair.match }), ...(pair.language && { language: pair.language }) };
}

for (const kind of testDatabaseKinds()) {
  describe(`the server ranks searches as the in-browser adapter does (${kind})`, () => {
    let server: TestServer;
    const memory = new MemoryAdapter({ seed: structuredClone(rankingSeed) });
    before(async () => {
      server = await startTestServer({ kind, seed: structuredClone(rankingSeed) });
    });
    after(() => server.close());

    for (const pair of rankingPairs) {
      it(`puts ${pair.first} first for "${pair.search}", in the in-browser adapter's order`, async () => {
        const served = (await server.adapter(null).listQuestions(queryOf(pair))).items.map((question) => question.id);
        const local = (await memory.listQuestions(queryOf(pair))).items.map((question) => question.id);
        assert.equal(served[0], pair.first);
        assert.deepEqual(served, local);
      });
    }

    it('pages a ranked search like one big page, also when a question is asked in between', async () => {
      const query = { search: 'phone', match: 'any' as const };
      const whole = (await server.adapter(null).listQuestions({ ...query, limit: 100 })).items.map((q) => q.id);
      const first = await server.adapter(null).listQuestions({ ...query, limit: 3 });
      await server.adapter('u-member').askQuestion({
        title: 'Phone restarts when I call',
        body: 'My phone restarts during every call.',
        categoryId: 'support',
        language: 'en',
      });
      const walked = first.items.map((q) => q.id);
      let cursor = first.nextCursor;
      while (cursor !== null) {
        const page = await server.adapter(null).listQuestions({ ...query, limit: 3, cursor });
        walked.push(...page.items.map((q) => q.id));
        cursor = page.nextCursor;
      }
      assert.deepEqual(walked.filter((id) => whole.includes(id)), whole);
      assert.equal(new Set(walked).size, walked.length);
    });

    it('filters by tag, ignoring case, with and without a search', async () => {
      const tagged = await server.adapter(null).listQuestions({ tag: 'ESIM' });
      assert.deepEqual(tagged.items.map((q) => q.id), ['en-esim-qr']);
      const none = await server.adapter(null).listQuestions({ tag: 'esim', search: 'roaming' });
      assert.deepEqual(none.items, []);
    });
  });
}
