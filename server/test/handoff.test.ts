import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { AuditEntry, Page, Question } from '#majlis/core/types.js';
import { conformanceSeed } from '#majlis/testing/conformance.js';
import { answer, call } from './helpers.js';
import { startTestServer, testDatabaseKinds } from './testing.js';
import type { TestServer } from './testing.js';

const NOTE = 'We passed this to our care team: they will e-mail you within a working day.';
const NOW = Date.parse('2024-05-20T09:00:00.000Z');


/** The conformance community with q-nl already handed to customer care by staff. */
function handoffSeed() {
  const seed = structuredClone(conformanceSeed);
  const nl = seed.questions.find((question) => question.id === 'q-nl');
  if (nl !== undefined) nl.handoff = { note: NOTE, byId: 'staff', at: '2024-05-12T08:00:00Z' };
  return seed;
}

for (const kind of testDatabaseKinds()) {
  describe(`hand-off to customer care on ${kind}`, () => {
    let server: TestServer;
    let time = NOW;
    before(async () => {
      server = await startTestServer({ kind, seed: handoffSeed() });
      server.setClock(() => new Date(time));
    });
    after(() => server.close());
    beforeEach(async () => {
      time = NOW;
      await server.reset(handoffSeed());
    });

    const act = (as: string | null, body: Record<string, unknown>) => call(server, 'POST', '/moderation/actions', { as, body });
    const read = async (id: string, as: string | null = null) => (await call(server, 'GET', `/questions/${id}`, { as })).body as Question;

    it('reads a seeded hand-off with its note, who and when, for every reader', async () => {
      for (const as of [null, 'member']) {
        const { handoff } = await read('q-nl', as);
        assert.deepEqual([handoff?.note, handoff?.by.id, handoff?.at], [NOTE, 'staff', '2024-05-12T08:00:00.000Z'], `as ${as}`);
      }
      assert.equal((await read('q-open')).handoff, null, 'a question not handed over says null');
    });

    it('lets staff and moderators hand a question over and back, audited in the same transaction; members are forbidden', async () => {
      assert.equal((await act('member', { action: 'hand-to-care', target: 'question', id: 'q-open', reason: NOTE })).status, 403, 'members');
      assert.equal((await act(null, { action: 'hand-to-care', target: 'question', id: 'q-open', reason: NOTE })).status, 401, 'anonymous');
      const missing = await act('staff', { action: 'hand-to-care', target: 'question', id: 'q-open' });
      assert.equal(missing.status, 400, 'no note');
      assert.equal((missing.body as { error: { field: string } }).error.field, 'reason', 'the note is the reason');
      assert.equal((await act('staff', { action: 'hand-to-care', target: 'question', id: 'q-open', reason: 'x'.repeat(501) })).status, 400, 'too long');
      assert.equal((await read('q-open')).handoff, null, 'refusals change nothing');

      const handed = await act('staff', { action: 'hand-to-care', target: 'question', id: 'q-open', reason: NOTE });
      assert.equal(handed.status, 200, JSON.stringify(handed.body));
      assert.deepEqual([(await read('q-open')).handoff?.note, (await read('q-open')).handoff?.by.id], [NOTE, 'staff']);
      const posted = await call(server, 'POST', '/questions/q-open/answers', { as: 'member', body: answer });
      assert.equal(posted.status, 201, `a handed-over question still takes answers: ${JSON.stringify(posted.body)}`);

      assert.equal((await act('moderator', { action: 'return-from-care', target: 'question', id: 'q-open' })).status, 200, 'back');
      assert.equal((await read('q-open')).handoff, null, 'back with the community');
      assert.equal((await act('moderator', { action: 'return-from-care', target: 'question', id: 'q-open' })).status, 409, 'not with care');
      const audit = (await call(server, 'GET', '/moderation/audit?targetId=q-open', { as: 'staff' })).body as Page<AuditEntry>;
      assert.deepEqual(
        audit.items.slice(0, 2).map((entry) => [entry.action, entry.actor?.id, entry.reason]),
        [['return-from-care', 'moderator', null], ['hand-to-care', 'staff', NOTE]],
      );
    });
  });
}
