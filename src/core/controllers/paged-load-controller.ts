import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError, toMajlisError } from '../adapter.js';
import { MajlisErrorEvent } from '../events.js';
import type { Page } from '../types.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What a paged view shows: `loading` has nothing to show yet, `ready` has results (maybe none). */
export type PagedStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface PagedLoadOptions<Query> {
  /** What to list now; a different one (by value) starts over. `undefined` lists nothing (e.g. no store yet). */
  query(): Query | undefined;
  /** Fetches one page of `query`: the first for a `null` cursor. Forward `signal` to the adapter. */
  fetch(query: Query, cursor: string | null, signal: AbortSignal): Promise<Page<{ id: string }>>;
  /**
   * Whether the results of `shown` stay on screen while `next` loads (a new order of the same thread does;
   * another thread does not). Default: they do.
   */
  keep?(shown: Query, next: Query): boolean;
  /** A first page replaced the results; `refreshed` when earlier results were on screen meanwhile. */
  loaded?(page: Page<{ id: string }>, refreshed: boolean): void;
}

/**
 * A cursor-paged list of ids for a view: loads the first page whenever the query changes (before the host
 * renders), pages on with {@link more}, and keeps only the latest request's answer — a new query, a
 * {@link reload} or a disconnect aborts the one in flight, whose response is then dropped. Failures fire
 * `majlis-error` (operation `load`) from the host and wait for a retry.
 */
export class PagedLoadController<Query> implements ReactiveController {
  status: PagedStatus = 'idle';
  /** A first page is on its way (also while earlier results stay shown). */
  busy = false;
  /** Why the first page failed (`status: 'error'`). */
  error: unknown;
  ids: string[] = [];
  nextCursor: string | null = null;
  total: number | undefined;
  /** The query of the shown results. */
  shown: Query | undefined;
  /** The next page is on its way. */
  loadingMore = false;
  /** Why the next page failed; {@link more} tries again. */
  moreError: unknown;

  private abort: AbortController | undefined;
  private key: string | undefined;

  constructor(
    private readonly host: Host,
    private readonly options: PagedLoadOptions<Query>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const query = this.options.query();
    const key = query === undefined ? undefined : JSON.stringify(query);
    if (query !== undefined && key !== this.key) void this.load(query);
    this.key = key;
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.key = undefined;
  }

  /**
   * Loads the first page again on the next update (after a failure, or when the data changed underneath);
   * `fresh` drops the shown results meanwhile (`status: 'loading'`), e.g. after the viewer changed.
   */
  reload({ fresh = false }: { fresh?: boolean } = {}): void {
    this.key = undefined;
    if (fresh && this.status === 'ready') this.status = 'loading';
    this.host.requestUpdate();
  }

  /**
   * Reads the shown results again, as many pages as are shown, keeping them on screen meanwhile (after a
   * sign-in: the same rows with the new viewer's permissions, nothing collapses). Resolves once done.
   */
  async refresh(): Promise<void> {
    const { shown } = this;
    if (shown === undefined || this.status !== 'ready') return void this.reload();
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const count = this.ids.length;
    this.busy = true;
    this.moreError = undefined;
    this.host.requestUpdate();
    try {
      let page = await this.options.fetch(shown, null, abort.signal);
      const total = page.total;
      const ids = page.items.map((item) => item.id);
      while (ids.length < count && page.nextCursor && !abort.signal.aborted) {
        page = await this.options.fetch(shown, page.nextCursor, abort.signal);
        ids.push(...page.items.map((item) => item.id).filter((id) => !ids.includes(id)));
      }
      if (abort.signal.aborted) return;
      this.ids = ids;
      this.nextCursor = page.nextCursor;
      this.total = total ?? page.total;
    } catch (error) {
      if (abort.signal.aborted || isAbortError(error)) return;
      this.status = 'error';
      this.error = error;
      this.report(error);
    } finally {
      if (this.abort === abort) {
        this.busy = false;
        this.host.requestUpdate();
      }
    }
  }

  /** Adds an id the view learned about by other means (an answer just posted), at the start or the end. */
  add(id: string, atStart = false): void {
    if (this.ids.includes(id)) return;
    this.ids = atStart ? [id, ...this.ids] : [...this.ids, id];
    if (this.total !== undefined) this.total += 1;
    this.host.requestUpdate();
  }

  private async load(query: Query): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const shown = this.shown;
    if (this.status !== 'ready' || (shown !== undefined && this.options.keep?.(shown, query) === false)) {
      this.status = 'loading';
    }
    const refreshed = this.status === 'ready';
    this.busy = true;
    this.moreError = undefined;
    try {
      const page = await this.options.fetch(query, null, abort.signal);
      if (abort.signal.aborted) return;
      this.ids = page.items.map((item) => item.id);
      this.nextCursor = page.nextCursor;
      this.total = page.total;
      this.shown = query;
      this.status = 'ready';
      this.error = undefined;
      this.options.loaded?.(page, refreshed);
    } catch (error) {
      if (abort.signal.aborted || isAbortError(error)) return;
      this.status = 'error';
      this.error = error;
      this.report(error);
    } finally {
      if (this.abort === abort) {
        this.busy = false;
        this.host.requestUpdate();
      }
    }
  }

  /**
   * Loads the next page of the shown results and resolves with the ids it added, or undefined when nothing was
   * added: there is no next page, one is already on its way, it failed, or the results were replaced meanwhile.
   */
  async more(): Promise<string[] | undefined> {
    const { shown, nextCursor, abort } = this;
    if (shown === undefined || !nextCursor || !abort || this.loadingMore) return undefined;
    this.loadingMore = true;
    this.moreError = undefined;
    this.host.requestUpdate();
    try {
      const page = await this.options.fetch(shown, nextCursor, abort.signal);
      if (abort.signal.aborted) return undefined;
      const fresh = page.items.map((item) => item.id).filter((id) => !this.ids.includes(id));
      this.ids = [...this.ids, ...fresh];
      this.nextCursor = page.nextCursor;
      this.total = page.total ?? this.total;
      return fresh;
    } catch (error) {
      if (!abort.signal.aborted && !isAbortError(error)) {
        this.moreError = error;
        this.report(error);
      }
      return undefined;
    } finally {
      this.loadingMore = false;
      this.host.requestUpdate();
    }
  }

  private report(error: unknown): void {
    this.host.dispatchEvent(new MajlisErrorEvent({ error: toMajlisError(error), operation: 'load' }));
  }
}
