import assert from 'node:assert/strict';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { conformanceSeed } from '#majlis/testing/conformance.js';
import { MIGRATIONS_DIR, migrate } from '../src/db/migrate.js';
import { createPgliteDatabase } from '../src/db/pglite.js';
import { listQuestions } from '../src/repository/questions.js';
import { resetToSeed } from '../src/repository/seed.js';

describe('the search vectors migration (002)', () => {
  it('upgrades a database with questions: their search vectors are computed and searches find them', async () => {
    const onlyFirst = await mkdtemp(path.join(tmpdir(), 'majlis-migrations-'));
    const db = await createPgliteDatabase(null);
    try {
      await copyFile(path.join(MIGRATIONS_DIR, '001_schema.sql'), path.join(onlyFirst, '001_schema.sql'));
      assert.deepEqual(await migrate(db, onlyFirst), ['001_schema.sql']);
      await resetToSeed(db, structuredClone(conformanceSeed));
      assert.deepEqual(await migrate(db), ['002_search_vectors.sql', '003_recognition.sql']);
      const [row] = await db.query<{ empty: number }>("SELECT count(*)::int AS empty FROM questions WHERE search_vector = ''");
      assert.equal(row?.empty, 0);
      // 35 questions are read faster by a scan; without that choice the planner shows the GIN index is usable.
      await db.exec('SET enable_seqscan = off');
      const plan = await db.query<{ 'QUERY PLAN': string }>(
        "EXPLAIN SELECT id FROM questions WHERE search_vector @@ 'roam:*'::tsquery",
      );
      assert.match(plan.map((line) => line['QUERY PLAN']).join('\n'), /questions_search/);
      await db.exec('RESET enable_seqscan');
      const page = await listQuestions(db, null, { search: 'sign' });
      assert.ok(page.items.length > 0, 'a search finds seeded questions');
    } finally {
      await db.close();
      await rm(onlyFirst, { recursive: true, force: true });
    }
  });
});
