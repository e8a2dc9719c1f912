import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { conformanceSeed } from '#majlis/testing/conformance.js';
import type { Database } from '../src/db/database.js';
import { MIGRATIONS_DIR, migrate } from '../src/db/migrate.js';
import { createPgliteDatabase } from '../src/db/pglite.js';
import { listQuestions } from '../src/repository/questions.js';
import { readerOf } from '../src/repository/viewer.js';
import { searchWords } from '../src/repository/search-words.js';

/** The conformance seed's users, categories and questions as the first schema (001) stored them. */
async function seedFirstSchema(db: Database): Promise<void> {
  const { users, categories, questions } = conformanceSeed;
  for (const user of users) {
    await db.query('INSERT INTO users (id, name, role, joined_at) VALUES ($1, $2, $3, $4)', [
      user.id,
      user.name,
      user.role,
      user.joinedAt,
    ]);
  }
  for (const [position, category] of categories.entries()) {
    await db.query('INSERT INTO categories (id, name, position) VALUES ($1, $2, $3)', [category.id, category.name, position]);
  }
  for (const question of questions) {
    await db.query(
      `INSERT INTO questions (id, author_id, category_id, title, body, language, tags, created_at, last_activity_at,
         title_words, search_words)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9, $10)`,
      [
        ...[question.id, question.authorId, question.categoryId, question.title, question.body, question.language],
        ...[question.tags ?? [], question.createdAt, searchWords(question.title), searchWords(question.title, question.body)],
      ],
    );
  }
}

describe('the search migrations (002 search vectors, 003 ranking terms)', () => {
  it('upgrade a database with questions: their words are computed in JavaScript and searches find them', async () => {
    const onlyFirst = await mkdtemp(path.join(tmpdir(), 'majlis-migrations-'));
    const db = await createPgliteDatabase(null);
    try {
      await copyFile(path.join(MIGRATIONS_DIR, '001_schema.sql'), path.join(onlyFirst, '001_schema.sql'));
      assert.deepEqual(await migrate(db, onlyFirst), ['001_schema.sql']);
      await seedFirstSchema(db);
      assert.deepEqual(await migrate(db), [
        '002_search_vectors.sql',
        '003_ranking_terms.sql',
        '004_recognition.sql',
        '005_moderation.sql',
        '006_follow.sql',
        '007_live.sql',
        '008_ideas.sql',
        '009_escalation.sql',
        '010_idea_notifications.sql',
        '011_live_sessions.sql',
        '012_care_handoff.sql',
        '013_follow_sessions.sql',
        '014_indic_vowel_signs.sql',
      ]);
      const states = await db.query<{ state: string }>('SELECT DISTINCT state FROM questions');
      assert.deepEqual(states, [{ state: 'published' }], 'questions from before moderation stay published');
      const [row] = await db.query<{ empty: number }>(
        "SELECT count(*)::int AS empty FROM questions WHERE search_vector = '' OR rank_vector = '' OR title_length = 0",
      );
      assert.equal(row?.empty, 0);
      // 35 questions are read faster by a scan; without that choice the planner shows the GIN indexes are usable.
      await db.exec('SET enable_seqscan = off');
      for (const [index, where] of [
        ['questions_search', "search_vector @@ 'roam:*'::tsquery"],
        ['questions_rank', "rank_vector @@ 'roam:*'::tsquery"],
        ['questions_tag_keys', "tag_keys @> ARRAY['esim']"],
      ] as const) {
        const plan = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN SELECT id FROM questions WHERE ${where}`);
        assert.match(plan.map((line) => line['QUERY PLAN']).join('\n'), new RegExp(index));
      }
      await db.exec('RESET enable_seqscan');
      const page = await listQuestions(db, readerOf(null), { search: 'sign' });
      assert.ok(page.items.length > 0, 'a search finds seeded questions');
      const tagged = conformanceSeed.questions.find((question) => (question.tags ?? []).length > 0);
      const tag = tagged?.tags?.[0] ?? '';
      const byTag = await listQuestions(db, readerOf(null), { tag: tag.toUpperCase() });
      assert.ok(byTag.items.some((question) => question.id === tagged?.id), `the tag filter finds "${tag}"`);
    } finally {
      await db.close();
      await rm(onlyFirst, { recursive: true, force: true });
    }
  });

  it('014 computes again the words of questions stored when Devanagari vowel signs folded away', async () => {
    const upTo013 = await mkdtemp(path.join(tmpdir(), 'majlis-migrations-'));
    const db = await createPgliteDatabase(null);
    try {
      for (const name of (await readdir(MIGRATIONS_DIR)).filter((file) => file < '014')) {
        await copyFile(path.join(MIGRATIONS_DIR, name), path.join(upTo013, name));
      }
      await migrate(db, upTo013);
      await seedFirstSchema(db);
      const hindi = conformanceSeed.questions[0];
      const title = 'मोबाइल डेटा फ़ोन पर नहीं चल रहा';
      // What the folding before 014 stored: every mark dropped, so डेटा was stored as डट.
      const folded = (text: string) => searchWords(text).map((word) => word.normalize('NFD').replace(/\p{M}/gu, ''));
      await db.query('UPDATE questions SET title = $2, title_words = $3, search_words = $3, title_terms = $3, body_terms = $3 WHERE id = $1', [
        hindi.id,
        title,
        folded(title),
      ]);
      const found = async (search: string) => (await listQuestions(db, readerOf(null), { search })).items.some((question) => question.id === hindi.id);
      assert.deepEqual([await found('डेटा'), await found('डट')], [false, true], 'before 014, the stored words lack their vowel signs');
      assert.deepEqual(await migrate(db), ['014_indic_vowel_signs.sql']);
      assert.deepEqual(
        [await found('डेटा'), await found('डाटा'), await found('फोन'), await found('मोबाइल')],
        [true, false, true, true],
        'after 014: डेटा is found, डाटा is another word, the nukta folds',
      );
    } finally {
      await db.close();
      await rm(upTo013, { recursive: true, force: true });
    }
  });
});
