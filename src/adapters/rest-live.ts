/**
 * Live updates of the REST adapter (capability `subscribe`), loaded on the first subscription: a page that only reads
 * never downloads it.
 *
 * ## The stream
 * `GET <endpoint>/live?topics=question:q-1,questions:billing[&lastEventId=41]` answers `text/event-stream`
 * (Server-Sent Events): each event is `id: <id>` and `data: <LiveEvent as JSON>`; lines starting with `:` are
 * heartbeats. One connection per adapter carries every topic its subscribers listen to (browsers allow few
 * connections per origin); when the set of topics changes, it reconnects from the last event it had, missing
 * nothing.
 *
 * ## Why `fetch` and not `EventSource`
 * `EventSource` cannot send headers, so the viewer's bearer token would have to travel in the URL, where proxies and
 * access logs keep it. The stream is read with `fetch` instead: the token goes in `Authorization` as on every other
 * request (`getToken()` asked again at each reconnection, so a refreshed token is used), cookies follow
 * `credentials`, and the last event id goes in the query (`lastEventId`, which the server also accepts as the
 * `Last-Event-ID` header), which needs no CORS allowance of its own.
 *
 * ## Reconnection
 * A dropped or failed connection is made again after an exponential backoff with full jitter (`retryDelayMs × 2^n`,
 * at most 30 s, a random part of it), or after the server's `Retry-After` (a busy instance answers 503); the wait
 * starts over once a connection opened. `invalid`, `unauthenticated` and `forbidden` are not retried. With the last
 * event id, the server replays what was missed, or sends a `reset` when it no longer has it.
 * @module
 */
import { MajlisError, isAbortError } from '../core/adapter.js';
import { matchesTopic, readLiveEvent, topicKey } from '../core/contract/live.js';
import type { LiveEvent, LiveTopic, SubscribeOptions } from '../core/contract/live.js';

/** What the live connection needs from its REST adapter. */
export interface LiveTransport {
  /** `fetch` of `path` (with query) under the endpoint, with the adapter's headers, token and credentials. */
  open(path: string, signal: AbortSignal): Promise<Response>;
  /** The error a failed response stands for (as every other request reads it). */
  errorOf(response: Response): Promise<MajlisError>;
  /** The first wait before a reconnection, doubled each further time. */
  retryDelayMs: number;
}

interface Subscription {
  topic: LiveTopic;
  onEvent: (event: LiveEvent) => void;
  options: SubscribeOptions;
  /** Whether the connection open now carries this subscription's topic. */
  open: boolean;
}

const MAX_DELAY_MS = 30_000;
/** Subscriptions made together (a thread and its list) share one reconnection. */
const SETTLE_MS = 20;
const FATAL: ReadonlySet<string> = new Set(['invalid', 'unauthenticated', 'forbidden', 'not-found']);

/** The live connection of one REST adapter, shared by all its subscriptions. */
export class LiveConnection {
  private readonly subscriptions = new Set<Subscription>();
  private lastEventId: string | null = null;
  private controller: AbortController | null = null;
  private topics = '';
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly transport: LiveTransport) {}

  subscribe(topic: LiveTopic, onEvent: (event: LiveEvent) => void, options: SubscribeOptions = {}): () => void {
    if (options.signal?.aborted) return () => undefined;
    const subscription: Subscription = { topic: structuredClone(topic), onEvent, options, open: false };
    this.subscriptions.add(subscription);
    const unsubscribe = () => {
      options.signal?.removeEventListener('abort', unsubscribe);
      if (this.subscriptions.delete(subscription)) this.schedule(SETTLE_MS);
    };
    options.signal?.addEventListener('abort', unsubscribe, { once: true });
    this.schedule(SETTLE_MS);
    return unsubscribe;
  }

  /** (Re)connects after `ms` with the topics subscribed to then; nothing to do when they did not change. */
  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const topics = [...new Set([...this.subscriptions].map((subscription) => topicKey(subscription.topic)))].sort().join(',');
      if (topics === this.topics && this.controller !== null) {
        this.markOpen();
        return;
      }
      this.controller?.abort();
      this.controller = null;
      this.topics = topics;
      if (topics !== '') void this.connect(topics);
    }, ms);
  }

  private async connect(topics: string): Promise<void> {
    const controller = new AbortController();
    this.controller = controller;
    const query = new URLSearchParams({ topics });
    if (this.lastEventId !== null) query.set('lastEventId', this.lastEventId);
    let retryAfterMs: number | null = null;
    try {
      const response = await this.transport.open(`/live?${query}`, controller.signal);
      if (!response.ok) {
        const error = await this.transport.errorOf(response);
        if (FATAL.has(error.code)) return this.fail(error, false);
        const seconds = Number(response.headers.get('Retry-After'));
        retryAfterMs = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : null;
        throw error;
      }
      if (!(response.headers.get('Content-Type') ?? '').startsWith('text/event-stream') || response.body === null) {
        return this.fail(new MajlisError('unavailable', `GET /live: expected an event stream, got ${response.headers.get('Content-Type') ?? 'no content type'}`), false);
      }
      this.attempt = 0;
      this.markOpen();
      await this.read(response.body, controller.signal);
      throw new MajlisError('network', 'GET /live: the server closed the stream');
    } catch (error) {
      if (controller.signal.aborted || (isAbortError(error) && controller !== this.controller)) return;
      this.fail(error, true, retryAfterMs);
    }
  }

  private fail(error: unknown, retry: boolean, retryAfterMs: number | null = null): void {
    for (const subscription of this.subscriptions) {
      subscription.open = false;
      subscription.options.onError?.(error);
    }
    this.controller = null;
    if (!retry) return;
    // Full jitter: clients dropped together (a restart) do not all come back at the same moment.
    const ceiling = Math.min(MAX_DELAY_MS, this.transport.retryDelayMs * 2 ** this.attempt++);
    this.topics = '';
    this.schedule(retryAfterMs ?? Math.max(SETTLE_MS, Math.random() * ceiling));
  }

  private markOpen(): void {
    for (const subscription of this.subscriptions) {
      if (subscription.open) continue;
      subscription.open = true;
      subscription.options.onOpen?.();
    }
  }

  private async read(body: ReadableStream<Uint8Array>, signal: AbortSignal): Promise<void> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    const stop = () => void reader.cancel().catch(() => undefined);
    signal.addEventListener('abort', stop, { once: true });
    let buffer = '';
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.search(/\r?\n\r?\n/)) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
          this.receive(block);
        }
      }
    } finally {
      signal.removeEventListener('abort', stop);
    }
  }

  /** One block of the stream: `id:` and `data:` lines (comments and other fields ignored). */
  private receive(block: string): void {
    let id: string | null = null;
    const data: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      const colon = line.indexOf(':');
      if (colon === 0) continue;
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'id') id = value;
      else if (field === 'data') data.push(value);
    }
    // A block with an id alone (the server's first) says where the stream starts: a reconnection goes on from there.
    if (id !== null && id !== '') this.lastEventId = id;
    if (data.length === 0) return;
    let event: LiveEvent | null;
    try {
      event = readLiveEvent(JSON.parse(data.join('\n')));
    } catch {
      event = null;
    }
    if (event === null) return;
    for (const subscription of [...this.subscriptions]) {
      if (subscription.open && matchesTopic(subscription.topic, event)) subscription.onEvent(event);
    }
  }
}
