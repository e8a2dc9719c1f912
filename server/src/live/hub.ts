import { randomUUID } from 'node:crypto';
import { matchesTopic } from '#majlis/core/contract/live.js';
import type { LiveEvent, LiveTopic } from '#majlis/core/contract/live.js';
import type { Database } from '../db/database.js';

/** An event before the log gives it its id. */
export type NewLiveEvent = LiveEvent extends infer E ? (E extends LiveEvent ? Omit<E, 'id'> : never) : never;

/** One connected subscriber of this instance. */
export interface LiveClient {
  topics: readonly LiveTopic[];
  send(event: LiveEvent): void;
}

/** What travels on the notification channel: an event of the log, or "an instance wrote: empty your read cache". */
type Notice = { kind: 'event'; event: LiveEvent } | { kind: 'write'; from: string };

export interface LiveHubOptions {
  /** How long the log keeps events (a client reconnecting later gets a `reset`). */
  retentionMs: number;
  /** Another instance committed a write: empty the read cache. */
  onRemoteWrite?: () => void;
}

/** The advisory lock that makes events take their ids in commit order (so a reader of the log never skips one). */
const LOG_LOCK = `hashtext(current_schema() || ':majlis-live-log')`;
const PRUNE_EVERY_MS = 60_000;
/** The most events one replay sends; a client further behind gets a `reset`. */
const REPLAY_MAX = 1_000;

/**
 * Live updates of one server instance: appends events to the log (`live_events`) and announces them with
 * `NOTIFY`; every instance on the database `LISTEN`s and fans each event out to its own clients. Ids come from the
 * log in commit order, so a client that reconnects with `Last-Event-ID` (to this instance or another, before or
 * after a restart) is replayed exactly what it missed, within the retention window.
 */
export class LiveHub {
  private readonly clients = new Set<LiveClient>();
  private readonly instance = randomUUID();
  private channel = 'majlis_live';
  private stopListening: (() => Promise<void>) | null = null;
  /** The last event id this instance delivered, to catch up after the listening connection was lost. */
  private lastId = 0n;
  private lastPrune = 0;
  private writeNoticePending = false;

  constructor(
    private readonly db: Database,
    private readonly options: LiveHubOptions,
  ) {}

  get clientCount(): number {
    return this.clients.size;
  }

  async start(): Promise<void> {
    // One channel per schema: several communities (or test runs) in one database do not hear each other.
    const [row] = await this.db.query<{ schema: string; last: string | null }>(
      'SELECT current_schema() AS schema, (SELECT max(id)::text FROM live_events) AS last',
    );
    this.channel = `majlis_live_${(row?.schema ?? 'public').toLowerCase().replace(/[^a-z0-9_]/g, '_')}`.slice(0, 63);
    this.lastId = BigInt(row?.last ?? 0);
    this.stopListening = await this.db.listen(
      this.channel,
      (payload) => this.receive(payload),
      () => void this.catchUp(),
    );
  }

  async close(): Promise<void> {
    await this.stopListening?.();
    this.stopListening = null;
  }

  add(client: LiveClient): () => void {
    this.clients.add(client);
    return () => this.clients.delete(client);
  }

  /** Appends `events` to the log and announces them to every instance (this one included). */
  async publish(events: readonly NewLiveEvent[]): Promise<void> {
    if (events.length === 0) return;
    await this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(${LOG_LOCK})`);
      for (const event of events) {
        const [row] = await tx.query<{ id: string }>(
          'INSERT INTO live_events (question_id, category_id, event) VALUES ($1, $2, $3) RETURNING id::text AS id',
          [event.questionId, event.categoryId, JSON.stringify(event)],
        );
        const notice: Notice = { kind: 'event', event: { ...event, id: row?.id ?? '' } };
        await tx.query('SELECT pg_notify($1, $2)', [this.channel, JSON.stringify(notice)]);
      }
    });
    await this.prune();
  }

  /** This instance committed a write: the others empty their read caches (one notice per burst of writes). */
  announceWrite(): void {
    if (this.writeNoticePending || this.stopListening === null) return;
    this.writeNoticePending = true;
    setImmediate(() => {
      this.writeNoticePending = false;
      const notice: Notice = { kind: 'write', from: this.instance };
      this.db.query('SELECT pg_notify($1, $2)', [this.channel, JSON.stringify(notice)]).catch(() => undefined);
    });
  }

  /**
   * The events after `lastEventId` still in the log, oldest first, or null when some were already dropped (the
   * client must read everything again).
   */
  async replay(lastEventId: string): Promise<LiveEvent[] | null> {
    if (!/^\d{1,18}$/.test(lastEventId)) return null;
    const after = BigInt(lastEventId);
    const [bounds] = await this.db.query<{ first: string | null; last: string; called: boolean }>(
      `SELECT (SELECT min(id)::text FROM live_events) AS first, last_value::text AS last, is_called AS called
         FROM live_events_id_seq`,
    );
    const last = bounds?.called === true ? BigInt(bounds.last) : 0n;
    // Past the end: the id is of another database (or one reset since). Before the oldest kept: some were dropped.
    if (after > last) return null;
    if (bounds?.first === null || bounds?.first === undefined) return after === last ? [] : null;
    if (BigInt(bounds.first) > after + 1n) return null;
    const rows = await this.db.query<{ id: string; event: LiveEvent | string }>(
      `SELECT id::text AS id, event FROM live_events WHERE id > $1 ORDER BY id LIMIT ${REPLAY_MAX + 1}`,
      [lastEventId],
    );
    if (rows.length > REPLAY_MAX) return null;
    return rows.map((row) => ({ ...(typeof row.event === 'string' ? (JSON.parse(row.event) as LiveEvent) : row.event), id: row.id }));
  }

  /** The id of the newest event logged, '0' for none: where a client told to `reset` goes on from. */
  async head(): Promise<string> {
    const [row] = await this.db.query<{ last: string; called: boolean }>('SELECT last_value::text AS last, is_called AS called FROM live_events_id_seq');
    return row?.called === true ? row.last : '0';
  }

  private receive(payload: string): void {
    let notice: Notice;
    try {
      notice = JSON.parse(payload) as Notice;
    } catch {
      return;
    }
    if (notice.kind === 'write') {
      if (notice.from !== this.instance) this.options.onRemoteWrite?.();
      return;
    }
    this.deliver(notice.event);
  }

  private deliver(event: LiveEvent): void {
    const id = BigInt(event.id);
    if (id <= this.lastId) return;
    this.lastId = id;
    for (const client of this.clients) {
      if (client.topics.some((topic) => matchesTopic(topic, event))) client.send(event);
    }
  }

  /** The listening connection was lost and made again: deliver what was announced meanwhile. */
  private async catchUp(): Promise<void> {
    this.options.onRemoteWrite?.();
    const events = await this.replay(String(this.lastId)).catch(() => []);
    for (const event of events ?? []) this.deliver(event);
  }

  /** Drops events past the retention window and rate-limit windows long over, at most once a minute. */
  private async prune(): Promise<void> {
    const now = Date.now();
    if (now - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now;
    await this.db.query(`DELETE FROM live_events WHERE at < now() - make_interval(secs => $1)`, [this.options.retentionMs / 1000]);
    await this.db.query(`DELETE FROM rate_limits WHERE window_start < now() - interval '1 day'`);
  }
}
