import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock.js';
import type { Database, Queryable, SqlParam } from './database.js';

interface PgliteQueryable {
  query<Row>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  exec(sql: string): Promise<unknown>;
}

function queryable(target: PgliteQueryable): Queryable {
  return {
    async query<Row extends object>(sql: string, params: readonly SqlParam[] = []) {
      return (await target.query<Row>(sql, [...params])).rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  };
}

/**
 * Embedded PostgreSQL (WebAssembly) in this process: `dataDir` persists it, `null` keeps it in memory.
 * It has one connection, so transactions and queries run one at a time. A data directory is locked first
 * (`data-dir-lock.ts`): a second server on it refuses to start instead of corrupting it.
 */
export async function createPgliteDatabase(dataDir: string | null): Promise<Database> {
  const unlock = dataDir === null ? () => undefined : lockDataDir(dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir ?? 'memory://');
  } catch (error) {
    unlock();
    throw error;
  }
  return {
    kind: 'PGlite',
    ...queryable(pglite),
    transaction: (work) => pglite.transaction((tx) => work(queryable(tx))),
    // In this process: the connection cannot be lost. PGlite writes the name into LISTEN as it is: keep it a plain
    // lower-case identifier.
    listen: (channel, onMessage) => pglite.listen(channel, onMessage),
    close: async () => {
      try {
        await pglite.close();
      } finally {
        unlock();
      }
    },
  };
}
