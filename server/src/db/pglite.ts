import { PGlite } from '@electric-sql/pglite';
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
 * It has one connection, so transactions and queries run one at a time.
 */
export async function createPgliteDatabase(dataDir: string | null): Promise<Database> {
  const pglite = await PGlite.create(dataDir ?? 'memory://');
  return {
    kind: 'PGlite',
    ...queryable(pglite),
    transaction: (work) => pglite.transaction((tx) => work(queryable(tx))),
    close: () => pglite.close(),
  };
}
