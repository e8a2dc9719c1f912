import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MajlisStore } from '../store.js';
import type { CallOptions, Page, Question } from '../types.js';

/** Quiet time after the last key in the title before similar questions are looked up. */
const DELAY_MS = 350;
/** How many candidates the search returns, and how many are shown. */
const FETCH = 10;
const SHOWN = 5;

/** Whether a title says enough to look for similar questions: three words, or twelve characters. */
function saysEnough(title: string): boolean {
  return title.length >= 12 || title.split(/\s+/u).filter(Boolean).length >= 3;
}

/** Solved questions first, each group in the adapter's (relevance) order. */
function rank(items: readonly Question[]): Question[] {
  const solved = items.filter((q) => q.acceptedAnswerId !== null);
  const open = items.filter((q) => q.acceptedAnswerId === null);
  return [...solved, ...open].slice(0, SHOWN);
}

export interface SimilarQuestionsOptions {
  store(): MajlisStore | undefined;
  /** Other suggestions than before were found (not called when there are none). */
  found?(questions: readonly Question[]): void;
  /** Quiet time in ms before a lookup; default 350. */
  delay?: number;
  /**
   * Finds questions matching any word of `title`, closest first; default: the store's questions list (`search`,
   * `match: 'any'`). Ideas look among ideas (`src/core/idea-store.ts`).
   */
  search?: (store: MajlisStore, title: string, limit: number, options: CallOptions) => Promise<Page<Question>>;
}

const searchQuestions: NonNullable<SimilarQuestionsOptions['search']> = (store, title, limit, options) =>
  store.listQuestions({ search: title, match: 'any', limit }, options);

/**
 * Questions like the one being typed, for the ask form: looked up once the title has been still for a moment
 * (a search matching any of its words), solved ones first. Only the latest lookup counts — a new title, a
 * {@link clear} or a disconnect aborts the one in flight. Suggestions only help: a failed search shows none.
 */
export class SimilarQuestionsController implements ReactiveController {
  questions: readonly Question[] = [];

  /** The title the shown suggestions were found for. */
  private title = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SimilarQuestionsOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /**
   * Looks for questions like `title` after the quiet delay (at once with `now`, even for the title already
   * looked up, e.g. with another store); a title that says too little drops the suggestions.
   */
  lookup(title: string, now = false): void {
    clearTimeout(this.timer);
    const wanted = title.trim();
    if (!saysEnough(wanted)) return this.clear();
    if (wanted === this.title && !now) return;
    this.timer = setTimeout(() => void this.search(wanted), now ? 0 : (this.options.delay ?? DELAY_MS));
  }

  /** Drops the suggestions and any lookup on its way. */
  clear(): void {
    this.cancel();
    this.title = '';
    if (this.questions.length > 0) {
      this.questions = [];
      this.host.requestUpdate();
    }
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.abort?.abort();
    this.abort = undefined;
  }

  private async search(title: string): Promise<void> {
    const store = this.options.store();
    if (!store) return;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    let found: Question[] | undefined;
    try {
      // A whole title rarely matches word for word: any word will do, the closest matches come first.
      const search = this.options.search ?? searchQuestions;
      const { items } = await search(store, title, FETCH, { signal: abort.signal });
      found = rank(items);
    } catch {
      // An aborted lookup is stale; a failed one shows no suggestions (and is tried again) but never blocks asking.
    }
    if (abort.signal.aborted) return;
    this.abort = undefined;
    if (found) this.title = title;
    found ??= [];
    const changed = found.map((q) => q.id).join() !== this.questions.map((q) => q.id).join();
    this.questions = found;
    this.host.requestUpdate();
    if (changed && found.length > 0) this.options.found?.(found);
  }
}
