import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LIMITS } from '#majlis/core/types.js';
import { conformanceSeed } from '#majlis/testing/conformance.js';
import { isPostgresError } from '../src/db/database.js';
import type { Database } from '../src/db/database.js';
import { readdirSync } from 'node:fs';
import { MIGRATIONS_DIR, migrate } from '../src/db/migrate.js';
import { createPostgresDatabase } from '../src/db/postgres.js';
import { resetToSeed, seedIfEmpty } from '../src/repository/seed.js';
import { createTestDatabase, testDatabaseKinds } from './testing.js';
import type { TestDatabase } from './testing.js';

/** The SQLSTATE and constraint a statement fails with. */
async function refusal(db: Database, sql: string, params: (string | boolean)[] = []): Promise<string> {
  const error = await db.query(sql, params).then(
    () => null,
    (failure: unknown) => failure,
  );
  assert.ok(isPostgresError(error), `expected the database to refuse: ${sql}`);
  return `${error.code} ${error.constraint ?? ''}`.trim();
}

const question = (id: string, title: string, tags = '{}') =>
  `INSERT INTO questions (id, author_id, category_id, title, body, language, tags, created_at, last_activity_at)
   VALUES ('${id}', 'member', 'network', '${title}', 'A body.', 'en', '${tags}', now(), now())`;

for (const kind of testDatabaseKinds()) {
  describe(`the schema on ${kind}`, () => {
    let test: TestDatabase;
    before(async () => {
      test = await createTestDatabase(kind);
      await resetToSeed(test.db, structuredClone(conformanceSeed));
    });
    after(() => test.dispose());

    it('migrates once: running the migrations again applies nothing', async () => {
      assert.deepEqual(await migrate(test.db), []);
      assert.deepEqual(await migrate(test.db), []);
      const rows = await test.db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
      assert.deepEqual(rows.map((row) => row.name), ['001_schema.sql', '002_search_vectors.sql', '003_ranking_terms.sql', '004_recognition.sql', '005_moderation.sql', '006_follow.sql', '007_live.sql', '008_ideas.sql', '009_escalation.sql', '010_idea_notifications.sql', '011_live_sessions.sql', '012_care_handoff.sql', '013_follow_sessions.sql', '014_indic_vowel_signs.sql']);
    });

    it('refuses a second kudos by the same member, and kudos on one’s own post', async () => {
      const db = test.db;
      assert.equal(
        await refusal(db, `INSERT INTO question_votes (post_id, user_id, author_id) VALUES ('q-open', 'member', 'asker')`),
        '23505 question_votes_pkey',
      );
      assert.equal(
        await refusal(db, `INSERT INTO answer_votes (post_id, user_id, author_id) VALUES ('a-open-expert', 'expert', 'expert')`),
        '23514 vote_not_own',
      );
      assert.equal(
        await refusal(db, `INSERT INTO answer_votes (post_id, user_id, author_id) VALUES ('a-open-expert', 'staff', 'member')`),
        '23503 answer_votes_post_id_author_id_fkey',
        'the copied author must be the real one',
      );
    });

    it('keeps one accepted answer per question and freezes locked questions', async () => {
      const db = test.db;
      assert.equal(
        await refusal(db, `UPDATE answers SET accepted = true, accepted_by = 'asker' WHERE id = 'a-solved-other'`),
        '23505 one_accepted_answer',
      );
      assert.equal(
        await refusal(
          db,
          `INSERT INTO answers (id, question_id, author_id, body, language, created_at) VALUES ('a-x', 'q-locked', 'other', 'Late answer', 'en', now())`,
        ),
        '23001 question_locked',
      );
      assert.equal(
        await refusal(db, `UPDATE answers SET accepted = true, accepted_by = 'staff' WHERE id = 'a-locked-staff'`),
        '23001 question_locked',
      );
    });

    it(`checks the limits of src/core/types.ts in UTF-16 units: titles ${LIMITS.titleMin}–${LIMITS.titleMax}, ${LIMITS.tagsMax} tags of ${LIMITS.tagMax}`, async () => {
      const db = test.db;
      const refused = (sql: string) => refusal(db, sql);
      assert.equal(await refused(question('q-x', 'x'.repeat(LIMITS.titleMax + 1))), '23514 question_title_length');
      assert.equal(await refused(question('q-x', '📶'.repeat(LIMITS.titleMax / 2 + 1))), '23514 question_title_length');
      assert.equal(await refused(question('q-x', 'x'.repeat(LIMITS.titleMin - 1))), '23514 question_title_length');
      const tooMany = `{${Array.from({ length: LIMITS.tagsMax + 1 }, (_, i) => `t${i}`).join(',')}}`;
      assert.equal(await refused(question('q-x', 'A long enough title', tooMany)), '23514 question_tags_valid');
      assert.equal(await refused(question('q-x', 'A long enough title', `{${'x'.repeat(LIMITS.tagMax + 1)}}`)), '23514 question_tags_valid');
      await db.query(question('q-max', 'x'.repeat(LIMITS.titleMax), `{${'x'.repeat(LIMITS.tagMax)}}`));
      await db.query(`DELETE FROM questions WHERE id = 'q-max'`);
    });

    it('loads a seed only into an empty database, and refuses an inconsistent seed whole', async () => {
      assert.equal(await seedIfEmpty(test.db, () => Promise.resolve(structuredClone(conformanceSeed))), false);
      const selfVote = structuredClone(conformanceSeed);
      selfVote.votes.push({ userId: 'asker', target: 'question', targetId: 'q-open' });
      await assert.rejects(resetToSeed(test.db, selfVote), /Invalid Majlis seed/);
      const [row] = await test.db.query<{ count: number }>('SELECT count(*)::int AS count FROM questions');
      assert.equal(row?.count, conformanceSeed.questions.length, 'the failed reset changed nothing');
    });
  });
}

if (testDatabaseKinds().includes('postgres')) {
  describe('migrations on PostgreSQL', () => {
    it('two servers migrating the same database at once apply each migration once', async () => {
      const test = await createTestDatabase('postgres');
      const [{ schema } = { schema: '' }] = await test.db.query<{ schema: string }>('SELECT current_schema() AS schema');
      // An empty schema, as a new deployment finds it (every migration's tables, functions and triggers gone).
      await test.db.exec(`DROP SCHEMA "${schema}" CASCADE; CREATE SCHEMA "${schema}"`);
      const connectionString = process.env.MAJLIS_TEST_DATABASE_URL ?? '';
      const servers = [1, 2].map(() => createPostgresDatabase({ connectionString, schema }));
      try {
        const applied = await Promise.all(servers.map((db) => migrate(db)));
        const migrations = readdirSync(MIGRATIONS_DIR).filter((name) => name.endsWith('.sql')).length;
        assert.deepEqual(applied.map((names) => names.length).sort((a, b) => a - b), [0, migrations]);
      } finally {
        await Promise.all(servers.map((db) => db.close()));
        await test.dispose();
      }
    });
  });
}
