import type { Database, SqlParam } from './db/database.js';

/**
 * Serialized answers to public reads (lists, threads, profiles), per viewer and URL, so a busy support page does
 * not run the same SQL and JSON serialization for every visitor. Measured where the time went (bench:server): the
 * database round trip and row decoding of a list page cost many times Fastify itself.
 *
 * Exact for the writes this server makes: every write the database wrapper of {@link trackWrites} sees bumps the
 * version after it committed, and an answer is only kept under the version it started reading at, so nothing read
 * before a write is served after it. On PGlite that is every write (one server per DATA_DIR, see
 * `db/data-dir-lock.ts`). Several servers on one PostgreSQL database tell each other of their writes through
 * `LISTEN/NOTIFY` (`live/cache-sync.ts`), which empties this cache a few milliseconds after another instance's
 * commit; entries there also expire after `ttlMs` (MAJLIS_READ_CACHE_MS), which bounds how late a write shows if a
 * notification was lost (the listening connection dropped).
 */
export class ReadCache {
  private version = 0;
  private readonly entries = new Map<string, { version: number; storedAt: number; body: Buffer }>();

  /**
   * @param ttlMs how long an entry lives; null: until the next write (single writer); 0 disables the cache.
   * @param maxEntries the most answers kept (the oldest go first), so distinct URLs cannot grow memory.
   */
  constructor(
    readonly ttlMs: number | null,
    private readonly maxEntries = 500,
  ) {}

  get enabled(): boolean {
    return this.ttlMs !== 0;
  }

  /** The version a read starts at; pass it to {@link set}. */
  get current(): number {
    return this.version;
  }

  get(key: string, now = Date.now()): Buffer | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.version !== this.version || (this.ttlMs !== null && now - entry.storedAt >= this.ttlMs)) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.body;
  }

  /** Keeps `body` (encoded once: a list page is sent many times), read from `version`, unless a write happened since. */
  set(key: string, version: number, body: Buffer, now = Date.now()): void {
    if (!this.enabled || version !== this.version) return;
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { version, storedAt: now, body });
  }

  /** Something changed: every entry is out of date. */
  invalidate(): void {
    this.version++;
    this.entries.clear();
  }
}

const WRITE = /^\s*(INSERT|UPDATE|DELETE|TRUNCATE)\b/i;

/**
 * `db`, telling `cache` about every change once it is committed: each transaction (every mutation runs in one),
 * and each INSERT, UPDATE, DELETE or TRUNCATE run outside a transaction (a member's record updated from a token).
 */
export function trackWrites(db: Database, cache: ReadCache, onWrite?: () => void): Database {
  const settle = <T>(result: Promise<T>): Promise<T> =>
    result.finally(() => {
      cache.invalidate();
      onWrite?.();
    });
  const query = <Row extends object>(sql: string, params?: readonly SqlParam[]): Promise<Row[]> => {
    const result = db.query<Row>(sql, params);
    return WRITE.test(sql) ? settle(result) : result;
  };
  return {
    kind: db.kind,
    query,
    exec: (sql) => settle(db.exec(sql)),
    transaction: (work) => settle(db.transaction(work)),
    listen: (channel, onMessage, onReconnect) => db.listen(channel, onMessage, onReconnect),
    close: () => db.close(),
  };
}
