import type { PostType } from '../types.js';

/**
 * Live updates (capability `subscribe`): what a subscriber listens to and what it is told.
 *
 * Events carry ids and public counters, never a post's text nor what the viewer may do with it. A client re-reads
 * what it shows through the adapter, which applies the viewer's permissions, so a pending, hidden or deleted post
 * cannot leak through the live channel, and one event serves every viewer alike (a server can fan it out without
 * knowing who listens). Events are only sent for what every reader may see: a post waiting for a moderator makes
 * no event until it is approved (then it is `answer-posted` / `question-posted`); a post hidden or deleted makes a
 * `post-changed` naming only its id, after which a re-read shows its placeholder or nothing.
 */

/**
 * What a subscriber listens to: one question's thread, the question list (of one category, or all), or a live
 * session (its questions, their answers and kudos: capability `liveSessions`).
 */
export type LiveTopic = { kind: 'question'; id: string } | { kind: 'questions'; categoryId?: string } | { kind: 'session'; id: string };

interface LiveEventBase {
  /**
   * Increasing, opaque id of the event in its source (`Last-Event-ID` of the REST adapter). Empty for an event that
   * has none (a `reset`).
   */
  id: string;
  /** The question the event is about (of the answer, for answer events). */
  questionId: string;
  /** That question's category, so a category's list hears of it. */
  categoryId: string;
  /** The live session the question was asked in, if any (its topic hears of it; question lists do not). */
  sessionId?: string;
}

export type LiveEvent =
  /** A published answer (new, or approved by a moderator). Read it with `getAnswer(answerId)`. */
  | (LiveEventBase & { type: 'answer-posted'; answerId: string })
  /** A published question (new, or approved). */
  | (LiveEventBase & { type: 'question-posted' })
  /** The question has new activity: edited, locked, closed, pinned, moved … Read it again. */
  | (LiveEventBase & { type: 'question-updated' })
  /** A published post's kudos count changed. */
  | (LiveEventBase & { type: 'vote-changed'; target: PostType; postId: string; voteCount: number })
  /** The question's accepted answer is now `answerId` (it replaced `previousAnswerId`, if any). */
  | (LiveEventBase & { type: 'answer-accepted'; answerId: string; previousAnswerId: string | null })
  | (LiveEventBase & { type: 'answer-unaccepted'; answerId: string })
  /**
   * A post was edited, deleted or moderated (hidden, restored …): read it again; it may now be a placeholder or
   * gone for this viewer.
   */
  | (LiveEventBase & { type: 'post-changed'; target: PostType; postId: string })
  /**
   * Events were missed and cannot be replayed (a reconnection after the server's retention window): read again
   * everything the topic shows. `questionId` and `categoryId` are empty.
   */
  | (LiveEventBase & { type: 'reset' });

export type LiveEventType = LiveEvent['type'];

/** Every event type, in the order the contract lists them. */
export const LIVE_EVENT_TYPES: readonly LiveEventType[] = [
  'answer-posted',
  'question-posted',
  'question-updated',
  'vote-changed',
  'answer-accepted',
  'answer-unaccepted',
  'post-changed',
  'reset',
];

export interface SubscribeOptions {
  /** Aborting it unsubscribes, as calling the returned function does. */
  signal?: AbortSignal;
  /**
   * Called once events of the topic flow, and again after each reconnection: a mutation made after it is heard.
   * (Over a network the subscription takes a round trip to start.)
   */
  onOpen?: () => void;
  /** Called when the connection drops (the adapter retries on its own), with the error. */
  onError?: (error: unknown) => void;
}

/** The events a question list shows: new questions and activity on them (answers, acceptance, edits). */
const LIST_EVENTS: ReadonlySet<LiveEventType> = new Set([
  'question-posted',
  'question-updated',
  'answer-posted',
  'answer-accepted',
  'answer-unaccepted',
  'post-changed',
  'reset',
]);

/** Whether a subscriber to `topic` hears of `event`: the one rule every implementation applies. */
export function matchesTopic(topic: LiveTopic, event: LiveEvent): boolean {
  if (event.type === 'reset') return true;
  if (topic.kind === 'question') return event.questionId === topic.id;
  if (topic.kind === 'session') return event.sessionId === topic.id;
  if (event.sessionId !== undefined) return false;
  if (!LIST_EVENTS.has(event.type)) return event.type === 'vote-changed' && event.target === 'question' && matchesCategory(topic, event);
  return matchesCategory(topic, event);
}

function matchesCategory(topic: { categoryId?: string }, event: LiveEvent): boolean {
  return topic.categoryId === undefined || topic.categoryId === event.categoryId;
}

/** A topic as text (`question:<id>`, `questions`, `questions:<categoryId>`): the REST query and a map key. */
export function topicKey(topic: LiveTopic): string {
  if (topic.kind === 'question') return `question:${topic.id}`;
  if (topic.kind === 'session') return `session:${topic.id}`;
  return topic.categoryId === undefined ? 'questions' : `questions:${topic.categoryId}`;
}

/** The topic of {@link topicKey}'s text, or null for anything else. */
export function parseTopic(key: string): LiveTopic | null {
  const match = /^(question|questions|session)(?::(.{1,100}))?$/.exec(key);
  if (match === null) return null;
  const [, kind, id] = match;
  if (kind === 'session') return id === undefined ? null : { kind: 'session', id };
  if (kind === 'question') return id === undefined ? null : { kind: 'question', id };
  return id === undefined ? { kind: 'questions' } : { kind: 'questions', categoryId: id };
}

const TARGETS: ReadonlySet<string> = new Set(['question', 'answer']);

/** `value` as a {@link LiveEvent} if it has the shape of one (data from the network), else null. */
export function readLiveEvent(value: unknown): LiveEvent | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const text = (key: string) => typeof record[key] === 'string';
  if (
    !LIVE_EVENT_TYPES.includes(record.type as LiveEventType) ||
    !text('id') ||
    !text('questionId') ||
    !text('categoryId') ||
    (record.sessionId !== undefined && !text('sessionId'))
  ) {
    return null;
  }
  switch (record.type as LiveEventType) {
    case 'answer-posted':
    case 'answer-unaccepted':
      return text('answerId') ? (value as LiveEvent) : null;
    case 'answer-accepted':
      return text('answerId') && (record.previousAnswerId === null || text('previousAnswerId')) ? (value as LiveEvent) : null;
    case 'vote-changed':
      return TARGETS.has(record.target as string) && text('postId') && Number.isInteger(record.voteCount)
        ? (value as LiveEvent)
        : null;
    case 'post-changed':
      return TARGETS.has(record.target as string) && text('postId') ? (value as LiveEvent) : null;
    default:
      return value as LiveEvent;
  }
}
