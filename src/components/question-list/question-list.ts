import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { isAbortError, toMajlisError } from '../../core/adapter.js';
import { categoryName } from '../../core/categories.js';
import { AnnounceController } from '../../core/controllers/announce-controller.js';
import { StoreController } from '../../core/controllers/store-controller.js';
import { toggleState } from '../../core/custom-states.js';
import { MajlisElement } from '../../core/element.js';
import { MajlisErrorEvent, MajlisNavigateEvent } from '../../core/events.js';
import { formatLanguageName } from '../../core/i18n/format.js';
import { SUPPORTED_LOCALES } from '../../core/i18n/locale.js';
import { preloadElements } from '../../core/lazy.js';
import { markdownToText } from '../../core/markdown.js';
import { SearchQuery } from '../../core/search.js';
import type { MajlisStore, StoreChange } from '../../core/store.js';
import type { Category, Question, QuestionQuery, QuestionSort, QuestionStatusFilter } from '../../core/types.js';
import { buttonStyles } from '../../styles/button.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { feedbackStyles, renderError, renderProblem } from '../shared/feedback.js';
import { styles } from './question-list.styles.js';

const STATUSES: readonly QuestionStatusFilter[] = ['all', 'unanswered', 'unsolved', 'solved'];
const SORTS: readonly QuestionSort[] = ['activity', 'newest', 'votes'];
/** Elements every row renders, fetched while the first page loads rather than after. */
const PARTS = ['majlis-user-card', 'majlis-relative-time'];
/** How long typing must pause before the search goes to the adapter. */
const SEARCH_DELAY_MS = 300;
const EXCERPT_LENGTH = 160;
/** Plain-text bodies kept for excerpts (the Markdown pipeline is the costly part). */
const TEXT_CACHE_SIZE = 300;

const checkIcon = html`<svg viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
  <path d="M6.2 11.6 2.9 8.3l1.1-1.1 2.2 2.2 5.8-5.8 1.1 1.1z" />
</svg>`;

type Phase = 'loading' | 'ready' | 'error';

const primary = (tag: string) => tag.split('-')[0]?.toLowerCase() ?? '';

/**
 * @tag majlis-question-list
 * @summary The community's questions, filterable by category, status and language, sortable, searchable
 * (matching words highlighted) and paged with "Load more". Each row shows the title (a link), a plain-text
 * excerpt, category, language, kudos, answers, a "Solved" marker, the author and the latest activity.
 *
 * @csspart filters - The filter and search bar (a `role="search"` form).
 * @csspart search-input - The search box.
 * @csspart category-select - The category filter.
 * @csspart status-select - The status filter (all, unanswered, not solved yet, solved).
 * @csspart language-select - The language filter.
 * @csspart sort-select - The order of the list.
 * @csspart summary - How many questions match.
 * @csspart list - The list of questions.
 * @csspart row - One question.
 * @csspart title - A question's title link (or button, without `href-pattern`).
 * @csspart excerpt - The start of a question's text.
 * @csspart highlight - A word matching the search.
 * @csspart solved-badge - The "Solved" marker of a question with an accepted answer.
 * @csspart category - A question's category.
 * @csspart language - A question's language, when it differs from the page's.
 * @csspart counts - A question's kudos and answer counts.
 * @csspart user-card - Forwarded from each author chip.
 * @csspart more-button - "Load more questions".
 * @csspart empty - The message when nothing matches.
 * @csspart clear-button - Clears every filter and the search.
 * @csspart error - Error message (load failures).
 * @csspart retry-button - Retry after an error.
 *
 * @cssstate loading - Questions are loading (first page, new filters or the next page).
 * @cssstate empty - No question matches.
 *
 * @fires {MajlisNavigateEvent} majlis-navigate - A question was opened (`{ view: 'question', questionId }`).
 * Cancelable: with `href-pattern`, `preventDefault()` keeps the browser from following the link, so the host
 * can route itself.
 * @fires {MajlisErrorEvent} majlis-error - Loading questions failed.
 */
export class MajlisQuestionList extends MajlisElement {
  static override styles = [hostStyles, buttonStyles, feedbackStyles, styles];

  /** Only questions of this category id (e.g. `network-quality`); empty for all. */
  @property({ reflect: true }) category = '';

  /** Only `all`, `unanswered`, `unsolved` or `solved` questions. */
  @property({ reflect: true }) status: QuestionStatusFilter = 'all';

  /** Only questions in this language (primary subtag match: `nl` includes `nl-BE`); empty for all. */
  @property({ reflect: true }) language = '';

  /** Order: `activity` (latest activity), `newest` or `votes` (most kudos). While searching, best match first until another order is chosen. */
  @property({ reflect: true }) sort: QuestionSort = 'activity';

  /** Free-text search, as typed in the search box (which sets it after a short pause). */
  @property() search = '';

  /** Questions loaded per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /**
   * URL of a question's page with `{id}` for its id, e.g. `/community/q/{id}`: titles become links to it.
   * Without it, titles are buttons that only fire `majlis-navigate`.
   */
  @property({ attribute: 'href-pattern' }) hrefPattern = '';

  /** Heading level of the question titles (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private phase: Phase = 'loading';
  @state() private busy = false;
  @state() private error: unknown;
  @state() private questionIds: string[] = [];
  @state() private nextCursor: string | null = null;
  @state() private total: number | undefined;
  @state() private loadingMore = false;
  @state() private moreError: unknown;
  @state() private categories: Category[] = [];
  /** What the search box holds (the search itself follows after a pause). */
  @state() private searchDraft = '';
  /** While searching, order by relevance until the viewer picks another order. */
  @state() private relevance = true;

  private readonly data = new StoreController(this, (change) => this.onStoreChange(change));
  private readonly announcer = new AnnounceController(this);
  private readonly internals: ElementInternals | undefined = this.attachInternals?.();
  private readonly texts = new Map<string, string>();
  private abort: AbortController | undefined;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private loaded = '';
  private categoriesOf: MajlisStore | undefined;
  /** The search the shown rows were found with (highlights follow the results, not the typing). */
  private shownSearch = new SearchQuery('');

  override connectedCallback(): void {
    super.connectedCallback();
    preloadElements(PARTS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    clearTimeout(this.searchTimer);
    this.loaded = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!STATUSES.includes(this.status)) this.status = 'all';
    if (!SORTS.includes(this.sort)) this.sort = 'activity';
    if (changed.has('search') && this.search.trim() !== this.searchDraft.trim()) this.searchDraft = this.search;
    if (changed.has('search') && !this.search.trim()) this.relevance = true;
    const store = this.data.store;
    if (!store) return;
    if (this.categoriesOf !== store) {
      this.categoriesOf = store;
      store.listCategories().then(
        (categories) => (this.categories = categories),
        () => undefined, // the category filter then offers "All categories" only; the list still works
      );
    }
    const query = this.query();
    const key = JSON.stringify(query);
    if (key !== this.loaded) {
      this.loaded = key;
      void this.load(store, query);
    }
  }

  protected override updated(): void {
    toggleState(this.internals, 'loading', this.phase === 'loading' || this.busy || this.loadingMore);
    toggleState(this.internals, 'empty', this.phase === 'ready' && this.questionIds.length === 0);
  }

  private onStoreChange(change: StoreChange): void {
    // Start over after a reset (another viewer), and show a newly asked question where it belongs.
    if (change.type === 'reset' || change.type === 'question-asked') {
      this.loaded = '';
      this.requestUpdate();
    }
  }

  private query(): QuestionQuery {
    const search = this.search.trim();
    const query: QuestionQuery = { status: this.status, sort: search && this.relevance ? 'relevance' : this.sort, limit: this.pageSize };
    if (this.category) query.categoryId = this.category;
    if (this.language) query.language = this.language;
    if (search) query.search = search;
    return query;
  }

  /** Loads the first page for `query`; a newer load (or a disconnect) makes this one's response stale. */
  private async load(store: MajlisStore, query: QuestionQuery): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const refresh = this.phase === 'ready';
    if (!refresh) this.phase = 'loading';
    this.busy = true;
    this.moreError = undefined;
    try {
      const [page] = await Promise.all([store.listQuestions(query, { signal: abort.signal }), this.localize.loaded()]);
      if (abort.signal.aborted) return;
      this.questionIds = page.items.map((question) => question.id);
      this.nextCursor = page.nextCursor;
      this.total = page.total;
      this.shownSearch = new SearchQuery(query.search ?? '');
      this.phase = 'ready';
      this.error = undefined;
      if (refresh) this.announcer.announce(this.localize.msg.questionList.results(page.total ?? page.items.length, this.localize.fmt));
    } catch (error) {
      if (abort.signal.aborted || isAbortError(error)) return;
      this.phase = 'error';
      this.error = error;
      this.dispatchEvent(new MajlisErrorEvent({ error: toMajlisError(error), operation: 'load' }));
    } finally {
      if (this.abort === abort) this.busy = false;
    }
  }

  private async loadMore(): Promise<void> {
    const store = this.data.store;
    if (!store || !this.nextCursor || this.loadingMore) return;
    this.loadingMore = true;
    this.moreError = undefined;
    const signal = this.abort?.signal;
    try {
      const page = await store.listQuestions({ ...this.query(), cursor: this.nextCursor }, { signal });
      if (signal?.aborted) return;
      const fresh = page.items.map((question) => question.id).filter((id) => !this.questionIds.includes(id));
      this.questionIds = [...this.questionIds, ...fresh];
      this.nextCursor = page.nextCursor;
      this.total = page.total ?? this.total;
      this.loadingMore = false;
      this.announcer.announce(this.localize.msg.questionList.loaded(fresh.length, this.localize.fmt));
      await this.updateComplete;
      if (fresh[0]) this.titleOf(fresh[0])?.focus();
    } catch (error) {
      if (isAbortError(error) || signal?.aborted) return;
      this.moreError = error;
      this.dispatchEvent(new MajlisErrorEvent({ error: toMajlisError(error), operation: 'load' }));
    } finally {
      this.loadingMore = false;
    }
  }

  private titleOf(questionId: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-question-id="${CSS.escape(questionId)}"] [part~='title']`);
  }

  private get filtered(): boolean {
    return Boolean(this.category || this.status !== 'all' || this.language || this.search.trim());
  }

  // Handlers

  private onSearchInput = (event: Event) => {
    this.searchDraft = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.applySearch(), SEARCH_DELAY_MS);
  };

  private onSubmit = (event: Event) => {
    event.preventDefault();
    this.applySearch();
  };

  private applySearch(): void {
    clearTimeout(this.searchTimer);
    this.search = this.searchDraft.trim();
  }

  private onCategoryChange = (event: Event) => {
    this.category = (event.target as HTMLSelectElement).value;
  };

  private onStatusChange = (event: Event) => {
    this.status = (event.target as HTMLSelectElement).value as QuestionStatusFilter;
  };

  private onLanguageChange = (event: Event) => {
    this.language = (event.target as HTMLSelectElement).value;
  };

  private onSortChange = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    this.relevance = value === 'relevance';
    if (value !== 'relevance') this.sort = value as QuestionSort;
  };

  private clearFilters = async () => {
    clearTimeout(this.searchTimer);
    this.category = '';
    this.status = 'all';
    this.language = '';
    this.search = '';
    this.searchDraft = '';
    this.relevance = true;
    await this.updateComplete;
    // The clear button goes away with the empty state: keep focus in the filters.
    this.renderRoot.querySelector<HTMLInputElement>('[part~="search-input"]')?.focus();
  };

  private retry = () => {
    this.loaded = '';
    this.requestUpdate();
  };

  /** Opening a question: a plain click fires `majlis-navigate`; a cancelled event keeps a link from being followed. */
  private onOpen(event: MouseEvent, questionId: string): void {
    // Ctrl/⌘/Shift/middle clicks open the link in a new tab or window, as the viewer asked.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const proceed = this.dispatchEvent(new MajlisNavigateEvent({ view: 'question', questionId }));
    if (!proceed) event.preventDefault();
  }

  private hrefFor(questionId: string): string {
    return this.hrefPattern.replaceAll('{id}', encodeURIComponent(questionId));
  }

  // Text

  private plainText(body: string): string {
    let text = this.texts.get(body);
    if (text === undefined) {
      text = markdownToText(body);
      if (this.texts.size >= TEXT_CACHE_SIZE) this.texts.delete(this.texts.keys().next().value ?? '');
      this.texts.set(body, text);
    }
    return text;
  }

  /** The start of the body, or — when searching and the first match comes later — the passage around it. */
  private excerpt(question: Question): string {
    const text = this.plainText(question.body);
    if (text.length <= EXCERPT_LENGTH) return text;
    const [first] = this.shownSearch.ranges(text);
    if (!first || first[1] <= EXCERPT_LENGTH - 20) return markdownToText(question.body, EXCERPT_LENGTH);
    let start = Math.max(0, first[0] - 40);
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < first[0]) start = space + 1;
    let end = Math.min(text.length, start + EXCERPT_LENGTH - 2);
    const lastSpace = text.lastIndexOf(' ', end);
    if (end < text.length && lastSpace > first[1]) end = lastSpace;
    return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
  }

  private highlighted(text: string): (TemplateResult | string)[] | string {
    if (this.shownSearch.blank) return text;
    return this.shownSearch
      .segments(text)
      .map((segment) => (segment.match ? html`<mark part="highlight">${segment.text}</mark>` : segment.text));
  }

  // Rendering

  override render() {
    if (this.data.problem) return renderProblem(this.localize, this.data.problem);
    return html`${this.renderFilters()}
      <div class="results">${this.renderResults()}</div>
      ${this.announcer.region()}`;
  }

  private renderResults(): TemplateResult {
    if (this.phase === 'error') return renderError(this.localize, this.error, this.retry);
    if (this.phase === 'loading') return this.renderSkeleton();
    const { msg } = this.localize;
    const store = this.data.store;
    if (!store) return this.renderSkeleton();
    const questions = this.questionIds.map((id) => store.question(id)).filter((q): q is Question => q !== undefined);
    if (questions.length === 0) {
      return html`<div part="empty" class="empty" aria-busy=${this.busy ? 'true' : 'false'}>
        <p>${this.filtered ? msg.questionList.empty : msg.questionList.noQuestions}</p>
        ${this.filtered
          ? html`<button part="clear-button" class="button" type="button" @click=${this.clearFilters}>
              ${msg.questionList.clearFilters}
            </button>`
          : nothing}
      </div>`;
    }
    return html`${this.total === undefined
        ? nothing
        : html`<p part="summary" class="summary">
            ${this.filtered ? msg.questionList.results(this.total, this.localize.fmt) : this.localize.count('questions', this.total)}
          </p>`}
      <ol part="list" class=${this.busy ? 'list busy' : 'list'} aria-label=${msg.questionList.label} aria-busy=${this.busy ? 'true' : 'false'}>
        ${questions.map((question) => this.renderRow(question))}
      </ol>
      ${this.renderMore()}`;
  }

  private renderFilters(): TemplateResult {
    const { msg, lang, locale } = this.localize;
    const list = msg.questionList;
    const searching = this.search.trim() !== '';
    const sortValue = searching && this.relevance ? 'relevance' : this.sort;
    const sorts: (QuestionSort | 'relevance')[] = searching ? ['relevance', ...SORTS] : [...SORTS];
    const knownCategory = !this.category || this.categories.some((category) => category.id === this.category);
    const languages: string[] = [...SUPPORTED_LOCALES];
    if (this.language && !languages.includes(this.language)) languages.push(this.language);
    return html`<form part="filters" class="filters" role="search" aria-label=${list.filters} @submit=${this.onSubmit}>
      <label class="field field--search">
        <span class="label">${list.search}</span>
        <input
          part="search-input"
          type="search"
          dir="auto"
          autocomplete="off"
          enterkeyhint="search"
          .value=${live(this.searchDraft)}
          @input=${this.onSearchInput}
        />
      </label>
      <label class="field">
        <span class="label">${list.category}</span>
        <select part="category-select" .value=${this.category} @change=${this.onCategoryChange}>
          <option value="" ?selected=${!this.category}>${list.allCategories}</option>
          ${this.categories.map(
            (category) =>
              html`<option value=${category.id} ?selected=${category.id === this.category}>${categoryName(category, lang)}</option>`,
          )}
          ${knownCategory ? nothing : html`<option value=${this.category} selected>${this.category}</option>`}
        </select>
      </label>
      <label class="field">
        <span class="label">${list.status}</span>
        <select part="status-select" .value=${this.status} @change=${this.onStatusChange}>
          ${STATUSES.map((status) => html`<option value=${status} ?selected=${status === this.status}>${list.statusOptions[status]}</option>`)}
        </select>
      </label>
      <label class="field">
        <span class="label">${list.language}</span>
        <select part="language-select" .value=${this.language} @change=${this.onLanguageChange}>
          <option value="" ?selected=${!this.language}>${list.allLanguages}</option>
          ${languages.map(
            (tag) => html`<option value=${tag} ?selected=${tag === this.language}>${formatLanguageName(locale, tag)}</option>`,
          )}
        </select>
      </label>
      <label class="field">
        <span class="label">${list.sort}</span>
        <select part="sort-select" .value=${sortValue} @change=${this.onSortChange}>
          ${sorts.map((sort) => html`<option value=${sort} ?selected=${sort === sortValue}>${list.sortOptions[sort]}</option>`)}
        </select>
      </label>
    </form>`;
  }

  private renderRow(question: Question): TemplateResult {
    const { msg, lang, locale } = this.localize;
    const category = this.categories.find((candidate) => candidate.id === question.categoryId);
    const otherLanguage = primary(question.language) !== primary(lang);
    const languageName = formatLanguageName(locale, question.language);
    const title = this.highlighted(question.title);
    return html`<li part="row" class="row" data-question-id=${question.id}>
      <div class="head">
        <div class="title" role="heading" aria-level=${Math.min(6, Math.max(1, this.headingLevel))} dir="auto">
          ${this.hrefPattern
            ? html`<a part="title" class="title-link" href=${this.hrefFor(question.id)} lang=${question.language}
                @click=${(event: MouseEvent) => this.onOpen(event, question.id)}>${title}</a>`
            : html`<button part="title" class="title-link" type="button" lang=${question.language}
                @click=${(event: MouseEvent) => this.onOpen(event, question.id)}>${title}</button>`}
        </div>
        ${question.acceptedAnswerId
          ? html`<span part="solved-badge" class="badge">${checkIcon}${msg.status.solved}</span>`
          : nothing}
      </div>
      <p part="excerpt" class="excerpt" dir="auto" lang=${question.language}>${this.highlighted(this.excerpt(question))}</p>
      <div class="meta">
        ${category ? html`<span part="category" class="chip">${categoryName(category, lang)}</span>` : nothing}
        ${otherLanguage
          ? html`<span part="language" class="chip" title=${msg.post.writtenIn(languageName)}>${languageName}</span>`
          : nothing}
        <span part="counts" class="counts">
          <span>${this.localize.count('kudos', question.voteCount)}</span>
          <span>${this.localize.count('answers', question.answerCount)}</span>
        </span>
        <majlis-user-card .user=${question.author} user-id=${question.author.id} exportparts="user-card"></majlis-user-card>
        <span class="activity">
          ${msg.questionList.active} <majlis-relative-time datetime=${question.lastActivityAt}></majlis-relative-time>
        </span>
      </div>
    </li>`;
  }

  private renderSkeleton(): TemplateResult {
    return html`<div class="skeleton" aria-busy="true">
      ${[0, 1, 2].map(() => html`<div class="skeleton-row"><span class="title"></span><span></span><span class="short"></span></div>`)}
      <span class="visually-hidden">${this.localize.msg.questionList.loading}</span>
    </div>`;
  }

  private renderMore(): TemplateResult | typeof nothing {
    if (this.moreError) return renderError(this.localize, this.moreError, () => void this.loadMore());
    if (!this.nextCursor) return nothing;
    const { msg, fmt } = this.localize;
    const remaining = this.total === undefined ? undefined : Math.max(0, this.total - this.questionIds.length);
    return html`<div class="more">
      <button part="more-button" class="button" type="button" ?disabled=${this.loadingMore} @click=${() => void this.loadMore()}>
        ${this.loadingMore ? msg.questionList.loadingMore : msg.questionList.loadMore(remaining, fmt)}
      </button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'majlis-question-list': MajlisQuestionList;
  }
}
