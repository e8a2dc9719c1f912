import { MajlisError } from '../../src/core/adapter.js';
import type {
  Answer,
  AuditEntry,
  AuditQuery,
  CallOptions,
  Flag,
  ModerationInput,
  ModerationItem,
  ModerationQueueQuery,
  ModerationResult,
  Page,
  Post,
  Question,
  QueueTab,
  User,
} from '../../src/core/types.js';
import { FakeAdapter, makeAnswer, makeQuestion } from './fake-adapter.js';

export const sophie: User = { id: 'u-sophie', name: 'Sophie Lambert', role: 'moderator', reputation: 940, joinedAt: '2019-06-20T12:15:00Z' };
export const noura: User = { id: 'u-noura', name: 'Noura Al-Shamsi', role: 'member', reputation: 60, joinedAt: '2021-12-12T09:25:00Z' };
export const omar: User = { id: 'u-omar', name: 'عمر الحربي', role: 'member', reputation: 20, joinedAt: '2022-08-30T19:10:00Z' };
export const wouter: User = { id: 'u-wouter', name: 'Wouter Peeters', role: 'member', reputation: 0, joinedAt: '2026-07-02T19:05:00Z' };

const flag = (reason: Flag['reason'], by: User, note: string | null = null, createdAt = '2026-11-20T10:00:00Z'): Flag => ({ reason, note, by, createdAt });
const moderatorCan = { vote: true, edit: true, moderate: true, flag: false, delete: true };

/** The queue a moderator of the fake community sees: two reported posts, one waiting for approval, one hidden. */
function initialQueue(): Record<QueueTab, ModerationItem[]> {
  const q1 = makeQuestion({ viewerCan: { ...moderatorCan, answer: true }, flagCount: 2 });
  const spam = makeAnswer({
    id: 'a-9',
    author: wouter,
    body: 'Cheap unlocked phones at **unlock-now.example**, message me on WhatsApp +31 6 1234 5678!',
    createdAt: '2026-11-20T08:00:00Z',
    flagCount: 2,
    state: 'published',
    viewerCan: { ...moderatorCan, accept: false },
  });
  const q2 = makeQuestion({
    id: 'q-2',
    title: 'Mijn factuur is dubbel afgeschreven',
    body: 'Mijn IBAN NL91 ABNA 0417 1643 00 is twee keer belast voor november.',
    author: noura,
    language: 'nl',
    categoryId: 'customer-care',
    flagCount: 1,
    viewerCan: { ...moderatorCan, answer: true },
  });
  const q3 = makeQuestion({
    id: 'q-3',
    title: 'eSIM activation QR code does not scan',
    body: 'The QR code from the shop does not scan. See https://example.com/screenshot',
    author: wouter,
    state: 'pending',
    moderation: { reason: null, by: null, at: '2026-11-21T09:00:00Z' },
    viewerCan: { ...moderatorCan, answer: true },
  });
  const hidden = makeAnswer({
    id: 'a-7',
    questionId: 'q-1',
    author: omar,
    language: 'ar',
    body: 'هذا سؤال غبي، ابحث في جوجل.',
    state: 'hidden',
    flagCount: 3,
    moderation: { reason: null, by: null, at: '2026-11-19T18:00:00Z' },
    viewerCan: { ...moderatorCan, accept: false },
  });
  return {
    reported: [
      { target: 'answer', question: q1, answer: spam, flags: [flag('spam', noura, 'Advertising, same text in three threads'), flag('spam', sophie)] },
      { target: 'question', question: q2, answer: null, flags: [flag('personal-data', sophie, 'Full IBAN in the question')] },
    ],
    pending: [{ target: 'question', question: q3, answer: null, flags: [] }],
    hidden: [{ target: 'answer', question: q1, answer: hidden, flags: [flag('abusive', noura), flag('abusive', wouter), flag('off-topic', sophie)] }],
  };
}

function auditEntries(count: number): AuditEntry[] {
  return Array.from({ length: count }, (_, i): AuditEntry => ({
    id: `log-${count - i}`,
    actor: i % 5 === 4 ? null : sophie,
    action: i % 5 === 4 ? 'auto-hide' : i % 2 ? 'hide' : 'move',
    target: i % 2 ? 'answer' : 'question',
    targetId: i % 2 ? `a-${i}` : 'q-1',
    questionId: 'q-1',
    reason: i % 2 ? 'Advertising' : null,
    details: i % 2 ? {} : { from: 'network-quality', to: 'customer-care' },
    createdAt: new Date(Date.UTC(2026, 10, 21, 12, 0) - i * 3_600_000).toISOString(),
  }));
}

/**
 * A moderator's community for the queue's tests: the queue, actions that change it as a backend would, the audit
 * log (paged), every call recorded, and failures on demand (a whole read, or an action on one post).
 */
export class ModerationAdapter extends FakeAdapter {
  queue = initialQueue();
  log: AuditEntry[] = auditEntries(25);
  moderated: ModerationInput[] = [];
  queueQueries: ModerationQueueQuery[] = [];
  auditQueries: AuditQuery[] = [];
  /** An action on this post (or member) id fails with the error. */
  failFor = new Map<string, MajlisError>();
  failQueue: MajlisError | null = null;
  /** Holds `moderate` until {@link releaseModerate} when set. */
  holdModerate = false;
  private held: (() => void)[] = [];

  constructor() {
    super();
    this.viewer = sophie;
  }

  releaseModerate(): void {
    this.held.shift()?.();
  }

  private posts(): Post[] {
    return Object.values(this.queue).flatMap((items) => items.flatMap((item) => [item.question, ...(item.answer ? [item.answer] : [])]));
  }

  override getQuestion(id: string): Promise<Question> {
    this.calls.push({ method: 'getQuestion', args: [id] });
    const question = this.posts().find((post): post is Question => post.type === 'question' && post.id === id);
    if (!question) return Promise.reject(new MajlisError('not-found', `No question ${id}`));
    return Promise.resolve(structuredClone(question));
  }

  listModerationQueue(query: ModerationQueueQuery, options?: CallOptions): Promise<Page<ModerationItem>> {
    this.queueQueries.push(query);
    this.calls.push({ method: 'listModerationQueue', args: [query, options] });
    if (this.failQueue) return Promise.reject(this.failQueue);
    const items = this.queue[query.tab].filter((item) => !query.categoryId || item.question.categoryId === query.categoryId);
    const start = Number(query.cursor ?? 0);
    const limit = query.limit ?? 20;
    const page = items.slice(start, start + limit);
    return Promise.resolve(structuredClone({ items: page, nextCursor: start + limit < items.length ? String(start + limit) : null, total: items.length }));
  }

  listAuditLog(query: AuditQuery = {}, options?: CallOptions): Promise<Page<AuditEntry>> {
    this.auditQueries.push(query);
    this.calls.push({ method: 'listAuditLog', args: [query, options] });
    const entries = this.log.filter((entry) => !query.targetId || entry.targetId === query.targetId);
    const start = Number(query.cursor ?? 0);
    const limit = query.limit ?? 20;
    return Promise.resolve(
      structuredClone({ items: entries.slice(start, start + limit), nextCursor: start + limit < entries.length ? String(start + limit) : null, total: entries.length }),
    );
  }

  async moderate(input: ModerationInput): Promise<ModerationResult> {
    this.moderated.push(structuredClone(input));
    this.calls.push({ method: 'moderate', args: [input] });
    if (this.holdModerate) await new Promise<void>((resolve) => this.held.push(resolve));
    const failure = this.failFor.get(input.id);
    if (failure) throw failure;
    const all = Object.entries(this.queue) as [QueueTab, ModerationItem[]][];
    const found = all.flatMap(([tab, items]) => items.map((item) => ({ tab, item }))).find(({ item }) =>
      input.target === 'answer' ? item.answer?.id === input.id : input.target === 'question' ? item.question.id === input.id && item.target === 'question' : item.question.author.id === input.id || item.answer?.author.id === input.id,
    ) ?? all.flatMap(([tab, items]) => items.map((item) => ({ tab, item }))).find(({ item }) => item.question.id === input.id);
    if (!found) throw new MajlisError('not-found', `No ${input.target} ${input.id}`);
    const { item } = found;
    const post: Post = input.target === 'answer' ? item.answer! : item.question;
    const at = '2026-11-22T10:00:00Z';
    const leave = (tab: QueueTab) => (this.queue[tab] = this.queue[tab].filter((other) => other !== item));
    const enter = (tab: QueueTab) => !this.queue[tab].includes(item) && this.queue[tab].push(item);
    switch (input.action) {
      case 'approve':
        Object.assign(post, { state: 'published', moderation: null });
        leave('pending');
        break;
      case 'hide':
        Object.assign(post, { state: 'hidden', moderation: { reason: input.reason ?? null, by: sophie, at }, flagCount: 0 });
        item.flags = [];
        leave('reported');
        leave('pending');
        enter('hidden');
        break;
      case 'restore':
        Object.assign(post, { state: 'published', moderation: null });
        leave('hidden');
        break;
      case 'delete':
        Object.assign(post, { state: 'deleted', moderation: { reason: input.reason ?? null, by: sophie, at }, flagCount: 0 });
        for (const tab of ['reported', 'pending', 'hidden'] as const) leave(tab);
        break;
      case 'dismiss-flags':
        Object.assign(post, { flagCount: 0 });
        item.flags = [];
        leave('reported');
        break;
      case 'lock':
      case 'unlock':
        item.question.status = input.action === 'lock' ? 'locked' : 'open';
        break;
      case 'pin':
      case 'unpin':
        item.question.pinned = input.action === 'pin';
        break;
      case 'move':
        item.question.categoryId = input.categoryId!;
        break;
      case 'mark-duplicate':
        item.question.duplicateOf = input.duplicateOf!;
        break;
      default:
        break;
    }
    const entry: AuditEntry = {
      id: `log-${this.log.length + 1}`,
      actor: sophie,
      action: input.action,
      target: input.target,
      targetId: input.id,
      questionId: input.target === 'user' ? null : item.question.id,
      reason: input.reason ?? null,
      details: input.until ? { until: input.until } : {},
      createdAt: at,
    };
    this.log.unshift(entry);
    const answer: Answer | null = input.target === 'answer' ? item.answer : null;
    const user = input.target === 'user' ? (item.answer?.author.id === input.id ? item.answer.author : item.question.author) : null;
    return structuredClone({ question: item.question, answer, user, entry });
  }
}
