import pg from 'pg';
import type { Database, Queryable, SqlParam } from './database.js';
import { retryConflicts } from './database.js';

export interface PostgresOptions {
  /** `postgres://user:password@host:port/database` */
  connectionString: string;
  /** Tables live in this schema instead of `public` (tests use one per run); it must exist. */
  schema?: string;
  /** Pool size; default 10. */
  max?: number;
  /** PostgreSQL cancels a statement that runs longer (milliseconds); default 5000. */
  statementTimeoutMs?: number;
}

function queryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<Row extends object>(sql: string, params: readonly SqlParam[] = []) {
      return (await client.query<Row>(sql, [...params])).rows;
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
}

/** A PostgreSQL server through a `pg` connection pool. */
export function createPostgresDatabase({
  connectionString,
  schema,
  max = 10,
  statementTimeoutMs = 5_000,
}: PostgresOptions): Database {
  const settings = [`-c statement_timeout=${Math.floor(statementTimeoutMs)}`];
  if (schema !== undefined) settings.push(`-c search_path=${quoteIdentifier(schema)}`);
  const pool = new pg.Pool({ connectionString, max, options: settings.join(' ') });
  // An idle client that loses its connection emits here; the pool replaces it on the next checkout.
  pool.on('error', () => undefined);
  return {
    kind: 'PostgreSQL',
    ...queryable(pool),
    transaction: (work) =>
      retryConflicts(async () => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const result = await work(queryable(client));
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      }),
    close: () => pool.end(),
  };
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
