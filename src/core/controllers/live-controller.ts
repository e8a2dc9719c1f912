import { css, html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { LiveEvent, LiveTopic } from '../contract/live.js';
import { topicKey } from '../contract/live.js';
import { addLiveTexts } from '../i18n/areas/live.js';
import { liveUpdates } from '../live.js';
import type { MajlisStore } from '../store.js';
import type { AnnounceController } from './announce-controller.js';
import type { LocalizeController } from './localize-controller.js';
import type { PagedLoadController } from './paged-load-controller.js';
import type { StoreController } from './store-controller.js';

/** The bar's looks, adopted by the host's shadow root when this module loads: its first render never carries them. */
const liveStyles = css`
  .live-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_accent, currentColor);
    border-radius: var(--_radius, 0.5rem);
    background: var(--_surface, Canvas);
    color: var(--_text, CanvasText);
  }
  .live-bar span {
    font-weight: var(--_weight-strong);
  }
  .live-mark {
    display: inline-block;
    margin-inline-start: 0.5em;
    padding: 0 0.4em;
    border-radius: var(--_radius, 0.5rem);
    background: var(--_accent, Highlight);
    color: var(--_on-accent, HighlightText);
    font-size: 0.75em;
    font-weight: var(--_weight-strong);
    vertical-align: middle;
  }
`;

function adoptLiveStyles(host: ReactiveControllerHost): void {
  const root = (host as unknown as HTMLElement).shadowRoot;
  const sheet = liveStyles.styleSheet;
  if (root === null || sheet === undefined || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** How long a burst of events is gathered before one announcement. */
const ANNOUNCE_AFTER_MS = 1_000;

export interface LiveViewOptions {
  store: () => MajlisStore | undefined;
  /** The topic shown now, or undefined while there is none. */
  topic: () => LiveTopic | undefined;
  localize: LocalizeController;
  /** Says a text through the host's polite live region. */
  announce: (text: string) => void;
}

/**
 * What a thread and a question list share: watching the topic they show while connected (through the store's
 * shared subscriptions), the texts, the bar's looks, one announcement per burst of events.
 */
abstract class LiveViewController implements ReactiveController {
  private stop: (() => void) | null = null;
  private watching = '';
  private store: MajlisStore | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private textsReady = false;

  constructor(
    protected readonly host: ReactiveControllerHost,
    protected readonly options: LiveViewOptions,
  ) {
    adoptLiveStyles(host);
    void addLiveTexts().then(() => {
      this.textsReady = true;
      host.requestUpdate();
    });
  }

  /** Starts watching: subclasses call it last in their constructor, once their own fields are there. */
  protected attach(): void {
    this.host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = null;
    this.watching = '';
    clearTimeout(this.announceTimer);
  }

  protected abstract onEvent(event: LiveEvent): void;
  /** Forgets what was gathered for the topic shown before. */
  protected abstract clear(): void;

  /** Whether the texts are in (until then the bar is not rendered). */
  protected get ready(): boolean {
    return this.textsReady;
  }

  /** Announces `text()` once the burst of events calms down (it is computed then, with the final counts). */
  protected announceSoon(text: () => string | null): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const said = text();
      if (said !== null) this.options.announce(said);
    }, ANNOUNCE_AFTER_MS);
  }

  private sync(): void {
    const store = this.options.store();
    const topic = this.options.topic();
    const key = store === undefined || topic === undefined ? '' : topicKey(topic);
    if (key === this.watching && store === this.store) return;
    this.stop?.();
    this.stop = null;
    this.clear();
    this.watching = key;
    this.store = store;
    if (store !== undefined && topic !== undefined) {
      this.stop = liveUpdates(store).watch(topic, (event) => this.onEvent(event));
    }
  }

  protected renderBar(text: string, show: () => void): TemplateResult {
    return html`<p part="live-bar" class="live-bar">
      <span id="live-bar-text">${text}</span>
      <button part="live-show-button" class="button" type="button" aria-describedby="live-bar-text" @click=${show}>
        ${this.options.localize.msg.live.show}
      </button>
    </p>`;
  }
}

export interface LiveThreadOptions extends LiveViewOptions {
  /** Ids of the answers the thread shows now. */
  shown: () => readonly string[];
  /** Shows these answers (read already) and moves focus to the first. */
  reveal: (ids: readonly string[]) => Promise<void>;
  /** Events were missed: read the whole thread again. */
  reload: () => void;
}

/**
 * A thread's live updates: kudos, acceptance and moderation update in place (through the store); answers posted
 * meanwhile are not inserted under the reader's eyes but counted in a polite bar ("2 new answers — Show") that
 * shows them on demand, and announced once per burst.
 */
export class LiveThreadController extends LiveViewController {
  private pending: string[] = [];
  private showing = false;

  constructor(host: ReactiveControllerHost, private readonly thread: LiveThreadOptions) {
    super(host, thread);
    this.attach();
  }

  /** Answers posted since the thread was shown, not shown yet (the viewer's own are shown as they post them). */
  get newAnswerIds(): readonly string[] {
    const shown = this.thread.shown();
    return this.pending.filter((id) => !shown.includes(id));
  }

  protected clear(): void {
    this.pending = [];
  }

  protected onEvent(event: LiveEvent): void {
    const { msg, fmt } = this.thread.localize;
    if (event.type === 'reset') return this.thread.reload();
    if (event.type === 'answer-posted') {
      if (this.pending.includes(event.answerId) || this.thread.shown().includes(event.answerId)) return;
      this.pending = [...this.pending, event.answerId];
      this.host.requestUpdate();
      this.announceSoon(() => {
        const count = this.newAnswerIds.length;
        return count > 0 && this.ready ? msg.live.newAnswers(count, fmt) : null;
      });
    } else if (event.type === 'answer-accepted' || event.type === 'answer-unaccepted') {
      this.announceSoon(() => (this.ready ? msg.live.acceptedChanged : null));
    }
  }

  /** Reads the new answers and shows them; focus goes to the first (see the thread's `reveal`). */
  readonly show = async (): Promise<void> => {
    const store = this.thread.store();
    const ids = this.newAnswerIds;
    if (store === undefined || ids.length === 0 || this.showing) return;
    this.showing = true;
    try {
      const read = await Promise.all(ids.map((id) => store.loadAnswer(id).then(() => id, () => null)));
      this.pending = this.pending.filter((id) => !ids.includes(id));
      await this.thread.reveal(read.filter((id): id is string => id !== null));
    } finally {
      this.showing = false;
      this.host.requestUpdate();
    }
  };

  render(): TemplateResult | typeof nothing {
    const count = this.newAnswerIds.length;
    if (count === 0 || !this.ready) return nothing;
    const { msg, fmt } = this.thread.localize;
    return this.renderBar(msg.live.newAnswers(count, fmt), () => void this.show());
  }
}

export interface LiveListOptions extends LiveViewOptions {
  /** Ids of the questions the list shows now. */
  shown: () => readonly string[];
  /** Shows the list from its start again (with the new questions) and focuses it. */
  showNew: () => Promise<void> | void;
}

/**
 * A question list's live updates: listed questions with new activity (answers, acceptance, edits) get a "New
 * activity" mark and their counts in place; questions asked meanwhile are counted in a polite bar that reloads the
 * list on demand.
 */
export class LiveListController extends LiveViewController {
  private readonly active = new Set<string>();
  private asked: string[] = [];

  constructor(host: ReactiveControllerHost, private readonly list: LiveListOptions) {
    super(host, list);
    this.attach();
  }

  protected clear(): void {
    this.active.clear();
    this.asked = [];
  }

  /** Whether a listed question had activity since the list was shown. */
  hasActivity(questionId: string): boolean {
    return this.active.has(questionId);
  }

  protected onEvent(event: LiveEvent): void {
    if (event.type === 'reset') return void this.list.showNew();
    const shown = this.list.shown().includes(event.questionId);
    if (event.type === 'question-posted') {
      if (shown || this.asked.includes(event.questionId)) return;
      this.asked = [...this.asked, event.questionId];
      const { msg, fmt } = this.list.localize;
      this.announceSoon(() => (this.newQuestionCount > 0 && this.ready ? msg.live.newQuestions(this.newQuestionCount, fmt) : null));
    } else if (shown) {
      this.active.add(event.questionId);
    } else return;
    this.host.requestUpdate();
  }

  readonly show = async (): Promise<void> => {
    this.asked = [];
    this.host.requestUpdate();
    await this.list.showNew();
  };

  /** The "New activity" mark of a listed question, or nothing. */
  renderMark(questionId: string): TemplateResult | typeof nothing {
    return this.active.has(questionId) && this.ready
      ? html`<span part="live-mark" class="live-mark">${this.list.localize.msg.live.newActivity}</span>`
      : nothing;
  }

  /** Questions asked since the list was shown, not in it yet (the viewer's own are, as soon as asked). */
  private get newQuestionCount(): number {
    const shown = this.list.shown();
    return this.asked.filter((id) => !shown.includes(id)).length;
  }

  render(): TemplateResult | typeof nothing {
    const count = this.newQuestionCount;
    if (count === 0 || !this.ready) return nothing;
    const { msg, fmt } = this.list.localize;
    return this.renderBar(msg.live.newQuestions(count, fmt), () => void this.show());
  }
}

/** What a thread or a list hands over: its element and the controllers it already has. */
export interface LiveHost<Host> {
  host: Host & ReactiveControllerHost & HTMLElement;
  data: StoreController;
  list: PagedLoadController<unknown>;
  localize: LocalizeController;
  announcer: AnnounceController;
}

/** Focuses `selector` in the host's shadow root once it rendered (a new answer's post, a question's title). */
async function focusIn(host: ReactiveControllerHost & HTMLElement, selector: string): Promise<void> {
  await host.updateComplete;
  const target = host.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!target) return;
  await customElements.whenDefined(target.localName).catch(() => undefined);
  target.focus();
}

/** The live updates of a `<majlis-thread>` (loaded after its first complete render). */
export function liveThread({ host, data, list, localize, announcer }: LiveHost<{ questionId: string; sort: string }>): LiveThreadController {
  return new LiveThreadController(host, {
    store: () => data.store,
    topic: () => (host.questionId ? { kind: 'question', id: host.questionId } : undefined),
    localize,
    announce: (text) => announcer.announce(text),
    shown: () => list.ids,
    reload: () => list.reload(),
    reveal: async (ids) => {
      for (const id of ids) list.add(id, host.sort === 'newest');
      if (ids[0] !== undefined) await focusIn(host, `majlis-post[post-id="${CSS.escape(ids[0])}"]`);
    },
  });
}

/** The live updates of a `<majlis-question-list>` (loaded after its first complete render). */
export function liveList({ host, data, list, localize, announcer }: LiveHost<{ category: string }>): LiveListController {
  return new LiveListController(host, {
    store: () => data.store,
    topic: () => (host.category ? { kind: 'questions', categoryId: host.category } : { kind: 'questions' }),
    localize,
    announce: (text) => announcer.announce(text),
    shown: () => list.ids,
    showNew: async () => {
      list.reload();
      await host.updateComplete;
      while (list.busy) await new Promise((resolve) => setTimeout(resolve, 20));
      if (list.ids[0] !== undefined) await focusIn(host, `[data-question-id="${CSS.escape(list.ids[0])}"] [part~="title"]`);
    },
  });
}
