import { topicKey } from './contract/live.js';
import type { LiveEvent, LiveTopic } from './contract/live.js';
import type { MajlisStore } from './store.js';
import type { PostType } from './types.js';

export type LiveListener = (event: LiveEvent) => void;

interface Topic {
  listeners: Set<LiveListener>;
  unsubscribe: () => void;
}

/** How many event ids are remembered to apply an event heard on several topics once. */
const SEEN_MAX = 200;

/**
 * The live updates of one store: one adapter subscription per topic, shared by every element showing it, and
 * ended when the last of them stops watching. Each event is applied to the store once (kudos counts set in
 * place, accepted answers and changed posts read again, so every element showing them updates), then handed to
 * the watchers, which decide what else to show (a thread's "new answers" bar, a list's activity marks).
 * Loaded with the first element that watches (see `controllers/live-controller.ts`).
 */
export class LiveUpdates {
  private readonly topics = new Map<string, Topic>();
  private readonly seen = new Set<string>();

  constructor(private readonly store: MajlisStore) {}

  /** Hands `listener` each event of `topic` until the returned function is called. */
  watch(topic: LiveTopic, listener: LiveListener): () => void {
    const subscribe = this.store.adapter.subscribe?.bind(this.store.adapter);
    if (subscribe === undefined) return () => undefined;
    const key = topicKey(topic);
    let entry = this.topics.get(key);
    if (entry === undefined) {
      const created: Topic = { listeners: new Set(), unsubscribe: () => undefined };
      created.unsubscribe = subscribe(topic, (event) => this.receive(created, event));
      this.topics.set(key, created);
      entry = created;
    }
    const watching = entry;
    watching.listeners.add(listener);
    return () => {
      if (!watching.listeners.delete(listener) || watching.listeners.size > 0) return;
      watching.unsubscribe();
      if (this.topics.get(key) === watching) this.topics.delete(key);
    };
  }

  /** How many topics have an open subscription (for tests). */
  get topicCount(): number {
    return this.topics.size;
  }

  private receive(topic: Topic, event: LiveEvent): void {
    if (event.id === '' || !this.seen.has(event.id)) {
      this.seen.add(event.id);
      if (this.seen.size > SEEN_MAX) this.seen.delete(this.seen.values().next().value as string);
      this.apply(event);
    }
    for (const listener of [...topic.listeners]) listener(event);
  }

  /** What the event changes of what the store holds; reads go through the adapter, so the viewer's rights apply. */
  private apply(event: LiveEvent): void {
    const { store } = this;
    const cached = (target: 'question' | 'answer', id: string) => (target === 'question' ? store.question(id) : store.answer(id)) !== undefined;
    const reread = (target: 'question' | 'answer', id: string) => {
      if (cached(target, id)) void store.loadPost(target, id).catch(() => undefined);
    };
    switch (event.type) {
      case 'vote-changed':
        applyVoteCount(store, event.target, event.postId, event.voteCount);
        break;
      case 'answer-accepted':
      case 'answer-unaccepted':
        reread('question', event.questionId);
        reread('answer', event.answerId);
        if (event.type === 'answer-accepted' && event.previousAnswerId !== null) reread('answer', event.previousAnswerId);
        break;
      case 'post-changed':
        reread(event.target, event.postId);
        break;
      case 'question-updated':
      case 'answer-posted':
        // The question's answer count and activity changed.
        reread('question', event.questionId);
        break;
      default:
        break;
    }
  }
}

const updates = new WeakMap<MajlisStore, LiveUpdates>();

/** The live updates of `store` (made on first use). */
export function liveUpdates(store: MajlisStore): LiveUpdates {
  let live = updates.get(store);
  if (live === undefined) {
    live = new LiveUpdates(store);
    updates.set(store, live);
  }
  return live;
}

/**
 * A published post's kudos count as a live update told it (another member's kudos): the cached post shows it in
 * place. Ignored while the viewer's own kudos on it waits for the adapter (its answer brings the count).
 */
function applyVoteCount(store: MajlisStore, target: PostType, id: string, voteCount: number): void {
  const cached = store.confirmedPost(target, id);
  if (!cached || cached.voteCount === voteCount || store.isPending(`${target}:${id}`)) return;
  store.confirm({ posts: [{ ...cached, voteCount }] });
}
