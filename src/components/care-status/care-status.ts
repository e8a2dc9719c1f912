import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { MajlisUnansweredEvent, careStatsOf, hasExpertAnswer } from '../../core/care.js';
import { careState, careStatusText, parseCareSchedule, unansweredHoursOf } from '../../core/care-schedule.js';
import type { CareSchedule } from '../../core/care-schedule.js';
import { StoreController } from '../../core/controllers/store-controller.js';
import { toggleState } from '../../core/custom-states.js';
import { devWarn } from '../../core/define.js';
import { MajlisElement } from '../../core/element.js';
import type { CareStats } from '../../core/types.js';
import { hostStyles } from '../../styles/host.styles.js';
import { feedbackStyles } from '../shared/feedback.js';
import { styles } from './care-status.styles.js';

/** The status is worked out again every minute ("in 14 hours" counts down; experts come online). */
const TICK_MS = 60_000;

/**
 * @tag majlis-care-status
 * @summary Whether the operator's experts answer now, from the support hours in `schedule`, in the reader's language
 * and time zone: "Our experts are online — typical reply within 2 hours" or "Back Sunday 09:00 (in 14 hours); members
 * may answer sooner". The typical reply time comes from the adapter (capability `careStats`: the median time to the
 * first answer by staff or an expert over the last 30 days) and is left out when the adapter cannot tell. Threads
 * show the same line beside the composer when given a `care-schedule`.
 *
 * @csspart status - The status line.
 * @csspart indicator - The dot before it, filled while experts are online.
 * @csspart error - Shown instead when `schedule` is not a valid schedule (the console says why).
 *
 * @cssprop [--majlis-color-success=light-dark(#146c2e, #6dd58c)] - The dot while experts are online.
 * @cssprop [--majlis-color-muted] - The text, and the dot's border while they are away.
 *
 * @cssstate online - Experts answer now.
 *
 * @fires {MajlisUnansweredEvent} majlis-unanswered - With `question-id` and a schedule's `unansweredHours`: once, when
 * that question has waited longer than its hours without a published answer by staff or an expert (checked when
 * shown, then every minute); never for a question handed to customer care (`question.handoff`).
 */
export class MajlisCareStatus extends MajlisElement {
  static override styles = [hostStyles, feedbackStyles, styles];
  static override properties = {
    schedule: {},
    timeZone: { attribute: 'time-zone' },
    questionId: { attribute: 'question-id' },
    stats: { state: true },
  };

  /**
   * The support hours, as JSON in the attribute or an object in the property: `{ "timeZone": "Asia/Dubai", "always":
   * true }`, or `{ "timeZone": "Europe/Brussels", "hours": { "mon": "09:00-17:30", … }, "holidays": ["2026-12-25"] }`
   * (README, "Customer care").
   */
  schedule: CareSchedule | string | null = null;

  /** The reader's IANA time zone for days and times; default the browser's. */
  timeZone = '';

  /** The question this status is shown for (a thread's): with `unansweredHours` it may fire `majlis-unanswered`. */
  questionId = '';

  private stats: CareStats | null = null;
  /** The question watched for `majlis-unanswered`, with `unanswered` set while it may still fire. */
  private watched: { questionId: string; unanswered?: { askedAt: string; hours: number } } | undefined;
  private readonly data = new StoreController(this);
  private readonly internals: ElementInternals | undefined = this.attachInternals?.();
  private parsed: { from: unknown; schedule: CareSchedule | null; error: boolean } = { from: null, schedule: null, error: false };
  private statsFrom: unknown;
  private timer: ReturnType<typeof setInterval> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = setInterval(() => this.requestUpdate(), TICK_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  protected override willUpdate(): void {
    if (this.parsed.from !== this.schedule) {
      this.parsed = { from: this.schedule, schedule: null, error: false };
      try {
        if (this.schedule !== null && this.schedule !== '') this.parsed.schedule = parseCareSchedule(this.schedule);
      } catch (error) {
        this.parsed.error = true;
        devWarn(`<majlis-care-status>: ${(error as Error).message}. See the README, "Customer care".`);
      }
    }
    const { store } = this.data;
    if (store && this.parsed.schedule && this.questionId && this.watched?.questionId !== this.questionId) {
      void this.watch(store, this.parsed.schedule, this.questionId);
    }
    const watched = this.watched;
    if (watched?.unanswered && Date.parse(watched.unanswered.askedAt) + watched.unanswered.hours * 3_600_000 <= Date.now()) {
      this.dispatchEvent(new MajlisUnansweredEvent({ questionId: watched.questionId, ...watched.unanswered }));
      delete watched.unanswered; // once per question
    }
    if (store && this.statsFrom !== store) {
      this.statsFrom = store;
      careStatsOf(store).then(
        (stats) => (this.stats = stats),
        () => (this.stats = null), // the line reads well without the reply time
      );
    }
  }

  private async watch(store: NonNullable<StoreController['store']>, schedule: CareSchedule, questionId: string): Promise<void> {
    const watched: NonNullable<typeof this.watched> = { questionId };
    this.watched = watched;
    try {
      const question = await store.loadQuestion(questionId);
      const hours = unansweredHoursOf(schedule, question.categoryId);
      // A question handed to customer care is the care desk's already: it is not unanswered.
      if (hours === null || question.handoff || (await hasExpertAnswer(store, questionId))) return;
      watched.unanswered = { askedAt: question.createdAt, hours };
      this.requestUpdate();
    } catch {
      // Not knowing is not unanswered: nothing fires for this question.
    }
  }

  protected override updated(): void {
    toggleState(this.internals, 'online', this.renderRoot.querySelector('.online') !== null);
  }

  override render(): TemplateResult | typeof nothing {
    const { schedule, error } = this.parsed;
    if (error) return html`<div part="error" class="feedback feedback--config" role="alert">${this.localize.msg.care.invalidSchedule}</div>`;
    if (!schedule) return nothing;
    const now = new Date();
    const state = careState(schedule, now);
    const text = careStatusText(state, now, this.localize.msg, {
      locale: this.localize.locale,
      timeZone: this.timeZone || undefined,
      replySeconds: this.stats?.medianFirstReplySeconds,
    });
    return html`<p part="status" class="status ${state.online ? 'online' : 'away'}">
      <span part="indicator" class="indicator"></span><span>${text}</span>
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'majlis-care-status': MajlisCareStatus;
  }
}
