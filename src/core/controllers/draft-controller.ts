import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Every draft's storage key starts with this; the draft's name follows (`majlis:draft:answer:q-1`). */
export const DRAFT_KEY_PREFIX = 'majlis:draft:';

const DAY = 24 * 60 * 60 * 1000;

export interface DraftOptions<T> {
  /**
   * Turns a stored value (parsed JSON, perhaps written by an older version or tampered with) back into a
   * draft, or `undefined` to ignore it.
   */
  parse: (stored: unknown) => T | undefined;
  /** Quiet time after the last change before the draft is written, in milliseconds. Default 400. */
  delay?: number;
  /** Drafts older than this (milliseconds) are dropped when read. Default 30 days. */
  maxAge?: number;
  /** Where drafts are kept; default `localStorage`. Reading it may throw (storage blocked). */
  storage?: () => Storage;
}

/** What is written: the draft and when, so stale drafts can be dropped. */
interface Envelope {
  savedAt: number;
  value: unknown;
}

/**
 * Drafts that could not be written to storage (blocked, private mode, quota full), by key: they then
 * survive removing and re-creating the element, though not a reload.
 */
const unstored = new Map<string, string>();

/**
 * Keeps what a viewer is writing: saves a draft to `localStorage` while they type (debounced, and at once
 * when the page is hidden or the host disconnects) and hands it back when the host is created again, even
 * after a reload. Storage that throws or is full never breaks the host: drafts are then kept in memory.
 *
 * ```ts
 * private readonly draft = new DraftController<{ body: string }>(this, { parse: toDraft });
 * this.body = this.draft.open(`answer:${this.questionId}`)?.body ?? '';  // when the subject changes
 * this.draft.save({ body });                                            // on every input
 * this.draft.clear();                                                   // once the backend accepted it
 * ```
 */
export class DraftController<T> implements ReactiveController {
  private current: string | undefined;
  private pending: { name: string; value: T | null } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: DraftOptions<T>,
  ) {
    host.addController(this);
  }

  /** The name of the open draft (such as `answer:q-1`), or undefined when none is. */
  get name(): string | undefined {
    return this.current;
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.flush();
  }

  /**
   * Switches to the draft called `name` (writing the previous one's unsaved change first) and returns
   * its saved value, if there is one. `undefined` closes the draft: nothing is saved until the next open.
   */
  open(name: string | undefined): T | undefined {
    this.flush();
    this.current = name;
    return name === undefined ? undefined : this.read(name);
  }

  /** Saves the open draft after the quiet delay; `null` removes it (nothing worth keeping). */
  save(value: T | null): void {
    if (this.current === undefined) return;
    this.pending = { name: this.current, value };
    clearTimeout(this.timer);
    this.timer = setTimeout(this.flush, this.options.delay ?? 400);
  }

  /** Writes a waiting change now. */
  readonly flush = (): void => {
    clearTimeout(this.timer);
    const pending = this.pending;
    this.pending = undefined;
    if (!pending) return;
    if (pending.value === null) this.remove(pending.name);
    else this.write(pending.name, pending.value);
  };

  /** Removes a draft (by default the open one) and drops its waiting change, e.g. once it was posted. */
  clear(name: string | undefined = this.current): void {
    if (name === undefined) return;
    if (this.pending?.name === name) {
      clearTimeout(this.timer);
      this.pending = undefined;
    }
    this.remove(name);
  }

  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') this.flush();
  };

  private storage(): Storage | undefined {
    try {
      return (this.options.storage ?? (() => window.localStorage))();
    } catch {
      return undefined;
    }
  }

  private read(name: string): T | undefined {
    const key = DRAFT_KEY_PREFIX + name;
    let raw = unstored.get(key);
    if (raw === undefined) {
      try {
        raw = this.storage()?.getItem(key) ?? undefined;
      } catch {
        raw = undefined;
      }
    }
    if (raw === undefined) return undefined;
    try {
      const envelope = JSON.parse(raw) as Partial<Envelope> | null;
      const savedAt = envelope?.savedAt;
      if (typeof savedAt !== 'number' || Date.now() - savedAt > (this.options.maxAge ?? 30 * DAY)) {
        this.remove(name);
        return undefined;
      }
      return this.options.parse(envelope?.value);
    } catch {
      return undefined;
    }
  }

  private write(name: string, value: T): void {
    const key = DRAFT_KEY_PREFIX + name;
    const raw = JSON.stringify({ savedAt: Date.now(), value } satisfies Envelope);
    try {
      const storage = this.storage();
      if (!storage) throw new Error('no storage');
      storage.setItem(key, raw);
      unstored.delete(key);
    } catch {
      // Blocked or full: keep it for this page (it is read before storage). An older stored copy stays,
      // as better than nothing after a reload.
      unstored.set(key, raw);
    }
  }

  private remove(name: string): void {
    const key = DRAFT_KEY_PREFIX + name;
    unstored.delete(key);
    try {
      this.storage()?.removeItem(key);
    } catch {
      // Nothing to do: storage is unavailable.
    }
  }
}
