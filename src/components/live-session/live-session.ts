import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { supports } from '../../core/adapter.js';
import { AnnounceController } from '../../core/controllers/announce-controller.js';
import { MutationFeedback } from '../../core/controllers/mutation-feedback.js';
import { PagedLoadController } from '../../core/controllers/paged-load-controller.js';
import { requestSignIn } from '../../core/controllers/sign-in.js';
import { StoreController } from '../../core/controllers/store-controller.js';
import { toggleState } from '../../core/custom-states.js';
import { MajlisElement } from '../../core/element.js';
import { defineLazy, loadElement } from '../../core/lazy.js';
import { liveUpdates } from '../../core/live.js';
import { SESSION_QUESTION_FILTERS, SESSION_QUESTION_SORTS } from '../../core/live-session-names.js';
import type { SessionQuestionFilter, SessionQuestionSort } from '../../core/live-session-names.js';
import {
  createLiveSession,
  hasLiveSessions,
  listSessionQuestions,
  loadLiveSession,
  loadSummary,
  updateLiveSession,
} from '../../core/live-session-store.js';
import { markdown } from '../../core/markdown.js';
import type { MajlisStore } from '../../core/store.js';
import type { Answer, CreateLiveSessionInput, LiveSession, LiveSessionSummary, SessionQuestion } from '../../core/types.js';
import { buttonStyles } from '../../styles/button.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { markdownStyles } from '../../styles/markdown.styles.js';
import { skeletonStyles } from '../../styles/skeleton.styles.js';
import { feedbackStyles, renderError, renderProblem } from '../shared/feedback.js';
import { formStyles } from '../shared/form.styles.js';
import { heading, headingLevel } from '../shared/heading.js';
import { styles } from './live-session.styles.js';

/** The ask form's element (editor and guard), a chunk of its own. */
const ASK_FORM = 'majlis-session-ask-form';
// Registered here rather than in index.ts, with the element that renders it, to keep it out of the core chunk.
defineLazy(ASK_FORM, () => import('./session-ask-form.js').then((m) => m.loadSessionAskForm()));

/** The longest wait `setTimeout` takes; a phase change further away is picked up by a later read. */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface QuestionsQuery {
  sessionId: string;
  filter: SessionQuestionFilter;
  sort: SessionQuestionSort;
}

/** The text of a form's field `name` (empty when absent). */
function fieldOf(form: HTMLFormElement, name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value : '';
}

/** A time as a `datetime-local` value in the browser's time zone (what that input shows and gives back). */
function localInput(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * @tag majlis-live-session
 * @summary A live "ask the experts" session: its title, hosts, time (in the reader's language and time zone), phase
 * (Upcoming, Live now, Ended) and hashtag; before and during it a form to ask and the questions with their kudos, most
 * wanted first, with an Answered / Waiting filter; during it the hosts' answers arrive without a reload, highlighted
 * and labelled "Host", and are announced; after it the archive with its summary. "Add to calendar" downloads an `.ics`
 * file; "Share" carries the session's hashtag. Staff see "Edit session" and "New session". Needs an adapter with the
 * `liveSessions` capability (and `subscribe` for live updates).
 *
 * @csspart session - The whole element (a labelled region).
 * @csspart header - Title, phase, hosts, time and the session's actions.
 * @csspart heading - The session's title.
 * @csspart phase - The phase badge (`data-phase`: `upcoming`, `live`, `ended`).
 * @csspart hosts - Who hosts it.
 * @csspart time - When it takes place.
 * @csspart hashtag - The session's hashtag.
 * @csspart description - The session's description (Markdown).
 * @csspart calendar-button - "Add to calendar".
 * @csspart follow-button - "Follow this session" / "Following", forwarded from its `<majlis-follow-button>` (when the
 * adapter can follow): the member hears by mail when the hosts answer.
 * @csspart follow-error - Why the last follow change could not be saved.
 * @csspart share-button - "Share"; the share menu follows it where the browser cannot share itself.
 * @csspart edit-button - "Edit session" (staff).
 * @csspart create-button - "New session" (staff).
 * @csspart ask-form - The form to ask a question: a light one until a member first focuses it, then
 *   `<majlis-session-ask-form>` (the composer's Markdown editor with preview, the personal-data guard), its parts forwarded.
 * @csspart personal-data-warning - The ask form's warning of personal data in a question.
 * @csspart sign-in-button - Asks the page to sign the viewer in.
 * @csspart filters - The Answered / Waiting filter and the order.
 * @csspart list - The questions; `question` each one.
 * @csspart question-state - "Answered" or "Waiting".
 * @csspart host-answer - A host's answer; `host-label` its "Host" label.
 * @csspart more-button - Loads more questions.
 * @csspart summary - The archive's figures and most wanted questions.
 * @csspart session-form - The staff's form to create or edit a session.
 * @csspart empty - The message when there is nothing to show.
 * @csspart error - Error message (load failures, refused questions and edits, configuration).
 * @csspart retry-button - Retry after an error.
 *
 * @cssprop [--majlis-live-session-host-color=var(--majlis-color-accent)] - The border and label of hosts' answers.
 * @cssprop [--majlis-color-danger] - The "Live now" badge.
 * @cssprop [--majlis-color-success] - "Answered".
 *
 * @cssstate loading - The session or its questions are loading.
 * @cssstate live - The session is running now.
 * @cssstate ended - The session has ended (the archive).
 *
 * @fires {MajlisLoginRequestEvent} majlis-login-request - An anonymous viewer chose "Sign in to ask" (`detail.reason` is `ask`),
 * or "Follow this session" (`follow`).
 * @fires {MajlisFollowEvent} majlis-follow - The viewer followed or unfollowed the session (from its follow button).
 * @fires {MajlisErrorEvent} majlis-error - Loading failed (`load`), or a question or an edit was refused (`live-session`).
 */
export class MajlisLiveSession extends MajlisElement {
  static override styles = [hostStyles, buttonStyles, feedbackStyles, markdownStyles, skeletonStyles, formStyles, styles];
  static override properties = {
    sessionId: { attribute: 'session-id', reflect: true },
    filter: { reflect: true },
    sort: { reflect: true },
    timeZone: { attribute: 'time-zone' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    editing: { state: true, attribute: false },
    sharing: { state: true, attribute: false },
  };

  /** The session shown. */
  sessionId = '';

  /** Which questions: `all`, `answered` (a host answered) or `waiting`. */
  filter: SessionQuestionFilter = 'all';

  /** Order of the questions: `votes` (most wanted) or `newest`. */
  sort: SessionQuestionSort = 'votes';

  /** An IANA time zone to show times in; empty: the reader's. */
  timeZone = '';

  /** Heading level of the session's title (1–6). */
  headingLevel = 2;

  /** The staff form: `edit` the shown session, `create` a new one, or closed. */
  private editing: 'edit' | 'create' | null = null;
  private sharing = false;
  /** The shown page of questions with their hosts' answers, by question id. */
  private entries = new Map<string, SessionQuestion>();
  /** Hosts' answers that arrived live while the element shows the session, ringed (`.fresh`). */
  private fresh = new Set<string>();
  private summary: LiveSessionSummary | undefined;
  private stopWatching: (() => void) | undefined;
  private watching = '';
  private phaseTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly data = new StoreController(this);
  private readonly announcer = new AnnounceController(this);
  /** The staff form's refusals (the ask form has its own). */
  private readonly formFeedback = new MutationFeedback(this, this.data);
  private readonly internals: ElementInternals | undefined = this.attachInternals?.();

  private readonly session = new PagedLoadController<string>(this, {
    query: () => (this.ready() ? this.sessionId : undefined),
    fetch: async (id, _cursor, signal) => {
      this.current = await loadLiveSession(this.store(), id, { signal });
      return { items: [this.current], nextCursor: null };
    },
  });
  private current: LiveSession | undefined;

  private readonly questions = new PagedLoadController<QuestionsQuery>(this, {
    query: () =>
      this.ready() && this.current?.id === this.sessionId && this.current.phase !== 'ended'
        ? { sessionId: this.sessionId, filter: this.filter, sort: this.sort }
        : undefined,
    fetch: async ({ sessionId, filter, sort }, cursor, signal) => {
      const page = await listSessionQuestions(this.store(), sessionId, { filter, sort, cursor, limit: 20 }, { signal });
      if (cursor === null) this.entries = new Map();
      for (const entry of page.items) this.entries.set(entry.question.id, entry);
      return { ...page, items: page.items.map((entry) => ({ id: entry.question.id })) };
    },
  });

  private readonly archive = new PagedLoadController<string>(this, {
    query: () => (this.ready() && this.current?.id === this.sessionId && this.current.phase === 'ended' ? this.sessionId : undefined),
    fetch: async (id, _cursor, signal) => {
      this.summary = await loadSummary(this.store(), id, { signal });
      return { items: [{ id }], nextCursor: null };
    },
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatch();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!SESSION_QUESTION_FILTERS.includes(this.filter)) this.filter = 'all';
    if (!SESSION_QUESTION_SORTS.includes(this.sort)) this.sort = 'votes';
    if (changed.has('sessionId')) {
      this.current = undefined;
      this.summary = undefined;
      this.editing = null;
      this.sharing = false;
    }
  }

  protected override updated(): void {
    const loading = this.session.status === 'loading' || this.questions.status === 'loading' || this.questions.busy;
    toggleState(this.internals, 'loading', loading);
    toggleState(this.internals, 'live', this.current?.phase === 'live');
    toggleState(this.internals, 'ended', this.current?.phase === 'ended');
    this.watch();
  }

  private ready(): boolean {
    const store = this.data.store;
    return Boolean(store && hasLiveSessions(store) && this.sessionId);
  }

  private store(): MajlisStore {
    const store = this.data.store;
    if (!store) throw new Error('majlis-live-session: no store');
    return store;
  }

  // ── live updates and the clock ──

  /** Listens to the session's topic while it is upcoming or live, and reads it again when its phase changes. */
  private watch(): void {
    const store = this.data.store;
    const session = this.current;
    const key = store && session && session.phase !== 'ended' ? session.id : '';
    if (key === this.watching) return;
    this.unwatch();
    this.watching = key;
    if (!store || !session || !key) return;
    this.stopWatching = liveUpdates(store).watch({ kind: 'session', id: key }, () => void this.onLiveEvent());
    const boundary = Date.parse(session.phase === 'upcoming' ? session.startsAt : session.endsAt) - Date.now();
    if (boundary > 0 && boundary < MAX_TIMER_MS) this.phaseTimer = setTimeout(() => this.session.reload(), boundary + 1_000);
  }

  private unwatch(): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
    clearTimeout(this.phaseTimer);
    this.watching = '';
  }

  /** A question, an answer or a kudos in the session: the shown questions again, a host's new answer announced. */
  private async onLiveEvent(): Promise<void> {
    const before = new Set([...this.entries.values()].flatMap((entry) => entry.hostAnswers.map((answer) => answer.id)));
    await this.questions.refresh();
    const arrived = [...this.entries.values()].flatMap((entry) =>
      entry.hostAnswers.filter((answer) => !before.has(answer.id)).map((answer) => ({ entry, answer })),
    );
    for (const { answer } of arrived) this.fresh.add(answer.id);
    const last = arrived.at(-1);
    if (last) this.announcer.announce(this.localize.msg.liveSession.hostAnswered(last.answer.author.name, last.entry.question.title));
    if (this.current) this.current = await loadLiveSession(this.store(), this.current.id).catch(() => this.current);
    this.requestUpdate();
  }

  // ── actions ──

  /**
   * The ask form's element (the composer's editor and the personal-data guard) is a chunk fetched when a member first
   * focuses the light form shown until then: it takes over what was typed, and the focus.
   */
  private openAsk = () => {
    if (customElements.get(ASK_FORM)) return;
    loadElement(ASK_FORM).then(
      async () => {
        const typed = (id: string) => this.renderRoot.querySelector<HTMLInputElement>(`#${id}`)?.value ?? '';
        const [title, body] = [typed('ask-title'), typed('ask-body')];
        const focused = this.renderRoot.querySelector('[part~="ask-form"]:focus-within');
        const field = this.renderRoot.querySelector('#ask-body:focus') ? 'body' : 'title';
        this.requestUpdate();
        await this.updateComplete;
        const form = this.renderRoot.querySelector(ASK_FORM);
        if (!form) return;
        Object.assign(form, { questionTitle: title, questionBody: body });
        await form.updateComplete;
        if (focused) form.focus({ field });
      },
      () => undefined, // offline: the light form stays, and the next focus tries again
    );
  };

  private onAsked = () => {
    this.announcer.announce(this.localize.msg.liveSession.asked);
    this.questions.reload();
  };

  private signIn = (event: Event) => {
    const control = event.currentTarget as HTMLElement;
    requestSignIn(this, this.store(), 'ask', {
      resume: () => this.session.reload(),
      control: () => control,
    });
  };

  private async addToCalendar(session: LiveSession): Promise<void> {
    const { calendarFile } = await import('../../core/ics.js');
    const text = calendarFile({
      uid: `${session.id}@${location.hostname || 'majlis'}`,
      title: session.title,
      description: `${session.description}\n\n#${session.hashtag}`.trim(),
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      url: location.href,
    });
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${session.hashtag || session.id}.ics`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  private async share(session: LiveSession): Promise<void> {
    if (this.sharing) {
      this.sharing = false;
      return;
    }
    const { shareNatively } = await import('../../core/share.js');
    if (!(await shareNatively({ url: location.href, text: session.title, hashtag: session.hashtag }))) this.sharing = true;
  }

  private openForm(mode: 'edit' | 'create'): void {
    this.editing = mode;
    this.formFeedback.clear();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#session-title')?.focus());
  }

  private closeForm = () => {
    const mode = this.editing;
    this.editing = null;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[part~="${mode === 'create' ? 'create' : 'edit'}-button"]`)?.focus(),
    );
  };

  private async onSave(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const time = (name: string) => {
      const value = fieldOf(form, name);
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? value : date.toISOString();
    };
    const fields: CreateLiveSessionInput = {
      title: fieldOf(form, 'title'),
      description: fieldOf(form, 'description'),
      hashtag: fieldOf(form, 'hashtag'),
      hostIds: fieldOf(form, 'hosts').split(/[\s,،]+/u).filter(Boolean),
      startsAt: time('startsAt'),
      endsAt: time('endsAt'),
      categoryId: this.editing === 'edit' ? (this.current?.categoryId ?? null) : null,
    };
    const editing = this.editing === 'edit';
    const saved = await this.formFeedback.run((store) =>
      editing ? updateLiveSession(store, { ...fields, sessionId: this.sessionId }) : createLiveSession(store, fields),
    );
    if (!saved) return;
    this.editing = null;
    this.announcer.announce(this.localize.msg.liveSession.saved);
    if (saved.id === this.sessionId) {
      this.current = saved;
      this.session.reload();
    } else {
      this.sessionId = saved.id;
    }
  }

  // ── rendering ──

  override render() {
    if (this.data.problem) return renderProblem(this.localize, this.data.problem);
    const t = this.localize.msg.liveSession;
    const store = this.data.store;
    const session = this.current?.id === this.sessionId ? this.current : undefined;
    return html`<section part="session" class="session" aria-labelledby="heading">
      ${store && !hasLiveSessions(store)
        ? html`<h2 id="heading" class="visually-hidden">${t.label}</h2><p part="empty" class="notice">${t.unsupported}</p>`
        : this.renderLoaded(session)}
      ${this.announcer.region()}
    </section>`;
  }

  private renderLoaded(session: LiveSession | undefined): TemplateResult {
    const t = this.localize.msg.liveSession;
    if (this.session.status === 'error') {
      return html`<h2 id="heading" class="visually-hidden">${t.label}</h2>${renderError(this.localize, this.session.error, () => this.session.reload())}`;
    }
    if (!session) return html`<h2 id="heading" class="visually-hidden">${t.label}</h2>${this.renderSkeleton()}`;
    return html`${this.renderHeader(session)}
      ${this.editing ? this.renderSessionForm(this.editing === 'edit' ? session : undefined) : nothing}
      ${session.phase === 'ended' ? this.renderSummary() : html`${this.renderAsk(session)}${this.renderQuestions()}`}`;
  }

  private renderHeader(session: LiveSession): TemplateResult {
    const t = this.localize.msg.liveSession;
    const zone = this.timeZone ? { timeZone: this.timeZone } : {};
    let when: string;
    try {
      const format = new Intl.DateTimeFormat(this.localize.locale, { dateStyle: 'full', timeStyle: 'short', ...zone });
      when = format.formatRange(new Date(session.startsAt), new Date(session.endsAt));
    } catch {
      when = `${this.localize.date(session.startsAt)} – ${this.localize.date(session.endsAt)}`;
    }
    const zoneName = new Intl.DateTimeFormat(this.localize.locale, { timeZoneName: 'short', ...zone })
      .formatToParts(new Date(session.startsAt))
      .find((part) => part.type === 'timeZoneName')?.value;
    return html`<header part="header" class="header">
      <div class="meta">
        <span part="phase" class="phase" data-phase=${session.phase}>${t.phases[session.phase]}</span>
        <span part="hashtag" class="hashtag" dir="auto">#${session.hashtag}</span>
      </div>
      ${heading(headingLevel(this.headingLevel, 2), session.title, { id: 'heading', part: 'heading', class: 'heading' })}
      <p part="hosts" class="muted">${t.hostedBy} ${this.localize.list(session.hosts.map((host) => host.name))}</p>
      <p part="time"><span class="visually-hidden">${t.when}: </span><time datetime=${session.startsAt}>${when}</time>
        ${zoneName ? html`<span class="muted">(${zoneName})</span>` : nothing}</p>
      ${session.description
        ? html`<div part="description" class="markdown" dir="auto">${markdown(session.description, session.descriptionHtml)}</div>`
        : nothing}
      <div class="bar">
        ${session.phase === 'ended'
          ? nothing
          : html`<button part="calendar-button" class="button" type="button" @click=${() => void this.addToCalendar(session)}>${t.addToCalendar}</button>`}
        ${this.data.store && supports(this.data.store.adapter, 'follow')
          ? html`<majlis-follow-button target="session" target-id=${session.id} exportparts="follow-button, follow-error"></majlis-follow-button>`
          : nothing}
        <button part="share-button" class="button" type="button" aria-expanded=${this.sharing ? 'true' : 'false'}
          @click=${() => void this.share(session)}>${t.share}</button>
        ${this.sharing
          ? html`<majlis-share-menu exportparts="share-menu, share-link, copy-button, share-status" url=${location.href}
              text=${session.title} hashtag=${session.hashtag} @close=${() => (this.sharing = false)}></majlis-share-menu>`
          : nothing}
        ${session.viewerCan.edit
          ? html`<button part="edit-button" class="button" type="button" @click=${() => this.openForm('edit')}>${t.edit}</button>
              <button part="create-button" class="button" type="button" @click=${() => this.openForm('create')}>${t.create}</button>`
          : nothing}
      </div>
    </header>`;
  }

  private renderAsk(session: LiveSession): TemplateResult {
    const viewer = this.data.store?.currentViewer;
    if (viewer && !viewer.user) {
      const t = this.localize.msg.liveSession;
      return html`<div class="form"><p class="notice">${t.signIn}</p>
        <button part="sign-in-button" class="button button--primary" type="button" @click=${this.signIn}>${t.signInButton}</button></div>`;
    }
    if (!session.viewerCan.ask) return html``;
    const level = headingLevel(this.headingLevel + 1, 3);
    if (customElements.get(ASK_FORM)) {
      return html`<majlis-session-ask-form session-id=${session.id} heading-level=${level}
        exportparts="ask-form, personal-data-warning, error" @majlis-session-ask=${this.onAsked}></majlis-session-ask-form>`;
    }
    const t = this.localize.msg.liveSession;
    return html`<form part="ask-form" class="form" aria-labelledby="ask-heading" @focusin=${this.openAsk}
      @submit=${(event: SubmitEvent) => event.preventDefault()}>
      ${heading(level, t.askHeading, { id: 'ask-heading', class: 'subheading' })}
      <label class="field"><span class="label">${t.questionLabel}</span>
        <input id="ask-title" name="title" dir="auto" /></label>
      <label class="field"><span class="label">${t.detailsLabel}</span>
        <textarea id="ask-body" name="body" rows="4" dir="auto" aria-describedby="ask-hint"></textarea></label>
      <span id="ask-hint" class="hint">${t.detailsHint}</span>
    </form>`;
  }

  private renderQuestions(): TemplateResult {
    const t = this.localize.msg.liveSession;
    const loader = this.questions;
    const select = <V extends string>(name: 'filter' | 'sort', label: string, values: readonly V[], names: Record<V, string>) =>
      html`<label class="field"><span class="label">${label}</span>
        <select .value=${this[name]} @change=${(event: Event) => {
          const value = (event.target as HTMLSelectElement).value;
          if (name === 'filter') this.filter = value as SessionQuestionFilter;
          else this.sort = value as SessionQuestionSort;
        }}>
          ${values.map((value) => html`<option value=${value} ?selected=${value === this[name]}>${names[value]}</option>`)}
        </select></label>`;
    let content: TemplateResult;
    if (loader.status === 'error') content = renderError(this.localize, loader.error, () => loader.reload());
    else if (loader.status !== 'ready') content = this.renderSkeleton();
    else if (loader.ids.length === 0) {
      content = html`<p part="empty" class="notice">${this.filter === 'all' ? t.empty : t.emptyFiltered}</p>`;
    } else {
      content = html`<ul part="list" class=${loader.busy ? 'list busy' : 'list'} aria-busy=${loader.busy ? 'true' : 'false'}>
          ${loader.ids.map((id) => this.renderQuestion(id))}
        </ul>
        ${loader.nextCursor
          ? html`<button part="more-button" class="button" type="button" ?disabled=${loader.loadingMore} @click=${() => void loader.more()}>${t.more}</button>`
          : nothing}`;
    }
    return html`<section class="session" aria-labelledby="questions-heading">
      ${heading(headingLevel(this.headingLevel + 1, 3), t.questionsHeading, { id: 'questions-heading', class: 'subheading' })}
      <div part="filters" class="filters">
        ${select('filter', t.filterLabel, SESSION_QUESTION_FILTERS, t.filters)} ${select('sort', t.sortLabel, SESSION_QUESTION_SORTS, t.sorts)}
      </div>
      ${content}
    </section>`;
  }

  private renderQuestion(id: string, entry = this.entries.get(id)): TemplateResult | typeof nothing {
    if (!entry) return nothing;
    const t = this.localize.msg.liveSession;
    const question = this.data.store?.question(id) ?? entry.question;
    return html`<li part="question" class="item" data-question=${id}>
      <majlis-vote-button target="question" target-id=${id}></majlis-vote-button>
      <div class="entry">
        <h4 class="title" lang=${question.language} dir="auto">${question.title}</h4>
        <p class="muted" lang=${question.language} dir="auto">${question.body}</p>
        <span part="question-state" class="state" ?data-answered=${entry.answered}>${entry.answered ? t.answered : t.waiting}</span>
        ${entry.hostAnswers.length ? html`<div class="answers">${entry.hostAnswers.map((answer) => this.renderHostAnswer(answer))}</div>` : nothing}
      </div>
    </li>`;
  }

  private renderHostAnswer(answer: Answer): TemplateResult {
    const t = this.localize.msg.liveSession;
    const shown = this.data.store?.answer(answer.id) ?? answer;
    return html`<div part="host-answer" class=${this.fresh.has(answer.id) ? 'host-answer fresh' : 'host-answer'}>
      <p class="meta"><span part="host-label" class="host-label">${t.host}</span><strong>${shown.author.name}</strong></p>
      <div class="markdown" lang=${shown.language} dir="auto">${markdown(shown.body, shown.bodyHtml)}</div>
    </div>`;
  }

  private renderSummary(): TemplateResult {
    const t = this.localize.msg.liveSession;
    const { fmt } = this.localize;
    const loader = this.archive;
    if (loader.status === 'error') return renderError(this.localize, loader.error, () => loader.reload());
    const summary = this.summary;
    if (loader.status !== 'ready' || !summary) return this.renderSkeleton();
    return html`<section part="summary" class="summary" aria-labelledby="summary-heading">
      ${heading(headingLevel(this.headingLevel + 1, 3), t.summaryHeading, { id: 'summary-heading', class: 'subheading' })}
      <p class="notice">${t.endedNotice}</p>
      <ul class="figures">
        <li>${t.askedCount(summary.questionCount, fmt)}</li>
        <li>${t.answeredCount(summary.answeredCount, fmt)}</li>
        <li>${t.hostAnswers(summary.hostAnswerCount, fmt)}</li>
      </ul>
      ${summary.topQuestions.length
        ? html`${heading(headingLevel(this.headingLevel + 2, 4), t.topQuestions, { class: 'subheading' })}
            <ol part="list" class="list">
              ${summary.topQuestions.map((entry) => this.renderQuestion(entry.question.id, entry))}
            </ol>`
        : html`<p part="empty" class="notice">${t.empty}</p>`}
    </section>`;
  }

  private renderSessionForm(session: LiveSession | undefined): TemplateResult {
    const t = this.localize.msg.liveSession;
    const f = t.fields;
    return html`<form part="session-form" class="form" aria-labelledby="form-heading" @submit=${(event: SubmitEvent) => void this.onSave(event)}>
      ${heading(headingLevel(this.headingLevel + 1, 3), session ? t.editHeading : t.createHeading, { id: 'form-heading', class: 'subheading' })}
      <label class="field"><span class="label">${f.title}</span>
        <input id="session-title" name="title" required maxlength="150" dir="auto" .value=${session?.title ?? ''} /></label>
      <label class="field"><span class="label">${f.description}</span>
        <textarea name="description" rows="3" dir="auto" .value=${session?.description ?? ''}></textarea></label>
      <div class="row">
        <label class="field grow"><span class="label">${f.hashtag}</span>
          <input name="hashtag" required dir="auto" .value=${session?.hashtag ?? ''} /></label>
        <label class="field grow"><span class="label">${f.hosts}</span>
          <input name="hosts" required dir="ltr" aria-describedby="hosts-hint" .value=${session?.hosts.map((host) => host.id).join(', ') ?? ''} /></label>
      </div>
      <span id="hosts-hint" class="hint">${f.hostsHint}</span>
      <div class="row">
        <label class="field"><span class="label">${f.startsAt}</span>
          <input name="startsAt" type="datetime-local" required .value=${session ? localInput(session.startsAt) : ''} /></label>
        <label class="field"><span class="label">${f.endsAt}</span>
          <input name="endsAt" type="datetime-local" required .value=${session ? localInput(session.endsAt) : ''} /></label>
      </div>
      ${this.formFeedback.error ? renderError(this.localize, this.formFeedback.error) : nothing}
      <div class="actions">
        <button class="button button--primary" type="submit">${t.save}</button>
        <button class="button" type="button" @click=${this.closeForm}>${t.cancel}</button>
      </div>
    </form>`;
  }

  private renderSkeleton(): TemplateResult {
    return html`<span class="visually-hidden" role="status">${this.localize.msg.common.loading}</span>
      <div class="skeleton" aria-hidden="true"><span></span><span></span><span></span></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'majlis-live-session': MajlisLiveSession;
  }
}
