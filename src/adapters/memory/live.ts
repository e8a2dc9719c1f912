import { matchesTopic } from '../../core/contract/live.js';
import type { LiveEvent, LiveTopic, SubscribeOptions } from '../../core/contract/live.js';
import type { PostType } from '../../core/types.js';
import type { StoredPost, StoredQuestion } from './model.js';

/** An event before it has its id. */
type Unnumbered<E> = E extends LiveEvent ? Omit<E, 'id'> : never;
export type NewLiveEvent = Unnumbered<LiveEvent>;

interface Subscriber {
  topic: LiveTopic;
  onEvent: (event: LiveEvent) => void;
}

/**
 * The memory adapter's live updates: delivered to subscribers in this page and, when the community is saved to
 * `localStorage`, to the other tabs of the origin through a `BroadcastChannel` of the same name (each tab reloads
 * the saved community before it tells its subscribers, so what they re-read is there).
 */
export class LiveChannel {
  private readonly subscribers = new Set<Subscriber>();
  private channel: BroadcastChannel | null = null;
  private sequence = 0;

  /**
   * @param name the BroadcastChannel's name; null keeps events in this page.
   * @param onRemote runs before an event of another tab is delivered here (reload the saved community).
   */
  constructor(
    private readonly name: string | null,
    private readonly onRemote: () => void,
  ) {}

  subscribe(topic: LiveTopic, onEvent: (event: LiveEvent) => void, options: SubscribeOptions = {}): () => void {
    const subscriber: Subscriber = { topic: structuredClone(topic), onEvent };
    if (options.signal?.aborted) return () => undefined;
    this.subscribers.add(subscriber);
    this.open();
    const unsubscribe = () => {
      this.subscribers.delete(subscriber);
      options.signal?.removeEventListener('abort', unsubscribe);
    };
    options.signal?.addEventListener('abort', unsubscribe, { once: true });
    if (options.onOpen !== undefined) setTimeout(() => this.subscribers.has(subscriber) && options.onOpen?.(), 0);
    return unsubscribe;
  }

  /** Numbers `event`, sends it to the other tabs and, after the current call has returned, to this page's subscribers. */
  publish(event: NewLiveEvent): void {
    const numbered = { ...event, id: `${Date.now().toString(36)}-${(++this.sequence).toString(36)}` };
    this.open();
    this.channel?.postMessage(numbered);
    setTimeout(() => this.deliver(numbered), 0);
  }

  private deliver(event: LiveEvent): void {
    for (const subscriber of [...this.subscribers]) {
      if (!this.subscribers.has(subscriber) || !matchesTopic(subscriber.topic, event)) continue;
      try {
        subscriber.onEvent(structuredClone(event));
      } catch (error) {
        // One subscriber's failure must not keep the event from the others.
        setTimeout(() => {
          throw error;
        }, 0);
      }
    }
  }

  /** Opened on the first subscription or event and kept: a tab hears the others' changes from then on. */
  private open(): void {
    if (this.channel !== null || this.name === null || typeof BroadcastChannel !== 'function') return;
    this.channel = new BroadcastChannel(this.name);
    this.channel.onmessage = ({ data }: MessageEvent<LiveEvent>) => {
      this.onRemote();
      this.deliver(data);
    };
  }

  /** Stops listening to the other tabs (the adapter is being thrown away). */
  close(): void {
    this.channel?.close();
    this.channel = null;
  }
}

/**
 * The events of one mutation: only what every reader may see (published posts). A post not published before and
 * after makes none; one that left `published` (hidden, deleted) makes a `post-changed`, ids only.
 */
export function postEvents(
  question: StoredQuestion,
  target: PostType,
  post: StoredPost,
  before: StoredPost['state'] | null,
): NewLiveEvent[] {
  const base = { questionId: question.id, categoryId: question.categoryId };
  const after = post.state;
  if (after !== 'published' && before !== 'published') return [];
  if (after === 'published' && before !== 'published') {
    return [target === 'answer' ? { ...base, type: 'answer-posted', answerId: post.id } : { ...base, type: 'question-posted' }];
  }
  return [{ ...base, type: 'post-changed', target, postId: post.id }];
}
