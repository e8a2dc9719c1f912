import type { Config } from '../config.js';
import type { Database } from './database.js';
import { createPgliteDatabase } from './pglite.js';
import { createPostgresDatabase } from './postgres.js';

/** PostgreSQL when `DATABASE_URL` is set, else PGlite in `DATA_DIR`. */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'statementTimeoutMs'>,
): Promise<Database> {
  if (config.databaseUrl !== null) {
    return createPostgresDatabase({ connectionString: config.databaseUrl, statementTimeoutMs: config.statementTimeoutMs });
  }
  return createPgliteDatabase(config.dataDir);
}
