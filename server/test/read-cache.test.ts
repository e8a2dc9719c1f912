import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { conformanceSeed } from '#majlis/testing/conformance.js';
import type { Database } from '../src/db/database.js';
import { loadConfig } from '../src/config.js';
import { ReadCache } from '../src/read-cache.js';
import { call } from './helpers.js';
import { createTestDatabase, startTestServer, testDatabaseKinds } from './testing.js';
import type { TestDatabase, TestServer } from './testing.js';

/** Counts the statements a database runs. */
function counting(db: Database): { db: Database; count: () => number } {
  let statements = 0;
  return {
    db: {
      ...db,
      kind: db.kind,
      query: (sql, params) => {
        statements++;
        return db.query(sql, params);
      },
      transaction: (work) => {
        statements++;
        return db.transaction(work);
      },
      close: () => db.close(),
    },
    count: () => statements,
  };
}

for (const kind of testDatabaseKinds()) {
  describe(`cached public reads on ${kind}`, () => {
    let test: TestDatabase;
    let server: TestServer;
    let statements: () => number;
    before(async () => {
      test = await createTestDatabase(kind);
      const counted = counting(test.db);
      statements = counted.count;
      server = await startTestServer({ db: counted.db, seed: structuredClone(conformanceSeed) });
    });
    after(async () => {
      await server.close();
      await test.dispose();
    });

    it('answers a repeated list read without the database, and a write shows at once', async () => {
      const first = await call(server, 'GET', '/questions?limit=50');
      const ran = statements();
      const again = await call(server, 'GET', '/questions?limit=50');
      assert.equal(statements(), ran, 'the second read ran no SQL');
      assert.deepEqual(again.body, first.body);
      assert.match(again.headers.get('content-type') ?? '', /^application\/json/);

      const before = (first.body as { items: { id: string; viewerHasVoted: boolean }[] }).items;
      const voter = 'member';
      const seen = (await call(server, 'GET', '/questions/q-esim', { as: voter })).body as { viewerHasVoted: boolean };
      const voted = await call(server, 'PUT', '/questions/q-esim/vote', { as: voter, body: { voted: !seen.viewerHasVoted } });
      assert.equal(voted.status, 200, JSON.stringify(voted.body));
      assert.ok(before.some((item) => item.id === 'q-esim'), 'q-esim is listed before');
      const count = (body: unknown) =>
        (body as { items: { id: string; voteCount: number }[] }).items.find((item) => item.id === 'q-esim')?.voteCount;
      const afterVote = await call(server, 'GET', '/questions?limit=50');
      assert.equal(count(afterVote.body), (voted.body as { voteCount: number }).voteCount, 'the kudos shows in the next read');
      assert.notEqual(count(afterVote.body), count(first.body));
    });

    it('keeps answers apart per viewer', async () => {
      const anonymous = await call(server, 'GET', '/questions/q-open');
      const member = await call(server, 'GET', '/questions/q-open', { as: 'member' });
      const can = (body: unknown) => (body as { viewerCan: { answer: boolean } }).viewerCan.answer;
      assert.deepEqual([can(anonymous.body), can(member.body)], [false, true]);
    });
  });
}

describe('ReadCache', () => {
  it('does not keep what was read before a write, expires entries after the TTL, and can be off', () => {
    const cache = new ReadCache(1000);
    const version = cache.current;
    cache.invalidate(); // a write committed while the read ran
    const text = (body: Buffer | undefined) => body?.toString();
    cache.set('k', version, Buffer.from('stale'), 0);
    assert.equal(cache.get('k', 0), undefined);
    cache.set('k', cache.current, Buffer.from('fresh'), 0);
    assert.equal(text(cache.get('k', 999)), 'fresh');
    assert.equal(cache.get('k', 1000), undefined, 'expired');
    const off = new ReadCache(0);
    off.set('k', off.current, Buffer.from('x'));
    assert.equal(off.get('k'), undefined);
    const bounded = new ReadCache(null, 2);
    for (const key of ['a', 'b', 'c']) bounded.set(key, bounded.current, Buffer.from(key));
    assert.deepEqual(['a', 'b', 'c'].map((key) => text(bounded.get(key))), [undefined, 'b', 'c']);
  });

  it('lasts until the next write on PGlite, 1 s on PostgreSQL by default, as configured otherwise', () => {
    assert.equal(loadConfig({}).readCacheMs, null);
    assert.equal(loadConfig({ DATABASE_URL: 'postgres://x@127.0.0.1/x' }).readCacheMs, 1000);
    assert.equal(loadConfig({ DATABASE_URL: 'postgres://x@127.0.0.1/x', MAJLIS_READ_CACHE_MS: '0' }).readCacheMs, 0);
  });
});
