import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { RestAdapter } from '#majlis/adapters/rest.js';
import type { LiveEvent } from '#majlis/core/contract/live.js';
import { checkAdapterConformance, conformanceSeed } from '#majlis/testing/conformance.js';
import type { Database } from '../src/db/database.js';
import { createPostgresDatabase } from '../src/db/postgres.js';
import { answer } from './helpers.js';
import { createTestDatabase, serverConformance, startTestServer, testDatabaseKinds } from './testing.js';
import type { TestDatabase, TestServer } from './testing.js';

/** A raw Server-Sent Events client of `GET /live`, as a browser's fetch reads it. */
class SseClient {
  readonly events: LiveEvent[] = [];
  /** The id of the stream's first block (where it starts), once it arrived. */
  startId: string | null = null;
  private readonly controller = new AbortController();
  private waiters = new Set<() => void>();
  readonly opened: Promise<Response>;

  constructor(endpoint: string, topics: string, lastEventId?: string) {
    const query = new URLSearchParams({ topics, ...(lastEventId === undefined ? {} : { lastEventId }) });
    this.opened = fetch(`${endpoint}/live?${query}`, { signal: this.controller.signal, headers: { Accept: 'text/event-stream' } });
    void this.opened.then((response) => this.read(response)).catch(() => undefined);
  }

  private async read(response: Response): Promise<void> {
    if (!response.ok || response.body === null) return;
    const decoder = new TextDecoder();
    let buffer = '';
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.split('\n').find((line) => line.startsWith('data: '));
        const id = block.split('\n').find((line) => line.startsWith('id: '));
        if (data !== undefined) this.events.push(JSON.parse(data.slice(6)) as LiveEvent);
        else if (id !== undefined && this.startId === null) this.startId = id.slice(4);
        for (const wake of [...this.waiters]) wake();
      }
    }
  }

  /** Resolves once `done()` holds (checked after each block), failing after 5 s. */
  until(done: () => boolean, what: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!done()) return;
        this.waiters.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`${what}: not within 5 s; heard ${JSON.stringify(this.events)}`));
      }, 5_000);
      this.waiters.add(check);
      check();
    });
  }

  close(): void {
    this.controller.abort();
  }
}

/** Polls `read` until `done(value)`, for up to 5 s; returns the last value read. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const end = Date.now() + 5_000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > end) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A second connection to the same database, as another instance would open (the same PGlite in-process). */
async function secondConnection(database: TestDatabase): Promise<Database> {
  if (database.kind === 'pglite') return database.db;
  const [row] = await database.db.query<{ schema: string }>('SELECT current_schema() AS schema');
  return createPostgresDatabase({ connectionString: process.env.MAJLIS_TEST_DATABASE_URL ?? '', schema: row?.schema ?? 'public', max: 5 });
}

const RATE_LIMIT = 4;

for (const kind of testDatabaseKinds()) {
  describe(`live updates on ${kind}`, () => {
    let database: TestDatabase;
    let other: Database;
    let one: TestServer;
    let two: TestServer;
    before(async () => {
      database = await createTestDatabase(kind);
      other = await secondConnection(database);
      one = await startTestServer({ db: database.db, seed: structuredClone(conformanceSeed), config: { rateLimit: RATE_LIMIT } });
      two = await startTestServer({ db: other, config: { rateLimit: RATE_LIMIT } });
    });
    after(async () => {
      await two.close();
      await one.close();
      if (other !== database.db) await other.close();
      await database.dispose();
    });

    // Tokens signed by `one`, which knows the seed's members (both instances share the secret).
    const as = (server: TestServer, userId: string | null) =>
      new RestAdapter({ endpoint: server.endpoint, getToken: () => one.tokenFor(userId), retries: 0 });

    it('passes the live checks of the conformance suite', async () => {
      const report = await checkAdapterConformance({
        ...serverConformance(one, `RestAdapter + server (${kind})`),
        only: (rule) => rule.startsWith('subscribe:'),
      });
      const failures = report.results.filter((result) => !result.ok).map((result) => `- ${result.error?.message}`);
      assert.equal(report.failed, 0, `${report.failed} of ${report.results.length} rules broken:\n${failures.join('\n')}`);
      assert.equal(report.passed, 4, 'the four live checks ran');
      one.setModeration(null);
      one.setClock(null);
    });

    it('delivers an answer posted on one instance to a subscriber of the other, whose cached reads show it at once', async () => {
      await one.reset(structuredClone(conformanceSeed));
      const before = await as(two, null).listAnswers('q-open');
      const client = new SseClient(two.endpoint, 'question:q-open');
      await client.until(() => client.startId !== null, 'the stream starts');
      const posted = await as(one, 'member').postAnswer({ questionId: 'q-open', ...answer });
      await client.until(() => client.events.some((event) => event.type === 'answer-posted'), 'answer-posted on the other instance');
      assert.deepEqual(
        client.events.map((event) => [event.type, event.questionId, (event as { answerId?: string }).answerId]),
        [['answer-posted', 'q-open', posted.id]],
        'the one event heard',
      );
      client.close();
      const after = await eventually(
        () => as(two, null).listAnswers('q-open'),
        (page) => page.items.some((item) => item.id === posted.id),
      );
      assert.equal(after.items.length, before.items.length + 1, "the other instance's cached list shows the new answer");
    });

    it('holds a rate limit hit on one instance on the other', async () => {
      for (let i = 1; i <= RATE_LIMIT; i++) {
        const server = i % 2 === 0 ? two : one;
        await as(server, 'other').vote({ target: 'question', id: 'q-open', voted: i % 2 === 1 });
      }
      for (const server of [one, two]) {
        const refused = await as(server, 'other').vote({ target: 'question', id: 'q-open', voted: true }).catch((error: unknown) => error);
        assert.equal((refused as { code?: string }).code, 'rate-limited', `mutation ${RATE_LIMIT + 1} on ${server === one ? 'one' : 'two'}`);
      }
      const elsewhere = await as(two, 'expert').vote({ target: 'question', id: 'q-open', voted: true });
      assert.equal(elsewhere.id, 'q-open', 'another member is not limited');
    });

    it('replays what a client missed while its server restarted, from Last-Event-ID, and goes on live', async () => {
      await one.reset(structuredClone(conformanceSeed));
      const first = new SseClient(one.endpoint, 'question:q-open');
      await first.until(() => first.startId !== null, 'the stream starts');
      const lastEventId = first.startId ?? '';
      first.close();
      await one.close();
      const missed = [
        await as(two, 'member').postAnswer({ questionId: 'q-open', ...answer }),
        await as(two, 'asker').postAnswer({ questionId: 'q-solved', ...answer }),
        await as(two, 'other').postAnswer({ questionId: 'q-open', body: 'Switching the phone to 4G only fixed it for me.', language: 'en' }),
      ];
      await as(two, 'other').vote({ target: 'answer', id: 'a-open-expert', voted: true });
      one = await startTestServer({ db: database.db, config: { rateLimit: RATE_LIMIT } });
      const again = new SseClient(one.endpoint, 'question:q-open', lastEventId);
      await again.until(() => again.events.length >= 3, 'the replay');
      assert.deepEqual(
        again.events.map((event) => [event.type, (event as { answerId?: string; postId?: string }).answerId ?? (event as { postId?: string }).postId]),
        [['answer-posted', missed[0]?.id], ['answer-posted', missed[2]?.id], ['vote-changed', 'a-open-expert']],
        'the events of q-open missed while the server was down, in order (q-solved left out)',
      );
      await as(two, 'expert').vote({ target: 'answer', id: 'a-open-member', voted: true });
      await again.until(() => again.events.length === 4, 'the next event, live');
      again.close();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const ids = again.events.map((event) => Number(event.id));
      assert.ok(ids.every((id, i) => i === 0 || id > (ids[i - 1] ?? 0)), `ids increase: ${ids.join(', ')}`);
    });

    it('sends a reset to a client whose Last-Event-ID is no longer kept, and 503 past the cap on clients', async () => {
      await as(one, 'other').vote({ target: 'answer', id: 'a-open-staff', voted: true });
      await database.db.query('DELETE FROM live_events');
      const stale = new SseClient(one.endpoint, 'questions', '1');
      await stale.until(() => stale.events.length === 1, 'a reset');
      assert.equal(stale.events[0]?.type, 'reset', 'the event sent for a Last-Event-ID that was pruned');
      stale.close();
      const capped = await startTestServer({ db: database.db, config: { liveMaxClients: 1 } });
      try {
        const held = new SseClient(capped.endpoint, 'questions');
        await held.until(() => held.startId !== null, 'the first connection');
        const refused = await new SseClient(capped.endpoint, 'questions').opened;
        assert.deepEqual([refused.status, refused.headers.get('retry-after')], [503, '5'], 'the second connection past a cap of 1');
        held.close();
        const invalid = await new SseClient(capped.endpoint, 'nothing:here').opened;
        assert.equal(invalid.status, 400, 'an unknown topic');
      } finally {
        await capped.close();
      }
    });
  });
}
