import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { categoryName } from '../../core/categories.js';
import { primaryLanguage } from '../../core/contract/language.js';
import { AnnounceController } from '../../core/controllers/announce-controller.js';
import type { LiveListController } from '../../core/controllers/live-controller.js';
import { startLive } from '../../core/controllers/live-start.js';
import { PagedLoadController } from '../../core/controllers/paged-load-controller.js';
import { supports } from '../../core/adapter.js';
import { StoreController } from '../../core/controllers/store-controller.js';
import { toggleState } from '../../core/custom-states.js';
import { MajlisElement } from '../../core/element.js';
import { MajlisFiltersChangedEvent, MajlisNavigateEvent } from '../../core/events.js';
import type { ListFilters } from '../../core/events.js';
import { LIST_SORTS, LIST_STATUSES, normalizeFilters, sameFilters } from '../../core/list-filters.js';
import { formatLanguageName } from '../../core/i18n/format.js';
import { SUPPORTED_LOCALES } from '../../core/i18n/locale.js';
import { preloadElements } from '../../core/lazy.js';
import { loadMarkdownParser, markdownParserReady, markdownToText } from '../../core/markdown.js';
import { SearchQuery } from '../../core/search.js';
import type { MajlisStore, StoreChange } from '../../core/store.js';
import type { Category, Question, QuestionQuery, QuestionSort, QuestionStatusFilter } from '../../core/types.js';
import { buttonStyles } from '../../styles/button.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { skeletonStyles } from '../../styles/skeleton.styles.js';
import { feedbackStyles, renderError, renderProblem } from '../shared/feedback.js';
import { heading, headingLevel } from '../shared/heading.js';
import { checkIcon } from '../shared/icons.js';
import { renderTags, tagStyles } from '../shared/tags.js';
import { styles } from './question-list.styles.js';

const STATUSES = LIST_STATUSES;
const SORTS = LIST_SORTS;
/** Elements every row renders, fetched while the first page loads rather than after. */
const PARTS = ['majlis-user-card', 'majlis-relative-time'];
/** How long typing must pause before the search goes to the adapter. */
const SEARCH_DELAY_MS = 300;
const EXCERPT_LENGTH = 160;
/** Plain-text bodies kept for excerpts (the Markdown pipeline is the costly part). */
const TEXT_CACHE_SIZE = 300;

const filterIcon = html`<svg viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
  <path d="M1.5 3h13v1.5L9.75 9v4.5l-3.5 1.5V9L1.5 4.5z" />
</svg>`;

/**
 * @tag majlis-question-list
 * @summary The community's questions, filterable by category, status, language and tag, sortable, searchable
 * (matching words highlighted) and paged with "Load more". Each row shows the title (a link), a plain-text
 * excerpt, category, language, kudos, answers, a "Solved" marker, the author and the latest activity.
 *
 * @slot empty - What a community with no question yet says (default: "No questions yet…"); filters that match
 * nothing keep their own message.
 * @csspart filters - The filter and search bar (a `role="search"` form).
 * @csspart search-input - The search box.
 * @csspart category-select - The category filter.
 * @csspart category-follow-button - Follows the chosen category (a `<majlis-follow-button>`, where the adapter can follow).
 * @csspart status-select - The status filter (all, unanswered, not solved yet, solved).
 * @csspart language-select - The language filter.
 * @csspart sort-select - The order of the list.
 * @csspart filters-button - On a narrow list (under 36rem), shows and hides the four selects; the search box stays.
 * @csspart filters-count - On that button, how many of the selects differ from their default.
 * @csspart summary - How many questions match.
 * @csspart list - The list of questions.
 * @csspart row - One question.
 * @csspart title - A question's title link (or button, without `href-pattern`).
 * @csspart excerpt - The start of a question's text.
 * @csspart highlight - A word matching the search.
 * @csspart solved-badge - The "Solved" marker of a question with an accepted answer.
 * @csspart live-mark - With an adapter that has live updates (`subscribe`): "New activity" on a question answered,
 * accepted or edited since the list was shown (its counts update in place).
 * @csspart live-bar - "3 new questions": questions asked since the list was shown, not inserted under the reader's eyes.
 * @csspart live-show-button - The bar's "Show": the list from its start, focused on its first question.
 * @csspart category - A question's category.
 * @csspart language - A question's language, when it differs from the page's.
 * @csspart tags - A question's list of tags.
 * @csspart tag - A tag: a button that filters the list by it (pressed when it is the active filter).
 * @csspart active-tag - The active tag filter, shown above the list.
 * @csspart clear-tag-button - The "×" that removes the tag filter.
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
 * @fires {MajlisFiltersChangedEvent} majlis-filters-changed - The viewer changed the search (after the pause),
 * a filter or the order; `detail` is the new {@link filters}.
 * @fires {MajlisErrorEvent} majlis-error - Loading questions failed.
 */
export class MajlisQuestionList extends MajlisElement {
  static override styles = [hostStyles, buttonStyles, feedbackStyles, skeletonStyles, tagStyles, styles];
  static override properties = {
    category: { reflect: true },
    status: { reflect: true },
    language: { reflect: true },
    tag: { reflect: true },
    sort: { reflect: true },
    search: {},
    pageSize: { type: Number, attribute: 'page-size' },
    hrefPattern: { attribute: 'href-pattern' },
    // Its own accessor; declared so a value set before the element is defined (lazily) still arrives.
    filters: { attribute: false, noAccessor: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    categories: { state: true, attribute: false },
    searchDraft: { state: true, attribute: false },
    relevance: { state: true, attribute: false },
    filtersOpen: { state: true, attribute: false },
  };

  /** Only questions of this category id (e.g. `network-quality`); empty for all. */
  category = '';

  /** Only `all`, `unanswered`, `unsolved` or `solved` questions. */
  status: QuestionStatusFilter = 'all';

  /** Only questions in this language (primary subtag match: `nl` includes `nl-BE`); empty for all. */
  language = '';

  /** Only questions carrying this tag (compared ignoring case); empty for all. A row's tag sets it. */
  tag = '';

  /** Order: `activity` (latest activity), `newest` or `votes` (most kudos). While searching, best match first until another order is chosen. */
  sort: QuestionSort = 'activity';

  /** Free-text search, as typed in the search box (which sets it after a short pause). */
  search = '';

  /** Questions loaded per page. */
  pageSize = 20;

  /**
   * URL of a question's page with `{id}` for its id, e.g. `/community/q/{id}`: titles become links to it.
   * Without it, titles are buttons that only fire `majlis-navigate`.
   */
  hrefPattern = '';

  /** Heading level of the question titles (1–6). */
  headingLevel = 3;

  /**
   * The search, filters and order as one value (`{ search, category, status, language, sort }`, `sort` may be
   * `relevance` while searching): read it to keep, set it (whole or in part, the rest back to defaults) to
   * restore a view. `<majlis-community>` keeps it in its URL.
   */
  get filters(): ListFilters {
    const search = this.search.trim();
    return normalizeFilters({
      search,
      category: this.category,
      status: this.status,
      language: this.language,
      tag: this.tag,
      sort: search && this.relevance ? 'relevance' : this.sort,
    });
  }

  set filters(value: Partial<ListFilters>) {
    const filters = normalizeFilters(value);
    if (sameFilters(filters, this.filters)) return; // what the list shows already (keeps a search being typed)
    clearTimeout(this.searchTimer);
    this.search = filters.search;
    this.searchDraft = filters.search;
    this.category = filters.category;
    this.status = filters.status;
    this.language = filters.language;
    this.tag = filters.tag;
    this.relevance = filters.sort === 'relevance' || !filters.search;
    if (filters.sort !== 'relevance') this.sort = filters.sort;
  }

  /**
   * Moves focus to the title of a question once it is shown (e.g. the one the viewer came back from);
   * resolves with whether it was, false when it is not in the loaded list.
   */
  async focusQuestion(questionId: string, options?: FocusOptions): Promise<boolean> {
    await this.updateComplete;
    while (this.questions.status === 'loading' || this.questions.busy) {
      await new Promise<void>((resolve) => (this.whenLoaded = resolve));
      await this.updateComplete;
    }
    const title = this.titleOf(questionId);
    title?.focus(options);
    return Boolean(title);
  }

  private whenLoaded: (() => void) | undefined;

  private categories: Category[] = [];
  /** What the search box holds (the search itself follows after a pause). */
  private searchDraft = '';
  /** While searching, order by relevance until the viewer picks another order. */
  private relevance = true;
  /** On a narrow list, whether the viewer opened the selects behind the "Filters" button. */
  private filtersOpen = false;

  private readonly data = new StoreController(this, (change) => this.onStoreChange(change));
  private readonly announcer = new AnnounceController(this);
  private readonly questions = new PagedLoadController<QuestionQuery>(this, {
    query: () => (this.data.store ? this.query() : undefined),
    fetch: async (query, cursor, signal) => {
      const [page] = await Promise.all([this.data.store!.listQuestions(cursor ? { ...query, cursor } : query, { signal }), this.localize.loaded()]);
      return page;
    },
    loaded: (page, refreshed) => {
      this.shownSearch = new SearchQuery(this.questions.shown?.search ?? '');
      if (refreshed) this.announcer.announce(this.localize.msg.questionList.results(page.total ?? page.items.length, this.localize.fmt));
    },
  });
  private readonly internals: ElementInternals | undefined = this.attachInternals?.();
  private readonly texts = new Map<string, string>();
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private categoriesOf: MajlisStore | undefined;
  /** The search the shown rows were found with (highlights follow the results, not the typing). */
  private shownSearch = new SearchQuery('');

  override connectedCallback(): void {
    super.connectedCallback();
    preloadElements(PARTS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
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
  }

  /** Live updates, loaded once the list has shown its rows, when the adapter has them. */
  private live: LiveListController | undefined;

  protected override updated(): void {
    startLive(this, this.questions.status === 'ready', this.data.store, ({ liveList }) => {
      this.live = liveList({ host: this, data: this.data, list: this.questions, localize: this.localize, announcer: this.announcer });
      this.requestUpdate();
    });
    const { status, busy, loadingMore, ids } = this.questions;
    if (this.whenLoaded && status !== 'loading' && !busy) {
      this.whenLoaded();
      this.whenLoaded = undefined;
    }
    toggleState(this.internals, 'loading', status === 'loading' || busy || loadingMore);
    toggleState(this.internals, 'empty', status === 'ready' && ids.length === 0);
  }

  private onStoreChange(change: StoreChange): void {
    // Start over after a reset (another viewer), and show a newly asked question where it belongs.
    if (change.type === 'reset' || change.type === 'question-asked') this.questions.reload();
    // After a sign-in: the same rows (every page loaded), read again in place.
    if (change.type === 'refresh') void this.questions.refresh();
  }

  private query(): QuestionQuery {
    const search = this.search.trim();
    const query: QuestionQuery = { status: this.status, sort: search && this.relevance ? 'relevance' : this.sort, limit: this.pageSize };
    if (this.category) query.categoryId = this.category;
    if (this.language) query.language = this.language;
    if (this.tag) query.tag = this.tag;
    if (search) query.search = search;
    return query;
  }

  private async loadMore(): Promise<void> {
    const fresh = await this.questions.more();
    if (!fresh) return;
    this.announcer.announce(this.localize.msg.questionList.loaded(fresh.length, this.localize.fmt));
    await this.updateComplete;
    if (fresh[0]) this.titleOf(fresh[0])?.focus();
  }

  private titleOf(questionId: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-question-id="${CSS.escape(questionId)}"] [part~='title']`);
  }

  private get filtered(): boolean {
    return Boolean(this.category || this.status !== 'all' || this.language || this.tag || this.search.trim());
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
    const search = this.searchDraft.trim();
    if (search === this.search) return;
    this.search = search;
    if (!search) this.relevance = true;
    this.filtersChanged();
  }

  /** Tells the page the viewer changed the view (`<majlis-community>` keeps it in its URL). */
  private filtersChanged(): void {
    this.dispatchEvent(new MajlisFiltersChangedEvent(this.filters));
  }

  private onCategoryChange = (event: Event) => {
    this.category = (event.target as HTMLSelectElement).value;
    this.filtersChanged();
  };

  private onStatusChange = (event: Event) => {
    this.status = (event.target as HTMLSelectElement).value as QuestionStatusFilter;
    this.filtersChanged();
  };

  private onLanguageChange = (event: Event) => {
    this.language = (event.target as HTMLSelectElement).value;
    this.filtersChanged();
  };

  private onSortChange = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    this.relevance = value === 'relevance';
    if (value !== 'relevance') this.sort = value as QuestionSort;
    this.filtersChanged();
  };

  private clearFilters = async () => {
    clearTimeout(this.searchTimer);
    this.category = '';
    this.status = 'all';
    this.language = '';
    this.tag = '';
    this.search = '';
    this.searchDraft = '';
    this.relevance = true;
    this.filtersChanged();
    await this.updateComplete;
    // The clear button goes away with the empty state: keep focus in the filters.
    this.renderRoot.querySelector<HTMLInputElement>('[part~="search-input"]')?.focus();
  };

  private toggleFilters = () => {
    this.filtersOpen = !this.filtersOpen;
  };

  private selectTag = (tag: string) => {
    this.tag = tag;
    this.filtersChanged();
  };

  private clearTag = async () => {
    this.tag = '';
    this.filtersChanged();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('[part~="search-input"]')?.focus();
  };

  private retry = () => this.questions.reload();

  /** Opening a question: a plain click fires `majlis-navigate`; a cancelled event keeps a link from being followed. */
  private onOpen(event: MouseEvent, questionId: string): void {
    // Ctrl/⌘/Shift/middle clicks open the link in a new tab or window, as the viewer asked.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const navigate = new MajlisNavigateEvent({ view: 'question', questionId });
    const proceed = this.dispatchEvent(navigate);
    // Cancelled (the host routes), or shown in the page by a community: the link is not followed.
    if (!proceed || navigate.inPage) event.preventDefault();
  }

  private hrefFor(questionId: string): string {
    return this.hrefPattern.replaceAll('{id}', encodeURIComponent(questionId));
  }

  // Text

  private plainText(question: Question): string {
    const { body, bodyHtml } = question;
    if (bodyHtml === undefined && !markdownParserReady()) {
      // This adapter sends Markdown alone: plain text until the parser is here, then the list again.
      void loadMarkdownParser().then(() => this.requestUpdate());
      return markdownToText(body);
    }
    let text = this.texts.get(body);
    if (text === undefined) {
      text = markdownToText(body, undefined, bodyHtml);
      if (this.texts.size >= TEXT_CACHE_SIZE) this.texts.delete(this.texts.keys().next().value ?? '');
      this.texts.set(body, text);
    }
    return text;
  }

  /** The start of the body, or — when searching and the first match comes later — the passage around it. */
  private excerpt(question: Question): string {
    const text = this.plainText(question);
    if (text.length <= EXCERPT_LENGTH) return text;
    const [first] = this.shownSearch.ranges(text);
    if (!first || first[1] <= EXCERPT_LENGTH - 20) return markdownToText(question.body, EXCERPT_LENGTH, question.bodyHtml);
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
    return html`${this.renderFilters()} ${this.renderActiveTag()}
      <div class="results">${this.renderResults()}</div>
      ${this.announcer.region()}`;
  }

  private renderResults(): TemplateResult {
    const { status, error, busy, ids, total } = this.questions;
    if (status === 'error') return renderError(this.localize, error, this.retry);
    const { msg } = this.localize;
    const store = this.data.store;
    if (status !== 'ready' || !store) return this.renderSkeleton();
    const questions = ids.map((id) => store.question(id)).filter((q): q is Question => q !== undefined);
    if (questions.length === 0) {
      return html`<div part="empty" class="empty" aria-busy=${busy ? 'true' : 'false'}>
        <p>${this.filtered ? msg.questionList.empty : html`<slot name="empty">${msg.questionList.noQuestions}</slot>`}</p>
        ${this.filtered
          ? html`<button part="clear-button" class="button" type="button" @click=${this.clearFilters}>
              ${msg.questionList.clearFilters}
            </button>`
          : nothing}
      </div>`;
    }
    return html`${total === undefined
        ? nothing
        : html`<p part="summary" class="summary">
            ${this.filtered ? msg.questionList.results(total, this.localize.fmt) : this.localize.count('questions', total)}
          </p>`}
      ${this.live?.render() ?? nothing}
      <ol part="list" class=${busy ? 'list busy' : 'list'} aria-label=${msg.questionList.label} aria-busy=${busy ? 'true' : 'false'}>
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
    // What the "Filters" button of a narrow list counts: the selects it hides that differ from their default.
    const active = [this.category, this.status !== 'all', this.language, sortValue !== sorts[0]].filter(Boolean).length;
    return html`<div class="filters-bar">
      <form part="filters" class="filters" role="search" aria-label=${list.filters} @submit=${this.onSubmit}>
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
        <button
          part="filters-button"
          class="button filters-button"
          type="button"
          aria-expanded=${this.filtersOpen ? 'true' : 'false'}
          aria-controls="filter-fields"
          @click=${this.toggleFilters}
        >
          ${filterIcon}<span>${list.filtersToggle}</span>${active
            ? html`<span part="filters-count" class="filters-count" aria-hidden="true">${this.localize.number(active)}</span
                ><span class="visually-hidden">${list.activeFilters(active, this.localize.fmt)}</span>`
            : nothing}
        </button>
        <div id="filter-fields" class=${this.filtersOpen ? 'filter-fields' : 'filter-fields collapsed'}>
          <label class="field">
            <span class="label">${list.category}</span>
            <select part="category-select" .value=${this.category} @change=${this.onCategoryChange}>
              <option value="" ?selected=${!this.category}>${list.allCategories}</option>
              ${knownCategory ? nothing : html`<option value=${this.category} selected>${this.category}</option>`}
              ${this.categories.map(
                (category) =>
                  html`<option value=${category.id} ?selected=${category.id === this.category}>${categoryName(category, lang)}</option>`,
              )}
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
        </div>
      </form>
      ${this.category && knownCategory && this.data.store && supports(this.data.store.adapter, 'follow')
        ? html`<majlis-follow-button
            target="category"
            target-id=${this.category}
            exportparts="follow-button: category-follow-button"
          ></majlis-follow-button>`
        : nothing}
    </div>`;
  }

  private renderActiveTag(): TemplateResult | typeof nothing {
    if (!this.tag) return nothing;
    const list = this.localize.msg.questionList;
    return html`<p part="active-tag" class="active-tag">
      <span dir="auto">${list.taggedWith(this.tag)}</span>
      <button part="clear-tag-button" class="clear-tag" type="button" aria-label=${list.clearTag(this.tag)}
        @click=${this.clearTag}>×</button>
    </p>`;
  }

  private renderRow(question: Question): TemplateResult {
    const { msg, lang, locale } = this.localize;
    const category = this.categories.find((candidate) => candidate.id === question.categoryId);
    const otherLanguage = primaryLanguage(question.language) !== primaryLanguage(lang);
    const languageName = formatLanguageName(locale, question.language);
    const title = this.highlighted(question.title);
    return html`<li part="row" class="row" data-question-id=${question.id}>
      <div class="head">
        ${heading(
          headingLevel(this.headingLevel, 3),
          this.hrefPattern
            ? html`<a part="title" class="title-link" href=${this.hrefFor(question.id)} lang=${question.language}
                @click=${(event: MouseEvent) => this.onOpen(event, question.id)}>${title}</a>`
            : html`<button part="title" class="title-link" type="button" lang=${question.language}
                @click=${(event: MouseEvent) => this.onOpen(event, question.id)}>${title}</button>`,
          { class: 'title', dir: 'auto' },
        )}
        ${question.acceptedAnswerId
          ? html`<span part="solved-badge" class="badge">${checkIcon}${msg.status.solved}</span>`
          : nothing}
        ${this.live?.renderMark(question.id) ?? nothing}
      </div>
      <p part="excerpt" class="excerpt" dir="auto" lang=${question.language}>${this.highlighted(this.excerpt(question))}</p>
      <div class="meta">
        ${category ? html`<span part="category" class="chip">${categoryName(category, lang)}</span>` : nothing}
        ${otherLanguage
          ? html`<span part="language" class="chip" title=${msg.post.writtenIn(languageName)}>${languageName}</span>`
          : nothing}
        ${renderTags(this.localize, question.tags, this.selectTag, this.tag)}
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
    const { moreError, nextCursor, total, ids, loadingMore } = this.questions;
    if (moreError) return renderError(this.localize, moreError, () => void this.loadMore());
    if (!nextCursor) return nothing;
    const { msg, fmt } = this.localize;
    const remaining = total === undefined ? undefined : Math.max(0, total - ids.length);
    return html`<div class="more">
      <button part="more-button" class="button" type="button" ?disabled=${loadingMore} @click=${() => void this.loadMore()}>
        ${loadingMore ? msg.questionList.loadingMore : msg.questionList.loadMore(remaining, fmt)}
      </button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'majlis-question-list': MajlisQuestionList;
  }
}
