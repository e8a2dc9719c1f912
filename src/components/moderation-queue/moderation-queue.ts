import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { isMajlisError, supports, toMajlisError } from '../../core/adapter.js';
import { categoryName } from '../../core/categories.js';
import { AnnounceController } from '../../core/controllers/announce-controller.js';
import { ModerationQueueController, itemKey } from '../../core/controllers/moderation-queue-controller.js';
import type { ModerationView } from '../../core/controllers/moderation-queue-controller.js';
import type { PagedLoadController } from '../../core/controllers/paged-load-controller.js';
import { requestSignIn } from '../../core/controllers/sign-in.js';
import { StoreController } from '../../core/controllers/store-controller.js';
import { toggleState } from '../../core/custom-states.js';
import { MajlisElement } from '../../core/element.js';
import { MajlisErrorEvent, MajlisModeratedEvent, MajlisNavigateEvent } from '../../core/events.js';
import { directionOf } from '../../core/i18n/locale.js';
import { preloadElements } from '../../core/lazy.js';
import { markdown } from '../../core/markdown.js';
import { MODERATION_TEXT_MAX } from '../../core/moderation-names.js';
import type {
  AuditEntry,
  Category,
  ModerationAction,
  ModerationInput,
  ModerationItem,
  Post,
  Question,
  QueueTab,
  User,
  UserProfile,
} from '../../core/types.js';
import { buttonStyles } from '../../styles/button.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { markdownStyles } from '../../styles/markdown.styles.js';
import { skeletonStyles } from '../../styles/skeleton.styles.js';
import { feedbackStyles, renderError, renderProblem } from '../shared/feedback.js';
import { heading, headingLevel } from '../shared/heading.js';
import { styles } from './moderation-queue.styles.js';
import { moderate } from '../../core/moderating.js';

const VIEWS: readonly ModerationView[] = ['reported', 'pending', 'hidden', 'audit'];
/** Actions whose form asks for something (a reason, a category, a question, a period). */
type FormAction = 'hide' | 'delete' | 'move' | 'mark-duplicate' | 'suspend';
/** What the bulk bar offers. */
type BulkAction = 'approve' | 'restore' | 'hide' | 'delete' | 'dismiss-flags';
const BULK: Record<QueueTab, readonly BulkAction[]> = {
  reported: ['dismiss-flags', 'hide', 'delete'],
  pending: ['approve', 'hide', 'delete'],
  hidden: ['restore', 'dismiss-flags', 'delete'],
};
type Period = 'day' | 'week' | 'month' | 'indefinite';
const PERIODS: readonly Period[] = ['day', 'week', 'month', 'indefinite'];
const PERIOD_DAYS: Record<Exclude<Period, 'indefinite'>, number> = { day: 1, week: 7, month: 30 };
/** A body longer than this many characters is shown collapsed, with "Show more". */
const LONG_BODY = 480;

const chevron = html`<svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.8">
  <path d="m4 6 4 4 4-4" />
</svg>`;

/** An item's post: the answer it is about, or its question. */
const postIdOf = (item: ModerationItem): string => (item.target === 'answer' && item.answer ? item.answer.id : item.question.id);

/** A question id from what a moderator typed: the id itself, or a link to the question. */
export function questionIdFrom(value: string): string {
  const text = value.trim();
  const linked = /\/questions\/([^/?#]+)/.exec(text)?.[1];
  const id = linked ?? (text.includes('/') ? text.split('/').filter(Boolean).at(-1) ?? '' : text);
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

/** Whether a key press comes from where typing is expected (a shortcut must not steal it). */
function typing(target: EventTarget | undefined): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
}

interface OpenForm {
  key: string;
  action: FormAction;
  /** Why the form's field was refused, localized. */
  error?: string;
}

interface Failure {
  input: ModerationInput;
  error: unknown;
}

/**
 * @tag majlis-moderation-queue
 * @summary The moderators' and staff's work queue: posts reported by members, posts awaiting approval
 * (pre-moderation) and hidden posts, each in context (its question, author with role and reputation, time, the
 * post itself, its flags with their reasons and notes, who hid it and why), with the actions a moderator takes:
 * approve, hide or delete with a reason readers see, restore, dismiss flags, lock or unlock the thread, pin,
 * move to another category, mark as a duplicate, suspend the author for a period, edit in the thread; on one
 * post, or on a selection at once. Keyboard shortcuts (listed in the element) speed up the work; the audit log
 * (who did what, when and why) is the last tab, filtered to one post from its "History of this post". Shown
 * only to moderators and staff on a community whose adapter has the `moderate` capability; anyone else sees why.
 *
 * @csspart queue - The whole element (a labelled section).
 * @csspart heading - Its heading.
 * @csspart tabs - The tab list (Reported, Awaiting approval, Hidden, Audit log).
 * @csspart tab - One tab; `active-tab` too for the chosen one.
 * @csspart tab-count - The number of items of a tab, when known.
 * @csspart panel - The tab panel.
 * @csspart bulk-bar - "Select all", how many are selected, and the actions for the selection.
 * @csspart list - The list of items.
 * @csspart item - One post in the queue.
 * @csspart select - An item's checkbox.
 * @csspart title-link - The item's question title, a link (or button) to its thread.
 * @csspart state-badge - The post's state (Awaiting approval, Hidden, Deleted) and thread badges (Locked, Pinned).
 * @csspart user-card - Forwarded from the author's chip.
 * @csspart body - The post, rendered from Markdown.
 * @csspart moderation - Who hid, deleted or held the post, when, and the reason.
 * @csspart flags - The post's open flags.
 * @csspart flag - One flag: its reason, who and when, and the note.
 * @csspart actions - An item's action buttons.
 * @csspart action-button - One action button.
 * @csspart more-actions - The "More actions" button, which shows the item's other actions.
 * @csspart action-form - The form of an action that needs a reason, a category, a question or a period.
 * @csspart item-error - Why an action on the item failed, with a retry.
 * @csspart load-more - The "Load more" button.
 * @csspart audit-log - The audit log's list.
 * @csspart audit-entry - One line of the audit log.
 * @csspart audit-filter - "History of: …" with the button that shows the whole log.
 * @csspart shortcuts - The keyboard shortcuts disclosure.
 * @csspart notice - Why the queue is not shown (sign-in, not a moderator), with `sign-in-button`.
 * @csspart sign-in-button - Asks the host page to sign the viewer in.
 * @csspart unsupported - The message when the community has no moderation queue.
 * @csspart empty - The message of an empty tab.
 * @csspart error - Error message (load failures, configuration).
 * @csspart retry-button - Retry after an error.
 *
 * @cssprop [--majlis-color-accent=light-dark(#0b57d0, #8ab4f8)] - The chosen tab, links and primary buttons.
 * @cssprop [--majlis-color-danger=light-dark(#b3261e, #f2b8b5)] - Flags, destructive actions and errors.
 * @cssprop [--majlis-color-border] - Borders of the items and controls.
 *
 * @cssstate loading - The shown tab or log is loading.
 * @cssstate empty - The shown tab or log has nothing in it.
 *
 * @fires {MajlisModeratedEvent} majlis-moderated - An action was confirmed (`{ input, result }`; one per post of a
 * bulk action).
 * @fires {MajlisNavigateEvent} majlis-navigate - A thread was opened from an item's title or "Edit in thread"
 * (`{ view: 'question', questionId, answerId? }`). Cancelable: with `href-pattern`, `preventDefault()` keeps the
 * browser from following the link.
 * @fires {MajlisLoginRequestEvent} majlis-login-request - An anonymous viewer chose "Sign in" (`reason: 'moderate'`).
 * @fires {MajlisErrorEvent} majlis-error - Loading failed (`load`) or an action failed (`moderate`).
 */
export class MajlisModerationQueue extends MajlisElement {
  static override styles = [hostStyles, buttonStyles, feedbackStyles, skeletonStyles, markdownStyles, styles];
  static override properties = {
    tab: { reflect: true },
    category: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    hrefPattern: { attribute: 'href-pattern' },
  };

  /** The shown view: `reported`, `pending` (awaiting approval), `hidden`, or `audit` (the audit log). */
  tab: ModerationView = 'reported';

  /** Only posts in this category id's questions; empty for all. */
  category = '';

  /** Heading level of the element's heading (1–6). */
  headingLevel = 2;

  /** URL of a question's page with `{id}` for its id: titles become links to their threads. */
  hrefPattern = '';

  private readonly data = new StoreController(this, (change) => this.queue.storeChanged(change));
  private readonly queue = new ModerationQueueController(this, {
    store: () => this.data.store,
    view: () => this.tab,
    category: () => this.category,
    auditTarget: () => this.auditTarget?.id,
    enabled: () => this.access() === 'ok',
  });
  private readonly announcer = new AnnounceController(this);
  private readonly internals: ElementInternals | undefined = this.attachInternals?.();

  /** The post whose history the audit log shows (from an item's "History of this post"). */
  private auditTarget: { id: string; title: string } | undefined;
  private readonly selected = new Set<string>();
  private readonly expanded = new Set<string>();
  /** Items whose "More actions" are open. */
  private readonly moreOpen = new Set<string>();
  private readonly busy = new Set<string>();
  private readonly failures = new Map<string, Failure>();
  /** What the moderator typed or chose in a form, by `<item key>:<field>`, kept until the action succeeds. */
  private readonly drafts = new Map<string, string>();
  /** Suspensions set from this queue, by member id (`null`: indefinitely). */
  private readonly suspensions = new Map<string, string | null>();
  private form: OpenForm | undefined;
  /** The bulk action waiting for its reason (hide, delete). */
  private bulkForm: { action: 'hide' | 'delete'; error?: string } | undefined;
  private bulkReason = '';
  private bulkBusy = false;
  private bulkSummary = '';
  private categories: Category[] = [];
  private categoriesOf: unknown;
  private viewerError: unknown;
  private shortcutsOpen = false;

  override connectedCallback(): void {
    super.connectedCallback();
    preloadElements(['majlis-user-card', 'majlis-relative-time']);
  }

  /** Whether (and why not) the queue is shown to this viewer. */
  private access(): 'waiting' | 'unsupported' | 'sign-in' | 'forbidden' | 'ok' {
    const store = this.data.store;
    if (!store) return 'waiting';
    if (!supports(store.adapter, 'moderate')) return 'unsupported';
    const viewer = store.currentViewer;
    if (!viewer) return 'waiting';
    if (!viewer.user) return 'sign-in';
    return viewer.user.role === 'moderator' || viewer.user.role === 'staff' ? 'ok' : 'forbidden';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!VIEWS.includes(this.tab)) this.tab = 'reported';
    if (changed.has('tab') || changed.has('category')) this.resetSelection();
    const store = this.data.store;
    if (!store) return;
    if (supports(store.adapter, 'moderate') && !store.currentViewer && this.viewerError === undefined) {
      store.loadViewer().catch((error: unknown) => {
        this.viewerError = error;
        this.requestUpdate();
      });
    }
    if (store !== this.categoriesOf && this.access() === 'ok') {
      this.categoriesOf = store;
      store.listCategories().then(
        (categories) => (this.categories = categories),
        () => undefined, // the category names and "Move" wait for a later try
      );
    }
  }

  protected override updated(): void {
    const view = this.tab === 'audit' ? this.queue.audit : this.queue.queue;
    toggleState(this.internals, 'loading', this.access() === 'ok' && (view.status === 'loading' || view.busy));
    toggleState(this.internals, 'empty', this.access() === 'ok' && view.status === 'ready' && view.ids.length === 0);
  }

  private resetSelection(): void {
    this.selected.clear();
    this.form = undefined;
    this.bulkForm = undefined;
    this.bulkSummary = '';
  }

  // ── tabs ──

  private choose(view: ModerationView, focus = false): void {
    if (view !== 'audit' || this.tab !== 'audit') this.auditTarget = view === 'audit' ? undefined : this.auditTarget;
    this.tab = view;
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${view}`)?.focus());
  }

  /** Arrows move along the tabs as they read (the other way in right-to-left text); Home and End to the ends. */
  private onTabKey = (event: KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    const at = VIEWS.indexOf(this.tab);
    let next: number | undefined;
    if (step !== undefined) next = (at + (this.localize.dir === 'rtl' ? -step : step) + VIEWS.length) % VIEWS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = VIEWS.length - 1;
    if (next === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    this.choose(VIEWS[next], true);
  };

  // ── shortcuts ──

  private onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const origin = event.composedPath()[0];
    if (event.key === 'Escape' && this.form) return this.closeForm();
    if (typing(origin)) return;
    if (event.key === '?') {
      event.preventDefault();
      this.shortcutsOpen = !this.shortcutsOpen;
      this.requestUpdate();
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="shortcuts"] summary')?.focus());
      return;
    }
    if (this.tab === 'audit' || this.access() !== 'ok') return;
    const items = this.queue.shown;
    const current = origin instanceof HTMLElement ? origin.closest<HTMLElement>('[part~="item"]')?.dataset.key : undefined;
    const index = items.findIndex((item) => itemKey(item) === current);
    const item = items[index];
    const act = (run: () => void) => {
      event.preventDefault();
      run();
    };
    switch (event.key) {
      case 'j':
        return act(() => this.focusItem(Math.min(items.length - 1, index + 1)));
      case 'k':
        return act(() => this.focusItem(index < 0 ? 0 : Math.max(0, index - 1)));
      case 'x':
        if (item) act(() => this.toggleSelected(itemKey(item)));
        return;
      case 'a': {
        const state = item && this.postOf(item).state;
        if (state === 'pending') act(() => void this.run(item, 'approve'));
        else if (item && (state === 'hidden' || state === 'deleted')) act(() => void this.run(item, 'restore'));
        return;
      }
      case 'h':
        if (item && this.can(item, 'hide')) act(() => this.openForm(item, 'hide'));
        return;
      case 'd':
        if (item && item.flags.length > 0) act(() => void this.run(item, 'dismiss-flags'));
        return;
    }
  };

  private focusItem(index: number): void {
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="item"]')];
    const target = items[Math.min(index, items.length - 1)];
    if (target) target.focus();
    else (this.renderRoot.querySelector<HTMLElement>('[part~="empty"]') ?? this.renderRoot.querySelector<HTMLElement>('[part~="panel"]'))?.focus();
  }

  private onShortcutsToggle = (event: Event) => {
    this.shortcutsOpen = (event.target as HTMLDetailsElement).open;
  };

  // ── selection ──

  private toggleSelected(key: string): void {
    if (this.selected.has(key)) this.selected.delete(key);
    else this.selected.add(key);
    this.bulkSummary = '';
    this.requestUpdate();
  }

  private onSelectAll = (event: Event) => {
    const all = (event.target as HTMLInputElement).checked;
    this.selected.clear();
    if (all) for (const item of this.queue.shown) this.selected.add(itemKey(item));
    this.bulkSummary = '';
    this.requestUpdate();
  };

  // ── actions ──

  private postOf(item: ModerationItem): Post {
    const store = this.data.store;
    if (item.target === 'answer' && item.answer) return store?.answer(item.answer.id) ?? item.answer;
    return this.questionOf(item);
  }

  private questionOf(item: ModerationItem): Question {
    return this.data.store?.question(item.question.id) ?? item.question;
  }

  /** Whether an action fits the item as it is now. */
  private can(item: ModerationItem, action: ModerationAction): boolean {
    const state = this.postOf(item).state ?? 'published';
    const question = this.questionOf(item);
    switch (action) {
      case 'approve':
        return state === 'pending';
      case 'restore':
        return state === 'hidden' || state === 'deleted';
      case 'hide':
        return state === 'published' || state === 'pending';
      case 'delete':
        return state !== 'deleted';
      case 'dismiss-flags':
        return item.flags.length > 0;
      case 'lock':
        return question.status !== 'locked';
      case 'unlock':
        return question.status === 'locked';
      case 'pin':
        return !question.pinned;
      case 'unpin':
        return question.pinned === true;
      default:
        return true;
    }
  }

  /** The input of an action on an item: thread actions act on its question, `suspend` on its author. */
  private inputFor(item: ModerationItem, action: ModerationAction, extra: Partial<ModerationInput> = {}): ModerationInput {
    if (['lock', 'unlock', 'pin', 'unpin', 'move', 'mark-duplicate'].includes(action)) {
      return { action, target: 'question', id: item.question.id, ...extra };
    }
    if (action === 'suspend') return { action, target: 'user', id: this.postOf(item).author.id, ...extra };
    return { action, target: item.target, id: postIdOf(item), ...extra };
  }

  private run(item: ModerationItem, action: ModerationAction, extra?: Partial<ModerationInput>): Promise<boolean> {
    return this.act(item, this.inputFor(item, action, extra));
  }

  /**
   * Runs one action on an item through the store. On success the item leaves its tab (or shows its new state),
   * `majlis-moderated` fires, the result is announced (unless `quiet`, for a bulk action) and focus moves to the
   * next item; on failure the item says why, with a retry, and whatever was typed stays.
   */
  private async act(item: ModerationItem, input: ModerationInput, quiet = false): Promise<boolean> {
    const store = this.data.store;
    if (!store) return false;
    const key = itemKey(item);
    const index = this.queue.shown.findIndex((shown) => itemKey(shown) === key);
    this.busy.add(key);
    this.failures.delete(key);
    this.requestUpdate();
    try {
      const result = await moderate(store, input);
      if (input.action === 'suspend') this.suspensions.set(input.id, input.until ?? null);
      if (this.form?.key === key) this.form = undefined;
      for (const draft of [...this.drafts.keys()]) if (draft.startsWith(`${key}:`)) this.drafts.delete(draft);
      this.dispatchEvent(new MajlisModeratedEvent({ input, result }));
      if (!quiet) this.announcer.announce(this.localize.msg.moderationQueue.done[input.action]);
      return true;
    } catch (error) {
      this.failures.set(key, { input, error });
      this.dispatchEvent(new MajlisErrorEvent({ error: toMajlisError(error), operation: 'moderate' }));
      return false;
    } finally {
      this.busy.delete(key);
      this.requestUpdate();
      if (!quiet) void this.settleFocus(key, index);
    }
  }

  /** After an action: the next item when this one left its tab, else the item itself (from its closed form). */
  private async settleFocus(key: string, index: number): Promise<void> {
    await this.updateComplete;
    const gone = !this.queue.shown.some((item) => itemKey(item) === key);
    if (gone) return this.focusItem(index);
    const element = this.itemElement(key);
    if (element && !element.contains(this.shadowRoot?.activeElement ?? null)) element.focus();
  }

  private itemElement(key: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[part~="item"][data-key="${CSS.escape(key)}"]`);
  }

  private retryFailure(item: ModerationItem): void {
    const failure = this.failures.get(itemKey(item));
    if (failure) void this.act(item, failure.input);
  }

  // ── forms ──

  private openForm(item: ModerationItem, action: FormAction): void {
    const key = itemKey(item);
    this.form = { key, action };
    if (action === 'move' && !this.drafts.has(`${key}:category`)) this.drafts.set(`${key}:category`, this.questionOf(item).categoryId);
    if (action === 'suspend' && !this.drafts.has(`${key}:period`)) this.drafts.set(`${key}:period`, 'week');
    this.requestUpdate();
    void this.updateComplete.then(() => {
      this.itemElement(key)?.querySelector<HTMLElement>('[part~="action-form"] [data-first]')?.focus();
    });
  }

  private closeForm(): void {
    const form = this.form;
    if (!form) return;
    this.form = undefined;
    this.requestUpdate();
    void this.updateComplete.then(() => {
      const element = this.itemElement(form.key);
      (element?.querySelector<HTMLElement>(`[data-action="${form.action}"]`) ?? element)?.focus();
    });
  }

  private draft(key: string, field: string): string {
    return this.drafts.get(`${key}:${field}`) ?? '';
  }

  private onDraft = (event: Event) => {
    const field = event.target as HTMLInputElement;
    const { key, field: name } = field.dataset;
    if (key && name) this.drafts.set(`${key}:${name}`, field.value);
    if (this.form?.error) {
      this.form = { ...this.form, error: undefined };
      this.requestUpdate();
    }
  };

  /** A reason's problem, localized, or undefined when it is fine. */
  private reasonProblem(reason: string): string | undefined {
    const t = this.localize.msg.moderationQueue;
    const text = reason.trim();
    if (!text) return t.reasonRequired;
    if (text.length > MODERATION_TEXT_MAX) return t.reasonTooLong(text.length - MODERATION_TEXT_MAX, this.localize.fmt);
    return undefined;
  }

  private async submitForm(event: SubmitEvent, item: ModerationItem): Promise<void> {
    event.preventDefault();
    const form = this.form;
    if (!form) return;
    const { key, action } = form;
    const t = this.localize.msg.moderationQueue;
    const refuse = (error: string) => {
      this.form = { ...form, error };
      this.requestUpdate();
      void this.updateComplete.then(() => this.itemElement(key)?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    };
    const reason = this.draft(key, 'reason');
    if (action === 'hide' || action === 'delete') {
      const problem = this.reasonProblem(reason);
      if (problem) return refuse(problem);
      await this.run(item, action, { reason: reason.trim() });
    } else if (action === 'suspend') {
      const problem = this.reasonProblem(reason);
      if (problem) return refuse(problem);
      const period = (this.draft(key, 'period') || 'week') as Period;
      const until = period === 'indefinite' ? null : new Date(Date.now() + PERIOD_DAYS[period] * 86_400_000).toISOString();
      await this.run(item, 'suspend', { reason: reason.trim(), until });
    } else if (action === 'move') {
      await this.run(item, 'move', { categoryId: this.draft(key, 'category') || this.questionOf(item).categoryId });
    } else {
      const id = questionIdFrom(this.draft(key, 'duplicate'));
      if (!id) return refuse(t.duplicateRequired);
      if (id === item.question.id) return refuse(t.duplicateSelf);
      try {
        await this.data.store!.loadQuestion(id);
      } catch (error) {
        return refuse(isMajlisError(error) && error.code === 'not-found' ? t.duplicateNotFound : this.localize.error(error));
      }
      await this.run(item, 'mark-duplicate', { duplicateOf: id });
    }
  }

  // ── bulk ──

  private startBulk(action: BulkAction): void {
    if (action === 'hide' || action === 'delete') {
      this.bulkForm = { action };
      this.requestUpdate();
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#bulk-reason')?.focus());
      return;
    }
    void this.runBulk(action);
  }

  private onBulkSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = this.bulkForm;
    if (!form) return;
    const problem = this.reasonProblem(this.bulkReason);
    if (problem) {
      this.bulkForm = { ...form, error: problem };
      this.requestUpdate();
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#bulk-reason')?.focus());
      return;
    }
    void this.runBulk(form.action, this.bulkReason.trim());
  };

  private onBulkReason = (event: Event) => {
    this.bulkReason = (event.target as HTMLTextAreaElement).value;
    if (this.bulkForm?.error) this.bulkForm = { action: this.bulkForm.action };
    this.requestUpdate();
  };

  private cancelBulk = () => {
    this.bulkForm = undefined;
    this.requestUpdate();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="bulk-bar"] .button')?.focus());
  };

  /** One action on every selected item, one after the other; each failure stays on its item, still selected. */
  private async runBulk(action: BulkAction, reason?: string): Promise<void> {
    const items = this.queue.shown.filter((item) => this.selected.has(itemKey(item)));
    if (!items.length || this.bulkBusy) return;
    this.bulkBusy = true;
    this.bulkSummary = '';
    this.requestUpdate();
    let done = 0;
    let failed = 0;
    for (const item of items) {
      const ok = await this.act(item, this.inputFor(item, action, reason === undefined ? {} : { reason }), true);
      if (ok) {
        done += 1;
        this.selected.delete(itemKey(item));
      } else failed += 1;
    }
    const t = this.localize.msg.moderationQueue;
    const { fmt } = this.localize;
    this.bulkSummary = [done ? t.bulkDone(done, fmt) : '', failed ? t.bulkFailed(failed, fmt) : ''].filter(Boolean).join(' ');
    this.announcer.announce(this.bulkSummary);
    this.bulkBusy = false;
    if (!failed) {
      this.bulkForm = undefined;
      this.bulkReason = '';
    }
    this.requestUpdate();
    await this.updateComplete;
    const firstFailed = items.find((item) => this.failures.has(itemKey(item)));
    if (firstFailed) this.itemElement(itemKey(firstFailed))?.focus();
    else this.focusItem(0);
  }

  // ── navigation ──

  private hrefFor(questionId: string): string {
    return this.hrefPattern.replaceAll('{id}', encodeURIComponent(questionId));
  }

  /** Opening a thread: a plain click fires `majlis-navigate`; a cancelled event keeps a link from being followed. */
  private onOpen(event: MouseEvent, questionId: string, answerId?: string): void {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const navigate = new MajlisNavigateEvent(answerId ? { view: 'question', questionId, answerId } : { view: 'question', questionId });
    if (!this.dispatchEvent(navigate) || navigate.inPage) event.preventDefault();
  }

  private showHistory(item: ModerationItem): void {
    this.auditTarget = { id: postIdOf(item), title: this.questionOf(item).title };
    this.tab = 'audit';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="audit-filter"]')?.focus());
  }

  private showWholeLog = () => {
    this.auditTarget = undefined;
    this.requestUpdate();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#tab-audit')?.focus());
  };

  private requestLogin = () => {
    const store = this.data.store;
    if (!store) return;
    requestSignIn(this, store, 'moderate', {
      resume: () => undefined, // the queue shows itself once the viewer is read again
      control: () => this.renderRoot.querySelector<HTMLElement>('[part~="sign-in-button"]'),
    });
  };

  private retryViewer = () => {
    this.viewerError = undefined;
    this.requestUpdate();
  };

  // ── rendering ──

  override render() {
    if (this.data.problem) return renderProblem(this.localize, this.data.problem);
    const t = this.localize.msg.moderationQueue;
    const access = this.access();
    const view = this.tab === 'audit' ? this.queue.audit : this.queue.queue;
    const busy = access === 'waiting' || (access === 'ok' && (view.status === 'loading' || view.busy));
    return html`<section part="queue" class="queue" aria-labelledby="heading" aria-busy=${busy ? 'true' : 'false'} @keydown=${this.onKey}>
      ${heading(headingLevel(this.headingLevel, 2), t.heading, { id: 'heading', part: 'heading', class: 'heading' })}
      ${access === 'ok' ? this.renderQueue() : this.renderAccess(access)}
      ${this.announcer.region()}
    </section>`;
  }

  private renderAccess(access: 'waiting' | 'unsupported' | 'sign-in' | 'forbidden'): TemplateResult {
    const t = this.localize.msg.moderationQueue;
    if (access === 'unsupported') return html`<p part="unsupported" class="notice">${t.unsupported}</p>`;
    if (access === 'sign-in') {
      return html`<div part="notice" class="notice">
        <p>${t.signInPrompt}</p>
        <button part="sign-in-button" class="button button--primary" type="button" @click=${this.requestLogin}>
          ${this.localize.msg.common.signIn}
        </button>
      </div>`;
    }
    if (access === 'forbidden') return html`<p part="notice" class="notice">${t.forbidden}</p>`;
    if (this.viewerError !== undefined) return renderError(this.localize, this.viewerError, this.retryViewer);
    return this.renderSkeleton();
  }

  private renderQueue(): TemplateResult {
    const t = this.localize.msg.moderationQueue;
    return html`<div role="tablist" part="tabs" class="tabs" aria-label=${t.tabsLabel} @keydown=${this.onTabKey}>
        ${VIEWS.map((view) => {
          const chosen = view === this.tab;
          const count = view === 'audit' ? undefined : this.queue.count(view);
          return html`<button role="tab" type="button" id="tab-${view}" part=${chosen ? 'tab active-tab' : 'tab'} class="tab"
            aria-selected=${chosen ? 'true' : 'false'} aria-controls="panel" tabindex=${chosen ? '0' : '-1'}
            @click=${() => this.choose(view)}>
            <span>${t.tabs[view]}</span> ${count === undefined ? nothing : html`<span part="tab-count" class="count">${this.localize.number(count)}</span>`}
          </button>`;
        })}
      </div>
      <div role="tabpanel" id="panel" part="panel" class="panel" aria-labelledby="tab-${this.tab}" tabindex="-1">
        ${this.tab === 'audit' ? this.renderAudit() : this.renderItems(this.tab)}
      </div>
      ${this.renderShortcuts()}`;
  }

  private renderSkeleton(): TemplateResult {
    return html`<div class="skeleton">
      ${[0, 1].map(() => html`<div class="skeleton-item"><span class="line short"></span><span class="line"></span><span class="line"></span></div>`)}
      <span class="visually-hidden" role="status">${this.localize.msg.moderationQueue.loading}</span>
    </div>`;
  }

  private renderMore(list: PagedLoadController<unknown>): TemplateResult | typeof nothing {
    const t = this.localize.msg.moderationQueue;
    if (list.moreError !== undefined && !list.loadingMore) return renderError(this.localize, list.moreError, () => void this.loadMore(list));
    if (!list.nextCursor) return nothing;
    return html`<button part="load-more" class="button load-more" type="button" ?disabled=${list.loadingMore}
      @click=${() => void this.loadMore(list)}>${list.loadingMore ? t.loadingMore : t.loadMore}</button>`;
  }

  /** The next page; focus goes to its first new row. */
  private async loadMore(list: PagedLoadController<unknown>): Promise<void> {
    const added = await list.more();
    if (!added?.length) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(added[0])}"]`)?.focus();
  }

  private renderItems(tab: QueueTab): TemplateResult {
    const t = this.localize.msg.moderationQueue;
    const list = this.queue.queue;
    if (list.status === 'error') return renderError(this.localize, list.error, () => list.reload());
    if (list.status !== 'ready') return this.renderSkeleton();
    const items = this.queue.shown;
    if (!items.length) {
      return html`<p part="empty" class="notice" tabindex="-1">${t.empty[tab]}</p>${this.bulkSummary ? html`<p class="summary">${this.bulkSummary}</p>` : nothing}`;
    }
    return html`${this.renderBulkBar(tab, items)}
      <ol part="list" class=${list.busy ? 'list busy' : 'list'}>
        ${items.map((item) => this.renderItem(item))}
      </ol>
      ${this.renderMore(list)}`;
  }

  private renderBulkBar(tab: QueueTab, items: ModerationItem[]): TemplateResult {
    const t = this.localize.msg.moderationQueue;
    const chosen = items.filter((item) => this.selected.has(itemKey(item))).length;
    const form = this.bulkForm;
    return html`<div part="bulk-bar" class="bulk" role="group" aria-label=${t.bulkLabel}>
      <div class="bulk-row">
        <label class="check">
          <input type="checkbox" .checked=${chosen > 0 && chosen === items.length} .indeterminate=${chosen > 0 && chosen < items.length}
            ?disabled=${this.bulkBusy} @change=${this.onSelectAll} />
          <span>${t.selectAll}</span>
        </label>
        <span class="muted">${t.selected(chosen, this.localize.fmt)}</span>
        <span class="bulk-actions">
          ${BULK[tab].map(
            (action) => html`<button class=${action === 'delete' ? 'button button--danger' : 'button'} type="button"
              ?disabled=${chosen === 0 || this.bulkBusy} aria-expanded=${action === 'hide' || action === 'delete' ? String(form?.action === action) : nothing}
              @click=${() => this.startBulk(action)}>${t.actions[action]}</button>`,
          )}
        </span>
      </div>
      ${form
        ? html`<form class="action-form" @submit=${this.onBulkSubmit} @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && this.cancelBulk()} novalidate>
            <label for="bulk-reason">${t.reason}</label>
            <textarea id="bulk-reason" rows="2" .value=${this.bulkReason} @input=${this.onBulkReason} required
              aria-invalid=${form.error ? 'true' : 'false'} aria-describedby="bulk-hint bulk-error"></textarea>
            <p id="bulk-hint" class="hint">${t.reasonHint[form.action]}</p>
            <p id="bulk-error" class="field-error" role="alert">${form.error ?? nothing}</p>
            <div class="form-buttons">
              <button class=${form.action === 'delete' ? 'button button--danger' : 'button button--primary'} type="submit" ?disabled=${this.bulkBusy}>
                ${t.submit[form.action]} (${this.localize.number(chosen)})
              </button>
              <button class="button button--quiet" type="button" @click=${this.cancelBulk}>${this.localize.msg.common.cancel}</button>
            </div>
          </form>`
        : nothing}
      ${this.bulkSummary ? html`<p class="summary">${this.bulkSummary}</p>` : nothing}
    </div>`;
  }

  private renderItem(item: ModerationItem): TemplateResult {
    const t = this.localize.msg.moderationQueue;
    const key = itemKey(item);
    const question = this.questionOf(item);
    const post = this.postOf(item);
    const state = post.state ?? 'published';
    const store = this.data.store;
    const author: User | UserProfile = { ...post.author, ...(store?.user(post.author.id) ?? {}) };
    const kind = t.kind[item.target];
    const category = this.categories.find((c) => c.id === question.categoryId);
    const busy = this.busy.has(key);
    const failure = this.failures.get(key);
    return html`<li part="item" class=${busy ? 'item busy' : 'item'} data-key=${key} tabindex="-1"
      aria-label=${t.itemLabel(kind, question.title)} aria-busy=${busy ? 'true' : 'false'}>
      <div class="item-head">
        <input part="select" type="checkbox" class="select" aria-label=${t.select(question.title)} aria-keyshortcuts="x"
          .checked=${this.selected.has(key)} ?disabled=${this.bulkBusy} @change=${() => this.toggleSelected(key)} />
        <span class="chip chip--kind">${kind}</span>
        ${state !== 'published' ? html`<span part="state-badge" class="chip chip--${state}">${t.states[state]}</span>` : nothing}
        ${question.status === 'locked' ? html`<span part="state-badge" class="chip">${this.localize.msg.status.locked}</span>` : nothing}
        ${question.pinned ? html`<span part="state-badge" class="chip">${t.pinned}</span>` : nothing}
        ${question.duplicateOf ? html`<span part="state-badge" class="chip">${t.duplicate}</span>` : nothing}
        ${category ? html`<span class="chip chip--quiet">${categoryName(category, this.localize.lang)}</span>` : nothing}
      </div>
      <p class="title" lang=${question.language} dir=${directionOf(question.language)}>${this.renderTitleLink(question, item.target === 'answer' ? post.id : undefined)}</p>
      <div class="byline">
        <majlis-user-card .user=${author} user-id=${author.id} exportparts="user-card"></majlis-user-card>
        <span class="muted">${this.localize.count('points', author.reputation)}</span>
        <span class="muted"><majlis-relative-time datetime=${post.createdAt}></majlis-relative-time></span>
        ${this.renderSuspension(author)}
      </div>
      ${this.renderBody(key, post)}
      ${this.renderModeration(post)}
      ${this.renderFlags(item, key)}
      ${failure
        ? html`<div part="item-error" class="feedback feedback--error" role="alert">
            <span>${this.localize.error(failure.error)}</span>
            <button part="retry-button" class="button" type="button" @click=${() => this.retryFailure(item)}>${this.localize.msg.common.retry}</button>
          </div>`
        : nothing}
      ${this.renderActions(item, key, busy)}
      ${this.form?.key === key ? this.renderForm(item, this.form) : nothing}
    </li>`;
  }

  private renderTitleLink(question: Question, answerId?: string): TemplateResult {
    const title = html`<bdi>${question.title}</bdi>`;
    const open = (event: MouseEvent) => this.onOpen(event, question.id, answerId);
    return this.hrefPattern
      ? html`<a part="title-link" class="title-link" href=${this.hrefFor(question.id)} @click=${open}>${title}</a>`
      : html`<button part="title-link" class="title-link" type="button" @click=${open}>${title}</button>`;
  }

  private renderSuspension(author: User | UserProfile): TemplateResult | typeof nothing {
    const t = this.localize.msg.moderationQueue;
    const until = this.suspensions.has(author.id) ? this.suspensions.get(author.id) : 'suspension' in author ? author.suspension?.until : undefined;
    if (until === undefined) return nothing;
    return html`<span class="chip chip--danger">${until === null ? t.suspendedIndefinitely : t.suspendedUntil(this.localize.date(until, { dateStyle: 'medium' }))}</span>`;
  }

  private renderBody(key: string, post: Post): TemplateResult | typeof nothing {
    if (!post.body) return nothing;
    const long = post.body.length > LONG_BODY;
    const open = this.expanded.has(key);
    const toggle = () => {
      if (open) this.expanded.delete(key);
      else this.expanded.add(key);
      this.requestUpdate();
    };
    return html`<div part="body" id="body-${key}" class=${long && !open ? 'markdown body collapsed' : 'markdown body'}
        lang=${post.language} dir=${directionOf(post.language)}>${markdown(post.body, post.bodyHtml)}</div>
      ${long
        ? html`<button class="button button--quiet more" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="body-${key}"
            @click=${toggle}>${open ? this.localize.msg.moderationQueue.showLess : this.localize.msg.common.showMore}</button>`
        : nothing}`;
  }

  private renderModeration(post: Post): TemplateResult | typeof nothing {
    const t = this.localize.msg.moderationQueue;
    const state = post.state ?? 'published';
    const moderation = post.moderation;
    // A waiting post's badge says it all, unless a moderator held it with a reason.
    if (state === 'published' || !moderation || (state === 'pending' && !moderation.by && !moderation.reason)) return nothing;
    return html`<p part="moderation" class="moderation">
      <strong>${t.states[state]}</strong>
      <span class="muted">${moderation.by ? t.by(moderation.by.name) : state === 'hidden' ? t.automatically : nothing}</span>
      <span class="muted"><majlis-relative-time datetime=${moderation.at}></majlis-relative-time></span>
      ${moderation.reason ? html`<span class="reason">${t.reason}: <bdi class="quoted">${moderation.reason}</bdi></span>` : nothing}
    </p>`;
  }

  /** The reports on one item: a list named by its visible heading, not a landmark (every item has one). */
  private renderFlags(item: ModerationItem, key: string): TemplateResult | typeof nothing {
    if (!item.flags.length) return nothing;
    const t = this.localize.msg.moderationQueue;
    return html`<div part="flags" class="flags">
      <p class="flags-heading" id="flags-${key}">${t.flags(item.flags.length, this.localize.fmt)}</p>
      <ul aria-labelledby="flags-${key}">
        ${item.flags.map(
          (flag) => html`<li part="flag" class="flag">
            <strong>${t.flagReasons[flag.reason]}</strong>
            <span class="muted">${t.by(flag.by.name)} · <majlis-relative-time datetime=${flag.createdAt}></majlis-relative-time></span>
            ${flag.note ? html`<bdi class="quoted note">${flag.note}</bdi>` : nothing}
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderActions(item: ModerationItem, key: string, busy: boolean): TemplateResult {
    const t = this.localize.msg.moderationQueue;
    const question = this.questionOf(item);
    const button = (action: ModerationAction | 'edit' | 'history', label: string, run: () => void, options: { shortcut?: string; danger?: boolean; form?: boolean } = {}) =>
      html`<button part="action-button" class=${options.danger ? 'button button--danger' : 'button'} type="button" data-action=${action}
        ?disabled=${busy || this.bulkBusy} aria-keyshortcuts=${options.shortcut ?? nothing}
        aria-expanded=${options.form ? String(this.form?.key === key && this.form.action === action) : nothing} @click=${run}>${label}</button>`;
    const form = (action: FormAction) => () => (this.form?.key === key && this.form.action === action ? this.closeForm() : this.openForm(item, action));
    const simple = (action: ModerationAction) => () => void this.run(item, action);
    const answerId = item.target === 'answer' ? postIdOf(item) : undefined;
    const open = this.moreOpen.has(key);
    const toggleMore = () => {
      if (open) this.moreOpen.delete(key);
      else this.moreOpen.add(key);
      this.requestUpdate();
    };
    return html`<div part="actions" class="actions" role="group" aria-label=${t.actionsLabel}>
      ${this.can(item, 'approve') ? button('approve', t.actions.approve, simple('approve'), { shortcut: 'a' }) : nothing}
      ${this.can(item, 'restore') ? button('restore', t.actions.restore, simple('restore'), { shortcut: 'a' }) : nothing}
      ${this.can(item, 'dismiss-flags') ? button('dismiss-flags', t.actions['dismiss-flags'], simple('dismiss-flags'), { shortcut: 'd' }) : nothing}
      ${this.can(item, 'hide') ? button('hide', t.actions.hide, form('hide'), { shortcut: 'h', form: true }) : nothing}
      ${this.can(item, 'delete') ? button('delete', t.actions.delete, form('delete'), { danger: true, form: true }) : nothing}
      <button part="more-actions" class="button" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="more-${key}"
        @click=${toggleMore}>${t.moreActions}${chevron}</button>
      <div class="more-list" id="more-${key}" ?hidden=${!open}>
          ${question.status === 'locked'
            ? button('unlock', t.actions.unlock, simple('unlock'))
            : button('lock', t.actions.lock, simple('lock'))}
          ${question.pinned ? button('unpin', t.actions.unpin, simple('unpin')) : button('pin', t.actions.pin, simple('pin'))}
          ${button('move', t.actions.move, form('move'), { form: true })}
          ${button('mark-duplicate', t.actions['mark-duplicate'], form('mark-duplicate'), { form: true })}
          ${button('suspend', t.actions.suspend, form('suspend'), { form: true, danger: true })}
          ${this.hrefPattern
            ? html`<a part="action-button" class="button" href=${this.hrefFor(question.id)} @click=${(event: MouseEvent) => this.onOpen(event, question.id, answerId)}>${t.actions.edit}</a>`
            : button('edit', t.actions.edit, () => this.dispatchEvent(new MajlisNavigateEvent(answerId ? { view: 'question', questionId: question.id, answerId } : { view: 'question', questionId: question.id })))}
          ${button('history', t.actions.history, () => this.showHistory(item))}
      </div>
    </div>`;
  }

  private renderForm(item: ModerationItem, form: OpenForm): TemplateResult {
    const t = this.localize.msg.moderationQueue;
    const key = itemKey(item);
    const id = (field: string) => `${field}-${key}`;
    const invalid = form.error ? 'true' : 'false';
    const errorId = id('error');
    let fields: TemplateResult;
    if (form.action === 'move') {
      const chosen = this.draft(key, 'category');
      fields = html`<label for=${id('category')}>${t.category}</label>
        <select id=${id('category')} data-first data-key=${key} data-field="category" @change=${this.onDraft}>
          ${this.categories.map((c) => html`<option value=${c.id} ?selected=${c.id === chosen}>${categoryName(c, this.localize.lang)}</option>`)}
        </select>`;
    } else if (form.action === 'mark-duplicate') {
      fields = html`<label for=${id('duplicate')}>${t.duplicateOf}</label>
        <input id=${id('duplicate')} type="text" data-first data-key=${key} data-field="duplicate" .value=${this.draft(key, 'duplicate')}
          @input=${this.onDraft} required aria-invalid=${invalid} aria-describedby="${id('hint')} ${errorId}" dir="auto" />
        <p id=${id('hint')} class="hint">${t.duplicateHint}</p>`;
    } else {
      const period = this.draft(key, 'period') || 'week';
      fields = html`${form.action === 'suspend'
          ? html`<fieldset class="periods">
              <legend>${t.period}</legend>
              ${PERIODS.map(
                (value) => html`<label class="check"><input type="radio" name=${id('period')} value=${value} .checked=${value === period}
                  data-key=${key} data-field="period" ?data-first=${value === period} @change=${this.onDraft} /><span>${t.periods[value]}</span></label>`,
              )}
            </fieldset>`
          : nothing}
        <label for=${id('reason')}>${t.reason}</label>
        <textarea id=${id('reason')} rows="2" ?data-first=${form.action !== 'suspend'} data-key=${key} data-field="reason" .value=${this.draft(key, 'reason')}
          @input=${this.onDraft} required aria-invalid=${invalid} aria-describedby="${id('hint')} ${errorId}" dir="auto"></textarea>
        <p id=${id('hint')} class="hint">${t.reasonHint[form.action]}</p>`;
    }
    const danger = form.action === 'delete' || form.action === 'suspend';
    return html`<form part="action-form" class="action-form" novalidate @submit=${(event: SubmitEvent) => void this.submitForm(event, item)}>
      ${fields}
      <p id=${errorId} class="field-error" role="alert">${form.error ?? nothing}</p>
      <div class="form-buttons">
        <button class=${danger ? 'button button--danger' : 'button button--primary'} type="submit" ?disabled=${this.busy.has(key)}>${t.submit[form.action]}</button>
        <button class="button button--quiet" type="button" @click=${() => this.closeForm()}>${this.localize.msg.common.cancel}</button>
      </div>
    </form>`;
  }

  private renderAudit(): TemplateResult {
    const t = this.localize.msg.moderationQueue;
    // One template around both, so the filter (focused after "History of this post") stays while the log loads.
    return html`${this.auditTarget
      ? html`<p part="audit-filter" class="audit-filter" tabindex="-1">
          <span>${t.historyOf} <bdi>${this.auditTarget.title}</bdi></span>
          <button class="button button--quiet" type="button" @click=${this.showWholeLog}>${t.showAll}</button>
        </p>`
      : nothing}${this.renderLog()}`;
  }

  private renderLog(): TemplateResult {
    const log = this.queue.audit;
    if (log.status === 'error') return renderError(this.localize, log.error, () => log.reload());
    if (log.status !== 'ready') return this.renderSkeleton();
    const entries = this.queue.entries;
    if (!entries.length) return html`<p part="empty" class="notice" tabindex="-1">${this.localize.msg.moderationQueue.auditEmpty}</p>`;
    return html`<ol part="audit-log" class=${log.busy ? 'audit busy' : 'audit'}>
        ${entries.map((entry) => this.renderEntry(entry))}
      </ol>
      ${this.renderMore(log)}`;
  }

  private renderEntry(entry: AuditEntry): TemplateResult {
    const t = this.localize.msg.moderationQueue;
    const store = this.data.store;
    const question = entry.questionId ? store?.question(entry.questionId) : undefined;
    const target =
      entry.target === 'user'
        ? html`<bdi>${store?.user(entry.targetId)?.name ?? entry.targetId}</bdi>`
        : question && entry.questionId
          ? this.renderTitleLink(question, entry.target === 'answer' ? entry.targetId : undefined)
          : html`<bdi>${entry.targetId}</bdi>`;
    const details = Object.entries(entry.details);
    return html`<li part="audit-entry" class="entry" data-key=${entry.id} tabindex="-1">
      <p class="entry-head">
        <strong>${t.auditActions[entry.action]}</strong>
        <span class="chip chip--quiet">${t.targets[entry.target]}</span>
        <span class="entry-target" dir="auto">${target}</span>
      </p>
      <p class="muted">
        ${entry.actor ? html`<bdi>${entry.actor.name}</bdi> (${this.localize.msg.role[entry.actor.role]})` : t.system} ·
        <majlis-relative-time datetime=${entry.createdAt}></majlis-relative-time>
      </p>
      ${entry.reason ? html`<p class="reason">${t.reason}: <bdi class="quoted">${entry.reason}</bdi></p>` : nothing}
      ${details.length
        ? html`<dl class="details">
            ${details.map(([name, value]) => html`<div><dt>${(t.details as Record<string, string>)[name] ?? name}</dt> <dd>${this.detailValue(name, value)}</dd></div> `)}
          </dl>`
        : nothing}
    </li>`;
  }

  /** A detail as a reader wants it: a date for `until`, a category's name for a move's `from` and `to`. */
  private detailValue(name: string, value: string): string {
    if (name === 'until') return value && !Number.isNaN(Date.parse(value)) ? this.localize.date(value, { dateStyle: 'medium' }) : this.localize.msg.moderationQueue.periods.indefinite;
    const category = (name === 'from' || name === 'to') && this.categories.find((c) => c.id === value);
    return category ? categoryName(category, this.localize.lang) : value;
  }

  private renderShortcuts(): TemplateResult {
    const t = this.localize.msg.moderationQueue;
    const keys: [string, keyof typeof t.shortcutKeys][] = [
      ['j', 'next'],
      ['k', 'previous'],
      ['x', 'select'],
      ['a', 'approve'],
      ['h', 'hide'],
      ['d', 'dismiss'],
      ['?', 'help'],
    ];
    return html`<details part="shortcuts" class="shortcuts" .open=${this.shortcutsOpen} @toggle=${this.onShortcutsToggle}>
      <summary>${t.shortcuts}</summary>
      <p class="hint">${t.shortcutsHint}</p>
      <dl>
        ${keys.map(([key, what]) => html`<div><dt><kbd>${key}</kbd></dt><dd>${t.shortcutKeys[what]}</dd></div>`)}
      </dl>
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'majlis-moderation-queue': MajlisModerationQueue;
  }
}
