import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { REPUTATION, recognitionRules } from '#majlis/core/recognition.js';
import { conformanceSeed } from '#majlis/testing/conformance.js';
import { startTestServer, testDatabaseKinds } from './testing.js';
import type { TestServer } from './testing.js';
import { call } from './helpers.js';

const VOTERS = 50;

/** The conformance community and 50 more members, who vote at once. */
function crowdedSeed() {
  const seed = structuredClone(conformanceSeed);
  for (let i = 0; i < VOTERS; i++) {
    seed.users.push({ id: `voter-${i}`, name: `Voter ${i}`, role: 'member', joinedAt: '2024-01-01T00:00:00Z' });
  }
  return seed;
}

interface Answer {
  voteCount: number;
  viewerHasVoted: boolean;
  author: { reputation: number };
}

for (const kind of testDatabaseKinds()) {
  describe(`concurrent changes on ${kind}`, () => {
    let server: TestServer;
    before(async () => {
      // No daily cap here: these tests count every kudos (recognition.test.ts checks the cap under load).
      const recognition = recognitionRules({ reputation: { dailyKudosCap: null } });
      server = await startTestServer({ kind, seed: crowdedSeed(), config: { recognition } });
    });
    after(() => server.close());

    const answer = async (as: string | null = null) => (await call(server, 'GET', '/answers/a-open-staff', { as })).body as Answer;
    const stored = async () => {
      const [row] = await server.db.query<{ votes: number; count: number; reputation: number }>(
        `SELECT (SELECT count(*)::int FROM answer_votes WHERE post_id = 'a-open-staff') AS votes,
           (SELECT vote_count FROM answers WHERE id = 'a-open-staff') AS count,
           (SELECT reputation FROM users WHERE id = 'staff') AS reputation`,
      );
      return row;
    };

    it(`${VOTERS} members giving kudos to one answer at once count ${VOTERS} times`, async () => {
      await server.reset(crowdedSeed());
      const before = await answer();
      const results = await Promise.all(
        Array.from({ length: VOTERS }, (_, i) =>
          call(server, 'PUT', '/answers/a-open-staff/vote', { as: `voter-${i}`, body: { voted: true } }),
        ),
      );
      assert.deepEqual(new Set(results.map((result) => result.status)), new Set([200]));
      const after = await answer();
      assert.equal(after.voteCount, before.voteCount + VOTERS);
      assert.equal(after.author.reputation, before.author.reputation + VOTERS * REPUTATION.answerKudos);
      assert.deepEqual(await stored(), { votes: after.voteCount, count: after.voteCount, reputation: after.author.reputation });
    });

    it(`one member toggling kudos ${VOTERS} times at once leaves counts that match the votes`, async () => {
      for (const pattern of ['alternating', 'all true'] as const) {
        await server.reset(crowdedSeed());
        const before = await answer('voter-0');
        await Promise.all(
          Array.from({ length: VOTERS }, (_, i) =>
            call(server, 'PUT', '/answers/a-open-staff/vote', {
              as: 'voter-0',
              body: { voted: pattern === 'all true' || i % 2 === 0 },
            }),
          ),
        );
        const after = await answer('voter-0');
        const given = after.viewerHasVoted ? 1 : 0;
        if (pattern === 'all true') assert.equal(given, 1, 'kudos given many times counts once');
        assert.equal(after.voteCount, before.voteCount + given, `${pattern}: voteCount`);
        assert.equal(after.author.reputation, before.author.reputation + given * REPUTATION.answerKudos, `${pattern}: reputation`);
        assert.deepEqual(await stored(), { votes: after.voteCount, count: after.voteCount, reputation: after.author.reputation });
      }
    });

    it('accepting different answers of one question at once leaves exactly one accepted', async () => {
      await server.reset(crowdedSeed());
      const ids = ['a-open-expert', 'a-open-member', 'a-open-staff'];
      await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          call(server, 'PUT', `/answers/${ids[i % ids.length]}/accepted`, { as: i % 2 ? 'asker' : 'staff', body: { accepted: true } }),
        ),
      );
      const [row] = await server.db.query<{ accepted: number }>(
        `SELECT count(*)::int AS accepted FROM answers WHERE question_id = 'q-open' AND accepted`,
      );
      assert.equal(row?.accepted, 1);
      // The conformance suite's reputations before the accepts: each author gains only if their answer is the one.
      const seeded: Record<string, number> = { expert: 170, member: 45, staff: 55 };
      let bonus = 0;
      for (const [id, reputation] of Object.entries(seeded)) {
        bonus += ((await call(server, 'GET', `/users/${id}`)).body as { reputation: number }).reputation - reputation;
      }
      assert.equal(bonus, REPUTATION.acceptedAnswer, 'one accepted-answer bonus in all');
    });
  });
}
