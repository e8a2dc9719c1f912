import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { AnnounceController } from '../../core/controllers/announce-controller.js';
import { BadgeAnnouncer } from '../../core/controllers/badge-announcer.js';
import { LeaderboardController } from '../../core/controllers/leaderboard-controller.js';
import { StoreController } from '../../core/controllers/store-controller.js';
import { toggleState } from '../../core/custom-states.js';
import { MajlisElement } from '../../core/element.js';
import { MajlisLeaderboardChangeEvent, MajlisNavigateEvent } from '../../core/events.js';
import { preloadElements } from '../../core/lazy.js';
import type { MajlisStore } from '../../core/store.js';
import type {
  LeaderboardEntry,
  LeaderboardMetric,
  LeaderboardMode,
  LeaderboardPeriod,
  LeaderboardQuery,
  RecognitionRules,
} from '../../core/types.js';
import { buttonStyles } from '../../styles/button.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { skeletonStyles } from '../../styles/skeleton.styles.js';
import { feedbackStyles, renderError, renderProblem } from '../shared/feedback.js';
import { heading, headingLevel } from '../shared/heading.js';
import { announceBadges, badgeStyles, renderBadges } from '../shared/recognition.js';
import { styles } from './leaderboard.styles.js';
import { recognitionRules } from '../../core/profiles.js';

const MODES: readonly LeaderboardMode[] = ['members', 'answers'];
const PERIODS: readonly LeaderboardPeriod[] = ['week', 'month', 'all'];
const METRICS: readonly LeaderboardMetric[] = ['reputation', 'solutions', 'kudos'];
/** How each metric's figure reads: "120 points", "3 solutions", "45 kudos". */
const UNITS = { reputation: 'points', solutions: 'solutions', kudos: 'kudos' } as const;

const checkIcon = html`<svg viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
  <path d="M6.2 11.6 2.9 8.3l1.1-1.1 2.2 2.2 5.8-5.8 1.1 1.1z" />
</svg>`;

/** The viewer's time zone, which weeks and months are counted in. */
function viewerTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/**
 * @tag majlis-leaderboard
 * @summary The community's top contributors of a period (this week, this month, all time; counted in the
 * viewer's time zone) by reputation gained, accepted solutions or kudos received, optionally for one category
 * and one content language: position, member (avatar, name, role), earned badges and the figure. With
 * `mode="answers"`, the most helpful answers of the period instead, accepted ones first, each linking to its
 * thread. Refreshes by itself after kudos, accepts and answers.
 *
 * @csspart leaderboard - The whole board (a labelled section).
 * @csspart heading - Its heading.
 * @csspart periods - The period control (a group of radio buttons).
 * @csspart period - One period option.
 * @csspart metric-select - The metric select (members mode).
 * @csspart list - The ordered list of rows.
 * @csspart row - One member or answer.
 * @csspart top-row - One of the first three rows (also `row`).
 * @csspart position - A row's position (a medal for the first three).
 * @csspart user-card - Forwarded from each member chip.
 * @csspart badges - A member's earned badges.
 * @csspart badge - One earned badge.
 * @csspart value - A row's figure ("120 points").
 * @csspart answer-link - In answers mode, the link (or button) to the answer's thread.
 * @csspart accepted-badge - In answers mode, "Accepted solution".
 * @csspart empty - The message when nobody or nothing counts yet.
 * @csspart unsupported - The message when the community has no leaderboard.
 * @csspart error - Error message (load failures, configuration).
 * @csspart retry-button - Retry after an error.
 *
 * @cssprop [--majlis-color-accent=light-dark(#0b57d0, #8ab4f8)] - The chosen period and links.
 * @cssprop [--majlis-color-success=light-dark(#146c2e, #6dd58c)] - "Accepted solution".
 * @cssprop [--majlis-color-border] - Borders of the rows and the period control.
 *
 * @cssstate loading - A board is loading (first, new filters, or a refresh).
 * @cssstate empty - The board has no rows.
 *
 * @fires {MajlisLeaderboardChangeEvent} majlis-leaderboard-change - The viewer chose another period or metric
 * (`{ period, metric }`).
 * @fires {MajlisNavigateEvent} majlis-navigate - An answer's thread was opened (`{ view: 'question', questionId }`).
 * Cancelable: with `href-pattern`, `preventDefault()` keeps the browser from following the link.
 * @fires {MajlisErrorEvent} majlis-error - Loading the leaderboard failed.
 */
export class MajlisLeaderboard extends MajlisElement {
  static override styles = [hostStyles, buttonStyles, feedbackStyles, skeletonStyles, badgeStyles, styles];
  static override properties = {
    mode: { reflect: true },
    period: { reflect: true },
    metric: { reflect: true },
    category: { reflect: true },
    language: { reflect: true },
    limit: { type: Number, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    hrefPattern: { attribute: 'href-pattern' },
    rules: { state: true, attribute: false },
  };

  /** `members` (top contributors) or `answers` (most helpful answers). */
  mode: LeaderboardMode = 'members';

  /** `week`, `month` or `all` (all time); weeks start on Monday, both in the viewer's time zone. */
  period: LeaderboardPeriod = 'month';

  /** Members mode: rank by `reputation` gained, accepted `solutions` or `kudos` received in the period. */
  metric: LeaderboardMetric = 'reputation';

  /** Only what happened in this category id; empty for all. */
  category = '';

  /** Only content in this language (primary subtag match: `nl` includes `nl-BE`); `lang` stays the UI locale. */
  language = '';

  /** How many rows (1–50). */
  limit = 10;

  /** Heading level of the board's heading (1–6). */
  headingLevel = 2;

  /** URL of a question's page with `{id}` for its id (answers mode): answers become links to their threads. */
  hrefPattern = '';

  private rules: RecognitionRules | null = null;
  private rulesOf: MajlisStore | undefined;

  private readonly data = new StoreController(this, (change) => this.board.storeChanged(change));
  private readonly announcer = new AnnounceController(this);
  private readonly board = new LeaderboardController(this, {
    store: () => this.data.store,
    query: () => this.query(),
  });
  private readonly internals: ElementInternals | undefined = this.attachInternals?.();

  constructor() {
    super();
    new BadgeAnnouncer(this, {
      store: () => this.data.store,
      announce: (badges, store) => announceBadges(badges, store, this.localize, this.announcer),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    preloadElements(['majlis-user-card']);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!MODES.includes(this.mode)) this.mode = 'members';
    if (!PERIODS.includes(this.period)) this.period = 'month';
    if (!METRICS.includes(this.metric)) this.metric = 'reputation';
    if (changed.has('limit')) this.limit = Math.min(50, Math.max(1, Math.trunc(this.limit) || 10));
    const store = this.data.store;
    if (store && store !== this.rulesOf) {
      this.rulesOf = store;
      recognitionRules(store).then(
        (rules) => (this.rules = rules),
        () => undefined, // badges then show their catalog names
      );
    }
  }

  protected override updated(): void {
    const { status, busy, board } = this.board;
    toggleState(this.internals, 'loading', status === 'loading' || busy);
    toggleState(this.internals, 'empty', status === 'ready' && board?.entries.length === 0);
  }

  private query(): LeaderboardQuery {
    const query: LeaderboardQuery = { mode: this.mode, period: this.period, timeZone: viewerTimeZone(), limit: this.limit };
    if (this.mode === 'members') query.metric = this.metric;
    if (this.category) query.categoryId = this.category;
    if (this.language) query.language = this.language;
    return query;
  }

  private choose(change: { period?: LeaderboardPeriod; metric?: LeaderboardMetric }): void {
    if (change.period) this.period = change.period;
    if (change.metric) this.metric = change.metric;
    this.dispatchEvent(new MajlisLeaderboardChangeEvent({ period: this.period, metric: this.metric }));
  }

  private onPeriodChange = (event: Event) => {
    this.choose({ period: (event.target as HTMLInputElement).value as LeaderboardPeriod });
  };

  /**
   * Left and right arrows move along the periods as they read (the other way in right-to-left text), in every
   * engine: WebKit moves native radio buttons in document order whatever the direction.
   */
  private onPeriodKey = (event: KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (step === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const forward = this.localize.dir === 'rtl' ? -step : step;
    const next = PERIODS[(PERIODS.indexOf(this.period) + forward + PERIODS.length) % PERIODS.length];
    this.renderRoot.querySelector<HTMLInputElement>(`input[name="period"][value="${next}"]`)?.focus();
    this.choose({ period: next });
  };

  private onMetricChange = (event: Event) => {
    this.choose({ metric: (event.target as HTMLSelectElement).value as LeaderboardMetric });
  };

  private retry = () => this.board.reload();

  /** Opening an answer's thread: a plain click fires `majlis-navigate`; a cancelled event keeps a link from being followed. */
  private onOpen(event: MouseEvent, questionId: string): void {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const proceed = this.dispatchEvent(new MajlisNavigateEvent({ view: 'question', questionId }));
    if (!proceed) event.preventDefault();
  }

  override render() {
    if (this.data.problem) return renderProblem(this.localize, this.data.problem);
    const { msg } = this.localize;
    const busy = this.board.status === 'loading' || this.board.busy;
    return html`<section part="leaderboard" class="leaderboard" aria-labelledby="heading" aria-busy=${busy ? 'true' : 'false'}>
      ${heading(headingLevel(this.headingLevel, 2), msg.leaderboard.heading[this.mode], { id: 'heading', part: 'heading', class: 'heading' })}
      ${this.board.status === 'unsupported' ? nothing : this.renderControls()}
      <div class="content">${this.renderContent()}</div>
      ${this.announcer.region()}
    </section>`;
  }

  private renderControls(): TemplateResult {
    const { msg } = this.localize;
    const t = msg.leaderboard;
    return html`<div class="controls">
      <fieldset part="periods" class="periods" @keydown=${this.onPeriodKey}>
        <legend class="visually-hidden">${t.period}</legend>
        ${PERIODS.map(
          (period) => html`<label part="period" class="period">
            <input type="radio" name="period" value=${period} .checked=${period === this.period} @change=${this.onPeriodChange} />
            <span>${t.periods[period]}</span>
          </label>`,
        )}
      </fieldset>
      ${this.mode === 'members'
        ? html`<label class="field">
            <span class="label">${t.metric}</span>
            <select part="metric-select" .value=${this.metric} @change=${this.onMetricChange}>
              ${METRICS.map((metric) => html`<option value=${metric} ?selected=${metric === this.metric}>${t.metrics[metric]}</option>`)}
            </select>
          </label>`
        : nothing}
    </div>`;
  }

  private renderContent(): TemplateResult {
    const { msg } = this.localize;
    const { status, board, error, busy } = this.board;
    if (status === 'unsupported') return html`<p part="unsupported" class="notice">${msg.leaderboard.unsupported}</p>`;
    if (status === 'error') return renderError(this.localize, error, this.retry);
    if (status !== 'ready' || !board) return this.renderSkeleton();
    if (board.entries.length === 0) {
      const empty = board.mode === 'answers' ? msg.leaderboard.emptyAnswers : msg.leaderboard.emptyMembers;
      return html`<p part="empty" class="notice">${empty[board.period]}</p>`;
    }
    return html`<ol part="list" class=${busy ? 'list busy' : 'list'}>
      ${board.entries.map((entry) => this.renderRow(entry, board.mode === 'answers' ? 'kudos' : UNITS[board.metric]))}
    </ol>`;
  }

  private renderRow(entry: LeaderboardEntry, unit: 'points' | 'solutions' | 'kudos'): TemplateResult {
    const { msg } = this.localize;
    const top = entry.position <= 3;
    const user = this.data.store?.user(entry.user.id) ?? entry.user;
    const answer = entry.answer;
    return html`<li part=${top ? 'row top-row' : 'row'} class="row" data-position=${entry.position}>
      <span part="position" class=${top ? `position medal medal--${entry.position}` : 'position'}>
        <span aria-hidden="true">${this.localize.number(entry.position)}</span>
        <span class="visually-hidden">${msg.leaderboard.position(entry.position, this.localize.fmt)}</span>
      </span>
      <div class="who">
        ${answer
          ? html`${this.hrefPattern
                ? html`<a part="answer-link" class="answer-link" href=${this.hrefPattern.replaceAll('{id}', encodeURIComponent(answer.questionId))}
                    lang=${answer.language} dir="auto" @click=${(event: MouseEvent) => this.onOpen(event, answer.questionId)}
                    >${answer.questionTitle}</a>`
                : html`<button part="answer-link" class="answer-link" type="button" lang=${answer.language} dir="auto"
                    @click=${(event: MouseEvent) => this.onOpen(event, answer.questionId)}>${answer.questionTitle}</button>`}
              <div class="meta">
                ${answer.accepted ? html`<span part="accepted-badge" class="accepted">${checkIcon}${msg.status.acceptedSolution}</span>` : nothing}
                <span class="visually-hidden">${msg.leaderboard.answerBy(user.name)}</span>
                <majlis-user-card .user=${user} user-id=${user.id} exportparts="user-card"></majlis-user-card>
              </div>`
          : html`<majlis-user-card .user=${user} user-id=${user.id} exportparts="user-card"></majlis-user-card>
              ${renderBadges(entry.badges, this.rules, this.localize)}`}
      </div>
      <span part="value" class="value">${this.localize.count(unit, entry.value)}</span>
    </li>`;
  }

  private renderSkeleton(): TemplateResult {
    return html`<div class="skeleton">
      ${[0, 1, 2].map(() => html`<div class="skeleton-row"><span class="dot"></span><span class="line"></span><span class="figure"></span></div>`)}
      <span class="visually-hidden" role="status">${this.localize.msg.leaderboard.loading}</span>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'majlis-leaderboard': MajlisLeaderboard;
  }
}
