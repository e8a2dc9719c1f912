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
  const listeners = new Set<() => Promise<void>>();
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
    listen: async (channel, onMessage, onReconnect) => {
      const stop = await listenOn({ connectionString, options: settings.join(' ') }, channel, onMessage, onReconnect);
      listeners.add(stop);
      return () => {
        listeners.delete(stop);
        return stop();
      };
    },
    close: async () => {
      await Promise.all([...listeners].map((stop) => stop()));
      await pool.end();
    },
  };
}

/** Keeps one connection LISTENing to `channel`, connecting again (after 0.1 s, doubling to 10 s) when it is lost. */
async function listenOn(
  settings: pg.ClientConfig,
  channel: string,
  onMessage: (payload: string) => void,
  onReconnect: (() => void) | undefined,
): Promise<() => Promise<void>> {
  let client: pg.Client | null = null;
  let stopped = false;
  let delayMs = 100;
  const connect = async () => {
    const next = new pg.Client(settings);
    next.on('notification', (message) => {
      if (message.channel === channel) onMessage(message.payload ?? '');
    });
    next.on('error', () => void next.end().catch(() => undefined));
    next.on('end', () => {
      if (client !== next || stopped) return;
      client = null;
      setTimeout(() => void reconnect(), delayMs);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${quoteIdentifier(channel)}`);
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    client = next;
    delayMs = 100;
  };
  const reconnect = async () => {
    if (stopped) return;
    try {
      await connect();
      onReconnect?.();
    } catch {
      delayMs = Math.min(delayMs * 2, 10_000);
      setTimeout(() => void reconnect(), delayMs);
    }
  };
  await connect();
  return async () => {
    stopped = true;
    const current = client;
    client = null;
    await current?.end().catch(() => undefined);
  };
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
