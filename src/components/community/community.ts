import { ContextProvider } from '@lit/context';
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import type { CommunityAdapter } from '../../core/adapter.js';
import { defaultStore, endpointStore, storeContext } from '../../core/context.js';
import { AnnounceController } from '../../core/controllers/announce-controller.js';
import { BadgeAnnouncer } from '../../core/controllers/badge-announcer.js';
import { HashRouteController } from '../../core/controllers/route-controller.js';
import { MajlisElement } from '../../core/element.js';
import { MajlisFiltersChangedEvent, MajlisNavigateEvent } from '../../core/events.js';
import type { ListFilters, NavigateDetail } from '../../core/events.js';
import { normalizeFilters, sameFilters } from '../../core/list-filters.js';
import { storeFor } from '../../core/store.js';
import type { MajlisStore } from '../../core/store.js';
import { buttonStyles } from '../../styles/button.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { feedbackStyles, renderProblem } from '../shared/feedback.js';
import { heading, headingLevel } from '../shared/heading.js';
import type { MajlisQuestionList } from '../question-list/question-list.js';
import { announceBadges } from '../shared/recognition.js';
import type { MajlisThread } from '../thread/thread.js';
import { styles } from './community.styles.js';

type View = NavigateDetail['view'];

/**
 * Every part of the views (the thread, the question list, the ask form), forwarded under the same names, so a page
 * styles them through the community (`majlis-community::part(accepted-badge)`); kept in step with their `@csspart`
 * lists by test/lint/parts.test.mjs.
 */
const VIEW_PARTS = [
  'thread', 'answers', 'sort-select', 'follow-button', 'more-button', 'empty', 'post', 'title', 'body', 'tags',
  'tag', 'accepted-badge', 'helpful-badge', 'vote-button', 'vote-count', 'accept-button', 'accept-error',
  'vote-error', 'user-card', 'placeholder', 'status-banner', 'composer', 'notice', 'sign-in-button', 'answer-link',
  'error', 'retry-button', 'live-bar', 'live-show-button', 'filters', 'search-input', 'category-select',
  'category-follow-button', 'status-select', 'language-select', 'filters-button', 'filters-count', 'summary', 'list',
  'row', 'excerpt', 'highlight', 'solved-badge', 'live-mark', 'category', 'language', 'active-tag',
  'clear-tag-button', 'counts', 'clear-button', 'form', 'label', 'field-hint', 'title-input', 'similar',
  'similar-question', 'tabs', 'tab', 'toolbar', 'toolbar-button', 'textarea', 'preview', 'count', 'language-hint',
  'tag-remove-button', 'tag-input', 'message', 'personal-data-warning', 'personal-data-heading',
  'personal-data-list', 'personal-data-item', 'personal-data-mask-button', 'personal-data-keep-button',
  'submit-button',
].join(', ');

/**
 * @tag majlis-community
 * @summary The whole board in one tag: the question list, a question's thread and the ask form, with the
 * browser's back button working (hash routes by default) and focus moved to the new view's heading. It
 * provides its adapter to every Majlis element inside it, and announces (politely, once) a badge the signed-in
 * viewer earned.
 *
 * Routes (`routing="hash"`): `#/questions` for the list, its search, filters and order as parameters
 * (`#/questions?q=esim&category=network-quality&status=solved&language=nl&sort=newest`, defaults left out);
 * `#/questions/<id>` for a thread, `#/questions/<id>/answers/<answerId>` for one answer (the thread scrolls to
 * it and focuses it); `#/ask`. Changing a filter rewrites the list's entry (`replaceState`), opening a thread
 * adds one; coming back (the Back link or the browser's) shows the list as it was, scrolled where it was, with
 * focus on the question the viewer came from.
 *
 * @slot nav-actions - Your own controls beside "Ask a question" (a link to your contact page, a chat button).
 * @slot empty - What a community with no question yet says (the list's `empty`).
 * @slot sign-in-prompt - The text beside "Sign in to answer" (the thread's `sign-in-prompt`).
 * @slot composer-footer - Under the answer form (the thread's `composer-footer`).
 * @csspart nav - The bar with "All questions" / "Ask a question".
 * @csspart nav-button - Its buttons.
 * @csspart back-button - "Back to all questions" above a thread, and again below it.
 * @csspart view-heading - The heading of the list and ask views.
 * @csspart error - Configuration problem (no adapter); also the views' error messages.
 *
 * Every part of `<majlis-thread>`, `<majlis-question-list>` and `<majlis-ask-form>` is forwarded under its name
 * (`majlis-community::part(accepted-badge)`, `::part(tag)`).
 *
 * @fires {MajlisNavigateEvent} majlis-navigate - The viewer asked for another view; cancel it to route
 * in the host page instead (with `routing="none"`, set `view` and `question-id` yourself).
 */
export class MajlisCommunity extends MajlisElement {
  static override styles = [hostStyles, buttonStyles, feedbackStyles, styles];
  static override properties = {
    adapter: { attribute: false },
    endpoint: { reflect: true },
    routing: { reflect: true },
    view: { reflect: true },
    questionId: { attribute: 'question-id', reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    hrefPattern: { attribute: 'href-pattern' },
    answerHrefPattern: { attribute: 'answer-href-pattern' },
    syncTitle: { type: Boolean, attribute: 'sync-title', reflect: true },
    careSchedule: { attribute: 'care-schedule' },
    shareHashtag: { attribute: 'share-hashtag' },
    answerId: { state: true, attribute: false },
    listFilters: { state: true, attribute: false },
    listKept: { state: true, attribute: false },
  };

  /** The data source for everything inside; else `configure()`'s default. */
  adapter: CommunityAdapter | undefined;

  /** Base URL of a backend speaking the Majlis REST contract; used when no `adapter` is given. */
  endpoint = '';

  /** `hash` keeps the view in `location.hash` (#/questions/q-1, #/ask); `none` leaves the URL alone. */
  routing: 'hash' | 'none' = 'hash';

  /** The view shown: `list`, `question` or `ask`. */
  view: View = 'list';

  /** The question shown in the `question` view. */
  questionId = '';

  /**
   * The level of each view's heading (1–6): the list and ask headings, and a thread's question title. Use 1
   * when the board is the page's main content; questions in the list and a thread's answers go one below.
   */
  headingLevel = 2;

  /**
   * Where a question's title links to, `{id}` standing for its id (e.g. `/support/community/{id}`); by default
   * the community's own route (`#/questions/{id}`, with `routing="hash"`). Titles are real links (open in a new
   * tab, copy the address); a plain click still opens the thread in place.
   */
  hrefPattern = '';

  /**
   * Where an answer's "Link" points, `{questionId}` and `{answerId}` standing for the ids; by default
   * `#/questions/{questionId}/answers/{answerId}` (with `routing="hash"`), else `href-pattern` with
   * `?answer={answerId}` added. Empty with neither: the answers have no "Link".
   */
  answerHrefPattern = '';

  /**
   * Support hours (JSON, as `<majlis-care-status schedule>` takes them): a thread then shows when experts answer, and
   * their typical reply time, above its composer.
   */
  careSchedule = '';

  /** A hashtag questions and answers are shared with, with or without `#`. */
  shareHashtag = '';

  /** Sets `document.title` to the question's title while a thread is shown, and restores it afterwards. */
  syncTitle = false;

  /** The answer a permalink asked for. */
  private answerId = '';
  /** The list's search, filters and order (kept in the URL). */
  private listFilters: ListFilters = normalizeFilters();
  /** Whether the list stays rendered (hidden) behind a thread or the ask form, so coming back finds it as it was. */
  private listKept = false;
  /** The question last opened from the list (focus returns to its title), when the history entry cannot say. */
  private openedQuestion = '';
  private listScrollY: number | undefined;
  /** Set when the list is shown again: its scroll and focus are restored after the render. */
  private restoreList = false;
  /** The page's own title, while a thread's title replaces it (`sync-title`). */
  private pageTitle: string | undefined;
  private titleStore: MajlisStore | undefined;
  private unsubscribeTitle: (() => void) | undefined;

  /** Whether the last view change came from navigation (then focus follows it). */
  private moved = false;

  private readonly provider = new ContextProvider(this, { context: storeContext });
  private readonly router = new HashRouteController(
    this,
    (route, initial) => this.show(route, !initial),
    () => this.routing === 'hash',
  );
  private readonly announcer = new AnnounceController(this);

  constructor() {
    super();
    new BadgeAnnouncer(this, {
      store: () => this.provider.value,
      eager: false, // the board's first load stays as it was; a leaderboard on the page announces on load
      announce: (badges, store) => announceBadges(badges, store, this.localize, this.announcer),
    });
    this.addEventListener(MajlisNavigateEvent.type, (event) => {
      event.inPage = true; // a link clicked for it is not followed: the view changes here (unless the host cancels)
      void this.onNavigate(event);
    });
    this.addEventListener(MajlisFiltersChangedEvent.type, (event) => this.onFiltersChanged(event));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribeTitle?.();
    this.unsubscribeTitle = this.titleStore = undefined;
    this.restoreTitle();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter') || changed.has('endpoint') || !this.provider.value) {
      this.provider.setValue(this.adapter ? storeFor(this.adapter) : (defaultStore() ?? this.endpointStore()?.store));
    }
  }

  /** The REST store of `endpoint` (its adapter loads on first use; the view updates once it has). */
  private endpointStore() {
    if (!this.endpoint.trim()) return undefined;
    const entry = endpointStore(this.endpoint.trim());
    if (!entry.store && !entry.failed) void entry.ready.then(() => this.requestUpdate());
    return entry;
  }

  protected override updated(changed: PropertyValues): void {
    this.followTitle();
    if (this.view === 'list' && this.restoreList) {
      this.restoreList = false;
      if (this.moved) {
        this.moved = false;
        void this.returnToList();
      }
      return;
    }
    if (!this.moved || !(changed.has('view') || changed.has('questionId') || changed.has('answerId'))) return;
    this.moved = false;
    // A permalink's answer takes focus itself (the thread scrolls to it).
    if (this.view === 'question') {
      if (!this.answerId) this.renderRoot.querySelector<MajlisThread>('majlis-thread')?.focusQuestion();
    } else this.renderRoot.querySelector<HTMLElement>('.view-heading')?.focus();
  }

  private show(route: NavigateDetail, moveFocus: boolean): void {
    if (this.view === 'list' && route.view !== 'list' && this.hasUpdated) this.listKept = true;
    if (route.view === 'list' && this.view !== 'list') this.restoreList = true;
    this.view = route.view;
    this.questionId = route.view === 'question' ? route.questionId : '';
    this.answerId = route.view === 'question' ? (route.answerId ?? '') : '';
    if (route.view === 'list') this.listFilters = normalizeFilters(route.filters);
    this.moved = moveFocus;
  }

  /** Where "Back" leads: the list as it was last shown (its search, filters and tag kept). */
  private get backRoute(): NavigateDetail {
    return { view: 'list', filters: this.listFilters };
  }

  /** Back on the list: scrolled where it was, focus on the title of the question the viewer came from. */
  private async returnToList(): Promise<void> {
    const state = this.routing === 'hash' ? this.router.state : {};
    const opened = state.openedQuestion ?? this.openedQuestion;
    const scrollY = state.scrollY ?? this.listScrollY;
    const list = this.renderRoot.querySelector<MajlisQuestionList>('majlis-question-list');
    const focused = Boolean(list && opened && (await list.focusQuestion(opened, { preventScroll: true })));
    if (!focused) this.renderRoot.querySelector<HTMLElement>('.list-view .view-heading')?.focus({ preventScroll: scrollY !== undefined });
    if (scrollY !== undefined) window.scrollTo({ top: scrollY, behavior: 'instant' });
  }

  private onFiltersChanged(event: MajlisFiltersChangedEvent): void {
    this.listFilters = normalizeFilters(event.detail);
    if (this.routing === 'hash' && this.view === 'list') this.router.replace({ view: 'list', filters: this.listFilters });
  }

  // document.title (sync-title)

  private followTitle(): void {
    const store = this.syncTitle && this.view === 'question' ? this.provider.value : undefined;
    if (store !== this.titleStore) {
      this.unsubscribeTitle?.();
      this.titleStore = store;
      this.unsubscribeTitle = store?.subscribe(() => this.applyTitle());
    }
    this.applyTitle();
  }

  private applyTitle(): void {
    const title = this.titleStore?.question(this.questionId)?.title;
    if (!title || this.view !== 'question') return this.restoreTitle();
    this.pageTitle ??= document.title;
    document.title = title;
  }

  private restoreTitle(): void {
    if (this.pageTitle === undefined) return;
    document.title = this.pageTitle;
    this.pageTitle = undefined;
  }

  // Links

  private get questionHref(): string {
    return this.hrefPattern || (this.routing === 'hash' ? '#/questions/{id}' : '');
  }

  private get answerHref(): string {
    if (this.answerHrefPattern) return this.answerHrefPattern;
    if (!this.hrefPattern) return this.routing === 'hash' ? '#/questions/{questionId}/answers/{answerId}' : '';
    const question = this.hrefPattern.replaceAll('{id}', '{questionId}');
    return `${question}${question.includes('?') ? '&' : '?'}answer={answerId}`;
  }

  /** Lets the host page cancel a navigation (it sees the event after us), then follows it. */
  private async onNavigate(event: MajlisNavigateEvent): Promise<void> {
    await Promise.resolve();
    if (event.defaultPrevented) return;
    const route = event.detail;
    const leavingList = this.view === 'list' && route.view !== 'list';
    if (leavingList) {
      this.listScrollY = window.scrollY;
      this.openedQuestion = route.view === 'question' ? route.questionId : '';
    }
    if (this.routing !== 'hash') return this.show(route, true);
    // Back to the list from the thread opened from it: go back in history (the list's entry keeps its state).
    const sameList = route.view === 'list' && sameFilters(normalizeFilters(route.filters), this.listFilters);
    if (sameList && this.router.state.fromList) return history.back();
    if (leavingList) this.router.remember({ scrollY: this.listScrollY, openedQuestion: this.openedQuestion });
    this.router.go(route, leavingList ? { fromList: true } : undefined);
  }

  private navigate(event: Event, detail: NavigateDetail): void {
    (event.currentTarget as HTMLElement).dispatchEvent(new MajlisNavigateEvent(detail));
  }

  override render() {
    if (!this.provider.value) {
      const entry = this.endpointStore();
      if (entry && !entry.failed) return nothing; // the REST adapter is loading
      return renderProblem(this.localize, entry ? 'rest-unavailable' : 'no-adapter');
    }
    const { msg } = this.localize;
    return html`<nav part="nav" aria-label=${msg.community.navigation}>
        ${this.view === 'question'
          ? html`<button part="back-button nav-button" class="button button--quiet back" type="button"
              @click=${(e: Event) => this.navigate(e, this.backRoute)}>${msg.community.back}</button>`
          : html`<button part="nav-button" class="button button--quiet" type="button" aria-current=${this.view === 'list' ? 'page' : nothing}
              @click=${(e: Event) => this.navigate(e, { view: 'list' })}>${msg.community.allQuestions}</button>`}
        <span class="nav-end"><slot name="nav-actions"></slot><button part="nav-button" class="button button--primary" type="button"
          aria-current=${this.view === 'ask' ? 'page' : nothing} @click=${(e: Event) => this.navigate(e, { view: 'ask' })}>${msg.community.ask}</button></span>
      </nav>
      ${this.renderView()}${this.announcer.region()}`;
  }

  /** The view shown, then the list (kept, hidden, behind a thread or the ask form opened from it). */
  private renderView(): TemplateResult {
    const { msg } = this.localize;
    const level = headingLevel(this.headingLevel, 2);
    const viewHeading = (text: string) => heading(level, text, { part: 'view-heading', class: 'view-heading', tabindex: '-1' });
    let view: TemplateResult | typeof nothing = nothing;
    if (this.view === 'question') {
      // The way back again below the thread: after reading or answering a long thread, it is one Tab (or a thumb) away.
      view = html`<majlis-thread question-id=${this.questionId} answer-id=${this.answerId} heading-level=${level}
          answer-href-pattern=${this.answerHref} share-hashtag=${this.shareHashtag} exportparts=${VIEW_PARTS}>${this.careSchedule
            ? html`<majlis-care-status slot="care" schedule=${this.careSchedule} question-id=${this.questionId}></majlis-care-status>`
            : nothing}<slot name="sign-in-prompt" slot="sign-in-prompt">${msg.composer.signInPrompt}</slot><slot
            name="composer-footer" slot="composer-footer"></slot></majlis-thread>
        <div class="after-thread"><button part="back-button" class="button button--quiet back" type="button"
          @click=${(e: Event) => this.navigate(e, this.backRoute)}>${msg.community.back}</button></div>`;
    } else if (this.view === 'ask') {
      view = html`${viewHeading(msg.community.askHeading)}<majlis-ask-form exportparts=${VIEW_PARTS}></majlis-ask-form>`;
    }
    const showList = this.view === 'list';
    const list =
      showList || this.listKept
        ? html`<div class="list-view" ?hidden=${!showList}>
            ${viewHeading(msg.community.listHeading)}
            <majlis-question-list heading-level=${headingLevel(level, 2, 1)} href-pattern=${this.questionHref}
              .filters=${this.listFilters} exportparts=${VIEW_PARTS}><slot name="empty" slot="empty">${msg.questionList.noQuestions}</slot></majlis-question-list>
          </div>`
        : nothing;
    return html`${view}${list}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'majlis-community': MajlisCommunity;
  }
}
