import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { AnnounceController } from '../../core/controllers/announce-controller.js';
import { MutationFeedback } from '../../core/controllers/mutation-feedback.js';
import { PagedLoadController } from '../../core/controllers/paged-load-controller.js';
import { StoreController } from '../../core/controllers/store-controller.js';
import { toggleState } from '../../core/custom-states.js';
import { MajlisElement } from '../../core/element.js';
import { capitalize, formatLanguageName } from '../../core/i18n/format.js';
import { SUPPORTED_LOCALES } from '../../core/i18n/locale.js';
import { IDEA_CRITERIA, IDEA_SORTS, IDEA_STATUSES, IDEA_TOPICS } from '../../core/idea-names.js';
import type { IdeaCriterion, IdeaSort, IdeaStatus, IdeaTopic } from '../../core/idea-names.js';
import {
  evaluateIdea,
  hasIdeas,
  idea as cachedIdea,
  isIdeaPending,
  listIdeaWinners,
  listIdeas,
  loadIdea,
  markIdeaWinner,
  mergeIdea,
  setIdeaStatus,
} from '../../core/idea-store.js';
import { preloadElements } from '../../core/lazy.js';
import type { DeepPartial, Messages } from '../../core/i18n/messages/types.js';
import type { MajlisStore } from '../../core/store.js';
import type { Idea, IdeaQuery, IdeaScores, IdeaWinner } from '../../core/types.js';
import { buttonStyles } from '../../styles/button.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { feedbackStyles, renderError, renderProblem } from '../shared/feedback.js';
import { formStyles } from '../shared/form.styles.js';
import { heading, headingLevel } from '../shared/heading.js';
import type { IdeaFormEvent } from './idea-form-event.js';
import { styles } from './ideas.styles.js';

export type IdeasView = 'list' | 'roadmap' | 'winners';
const VIEWS: readonly IdeasView[] = ['list', 'roadmap', 'winners'];
/** The `evaluated` filter's values (staff only): evaluated at least once, or not yet. */
const EVALUATED = ['true', 'false'] as const;
/** The orders members choose from; staff also have `evaluation` (top rated). */
const MEMBER_SORTS: readonly IdeaSort[] = IDEA_SORTS.filter((sort) => sort !== 'evaluation');
/** The roadmap's columns: every status but `duplicate` (merged ideas live on in the idea they went into). */
const COLUMNS: readonly IdeaStatus[] = IDEA_STATUSES.filter((status) => status !== 'duplicate');
const SCORES = [1, 2, 3, 4, 5] as const;

/** The text of a form's field `name` (empty when absent). */
function fieldOf(event: SubmitEvent, name: string): string {
  const value = new FormData(event.target as HTMLFormElement).get(name);
  return typeof value === 'string' ? value : '';
}

/** This month, `2027-03`, the default period of a win. */
function thisMonth(): string {
  return new Date().toISOString().slice(0, 7);
}

/**
 * @tag majlis-ideas
 * @summary Customers' ideas for the operator: a list filtered by topic, status and language (most kudos, newest or
 * trending; staff also filter by evaluated or not and order by top rated), a roadmap with one column per status, a
 * winners' wall ("Idea of the month"), a form to share an idea, and an idea's page: its status, the team's note and
 * evaluation averages above its thread (kudos, comments, follow), with the team's controls (status and note,
 * evaluation, merge, winner) for staff only. Needs an adapter with the `ideas` capability.
 *
 * @csspart ideas - The whole element (a labelled region).
 * @csspart heading - Its heading.
 * @csspart views - The view switch; `view-button` each of its buttons.
 * @csspart share-button - Opens the form to share an idea.
 * @csspart filters - The filters and the order.
 * @csspart list - The list of ideas; `idea` each one, `idea-link` its title.
 * @csspart topic - An idea's topic.
 * @csspart status - An idea's status.
 * @csspart note - The team's public note.
 * @csspart winner-badge - "Idea of the month, March 2027".
 * @csspart roadmap - The roadmap; `column` each status.
 * @csspart winners - The winners' wall.
 * @csspart form - The form to share an idea.
 * @csspart similar - Under the form's title, ideas like the one being typed.
 * @csspart personal-data-warning - The form's warning when the title or description seem to hold personal data.
 * @csspart detail - An idea's page; `back-button` the way back.
 * @csspart evaluation - The averages of the team's evaluation.
 * @csspart staff - The team's controls.
 * @csspart empty - The message when there is nothing to show.
 * @csspart error - Error message (load failures, refused changes, configuration).
 * @csspart retry-button - Retry after an error.
 *
 * @cssprop [--majlis-color-accent=light-dark(#0b57d0, #8ab4f8)] - The chosen view, links and statuses.
 * @cssprop [--majlis-color-success=light-dark(#146c2e, #6dd58c)] - Delivered ideas and winners.
 * @cssprop [--majlis-color-border] - Borders of the cards and columns.
 *
 * @cssstate loading - Ideas are loading.
 * @cssstate empty - The view has no idea to show.
 *
 * @fires {MajlisErrorEvent} majlis-error - Loading failed, or a change was refused (and rolled back).
 */
export class MajlisIdeas extends MajlisElement {
  static override styles = [hostStyles, buttonStyles, feedbackStyles, formStyles, styles];
  static override properties = {
    view: { reflect: true },
    ideaId: { attribute: 'idea-id', reflect: true },
    topic: { reflect: true },
    status: { reflect: true },
    language: { reflect: true },
    sort: { reflect: true },
    evaluated: { reflect: true },
    category: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    composing: { state: true, attribute: false },
    winners: { state: true, attribute: false },
    candidates: { state: true, attribute: false },
  };

  /** `list`, `roadmap` (one column per status) or `winners`. */
  view: IdeasView = 'list';

  /** The idea shown on its own page; empty for the current view. */
  ideaId = '';

  /** List filter: only ideas of this topic (`care`, `products`, `network`, `other`); empty for all. */
  topic = '';

  /** List filter: only ideas of this status; empty for all. */
  status = '';

  /** Only ideas written in this language (primary subtag match); empty for all. */
  language = '';

  /**
   * Order of the list: `votes` (most kudos), `newest` or `trending` (kudos of the last 7 days); for staff and
   * moderators also `evaluation` (top rated, ideas not evaluated yet last), else it lists by most kudos.
   */
  sort: IdeaSort = 'votes';

  /** Staff and moderators' list filter: `true` only evaluated ideas, `false` only those not evaluated yet; empty for all. */
  evaluated = '';

  /** The category new ideas are filed under; empty: the community's first category. */
  category = '';

  /** Heading level of the element's heading (1–6). */
  headingLevel = 2;

  private composing = false;
  private winners: IdeaWinner[] = [];
  /** Ideas staff may merge the shown idea into (loaded with the staff controls). */
  private candidates: Idea[] | undefined;
  private candidatesFor = '';
  private commentTexts: { for: Messages; texts: DeepPartial<Messages> } | undefined;

  private readonly data = new StoreController(this);
  private readonly announcer = new AnnounceController(this);
  private readonly feedback = new MutationFeedback(this, this.data);
  private readonly internals: ElementInternals | undefined = this.attachInternals?.();

  private readonly list = new PagedLoadController<IdeaQuery>(this, {
    query: () => (this.showing() === 'list' || this.showing() === 'roadmap' ? this.query() : undefined),
    fetch: (query, cursor, signal) => listIdeas(this.store(), { ...query, cursor }, { signal }),
  });

  private readonly winnerWall = new PagedLoadController<'winners'>(this, {
    query: () => (this.showing() === 'winners' ? 'winners' : undefined),
    fetch: async (_query, _cursor, signal) => {
      this.winners = await listIdeaWinners(this.store(), { signal });
      return { items: this.winners.map((winner) => ({ id: `${winner.period}|${winner.idea.id}` })), nextCursor: null };
    },
  });

  private readonly detail = new PagedLoadController<string>(this, {
    query: () => (this.showing() === 'detail' ? this.ideaId : undefined),
    fetch: async (id, _cursor, signal) => ({ items: [await loadIdea(this.store(), id, { signal })], nextCursor: null }),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    preloadElements(['majlis-vote-button']);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!VIEWS.includes(this.view)) this.view = 'list';
    if (!IDEA_SORTS.includes(this.sort)) this.sort = 'votes';
    if (changed.has('ideaId') && this.ideaId) this.composing = false;
  }

  protected override updated(): void {
    const loader = this.loader();
    toggleState(this.internals, 'loading', loader?.status === 'loading' || loader?.busy === true);
    toggleState(this.internals, 'empty', loader?.status === 'ready' && loader.ids.length === 0);
  }

  /** What the element shows, once it has a store with ideas. */
  private showing(): IdeasView | 'detail' | 'form' | null {
    const store = this.data.store;
    if (!store || !hasIdeas(store)) return null;
    if (this.composing) return 'form';
    return this.ideaId ? 'detail' : this.view;
  }

  private loader(): PagedLoadController<unknown> | undefined {
    const showing = this.showing();
    if (showing === 'list' || showing === 'roadmap') return this.list;
    if (showing === 'winners') return this.winnerWall;
    if (showing === 'detail') return this.detail;
    return undefined;
  }

  private store(): MajlisStore {
    const store = this.data.store;
    if (!store) throw new Error('majlis-ideas: no store');
    return store;
  }

  /**
   * Whether the viewer is staff or a moderator, who get the evaluation's filter and order (the roles of
   * `isModeratorRole`, not imported: core/moderation.ts would double this chunk).
   */
  private staffViewer(): boolean {
    const role = this.data.store?.currentViewer?.user?.role;
    return role === 'staff' || role === 'moderator';
  }

  private sorts(): readonly IdeaSort[] {
    return this.staffViewer() ? IDEA_SORTS : MEMBER_SORTS;
  }

  private query(): IdeaQuery {
    const query: IdeaQuery = { sort: this.sorts().includes(this.sort) ? this.sort : 'votes', limit: this.view === 'roadmap' ? 100 : 20 };
    if ((IDEA_TOPICS as readonly string[]).includes(this.topic)) query.topic = this.topic as IdeaTopic;
    if (this.view === 'list' && (IDEA_STATUSES as readonly string[]).includes(this.status)) query.status = this.status as IdeaStatus;
    if (this.language) query.language = this.language;
    if (this.view === 'list' && this.staffViewer() && (EVALUATED as readonly string[]).includes(this.evaluated)) {
      query.evaluated = this.evaluated === 'true';
    }
    return query;
  }

  /** The idea's thread's texts, saying "comments" for answers; one object per catalog, so the thread is not told again. */
  private comments(): DeepPartial<Messages> {
    const { msg } = this.localize;
    if (this.commentTexts?.for !== msg) {
      const c = msg.ideas.comment;
      this.commentTexts = {
        for: msg,
        texts: {
          thread: { sortLabel: c.sortLabel, showMoreAnswers: c.showMore, noAnswers: c.none, loadingMore: c.loadingMore },
          composer: { label: c.label, submit: c.submit, posted: c.posted },
        },
      };
    }
    return this.commentTexts.texts;
  }

  private languageName(tag: string): string {
    return capitalize(formatLanguageName(this.localize.locale, tag), this.localize.locale);
  }

  /** A period `2027-03` as the reader says it: "March 2027". */
  private period(period: string): string {
    return this.localize.date(`${period}-15T12:00:00Z`, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  }

  // ── navigation ──

  private open(id: string): void {
    this.ideaId = id;
    this.composing = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="back-button"]')?.focus());
  }

  private back = () => {
    const from = this.ideaId;
    this.ideaId = '';
    this.composing = false;
    this.feedback.clear();
    this.list.reload();
    void this.updateComplete.then(() =>
      (this.renderRoot.querySelector<HTMLElement>(`[data-idea="${CSS.escape(from)}"]`) ?? this.renderRoot.querySelector<HTMLElement>('[part~="share-button"]'))?.focus(),
    );
  };

  private chooseView(view: IdeasView): void {
    this.view = view;
    this.ideaId = '';
    this.composing = false;
  }

  private compose = () => {
    this.composing = true;
    this.feedback.clear();
    void this.updateComplete.then(async () => {
      await customElements.whenDefined('majlis-idea-form');
      const form = this.renderRoot.querySelector('majlis-idea-form');
      await form?.updateComplete;
      form?.focus();
    });
  };

  private onFilter(event: Event, field: 'topic' | 'status' | 'language' | 'evaluated' | 'sort'): void {
    const value = (event.target as HTMLSelectElement).value;
    if (field === 'sort') this.sort = value as IdeaSort;
    else this[field] = value;
  }

  // ── mutations ──

  private async onStatus(event: SubmitEvent, id: string): Promise<void> {
    event.preventDefault();
    const status = fieldOf(event, 'status') as Exclude<IdeaStatus, 'duplicate'>;
    const done = await this.feedback.run((store) => setIdeaStatus(store, { ideaId: id, status, note: fieldOf(event, 'note') }));
    if (done) this.announcer.announce(this.localize.msg.ideas.saved);
  }

  private async onEvaluate(event: SubmitEvent, id: string): Promise<void> {
    event.preventDefault();
    const scores = Object.fromEntries(IDEA_CRITERIA.map((criterion) => [criterion, Number(fieldOf(event, criterion))])) as IdeaScores;
    const done = await this.feedback.run((store) => evaluateIdea(store, { ideaId: id, ...scores }));
    if (done) this.announcer.announce(this.localize.msg.ideas.saved);
  }

  private async onMerge(event: SubmitEvent, id: string): Promise<void> {
    event.preventDefault();
    const intoId = fieldOf(event, 'into');
    if (!intoId) return;
    const done = await this.feedback.run((store) => mergeIdea(store, { ideaId: id, intoId }));
    if (done) this.announcer.announce(this.localize.msg.ideas.saved);
  }

  private async onWinner(event: SubmitEvent, id: string): Promise<void> {
    event.preventDefault();
    const period = fieldOf(event, 'period');
    const done = await this.feedback.run((store) => markIdeaWinner(store, { ideaId: id, period }));
    if (done) this.announcer.announce(this.localize.msg.ideas.saved);
  }

  /** The ideas to merge into, loaded once per shown idea for its staff controls. */
  private loadCandidates(id: string): void {
    if (this.candidatesFor === id) return;
    this.candidatesFor = id;
    this.candidates = undefined;
    listIdeas(this.store(), { sort: 'newest', limit: 100 }).then(
      (page) => {
        if (this.candidatesFor === id) this.candidates = page.items.filter((each) => each.id !== id && each.status !== 'duplicate');
      },
      () => {
        if (this.candidatesFor === id) this.candidates = [];
      },
    );
  }

  // ── rendering ──

  override render() {
    if (this.data.problem) return renderProblem(this.localize, this.data.problem);
    const { msg } = this.localize;
    const store = this.data.store;
    const showing = this.showing();
    return html`<section part="ideas" class="ideas" aria-labelledby="heading">
      <div class="header">
        ${heading(headingLevel(this.headingLevel, 2), msg.ideas.label, { id: 'heading', part: 'heading', class: 'heading' })}
        ${showing === null ? nothing : this.renderViews()}
      </div>
      ${store && !hasIdeas(store) ? html`<p part="empty" class="notice">${msg.ideas.unsupported}</p>` : this.renderShowing(showing)}
      ${this.announcer.region()}
    </section>`;
  }

  private renderShowing(showing: ReturnType<MajlisIdeas['showing']>): TemplateResult {
    switch (showing) {
      case 'form':
        return this.renderForm();
      case 'detail':
        return this.renderDetail();
      case 'winners':
        return this.renderWinners();
      case 'roadmap':
      case 'list':
        return html`${this.renderFilters()}${this.renderLoaded(this.list, () => (showing === 'roadmap' ? this.renderRoadmap() : this.renderList()))}`;
      default:
        return this.renderSkeleton();
    }
  }

  private renderViews(): TemplateResult {
    const { msg } = this.localize;
    const signedIn = Boolean(this.data.store?.currentViewer?.user);
    return html`<div class="bar">
      <div part="views" class="views" role="group" aria-label=${msg.ideas.viewsLabel}>
        ${VIEWS.map(
          (view) => html`<button part="view-button" class="view" type="button" aria-pressed=${!this.ideaId && !this.composing && view === this.view ? 'true' : 'false'}
            @click=${() => this.chooseView(view)}>${msg.ideas.views[view]}</button>`,
        )}
      </div>
      ${this.composing
        ? nothing
        : signedIn
          ? html`<button part="share-button" class="button button--primary" type="button" @click=${this.compose}>${msg.ideas.share}</button>`
          : html`<span class="hint">${msg.ideas.signIn}</span>`}
    </div>`;
  }

  private renderFilters(): TemplateResult {
    const t = this.localize.msg.ideas;
    const select = (field: 'topic' | 'status' | 'language' | 'evaluated', all: string, options: readonly string[], name: (value: string) => string) =>
      html`<label class="field"><span class="label">${field === 'evaluated' ? t.evaluatedFilter : t[field]}</span>
        <select .value=${live(this[field])} @change=${(event: Event) => this.onFilter(event, field)}>
          <option value="" ?selected=${this[field] === ''}>${all}</option>
          ${options.map((value) => html`<option value=${value} ?selected=${value === this[field]}>${name(value)}</option>`)}
        </select></label>`;
    return html`<div part="filters" class="filters">
      ${select('topic', t.allTopics, IDEA_TOPICS, (value) => t.topics[value as IdeaTopic])}
      ${this.view === 'list' ? select('status', t.allStatuses, IDEA_STATUSES, (value) => t.statuses[value as IdeaStatus]) : nothing}
      ${select('language', t.allLanguages, SUPPORTED_LOCALES, (value) => this.languageName(value))}
      ${this.view === 'list' && this.staffViewer()
        ? select('evaluated', t.evaluatedAll, EVALUATED, (value) => (value === 'true' ? t.evaluatedOnly : t.notEvaluatedOnly))
        : nothing}
      ${this.view === 'list'
        ? html`<label class="field"><span class="label">${t.sort}</span>
            <select .value=${live(this.sort)} @change=${(event: Event) => this.onFilter(event, 'sort')}>
              ${this.sorts().map((sort) => html`<option value=${sort} ?selected=${sort === this.sort}>${t.sorts[sort]}</option>`)}
            </select></label>`
        : nothing}
    </div>`;
  }

  /** A loaded view: its skeleton, its error with a retry, its empty message, or `content`. */
  private renderLoaded(loader: PagedLoadController<unknown>, content: () => TemplateResult, empty = this.localize.msg.ideas.empty): TemplateResult {
    if (loader.status === 'error') return renderError(this.localize, loader.error, () => loader.reload());
    if (loader.status !== 'ready') return this.renderSkeleton();
    if (loader.ids.length === 0) return html`<p part="empty" class="notice">${empty}</p>`;
    return content();
  }

  private ideas(ids: readonly string[]): Idea[] {
    const store = this.data.store;
    return store ? ids.flatMap((id) => cachedIdea(store, id) ?? []) : [];
  }

  private renderList(): TemplateResult {
    return html`<ul part="list" class=${this.list.busy ? 'list busy' : 'list'} aria-busy=${this.list.busy ? 'true' : 'false'}>
      ${this.ideas(this.list.ids).map((each) => html`<li part="idea" class="idea">${this.renderCard(each)}</li>`)}
    </ul>`;
  }

  private renderCard(each: Idea, compact = false): TemplateResult {
    const { msg, fmt } = this.localize;
    const question = each.question;
    return html`<majlis-vote-button target="question" target-id=${each.id}></majlis-vote-button>
      <div class="card">
        <button part="idea-link" class="title" type="button" data-idea=${each.id} lang=${question.language} dir="auto"
          @click=${() => this.open(each.id)}>${question.title}</button>
        <span class="visually-hidden">${msg.ideas.by(question.author.name)}</span>
        <div class="meta">
          <span part="topic" class="chip">${msg.ideas.topics[each.topic]}</span>
          ${compact ? nothing : html`<span part="status" class="status" data-status=${each.status}>${msg.ideas.statuses[each.status]}</span>`}
          <span>${msg.ideas.comments(question.answerCount, fmt)}</span>
          ${this.renderWins(each)}
        </div>
        ${!compact && each.statusNote ? html`<p part="note" class="note" dir="auto">${each.statusNote}</p>` : nothing}
      </div>`;
  }

  private renderWins(each: Idea): TemplateResult[] {
    return each.winnerOf.map(
      (period) => html`<span part="winner-badge" class="winner">${this.localize.msg.ideas.winnerOf(this.period(period))}</span>`,
    );
  }

  private renderRoadmap(): TemplateResult {
    const { msg } = this.localize;
    const ideas = this.ideas(this.list.ids);
    return html`<div part="roadmap" class="roadmap">
      ${COLUMNS.map((status) => {
        const column = ideas.filter((each) => each.status === status);
        return html`<section part="column" class="column" data-status=${status} aria-labelledby="column-${status}">
          <h3 id="column-${status}" class="column-heading">${msg.ideas.statuses[status]}
            <span class="count">${this.localize.number(column.length)}</span></h3>
          ${column.length === 0
            ? html`<p class="notice">${msg.ideas.emptyColumn}</p>`
            : html`<ul class="list">${column.map((each) => html`<li part="idea" class="idea">${this.renderCard(each, true)}</li>`)}</ul>`}
        </section>`;
      })}
    </div>`;
  }

  private renderWinners(): TemplateResult {
    const { msg } = this.localize;
    return this.renderLoaded(
      this.winnerWall,
      () => html`<ol part="winners" class="winners">
        ${this.winners.map((winner) => {
          const each = (this.data.store && cachedIdea(this.data.store, winner.idea.id)) ?? winner.idea;
          return html`<li class="winner-card">
            <p class="period">${msg.ideas.winnerOf(this.period(winner.period))}</p>
            <button part="idea-link" class="title" type="button" data-idea=${each.id} lang=${each.question.language} dir="auto"
              @click=${() => this.open(each.id)}>${each.question.title}</button>
            <majlis-user-card .user=${each.question.author} user-id=${each.question.author.id}></majlis-user-card>
          </li>`;
        })}
      </ol>`,
      msg.ideas.winnersEmpty,
    );
  }

  /** The form to share an idea: its own element and chunk (the composer's editor, the personal-data guard). */
  private renderForm(): TemplateResult {
    return html`<majlis-idea-form category=${this.category} heading-level=${this.headingLevel + 1}
      exportparts="form, similar, personal-data-warning, error" @majlis-idea-form=${this.onForm}></majlis-idea-form>`;
  }

  private readonly onForm = (event: Event): void => {
    const { action, ideaId } = event as IdeaFormEvent;
    if (action === 'cancel') return this.back();
    if (action === 'submitted') this.announcer.announce(this.localize.msg.ideas.submitted);
    this.open(ideaId);
  };

  private renderDetail(): TemplateResult {
    const { msg } = this.localize;
    const store = this.data.store;
    const each = store ? cachedIdea(store, this.ideaId) : undefined;
    return html`<div part="detail" class="detail">
      <button part="back-button" class="button back" type="button" @click=${this.back}>${msg.ideas.back}</button>
      ${this.renderLoaded(this.detail, () =>
        each
          ? html`${this.renderIdeaHeader(each)} ${each.viewerCan.setStatus ? this.renderStaff(each) : nothing}
              <majlis-thread question-id=${each.id} heading-level=${headingLevel(this.headingLevel + 1, 3)}
                .messages=${this.comments()}></majlis-thread>`
          : this.renderSkeleton(),
      )}
    </div>`;
  }

  private renderIdeaHeader(each: Idea): TemplateResult {
    const { msg, fmt } = this.localize;
    const t = msg.ideas;
    return html`<div class="idea-header">
      <div class="meta">
        <span part="topic" class="chip">${t.topics[each.topic]}</span>
        <span part="status" class="status" data-status=${each.status}>${t.statuses[each.status]}</span>
        ${this.renderWins(each)}
      </div>
      ${each.mergedInto
        ? html`<p class="notice">${t.merged}
            <button class="link" type="button" @click=${() => this.open(each.mergedInto!)}>${t.openMerged}</button></p>`
        : nothing}
      ${each.statusNote
        ? html`<div part="note" class="note"><strong>${t.note}</strong>
            ${each.statusChangedBy ? html`<span class="by">${each.statusChangedBy.name}</span>` : nothing}
            <p dir="auto">${each.statusNote}</p></div>`
        : nothing}
      <div part="evaluation" class="evaluation">
        <strong>${t.evaluation}</strong>
        ${each.evaluation
          ? html`<span class="by">${t.evaluators(each.evaluation.evaluators, fmt)}</span>
              <dl>
                ${IDEA_CRITERIA.map(
                  (criterion) => html`<div class="score"><dt>${t.criteria[criterion]}</dt>
                    <dd>${t.outOfFive(this.localize.number(each.evaluation![criterion], { maximumFractionDigits: 1 }))}</dd></div>`,
                )}
              </dl>`
          : html`<span class="by">${t.notEvaluated}</span>`}
      </div>
    </div>`;
  }

  private renderStaff(each: Idea): TemplateResult {
    const t = this.localize.msg.ideas;
    this.loadCandidates(each.id);
    const pending = this.data.store ? isIdeaPending(this.data.store, each.id) : false;
    const mine = each.viewerEvaluation;
    const scoreSelect = (criterion: IdeaCriterion) => html`<label class="field"><span class="label">${t.criteria[criterion]}</span>
      <select name=${criterion}>${SCORES.map((score) => html`<option value=${score} ?selected=${score === (mine?.[criterion] ?? 3)}>${this.localize.number(score)}</option>`)}</select></label>`;
    return html`<div part="staff" class="staff" role="group" aria-labelledby="staff-heading">
      <p id="staff-heading" class="staff-heading">${t.staff}</p>
      ${this.feedback.error ? renderError(this.localize, this.feedback.error) : nothing}
      ${each.status === 'duplicate'
        ? nothing
        : html`<form class="staff-form" @submit=${(event: SubmitEvent) => this.onStatus(event, each.id)}>
            <label class="field"><span class="label">${t.setStatus}</span>
              <select name="status">${COLUMNS.map((status) => html`<option value=${status} ?selected=${status === each.status}>${t.statuses[status]}</option>`)}</select></label>
            <label class="field grow"><span class="label">${t.publicNote}</span>
              <textarea name="note" rows="2" dir="auto" .value=${live(each.statusNote ?? '')}></textarea></label>
            <button class="button" type="submit" ?disabled=${pending}>${t.saveStatus}</button>
          </form>`}
      <form class="staff-form" @submit=${(event: SubmitEvent) => this.onEvaluate(event, each.id)}>
        <fieldset class="scores"><legend>${t.yourEvaluation}</legend>${IDEA_CRITERIA.map(scoreSelect)}</fieldset>
        <button class="button" type="submit" ?disabled=${pending}>${t.saveEvaluation}</button>
      </form>
      ${each.viewerCan.merge
        ? html`<form class="staff-form" @submit=${(event: SubmitEvent) => this.onMerge(event, each.id)}>
            <label class="field grow"><span class="label">${t.mergeInto}</span>
              <select name="into" required>
                <option value="">${t.chooseIdea}</option>
                ${(this.candidates ?? []).map((other) => html`<option value=${other.id}>${other.question.title}</option>`)}
              </select></label>
            <button class="button" type="submit" ?disabled=${pending}>${t.merge}</button>
          </form>`
        : nothing}
      <form class="staff-form" @submit=${(event: SubmitEvent) => this.onWinner(event, each.id)}>
        <label class="field"><span class="label">${t.month}</span>
          <input name="period" type="month" required pattern="[0-9]{4}-[0-9]{2}" .value=${live(thisMonth())} /></label>
        <button class="button" type="submit" ?disabled=${pending}>${t.markWinner}</button>
      </form>
    </div>`;
  }

  private renderSkeleton(): TemplateResult {
    return html`<div class="skeleton" aria-hidden="false">
      <span class="visually-hidden" role="status">${this.localize.msg.ideas.loading}</span>
      ${[0, 1, 2].map(() => html`<div class="skeleton-row"></div>`)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'majlis-ideas': MajlisIdeas;
  }
}
