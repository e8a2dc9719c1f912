import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LIMITS } from '#majlis/core/types.js';
import { conformanceSeed } from '#majlis/testing/conformance.js';
import { startTestServer } from './testing.js';
import type { TestServer } from './testing.js';
import { answer, call, errorOf, question } from './helpers.js';


type Case = [what: string, body: unknown, field: string];

const without = (record: Record<string, unknown>, field: string) =>
  Object.fromEntries(Object.entries(record).filter(([key]) => key !== field));

const askCases: Case[] = [
  ['an oversized title', { ...question, title: 'x'.repeat(LIMITS.titleMax + 1) }, 'title'],
  ['a title too short once trimmed', { ...question, title: `   ${'x'.repeat(LIMITS.titleMin - 1)}   ` }, 'title'],
  ['a title of emoji over the limit in UTF-16 units', { ...question, title: '📶'.repeat(LIMITS.titleMax / 2 + 1) }, 'title'],
  ['an oversized body', { ...question, body: 'x'.repeat(LIMITS.bodyMax + 1) }, 'body'],
  ['too many tags', { ...question, tags: Array.from({ length: LIMITS.tagsMax + 1 }, (_, i) => `tag${i}`) }, 'tags'],
  ['an oversized tag', { ...question, tags: ['x'.repeat(LIMITS.tagMax + 1)] }, 'tags'],
  ['a blank tag', { ...question, tags: ['  '] }, 'tags'],
  ['a missing title', without(question, 'title'), 'title'],
  ['a missing body', without(question, 'body'), 'body'],
  ['a missing category', without(question, 'categoryId'), 'categoryId'],
  ['a missing language', without(question, 'language'), 'language'],
  ['a numeric title', { ...question, title: 42 }, 'title'],
  ['a numeric body', { ...question, body: 12 }, 'body'],
  ['tags as text', { ...question, tags: 'roaming' }, 'tags'],
  ['a numeric tag', { ...question, tags: [5] }, 'tags'],
  ['a malformed language', { ...question, language: 'nl_BE' }, 'language'],
  ['an unknown category', { ...question, categoryId: 'mobile-tv' }, 'categoryId'],
  ['an unknown field', { ...question, priority: 'high' }, 'priority'],
];

const answerCases: Case[] = [
  ['an oversized body', { ...answer, body: 'x'.repeat(LIMITS.bodyMax + 1) }, 'body'],
  ['a body too short once trimmed', { ...answer, body: '  ?  ' }, 'body'],
  ['a missing body', without(answer, 'body'), 'body'],
  ['a missing language', without(answer, 'language'), 'language'],
  ['an object as body', { ...answer, body: { text: 'Hello' } }, 'body'],
  ['a numeric language', { ...answer, language: 42 }, 'language'],
  ['an unknown field', { ...answer, questionId: 'q-open' }, 'questionId'],
];

const flagCases = (name: string): Case[] => [
  [`a missing ${name}`, {}, name],
  [`a textual ${name}`, { [name]: 'true' }, name],
  [`a numeric ${name}`, { [name]: 1 }, name],
  ['an unknown field', { [name]: true, weight: 2 }, 'weight'],
];

const endpoints: [action: string, method: string, path: string, cases: Case[]][] = [
  ['ask', 'POST', '/questions', askCases],
  ['answer', 'POST', '/questions/q-open/answers', answerCases],
  ['vote', 'PUT', '/answers/a-open-expert/vote', flagCases('voted')],
  ['accept', 'PUT', '/answers/a-open-expert/accepted', flagCases('accepted')],
];

describe('validation', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ seed: structuredClone(conformanceSeed) });
  });
  after(() => server.close());

  for (const [action, method, path, cases] of endpoints) {
    it(`${action} refuses ${cases.map(([what]) => what).join(', ')} (400, invalid, naming the field)`, async () => {
      for (const [what, body, field] of cases) {
        const result = await call(server, method, path, { as: 'asker', body });
        assert.equal(result.status, 400, `${action} with ${what}: status (${JSON.stringify(result.body)})`);
        assert.equal(errorOf(result).code, 'invalid', `${action} with ${what}: code`);
        assert.equal(errorOf(result).field, field, `${action} with ${what}: field (${errorOf(result).message})`);
        assert.ok((errorOf(result).message ?? '').length > 0, `${action} with ${what}: a message`);
      }
      const count = (await call(server, 'GET', '/questions?limit=100')).body as { total: number };
      assert.equal(count.total, conformanceSeed.questions.length, 'nothing was created');
    });
  }

  it('accepts the longest title, body and tags, trimmed', async () => {
    const longest = { ...question, title: ` ${'x'.repeat(LIMITS.titleMax)} `, tags: ['x'.repeat(LIMITS.tagMax)] };
    const result = await call(server, 'POST', '/questions', { as: 'member', body: { ...longest, body: 'y'.repeat(LIMITS.bodyMax) } });
    assert.equal(result.status, 201, JSON.stringify(result.body));
    assert.equal((result.body as { title: string }).title, 'x'.repeat(LIMITS.titleMax));
  });

  it('refuses unreadable JSON and a body that is not an object', async () => {
    for (const body of ['{"title": ', '"text"', '[1, 2]']) {
      const result = await call(server, 'POST', '/questions', { as: 'member', body });
      assert.equal(result.status, 400, `body ${body}`);
      assert.equal(errorOf(result).code, 'invalid');
    }
  });

  it('refuses bad query parameters, naming them', async () => {
    const cases: [string, string][] = [
      ['/questions?sort=popularity', 'sort'],
      ['/questions?status=closed', 'status'],
      ['/questions?match=some', 'match'],
      ['/questions?limit=many', 'limit'],
      ['/questions?page=2', 'page'],
      ['/questions?cursor=bm90IGEgY3Vyc29y', 'cursor'],
      ['/questions/q-open/answers?sort=best', 'sort'],
      ['/questions/q-open/answers?cursor=eyJoZWxsbyI6MX0=', 'cursor'],
    ];
    for (const [path, field] of cases) {
      const result = await call(server, 'GET', path);
      assert.deepEqual([result.status, errorOf(result).code, errorOf(result).field], [400, 'invalid', field], path);
    }
  });

  it('answers unknown routes and ids with 404 not-found', async () => {
    for (const path of ['/nothing-here', '/questions/q-nope', '/answers/a-nope', '/users/nobody', '/questions/q-nope/answers']) {
      const result = await call(server, 'GET', path);
      assert.deepEqual([result.status, errorOf(result).code], [404, 'not-found'], path);
    }
  });
});
