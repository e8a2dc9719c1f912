import type { ReactiveControllerHost } from 'lit';
import { supports } from '../adapter.js';
import { QUEUE_TABS } from '../moderation-names.js';
import type { MajlisStore, StoreChange } from '../store.js';
import type { AuditEntry, AuditQuery, ModerationAction, ModerationItem, ModerationQueueQuery, Post, QueueTab } from '../types.js';
import { PagedLoadController } from './paged-load-controller.js';
import { listAuditLog, listModerationQueue } from '../moderating.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What `<majlis-moderation-queue>` shows: one tab of the queue, or the audit log. */
export type ModerationView = QueueTab | 'audit';

/** The key of a queue item: its post (`question:q-1`, `answer:a-3`). */
export const itemKey = (item: Pick<ModerationItem, 'target' | 'question' | 'answer'>): string =>
  item.target === 'answer' && item.answer ? `answer:${item.answer.id}` : `question:${item.question.id}`;

/** Actions that settle a report or a waiting post: the item leaves the reported tab once done. */
const DECISIONS: ReadonlySet<ModerationAction> = new Set<ModerationAction>(['approve', 'hide', 'restore', 'delete', 'dismiss-flags']);

/**
 * Whether a post acted on still belongs to a tab: `pending` and `hidden` hold posts in that state; `reported`
 * holds published or hidden posts with open flags that no moderator has decided on yet.
 */
export function stillQueued(tab: QueueTab, action: ModerationAction, post: Post): boolean {
  const state = post.state ?? 'published';
  if (tab === 'pending') return state === 'pending';
  if (tab === 'hidden') return state === 'hidden';
  return state !== 'deleted' && !DECISIONS.has(action) && (post.flagCount ?? 1) > 0;
}

export interface ModerationQueueOptions {
  store(): MajlisStore | undefined;
  /** What to show now; nothing loads while {@link enabled} is false. */
  view(): ModerationView;
  /** Only posts of this category (empty: all). */
  category(): string;
  /** The audit log of one post or member only (undefined: everything). */
  auditTarget(): string | undefined;
  /** Whether the viewer may see the queue (a moderator, on an adapter with the capability). */
  enabled(): boolean;
  /** Items per page (default 20). */
  pageSize?: number;
}

/**
 * The moderation queue's data: the shown tab's items (cursor-paged, through the store, so their posts are cached
 * and shared with the rest of the page), each tab's count when the adapter tells it, and the audit log. An action
 * confirmed anywhere on the page (the store's `moderated` change) takes its item out of a tab it no longer
 * belongs to, refreshes the counts and, when shown, the audit log. Feed it the store's changes.
 */
export class ModerationQueueController {
  /** The items loaded, by {@link itemKey}. */
  private readonly items = new Map<string, ModerationItem>();
  /** Items acted on since the shown page loaded, no longer in their tab. */
  private readonly gone = new Set<string>();
  private readonly entryById = new Map<string, AuditEntry>();
  /** Each tab's number of items, when known. */
  counts: Partial<Record<QueueTab, number>> = {};
  private countsAbort: AbortController | undefined;

  readonly queue: PagedLoadController<ModerationQueueQuery>;
  readonly audit: PagedLoadController<AuditQuery>;

  constructor(
    private readonly host: Host,
    private readonly options: ModerationQueueOptions,
  ) {
    const limit = options.pageSize ?? 20;
    this.queue = new PagedLoadController<ModerationQueueQuery>(host, {
      query: () => {
        const view = options.view();
        if (!this.ready || view === 'audit') return undefined;
        const category = options.category();
        return category ? { tab: view, categoryId: category, limit } : { tab: view, limit };
      },
      fetch: async (query, cursor, signal) => {
        const page = await listModerationQueue(options.store()!, { ...query, cursor }, { signal });
        for (const item of page.items) this.items.set(itemKey(item), item);
        if (page.total !== undefined) this.counts = { ...this.counts, [query.tab]: page.total };
        return { ...page, items: page.items.map((item) => ({ id: itemKey(item) })) };
      },
      keep: (shown, next) => shown.tab === next.tab && shown.categoryId === next.categoryId,
      loaded: () => {
        this.gone.clear();
        void this.refreshCounts();
      },
    });
    this.audit = new PagedLoadController<AuditQuery>(host, {
      query: () => {
        if (!this.ready || options.view() !== 'audit') return undefined;
        const targetId = options.auditTarget();
        return targetId ? { targetId, limit } : { limit };
      },
      fetch: async (query, cursor, signal) => {
        const page = await listAuditLog(options.store()!, { ...query, cursor }, { signal });
        for (const entry of page.items) this.entryById.set(entry.id, entry);
        return page;
      },
      keep: (shown, next) => shown.targetId === next.targetId,
    });
  }

  private get ready(): boolean {
    const store = this.options.store();
    return store !== undefined && supports(store.adapter, 'moderate') && this.options.enabled();
  }

  /** The shown tab's items, in the queue's order, without those acted on that left it. */
  get shown(): ModerationItem[] {
    return this.queue.ids.filter((key) => !this.gone.has(key)).map((key) => this.items.get(key)!);
  }

  /** The shown audit entries, newest first. */
  get entries(): AuditEntry[] {
    return this.audit.ids.map((id) => this.entryById.get(id)!);
  }

  /** The number of items in a tab, when known. */
  count(tab: QueueTab): number | undefined {
    return this.counts[tab];
  }

  /** Hears a store change: a confirmed action takes its item out of a tab it left; a new viewer starts over. */
  storeChanged(change: StoreChange): void {
    if (change.type === 'reset') {
      this.counts = {};
      this.queue.reload({ fresh: true });
      this.audit.reload({ fresh: true });
      return;
    }
    if (change.type === 'refresh') {
      this.queue.reload();
      this.audit.reload();
      return;
    }
    if (change.type !== 'moderated') return;
    const { input, result } = change;
    const tab = this.queue.shown?.tab;
    const post = input.target === 'answer' ? result.answer : input.target === 'question' ? result.question : null;
    const key = `${input.target}:${input.id}`;
    if (tab && post && this.queue.ids.includes(key) && !this.gone.has(key) && !stillQueued(tab, input.action, post)) {
      this.gone.add(key);
      const count = this.counts[tab];
      if (count !== undefined) this.counts = { ...this.counts, [tab]: Math.max(0, count - 1) };
    }
    if (this.options.view() === 'audit') this.audit.reload();
    void this.refreshCounts();
    this.host.requestUpdate();
  }

  /** Asks the adapter how many items each tab holds (one item each), so the tabs show their counts. */
  async refreshCounts(): Promise<void> {
    const store = this.options.store();
    if (!store || !this.ready) return;
    this.countsAbort?.abort();
    const abort = (this.countsAbort = new AbortController());
    const category = this.options.category();
    const totals = await Promise.all(
      QUEUE_TABS.map((tab) =>
        listModerationQueue(store, category ? { tab, categoryId: category, limit: 1 } : { tab, limit: 1 }, { signal: abort.signal }).then((page) => page.total, () => undefined),
      ),
    );
    if (abort.signal.aborted) return;
    const counts: Partial<Record<QueueTab, number>> = { ...this.counts };
    QUEUE_TABS.forEach((tab, i) => {
      const total = totals[i];
      if (total !== undefined) counts[tab] = total;
    });
    this.counts = counts;
    this.host.requestUpdate();
  }
}
