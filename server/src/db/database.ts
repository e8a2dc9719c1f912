/** What the repository needs from PostgreSQL, whether embedded (PGlite) or a server (pg). */
export type SqlParam = string | number | boolean | null | Date | readonly string[];

export interface Queryable {
  /** Runs one statement with `$1…` parameters and returns its rows. */
  query<Row extends object = Record<string, unknown>>(sql: string, params?: readonly SqlParam[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  /** `PGlite` or `PostgreSQL`, for logs. */
  readonly kind: string;
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it throws. A deadlock or
   * serialization failure reruns it (a few times), so `work` must not have effects outside the database.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * `LISTEN`s to `channel` (a lower-case identifier: letters, digits, `_`) on a connection of its own: `onMessage` gets each
   * `NOTIFY` payload; after the connection was lost and made again, `onReconnect` runs (notifications sent
   * meanwhile are lost: catch up from the database). Resolves once listening, with the function that stops.
   */
  listen(channel: string, onMessage: (payload: string) => void, onReconnect?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** An error PostgreSQL reported, with its SQLSTATE and the constraint at fault, when there is one. */
export interface PostgresError {
  code: string;
  constraint?: string;
  message: string;
}

export function isPostgresError(error: unknown): error is PostgresError {
  const code: unknown = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
}

const RETRYABLE = new Set(['40001', '40P01']); // serialization_failure, deadlock_detected
const ATTEMPTS = 4;

/** Reruns a transaction PostgreSQL aborted to resolve a conflict with another one. */
export async function retryConflicts<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= ATTEMPTS || !isPostgresError(error) || !RETRYABLE.has(error.code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
}
