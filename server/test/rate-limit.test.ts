import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { conformanceSeed } from '#majlis/testing/conformance.js';
import { startTestServer } from './testing.js';
import type { TestServer } from './testing.js';
import { call, errorOf } from './helpers.js';

const LIMIT = 3;

describe('rate limiting', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ seed: structuredClone(conformanceSeed), config: { rateLimit: LIMIT, rateWindowMs: 30_000 } });
  });
  after(() => server.close());

  it(`answers mutation ${LIMIT + 1} of a member with 429, Retry-After and the error body; reads stay open`, async () => {
    for (let i = 1; i <= LIMIT; i++) {
      const result = await call(server, 'PUT', '/questions/q-open/vote', { as: 'member', body: { voted: i % 2 === 0 } });
      assert.equal(result.status, 200, `mutation ${i}`);
    }
    const limited = await call(server, 'PUT', '/questions/q-open/vote', { as: 'member', body: { voted: true } });
    assert.equal(limited.status, 429);
    assert.equal(errorOf(limited).code, 'rate-limited');
    const retryAfter = Number(limited.headers.get('retry-after'));
    assert.ok(Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= 30, `Retry-After ${retryAfter}`);
    const adapterError = await server.adapter('member').vote({ target: 'question', id: 'q-open', voted: true }).catch((error: unknown) => error);
    assert.deepEqual(
      [(adapterError as { code?: string }).code, typeof (adapterError as { retryAfter?: number }).retryAfter],
      ['rate-limited', 'number'],
      'the RestAdapter reads it as rate-limited with retryAfter',
    );
    for (let i = 0; i < LIMIT * 3; i++) {
      assert.equal((await call(server, 'GET', '/questions/q-open', { as: 'member' })).status, 200, `read ${i + 1}`);
    }
  });

  it('counts each member apart', async () => {
    for (let i = 0; i < LIMIT; i++) {
      assert.equal((await call(server, 'PUT', '/questions/q-open/vote', { as: 'other', body: { voted: true } })).status, 200);
    }
    assert.equal((await call(server, 'PUT', '/questions/q-open/vote', { as: 'other', body: { voted: true } })).status, 429);
    assert.equal((await call(server, 'PUT', '/questions/q-open/vote', { as: 'expert', body: { voted: true } })).status, 200);
  });
});
