import { expect } from '../helpers/fixture.js';
import { MemoryAdapter } from '../../src/adapters/memory.js';
import type { LiveEvent } from '../../src/core/types.js';
import { conformanceSeed } from '../../src/testing/conformance.js';

/** Resolves with the first event `adapter` hears on q-open, or null after `ms`. */
function nextEvent(adapter: MemoryAdapter, ms = 2_000): Promise<LiveEvent | null> {
  return new Promise((resolve) => {
    const stop = adapter.subscribe({ kind: 'question', id: 'q-open' }, (event) => {
      clearTimeout(timer);
      stop();
      resolve(event);
    });
    const timer = setTimeout(() => {
      stop();
      resolve(null);
    }, ms);
  });
}

describe('MemoryAdapter live updates across tabs', () => {
  const storageKey = `live-test-${Math.random().toString(36).slice(2)}`;
  afterEach(() => localStorage.removeItem(`majlis:memory:${storageKey}`));

  it('tells another adapter on the same saved community (another tab) of a new answer, which it can read at once', async () => {
    const seed = structuredClone(conformanceSeed);
    const writer = new MemoryAdapter({ seed, viewerId: 'member', persist: 'local-storage', storageKey });
    const reader = new MemoryAdapter({ seed: structuredClone(conformanceSeed), viewerId: null, persist: 'local-storage', storageKey });
    const heard = nextEvent(reader);
    const answer = await writer.postAnswer({ questionId: 'q-open', body: 'Airplane mode for a minute brought 4G back for me.', language: 'en' });
    const event = await heard;
    expect(event).to.include({ type: 'answer-posted', questionId: 'q-open', answerId: answer.id });
    expect((await reader.getAnswer(answer.id)).body).to.equal(answer.body);
  });

  it('keeps events in the page when nothing is saved', async () => {
    const writer = new MemoryAdapter({ seed: structuredClone(conformanceSeed), viewerId: 'member', storageKey });
    const other = new MemoryAdapter({ seed: structuredClone(conformanceSeed), viewerId: null, storageKey });
    const heard = nextEvent(other, 300);
    const own = nextEvent(writer);
    await writer.vote({ target: 'answer', id: 'a-open-expert', voted: true });
    expect(await heard).to.equal(null);
    expect(await own).to.include({ type: 'vote-changed', postId: 'a-open-expert' });
  });
});
