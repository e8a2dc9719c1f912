import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { conformanceSeed } from '#majlis/testing/conformance.js';
import { signToken } from '../src/auth.js';
import type { TokenClaims } from '../src/auth.js';
import { startTestServer } from './testing.js';
import type { TestServer } from './testing.js';
import { call, errorOf } from './helpers.js';

const roles = ['anonymous', 'member', 'asker', 'expert', 'staff', 'moderator'] as const;
type Role = (typeof roles)[number];
const viewer = (role: Role) => (role === 'anonymous' ? null : role);

const question = {
  title: 'Voicemail calls me back every night at 2 am',
  body: 'Since Tuesday my phone rings at 2 am and it is the voicemail reminder.',
  categoryId: 'network',
  language: 'en',
};
const answer = { body: 'Restarting in flight mode for a minute helped me.', language: 'en' };

/** Each action, and the status each role gets (conformance seed: `asker` asked q-open and q-solved). */
const matrix: [action: string, run: (server: TestServer, as: string | null) => Promise<number>, expected: Record<Role, number>][] = [
  ['ask', async (server, as) => (await call(server, 'POST', '/questions', { as, body: question })).status,
    { anonymous: 401, member: 201, asker: 201, expert: 201, staff: 201, moderator: 201 }],
  ['answer', async (server, as) => (await call(server, 'POST', '/questions/q-open/answers', { as, body: answer })).status,
    { anonymous: 401, member: 201, asker: 201, expert: 201, staff: 201, moderator: 201 }],
  ['vote', async (server, as) => (await call(server, 'PUT', '/questions/q-open/vote', { as, body: { voted: true } })).status,
    { anonymous: 401, member: 200, asker: 403, expert: 200, staff: 200, moderator: 200 }],
  ['self-vote', async (server, as) => {
    const asked = await call(server, 'POST', '/questions', { as, body: question });
    if (asked.status !== 201) return asked.status;
    const id = (asked.body as { id: string }).id;
    return (await call(server, 'PUT', `/questions/${id}/vote`, { as, body: { voted: true } })).status;
  }, { anonymous: 401, member: 403, asker: 403, expert: 403, staff: 403, moderator: 403 }],
  ['accept', async (server, as) => (await call(server, 'PUT', '/answers/a-open-member/accepted', { as, body: { accepted: true } })).status,
    { anonymous: 401, member: 403, asker: 200, expert: 403, staff: 200, moderator: 200 }],
  ['unaccept', async (server, as) => (await call(server, 'PUT', '/answers/a-solved-staff/accepted', { as, body: { accepted: false } })).status,
    { anonymous: 401, member: 403, asker: 200, expert: 403, staff: 200, moderator: 200 }],
  ['answer a locked question', async (server, as) => (await call(server, 'POST', '/questions/q-locked/answers', { as, body: answer })).status,
    { anonymous: 401, member: 409, asker: 409, expert: 409, staff: 409, moderator: 409 }],
];

describe('authorization', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());
  beforeEach(() => server.reset(structuredClone(conformanceSeed)));

  for (const [action, run, expected] of matrix) {
    it(`${action}: ${roles.map((role) => `${role} ${expected[role]}`).join(', ')}`, async () => {
      for (const role of roles) {
        await server.reset(structuredClone(conformanceSeed));
        assert.equal(await run(server, viewer(role)), expected[role], `${action} by ${role}`);
      }
    });
  }

  it('refuses an expired, forged, malformed or unsigned token with 401, also on reads', async () => {
    const exp = Math.floor(Date.now() / 1000);
    const tokens: [string, string][] = [
      ['expired', signToken({ sub: 'member', exp: exp - 60 }, server.config.tokenSecret)],
      ['forged', signToken({ sub: 'member', exp: exp + 600 }, 'another secret')],
      ['malformed', 'not-a-jwt'],
      ['without exp', signToken({ sub: 'member' } as unknown as TokenClaims, server.config.tokenSecret)],
      ['alg none', `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(`{"sub":"staff","exp":${exp + 600}}`).toString('base64url')}.`],
    ];
    for (const [what, rawToken] of tokens) {
      for (const [method, path] of [['GET', '/viewer'], ['GET', '/questions'], ['PUT', '/questions/q-open/vote']] as const) {
        const result = await call(server, method, path, { rawToken, body: method === 'PUT' ? { voted: true } : undefined });
        assert.equal(result.status, 401, `${what} token on ${method} ${path}`);
        assert.equal(errorOf(result).code, 'unauthenticated');
      }
    }
    assert.equal((await call(server, 'GET', '/viewer', { headers: { Authorization: 'Basic abc' } })).status, 401);
    assert.equal((await call(server, 'GET', '/questions/q-open')).status, 200, 'no token: an anonymous reader');
  });

  it('creates the member an unknown token names, and follows name and role changes from the host', async () => {
    const exp = Math.floor(Date.now() / 1000) + 600;
    const token = (claims: object) => signToken({ sub: 'u-new', exp, ...claims }, server.config.tokenSecret);
    const first = await call(server, 'GET', '/viewer', { rawToken: token({ name: 'Nadia Rahman', role: 'expert' }) });
    assert.deepEqual((first.body as { user: object }).user, {
      ...(first.body as { user: object }).user,
      id: 'u-new',
      name: 'Nadia Rahman',
      role: 'expert',
      reputation: 0,
    });
    const asked = await call(server, 'POST', '/questions', { rawToken: token({}), body: question });
    assert.equal(asked.status, 201);
    const renamed = await call(server, 'GET', '/users/u-new', { rawToken: token({ name: 'Nadia R.', role: 'staff' }) });
    assert.deepEqual([(renamed.body as { name: string }).name, (renamed.body as { role: string }).role], ['Nadia R.', 'staff']);
    const bare = await call(server, 'GET', '/viewer', { rawToken: signToken({ sub: 'u-bare', exp }, server.config.tokenSecret) });
    assert.deepEqual([(bare.body as { user: { name: string; role: string } }).user.name, (bare.body as { user: { role: string } }).user.role], ['u-bare', 'member']);
  });
});
