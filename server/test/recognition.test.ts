import assert from 'node:assert/strict';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_RECOGNITION, recognitionRules } from '#majlis/core/recognition.js';
import type { Leaderboard, UserProfile } from '#majlis/core/types.js';
import { conformanceSeed } from '#majlis/testing/conformance.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { MIGRATIONS_DIR, migrate } from '../src/db/migrate.js';
import { createPgliteDatabase } from '../src/db/pglite.js';
import { resetToSeed } from '../src/repository/seed.js';
import { call } from './helpers.js';
import { startTestServer, testDatabaseKinds } from './testing.js';
import type { TestServer } from './testing.js';

const VOTERS = 30;

/** The conformance community and 30 more members, to give one answer many kudos. */
function crowdedSeed() {
  const seed = structuredClone(conformanceSeed);
  for (let i = 0; i < VOTERS; i++) {
    seed.users.push({ id: `voter-${i}`, name: `Voter ${i}`, role: 'member', joinedAt: '2024-01-01T00:00:00Z' });
  }
  return seed;
}

const reputationOf = async (server: TestServer, id: string) =>
  ((await call(server, 'GET', `/users/${id}`)).body as UserProfile).reputation;

for (const kind of testDatabaseKinds()) {
  describe(`recognition on the server (${kind})`, () => {
    let server: TestServer;
    let time = '2026-12-02T10:00:00.000Z';
    before(async () => {
      const recognition = recognitionRules({ reputation: { dailyKudosCap: 25, questionAsked: 2 } });
      server = await startTestServer({ kind, seed: crowdedSeed(), config: { recognition } });
      server.setClock(() => new Date(time));
    });
    after(() => server.close());

    it('caps the points from kudos per member and UTC day, even when they arrive at once', async () => {
      await server.reset(crowdedSeed());
      time = '2026-12-02T10:00:00.000Z';
      const start = await reputationOf(server, 'staff');
      const results = await Promise.all(
        Array.from({ length: VOTERS }, (_, i) =>
          call(server, 'PUT', '/answers/a-open-staff/vote', { as: `voter-${i}`, body: { voted: true } }),
        ),
      );
      assert.deepEqual(new Set(results.map((result) => result.status)), new Set([200]));
      assert.equal(await reputationOf(server, 'staff'), start + 25, 'the cap holds under concurrent kudos');
      const [ledger] = await server.db.query<{ rows: number; points: number }>(
        `SELECT count(*)::int AS rows, sum(points)::int AS points FROM reputation_events
          WHERE user_id = 'staff' AND kind = 'kudos' AND at >= '2026-12-02T00:00:00Z'`,
      );
      assert.deepEqual(ledger, { rows: VOTERS, points: 25 }, 'every kudos has its row, capped ones with 0 points');
      // Taking every kudos back returns exactly what they earned.
      await Promise.all(
        Array.from({ length: VOTERS }, (_, i) =>
          call(server, 'PUT', '/answers/a-open-staff/vote', { as: `voter-${i}`, body: { voted: false } }),
        ),
      );
      assert.equal(await reputationOf(server, 'staff'), start);
      // The next UTC day has a new allowance.
      time = '2026-12-03T00:00:00.000Z';
      await call(server, 'PUT', '/answers/a-open-staff/vote', { as: 'voter-0', body: { voted: true } });
      await call(server, 'PUT', '/answers/a-open-staff/vote', { as: 'voter-1', body: { voted: true } });
      assert.equal(await reputationOf(server, 'staff'), start + 20);
      const kudos = (await call(server, 'GET', '/leaderboard?period=week&metric=kudos')).body as Leaderboard;
      assert.deepEqual(kudos.entries.map((entry) => [entry.user.id, entry.value]), [['staff', 2]]);
    });

    it('earns the configured points per question asked, and awards the first-question badge with its date', async () => {
      await server.reset(crowdedSeed());
      time = '2026-12-04T08:30:00.000Z';
      const before = await reputationOf(server, 'voter-3');
      const asked = await call(server, 'POST', '/questions', {
        as: 'voter-3',
        body: { title: 'Which APN for a dual-SIM phone?', body: 'Work eSIM and private SIM.', categoryId: 'network', language: 'en' },
      });
      assert.equal(asked.status, 201);
      const profile = (await call(server, 'GET', '/users/voter-3')).body as UserProfile;
      assert.equal(profile.reputation, before + 2);
      assert.deepEqual(profile.badges, [{ id: 'first-question', awardedAt: time }]);
    });

    it('serves the rules and a leaderboard that follows the clock across a period start (cached reads too)', async () => {
      await server.reset(crowdedSeed());
      const rules = await call(server, 'GET', '/recognition');
      assert.equal(rules.status, 200);
      assert.deepEqual((rules.body as { reputation: unknown }).reputation, { ...DEFAULT_RECOGNITION.reputation, dailyKudosCap: 25, questionAsked: 2 });
      time = '2026-11-29T23:30:00.000Z';
      await call(server, 'PUT', '/answers/a-open-member/vote', { as: 'voter-0', body: { voted: true } });
      const sunday = (await call(server, 'GET', '/leaderboard?period=week')).body as Leaderboard;
      assert.deepEqual(sunday.entries.map((entry) => entry.user.id), ['member']);
      // Monday 00:00 UTC: a new week, though nothing was written in between.
      time = '2026-11-30T00:00:00.000Z';
      const monday = (await call(server, 'GET', '/leaderboard?period=week')).body as Leaderboard;
      assert.equal(monday.since, '2026-11-30T00:00:00.000Z');
      assert.deepEqual(monday.entries, []);
    });

    it('refuses a bad leaderboard query with 400 naming the field', async () => {
      for (const [query, field] of [
        ['limit=0', 'limit'],
        ['limit=51', 'limit'],
        ['limit=ten', 'limit'],
        ['period=year', 'period'],
        ['mode=people', 'mode'],
        ['timeZone=Mars%2FOlympus', 'timeZone'],
      ] as const) {
        const result = await call(server, 'GET', `/leaderboard?${query}`);
        assert.equal(result.status, 400, query);
        assert.equal((result.body as { error: { field?: string } }).error.field, field, query);
      }
    });
  });
}

describe('the recognition migration (004)', () => {
  it('gives an existing community its ledger and badges, with the points the rules give', async () => {
    const upTo003 = await mkdtemp(path.join(tmpdir(), 'majlis-migrations-'));
    const db = await createPgliteDatabase(null);
    try {
      for (const name of ['001_schema.sql', '002_search_vectors.sql', '003_ranking_terms.sql']) {
        await copyFile(path.join(MIGRATIONS_DIR, name), path.join(upTo003, name));
      }
      await migrate(db, upTo003);
      await resetToSeed(db, structuredClone(conformanceSeed));
      assert.deepEqual(await migrate(db), ['004_recognition.sql', '005_moderation.sql', '006_follow.sql', '007_live.sql', '008_ideas.sql', '009_escalation.sql', '010_idea_notifications.sql', '011_live_sessions.sql', '012_care_handoff.sql', '013_follow_sessions.sql', '014_indic_vowel_signs.sql']);
      const rows = await db.query<{ id: string; reputation: number }>('SELECT id, reputation FROM users ORDER BY id');
      // The conformance community's reputations: base + 5 per question kudos + 10 per answer kudos + 15 per solution.
      assert.deepEqual(Object.fromEntries(rows.map((row) => [row.id, row.reputation])), {
        asker: 25,
        expert: 170,
        member: 45,
        moderator: 0,
        other: 15,
        staff: 55,
      });
      const [ledger] = await db.query<{ kudos: number; accepts: number }>(
        `SELECT count(*) FILTER (WHERE kind = 'kudos')::int AS kudos, count(*) FILTER (WHERE kind = 'accept')::int AS accepts
           FROM reputation_events`,
      );
      assert.deepEqual(ledger, { kudos: conformanceSeed.votes.length, accepts: 2 });
      const badges = await db.query<{ badge_id: string; awarded_at: Date }>(
        "SELECT badge_id, awarded_at FROM user_badges WHERE user_id = 'staff' ORDER BY awarded_at, badge_id",
      );
      assert.deepEqual(
        badges.map((row) => [row.badge_id, row.awarded_at.toISOString()]),
        [
          ['first-answer', '2024-04-20T15:10:00.000Z'],
          ['first-solution', '2024-04-21T09:00:00.000Z'],
        ],
      );
    } finally {
      await db.close();
      await rm(upTo003, { recursive: true, force: true });
    }
  });
});

describe('MAJLIS_RECOGNITION', () => {
  it('takes inline JSON or a file over the defaults', async () => {
    const inline = loadConfig({ MAJLIS_RECOGNITION: '{"reputation": {"dailyKudosCap": null, "answerKudos": 7}}' });
    assert.deepEqual(inline.recognition.reputation, { ...DEFAULT_RECOGNITION.reputation, dailyKudosCap: null, answerKudos: 7 });
    assert.deepEqual(inline.recognition.ranks, DEFAULT_RECOGNITION.ranks);
    const dir = await mkdtemp(path.join(tmpdir(), 'majlis-recognition-'));
    try {
      const file = path.join(dir, 'recognition.json');
      await writeFile(file, JSON.stringify({ ranks: [{ id: 'all', threshold: 0, names: { en: 'Everyone' } }] }));
      assert.deepEqual(loadConfig({ MAJLIS_RECOGNITION: file }).recognition.ranks, [{ id: 'all', threshold: 0, names: { en: 'Everyone' } }]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    assert.deepEqual(loadConfig({}).recognition, recognitionRules());
  });

  it('refuses bad rules at start with a message naming the setting', () => {
    const refused = (value: string, message: RegExp) =>
      assert.throws(() => loadConfig({ MAJLIS_RECOGNITION: value }), (error: unknown) => error instanceof ConfigError && message.test(error.message));
    refused('{"reputation": {"answerKudos": -1}}', /MAJLIS_RECOGNITION: Invalid recognition rules: reputation\.answerKudos/);
    refused('{"reputation": {"answerKudoz": 3}}', /unknown settings answerKudoz/);
    refused('{"ranks": [{"id": "a", "threshold": 0}, {"id": "b", "threshold": 0}]}', /ranks\[1\]\.threshold \(0\) must be greater/);
    refused('{"reputation": ', /is not valid JSON/);
    refused('{"points": 1}', /unknown settings points/);
    refused('/no/such/recognition.json', /cannot be read/);
  });
});
