import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { MajlisError } from '#majlis/core/adapter.js';
import { conformanceSeed } from '#majlis/testing/conformance.js';
import { encodeCursor } from '#majlis/core/contract/cursor.js';
import { loadConfig } from '../src/config.js';
import { createPostgresDatabase } from '../src/db/postgres.js';
import { fromDatabaseError } from '../src/errors.js';
import { answer, call, errorOf, question } from './helpers.js';
import { startTestServer, testDatabaseKinds } from './testing.js';
import type { TestServer } from './testing.js';

/** Issue 19: what an attacker sends, on every database kind (PostgreSQL refuses U+0000, PGlite does too). */


/** A raw GET, for what fetch() refuses to send (headers over 16 KB are still sent by node:http). */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    sent.on('error', reject);
    sent.end();
  });
}

for (const kind of testDatabaseKinds()) {
  describe(`hardening on ${kind}`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ kind, seed: structuredClone(conformanceSeed), config: { searchRateLimit: 1_000 } });
    });
    after(() => server.close());

    const total = async () => ((await call(server, 'GET', '/questions?limit=1')).body as { total: number }).total;

    it('refuses NUL and other control characters with 400 naming the field, and stores nothing', async () => {
      const before = await total();
      const cases: [string, string, string, unknown, string][] = [
        ['a NUL in a title', 'POST', '/questions', { ...question, title: 'Voicemail\u0000 calls me back' }, 'title'],
        ['a NUL in a body', 'POST', '/questions', { ...question, body: 'It rings\u0000 at night' }, 'body'],
        ['a bell in a body', 'POST', '/questions', { ...question, body: 'It rings\u0007 at night' }, 'body'],
        ['a NUL in a tag', 'POST', '/questions', { ...question, tags: ['voice\u0000mail'] }, 'tags'],
        ['a NUL in a category', 'POST', '/questions', { ...question, categoryId: 'net\u0000work' }, 'categoryId'],
        ['a NUL in a language', 'POST', '/questions', { ...question, language: 'en\u0000' }, 'language'],
        ['a NUL in an answer', 'POST', '/questions/q-open/answers', { ...answer, body: 'Flight\u0000 mode' }, 'body'],
        ['a NUL in a question id', 'GET', '/questions/q-%00', undefined, 'id'],
        ['a NUL in an answer id', 'PUT', '/answers/a-%00/vote', { voted: true }, 'id'],
        ['a NUL in a user id', 'GET', '/users/u%00', undefined, 'id'],
        ['a NUL in a category filter', 'GET', '/questions?categoryId=net%00work', undefined, 'categoryId'],
        ['a NUL in a language filter', 'GET', '/questions?language=en%00', undefined, 'language'],
        ['a NUL in a search', 'GET', '/questions?search=roam%00', undefined, 'search'],
        ['a NUL in a cursor', 'GET', '/questions?cursor=%00', undefined, 'cursor'],
        ['a NUL in the sign-in id', 'POST', '/dev/login', { userId: 'asker\u0000' }, 'userId'],
      ];
      for (const [what, method, path, body, field] of cases) {
        const result = await call(server, method, path, { as: 'asker', body });
        assert.deepEqual([result.status, errorOf(result).code, errorOf(result).field], [400, 'invalid', field], `${what}: ${JSON.stringify(result.body)}`);
      }
      const hidden = encodeCursor({ name: 'questions/activity' }, { key: [0], id: 'q-\u0000' });
      const cursor = await call(server, 'GET', `/questions?cursor=${encodeURIComponent(hidden)}`);
      assert.deepEqual([cursor.status, errorOf(cursor).field], [400, 'cursor'], 'a NUL inside a cursor');
      assert.equal(await total(), before);
    });

    it('refuses a token whose sub or name holds a control character (401, never a 500)', async () => {
      for (const claims of [{ sub: 'u-\u0000' }, { sub: 'u-1', name: 'Lay\u0000la' }]) {
        const token = server.tokenFor('asker', claims) ?? '';
        const result = await call(server, 'GET', '/viewer', { rawToken: token });
        assert.deepEqual([result.status, errorOf(result).code], [401, 'unauthenticated'], JSON.stringify(claims));
        assert.match(errorOf(result).message ?? '', /U\+0000/);
      }
    });

    it('counts visible characters for minimum lengths and refuses bidi overrides in titles and tags', async () => {
      const before = await total();
      const cases: [string, string, unknown, string][] = [
        ['a title of ten zero-width spaces', '/questions', { ...question, title: '\u200b'.repeat(10) }, 'title'],
        ['a title of nine letters padded with zero-width joiners', '/questions', { ...question, title: 'Voicemail\u200d\u200d' }, 'title'],
        ['a body of two zero-width joiners', '/questions', { ...question, body: '\u200d\u200d' }, 'body'],
        ['an answer of two zero-width spaces', '/questions/q-open/answers', { ...answer, body: '\u200b\u200b' }, 'body'],
        ['a title with a right-to-left override', '/questions', { ...question, title: 'Invoice attached \u202efdp.exe' }, 'title'],
        ['a tag with an isolate', '/questions', { ...question, tags: ['\u2067voicemail'] }, 'tags'],
      ];
      for (const [what, path, body, field] of cases) {
        const result = await call(server, 'POST', path, { as: 'asker', body });
        assert.deepEqual([result.status, errorOf(result).code, errorOf(result).field], [400, 'invalid', field], `${what}: ${JSON.stringify(result.body)}`);
      }
      assert.equal(await total(), before);
      const arabic = await call(server, 'POST', '/questions', {
        as: 'asker',
        body: { ...question, title: 'كيف أفعّل \u200fالتجوال؟', language: 'ar' },
      });
      assert.equal(arabic.status, 201, `bidi marks (not overrides) stay allowed: ${JSON.stringify(arabic.body)}`);
    });

    it('strips bidi overrides from the name a token gives a member', async () => {
      const token = server.tokenFor('u-bidi', { name: 'Layla \u202enimda' }) ?? '';
      const viewer = await call(server, 'GET', '/viewer', { rawToken: token });
      assert.equal((viewer.body as { user: { name: string } }).user.name, 'Layla nimda');
    });

    it('answers an id over 100 characters (414) and a URL over 16 KB (431) in the error shape, with nosniff', async () => {
      const longId = await fetch(`${server.endpoint}/questions/${'q'.repeat(101)}`);
      assert.equal(longId.status, 414);
      assert.deepEqual(((await longId.json()) as { error: { code: string; field: string } }).error.field, 'id');
      assert.equal(longId.headers.get('x-content-type-options'), 'nosniff');
      const longUrl = await rawGet(`${server.endpoint}/questions?search=${'x'.repeat(17_000)}`);
      assert.equal(longUrl.status, 431);
      assert.equal((JSON.parse(longUrl.body) as { error: { code: string } }).error.code, 'invalid');
      assert.equal(longUrl.headers['x-content-type-options'], 'nosniff');
      const bigHeader = await rawGet(`${server.endpoint}/questions`, { 'X-Padding': 'y'.repeat(17_000) });
      assert.equal(bigHeader.status, 431);
      assert.ok((JSON.parse(bigHeader.body) as { error: { message: string } }).error.message, 'a readable message');
    });

    it('sends X-Content-Type-Options: nosniff on successes and errors', async () => {
      for (const path of ['/questions', '/questions/q-nope', '/nothing-here']) {
        const response = await fetch(`${server.endpoint}${path}`);
        assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
      }
    });

    it('refuses a search of 1,800 words at once, and runs the longest allowed search quickly', { timeout: 30_000 }, async () => {
      const words = Array.from({ length: 1800 }, (_, i) => `w${i}`).join('+'); // 8 KB: under the URL limit
      const started = performance.now();
      const refused = await call(server, 'GET', `/questions?match=any&search=${words}`);
      assert.deepEqual([refused.status, errorOf(refused).field], [400, 'search']);
      assert.ok(performance.now() - started < 1_000, 'refused without doing the work');
      const longest = 'roaming voicemail esim internet bill abroad signal tiep nhan تجوال apn refund';
      const times: number[] = [];
      for (let i = 0; i < 10; i++) {
        const t0 = performance.now();
        const result = await call(server, 'GET', `/questions?match=any&search=${encodeURIComponent(longest)}`);
        times.push(performance.now() - t0);
        assert.equal(result.status, 200, JSON.stringify(result.body));
      }
      times.sort((a, b) => a - b);
      assert.ok((times[5] ?? Infinity) < 250, `median ${times[5]} ms for the longest search allowed`);
    });
  });
}

describe('rate limit on searches', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ seed: structuredClone(conformanceSeed), config: { searchRateLimit: 3 } });
  });
  after(() => server.close());

  it('limits searches per client with 429 and Retry-After, and never plain list reads', async () => {
    for (let i = 0; i < 3; i++) assert.equal((await call(server, 'GET', '/questions?search=roaming')).status, 200);
    const limited = await call(server, 'GET', '/questions?search=roaming');
    assert.deepEqual([limited.status, errorOf(limited).code], [429, 'rate-limited']);
    assert.ok(Number(limited.headers.get('retry-after')) > 0, 'Retry-After in seconds');
    for (let i = 0; i < 10; i++) assert.equal((await call(server, 'GET', '/questions')).status, 200);
    assert.equal((await call(server, 'GET', '/questions?search=roaming', { as: 'asker' })).status, 200, 'members count apart');
  });
});

describe('CORS in development (any origin)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ config: { allowedOrigins: ['*'] } });
  });
  after(() => server.close());

  it('reflects a real origin with credentials, never Origin: null', async () => {
    const real = await fetch(`${server.endpoint}/categories`, { headers: { Origin: 'http://localhost:5173' } });
    assert.equal(real.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    const sandboxed = await fetch(`${server.endpoint}/categories`, { headers: { Origin: 'null' } });
    assert.equal(sandboxed.headers.get('access-control-allow-origin'), null);
    assert.equal(sandboxed.headers.get('access-control-allow-credentials'), null);
  });
});

if (testDatabaseKinds().includes('postgres')) {
  describe('statement timeout on PostgreSQL', () => {
    it('cancels a statement over MAJLIS_STATEMENT_TIMEOUT_MS and answers it as unavailable', async () => {
      const db = createPostgresDatabase({ connectionString: process.env.MAJLIS_TEST_DATABASE_URL ?? '', statementTimeoutMs: 100 });
      try {
        const started = performance.now();
        const error = await db.query('SELECT pg_sleep(2)').then(() => null, (reason: unknown) => reason);
        assert.ok(performance.now() - started < 1_500, 'cancelled well before the 2 s statement ended');
        const answered = fromDatabaseError(error);
        assert.ok(answered instanceof MajlisError, String(error));
        assert.equal(answered.code, 'unavailable');
        assert.equal(loadConfig({}).statementTimeoutMs, 5_000);
      } finally {
        await db.close();
      }
    });
  });
}
