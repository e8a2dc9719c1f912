import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { backfillWordColumns } from '../repository/ranking.js';
import type { Database, Queryable } from './database.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

const MIGRATION_FILE = /^(\d{3,})_[\w-]+\.sql$/;

/** What a migration needs that SQL cannot do (words analysed by src/core), run right after its file. */
const BACKFILLS: Readonly<Record<string, (tx: Queryable) => Promise<void>>> = {
  '003_ranking_terms.sql': backfillWordColumns,
  '014_indic_vowel_signs.sql': backfillWordColumns,
};

/**
 * Applies the migrations not yet recorded in `schema_migrations`, in file order, in one transaction.
 * An advisory lock makes a second process that starts at the same time wait, then find nothing left to do.
 * Returns the names of the migrations it applied.
 */
export async function migrate(db: Database, directory = MIGRATIONS_DIR): Promise<string[]> {
  const files = (await readdir(directory)).filter((name) => MIGRATION_FILE.test(name)).sort();
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':majlis-migrations'))`);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const rows = await tx.query<{ name: string }>('SELECT name FROM schema_migrations');
    const applied = new Set(rows.map((row) => row.name));
    const pending = files.filter((name) => !applied.has(name));
    for (const name of pending) {
      await tx.exec(await readFile(`${directory}/${name}`, 'utf8'));
      await BACKFILLS[name]?.(tx);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
    }
    return pending;
  });
}
