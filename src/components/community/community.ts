import { ContextProvider } from '@lit/context';
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import type { CommunityAdapter } from '../../core/adapter.js';
import { defaultStore, endpointStore, storeContext } from '../../core/context.js';
import { AnnounceController } from '../../core/controllers/announce-controller.js';
import { BadgeAnnouncer } from '../../core/controllers/badge-announcer.js';
import { HashRouteController } from '../../core/controllers/route-controller.js';
import { MajlisElement } from '../../core/element.js';
import { MajlisNavigateEvent } from '../../core/events.js';
import type { NavigateDetail } from '../../core/events.js';
import { storeFor } from '../../core/store.js';
import { buttonStyles } from '../../styles/button.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { feedbackStyles, renderProblem } from '../shared/feedback.js';
import { heading, headingLevel } from '../shared/heading.js';
import { announceBadges } from '../shared/recognition.js';
import type { MajlisThread } from '../thread/thread.js';
import { styles } from './community.styles.js';

type View = NavigateDetail['view'];

/**
 * @tag majlis-community
 * @summary The whole board in one tag: the question list, a question's thread and the ask form, with the
 * browser's back button working (hash routes by default) and focus moved to the new view's heading. It
 * provides its adapter to every Majlis element inside it, and announces (politely, once) a badge the signed-in
 * viewer earned.
 *
 * @csspart nav - The bar with "All questions" / "Ask a question".
 * @csspart nav-button - Its buttons.
 * @csspart back-button - "Back to all questions" above a thread.
 * @csspart view-heading - The heading of the list and ask views.
 * @csspart error - Configuration problem (no adapter).
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
    this.addEventListener(MajlisNavigateEvent.type, (event) => void this.onNavigate(event));
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

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.moved || !(changed.has('view') || changed.has('questionId'))) return;
    this.moved = false;
    if (this.view === 'question') this.renderRoot.querySelector<MajlisThread>('majlis-thread')?.focusQuestion();
    else this.renderRoot.querySelector<HTMLElement>('.view-heading')?.focus();
  }

  private show(route: NavigateDetail, moveFocus: boolean): void {
    this.view = route.view;
    this.questionId = route.view === 'question' ? route.questionId : '';
    this.moved = moveFocus;
  }

  /** Lets the host page cancel a navigation (it sees the event after us), then follows it. */
  private async onNavigate(event: MajlisNavigateEvent): Promise<void> {
    await Promise.resolve();
    if (event.defaultPrevented) return;
    if (this.routing === 'hash') this.router.go(event.detail);
    else this.show(event.detail, true);
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
              @click=${(e: Event) => this.navigate(e, { view: 'list' })}>${msg.community.back}</button>`
          : html`<button part="nav-button" class="button button--quiet" type="button" aria-current=${this.view === 'list' ? 'page' : nothing}
              @click=${(e: Event) => this.navigate(e, { view: 'list' })}>${msg.community.allQuestions}</button>`}
        <button part="nav-button" class="button button--primary" type="button" aria-current=${this.view === 'ask' ? 'page' : nothing}
          @click=${(e: Event) => this.navigate(e, { view: 'ask' })}>${msg.community.ask}</button>
      </nav>
      ${this.renderView()}${this.announcer.region()}`;
  }

  private renderView(): TemplateResult {
    const { msg } = this.localize;
    const level = headingLevel(this.headingLevel, 2);
    const viewHeading = (text: string) => heading(level, text, { part: 'view-heading', class: 'view-heading', tabindex: '-1' });
    switch (this.view) {
      case 'question':
        return html`<majlis-thread question-id=${this.questionId} heading-level=${level}></majlis-thread>`;
      case 'ask':
        return html`${viewHeading(msg.community.askHeading)}<majlis-ask-form></majlis-ask-form>`;
      default:
        return html`${viewHeading(msg.community.listHeading)}
          <majlis-question-list heading-level=${headingLevel(level, 2, 1)}></majlis-question-list>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'majlis-community': MajlisCommunity;
  }
}
