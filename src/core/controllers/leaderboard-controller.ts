import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MajlisError, isAbortError, supports, toMajlisError } from '../adapter.js';
import { MajlisErrorEvent } from '../events.js';
import type { MajlisStore, StoreChange } from '../store.js';
import type { CallOptions, Leaderboard, LeaderboardQuery } from '../types.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * A leaderboard through the store (the adapter's optional `leaderboard` capability; `unavailable` without it). Its
 * members are cached like posts' authors, so their chips show the same figures.
 */
export async function loadLeaderboard(store: MajlisStore, query?: LeaderboardQuery, options?: CallOptions): Promise<Leaderboard> {
  const { adapter } = store;
  if (!adapter.leaderboard) throw new MajlisError('unavailable', 'This adapter has no leaderboard capability');
  const board = await adapter.leaderboard(query, options);
  store.confirm({ users: board.entries.map((entry) => entry.user) });
  return board;
}

/**
 * What a leaderboard shows: `loading` has nothing yet, `ready` has a board (maybe empty), `unsupported` means
 * the adapter has no `leaderboard` capability.
 */
export type LeaderboardStatus = 'idle' | 'loading' | 'ready' | 'error' | 'unsupported';

export interface LeaderboardOptions {
  /** The host's store; nothing loads without one. */
  store(): MajlisStore | undefined;
  /** What to show now; a different one (by value) loads at once. */
  query(): LeaderboardQuery;
  /** How long a burst of kudos, accepts and answers waits before the board is fetched again (ms). */
  delay?: number;
  /** A board arrived; `refreshed` when an earlier one was on screen meanwhile. */
  loaded?(board: Leaderboard, refreshed: boolean): void;
}

/** Default wait after a kudos, an accept or an answer before the board is fetched again. */
export const LEADERBOARD_REFRESH_DELAY = 400;

/**
 * Loads a leaderboard through the store whenever its query changes (before the host renders) and again,
 * debounced, when the store confirms a change that may move it (its `recognition` key: a kudos, an accept, an
 * answer, a question), so the figures follow what the viewer does. Only the latest request counts: a new query,
 * a refresh or a disconnect aborts the one in flight. Failures fire `majlis-error` (operation `load`) from the
 * host and wait for {@link reload}. Feed it the store's changes from the host's `StoreController`.
 */
export class LeaderboardController implements ReactiveController {
  status: LeaderboardStatus = 'idle';
  /** The shown board (kept while a refresh or a new query loads). */
  board: Leaderboard | undefined;
  /** A board is on its way. */
  busy = false;
  error: unknown;

  private abort: AbortController | undefined;
  private key: string | undefined;
  private storeOf: MajlisStore | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: Host,
    private readonly options: LeaderboardOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const store = this.options.store();
    if (!store) return;
    if (store !== this.storeOf) {
      this.storeOf = store;
      this.key = undefined;
      this.board = undefined;
    }
    if (!supports(store.adapter, 'leaderboard')) {
      this.abort?.abort();
      this.status = 'unsupported';
      this.key = undefined;
      return;
    }
    const query = this.options.query();
    const key = JSON.stringify(query);
    if (key !== this.key) {
      this.key = key;
      void this.load(store, query);
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.abort?.abort();
    this.key = undefined;
  }

  /** Hears a store change: after a reset it starts over; when reputation may have moved it refreshes, debounced. */
  storeChanged(change: StoreChange): void {
    if (change.type === 'reset') {
      this.board = undefined;
      this.reload();
    } else if (change.keys.has('recognition')) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.reload(), this.options.delay ?? LEADERBOARD_REFRESH_DELAY);
    }
  }

  /** Fetches the board again on the next update (after a failure, or when the data changed underneath). */
  reload(): void {
    clearTimeout(this.timer);
    this.key = undefined;
    this.host.requestUpdate();
  }

  private async load(store: MajlisStore, query: LeaderboardQuery): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const refreshed = this.board !== undefined;
    if (!refreshed) this.status = 'loading';
    this.busy = true;
    try {
      const board = await loadLeaderboard(store, query, { signal: abort.signal });
      if (abort.signal.aborted) return;
      this.board = board;
      this.status = 'ready';
      this.error = undefined;
      this.options.loaded?.(board, refreshed);
    } catch (error) {
      if (abort.signal.aborted || isAbortError(error)) return;
      this.status = 'error';
      this.board = undefined;
      this.error = error;
      this.host.dispatchEvent(new MajlisErrorEvent({ error: toMajlisError(error), operation: 'load' }));
    } finally {
      if (this.abort === abort) {
        this.busy = false;
        this.host.requestUpdate();
      }
    }
  }
}
