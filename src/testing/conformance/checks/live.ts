/**
 * Live updates (optional capability `subscribe`): a subscriber hears the events of the mutations it may see, of
 * its topic only, with ids and counters but no content, and nothing of a post waiting for a moderator. Each check
 * is skipped when the adapter lacks what it needs (see `../community.ts`).
 */
import type { LiveEvent, LiveEventType, LiveTopic } from '../../../core/contract/live.js';
import { ensure, expectEqual, show } from '../assertions.js';
import { community } from '../community.js';
import type { Adapter } from '../helpers.js';
import { validAnswer, validQuestion } from '../helpers.js';
import type { ConformanceCheck } from '../types.js';

/** How long an event may take to arrive. */
const WAIT_MS = 5_000;

interface Listening {
  readonly events: LiveEvent[];
  /** Resolves with the first event (from the start) that `match` accepts; fails after {@link WAIT_MS}. */
  next(match: (event: LiveEvent) => boolean, what: string): Promise<LiveEvent>;
  stop(): void;
}

/** Subscribes `adapter` to `topic` and resolves once events flow. */
async function listen(adapter: Adapter, topic: LiveTopic): Promise<Listening> {
  const events: LiveEvent[] = [];
  const waiters = new Set<() => void>();
  let stop: () => void = () => undefined;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`subscribe(${show(topic)}) did not call onOpen within ${WAIT_MS} ms`)), WAIT_MS);
    stop = adapter.subscribe!(topic, (event) => {
      events.push(event);
      for (const wake of [...waiters]) wake();
    }, {
      onOpen: () => {
        clearTimeout(timer);
        resolve();
      },
    });
  });
  return {
    events,
    stop,
    next: (match, what) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find(match);
          if (found === undefined) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`expected ${what} within ${WAIT_MS} ms; heard ${show(events.map((event) => event.type))}`));
        }, WAIT_MS);
        waiters.add(check);
        check();
      }),
  };
}

const ofType =
  <T extends LiveEventType>(type: T, more: (event: Extract<LiveEvent, { type: T }>) => boolean = () => true) =>
  (event: LiveEvent): boolean =>
    event.type === type && more(event as Extract<LiveEvent, { type: T }>);

/** The fields an event may have: ids, types and counters, never a post's text. */
const EVENT_FIELDS = new Set(['id', 'type', 'questionId', 'categoryId', 'answerId', 'previousAnswerId', 'target', 'postId', 'voteCount']);

function expectNoContent(event: LiveEvent): void {
  const extra = Object.keys(event).filter((key) => !EVENT_FIELDS.has(key));
  ensure(extra.length === 0, `expected a ${event.type} event to carry ids and counters only; it has ${show(extra)}`);
}

export const liveChecks: readonly ConformanceCheck[] = [
  {
    rule: "subscribe: a thread's subscriber hears a new answer, kudos, accept and unaccept on it, and nothing of another question",
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['subscribe'] });
      if (c === null) return;
      const thread = await listen(await c.as(null), { kind: 'question', id: 'q-open' });
      try {
        await (await c.as('member')).postAnswer({ ...validAnswer, questionId: 'q-solved' });
        const answer = await (await c.as('member')).postAnswer(validAnswer);
        const posted = await thread.next(ofType('answer-posted'), 'answer-posted');
        expectEqual([posted.questionId, posted.categoryId, (posted as { answerId: string }).answerId], ['q-open', 'network', answer.id], '[questionId, categoryId, answerId] of answer-posted');
        const voted = await (await c.as('other')).vote({ target: 'answer', id: 'a-open-expert', voted: true });
        const kudos = await thread.next(ofType('vote-changed'), 'vote-changed');
        expectEqual(kudos, { ...kudos, target: 'answer', postId: 'a-open-expert', voteCount: voted.voteCount }, 'the vote-changed event');
        await (await c.as('asker')).acceptAnswer({ answerId: 'a-open-expert', accepted: true });
        const accepted = await thread.next(ofType('answer-accepted'), 'answer-accepted');
        expectEqual([(accepted as { answerId: string }).answerId, (accepted as { previousAnswerId: string | null }).previousAnswerId], ['a-open-expert', null], '[answerId, previousAnswerId] of answer-accepted');
        await (await c.as('asker')).acceptAnswer({ answerId: 'a-open-expert', accepted: false });
        await thread.next(ofType('answer-unaccepted', (event) => event.answerId === 'a-open-expert'), 'answer-unaccepted');
        const strangers = thread.events.filter((event) => event.questionId !== 'q-open');
        expectEqual(strangers.map((event) => event.questionId), [], 'the questions of events heard on the topic of q-open');
        thread.events.forEach(expectNoContent);
        const ids = thread.events.map((event) => event.id);
        ensure(new Set(ids).size === ids.length && ids.every((id) => id !== ''), `expected distinct, non-empty event ids; got ${show(ids)}`);
      } finally {
        thread.stop();
      }
    },
  },
  {
    rule: 'subscribe: the question list hears of new questions and activity, of its category only when it names one',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['subscribe'] });
      if (c === null) return;
      const all = await listen(await c.as(null), { kind: 'questions' });
      const network = await listen(await c.as(null), { kind: 'questions', categoryId: 'network' });
      try {
        const billing = await (await c.as('member')).askQuestion({ ...validQuestion, categoryId: 'billing' });
        const asked = await (await c.as('member')).askQuestion(validQuestion);
        await all.next(ofType('question-posted', (event) => event.questionId === billing.id), 'question-posted of the billing question');
        const heard = await network.next(ofType('question-posted'), 'question-posted in network');
        expectEqual([heard.questionId, heard.categoryId], [asked.id, 'network'], '[questionId, categoryId] of the first question-posted of network');
        await (await c.as('other')).postAnswer(validAnswer);
        await network.next(ofType('answer-posted', (event) => event.questionId === 'q-open'), 'answer-posted on q-open, as activity of the list');
        await all.next(ofType('answer-posted', (event) => event.questionId === 'q-open'), 'answer-posted on q-open in the whole list');
        expectEqual(network.events.filter((event) => event.categoryId !== 'network').map((event) => event.questionId), [], 'the questions of other categories heard by the list of network');
      } finally {
        all.stop();
        network.stop();
      }
    },
  },
  {
    rule: 'subscribe: a post waiting for a moderator is not pushed; its approval is; a hidden post is pushed as post-changed, ids only',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['subscribe', 'moderate'], moderation: { premoderation: 'all' } });
      if (c === null) return;
      const thread = await listen(await c.as(null), { kind: 'question', id: 'q-open' });
      try {
        const pending = await (await c.as('member')).postAnswer(validAnswer);
        expectEqual(pending.state, 'pending', 'the state of an answer under pre-moderation');
        // A later event of the same source marks that the pending answer's would have arrived by now.
        await (await c.as('other')).vote({ target: 'answer', id: 'a-open-expert', voted: true });
        await thread.next(ofType('vote-changed'), 'vote-changed after the pending answer');
        expectEqual(thread.events.filter(ofType('answer-posted')).length, 0, 'answer-posted events', 'of an answer waiting for a moderator');
        await (await c.as('moderator')).moderate!({ target: 'answer', id: pending.id, action: 'approve' });
        await thread.next(ofType('answer-posted', (event) => event.answerId === pending.id), 'answer-posted once approved');
        await (await c.as('moderator')).moderate!({ target: 'answer', id: 'a-open-member', action: 'hide', reason: 'Off-topic' });
        const hidden = await thread.next(ofType('post-changed', (event) => event.postId === 'a-open-member'), 'post-changed of the hidden answer');
        expectNoContent(hidden);
        expectEqual((hidden as { target: string }).target, 'answer', 'the target of post-changed');
      } finally {
        thread.stop();
      }
    },
  },
  {
    rule: 'subscribe: after the returned function is called, or the signal aborts, nothing more is delivered',
    async run(ctx) {
      const c = await community(ctx, { capabilities: ['subscribe'] });
      if (c === null) return;
      const stopped = await listen(await c.as(null), { kind: 'question', id: 'q-open' });
      const aborted = new AbortController();
      const late: LiveEvent[] = [];
      await new Promise<void>((resolve) => {
        (async () => (await c.as(null)).subscribe!({ kind: 'question', id: 'q-open' }, (event) => late.push(event), { signal: aborted.signal, onOpen: resolve }))().catch(resolve);
      });
      const witness = await listen(await c.as(null), { kind: 'question', id: 'q-open' });
      try {
        stopped.stop();
        stopped.stop();
        aborted.abort();
        await (await c.as('other')).vote({ target: 'answer', id: 'a-open-expert', voted: true });
        await witness.next(ofType('vote-changed'), 'vote-changed on a subscription still open');
        expectEqual([stopped.events.length, late.length], [0, 0], '[events after unsubscribe, events after abort]');
      } finally {
        witness.stop();
      }
    },
  },
];
