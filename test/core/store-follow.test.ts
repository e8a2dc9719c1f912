import { expect } from '../helpers/fixture.js';
import { MemoryAdapter } from '../../src/adapters/memory.js';
import { MajlisError } from '../../src/core/adapter.js';
import type { CommunityAdapter } from '../../src/core/adapter.js';
import { MajlisStore } from '../../src/core/store.js';
import { follow, following, isFollowPending, loadFollowing } from '../../src/core/following.js';
import type { StoreChange, StoreErrorEvent } from '../../src/core/store.js';
import type { FollowInput, FollowState } from '../../src/core/types.js';
import { conformanceSeed } from '../../src/testing/conformance.js';

/** The memory adapter, whose `follow` waits for `release()` and then succeeds or fails. */
function gatedAdapter() {
  const memory = new MemoryAdapter({ seed: structuredClone(conformanceSeed), viewerId: 'member' });
  const gates: { release: () => void; fail: (error: Error) => void }[] = [];
  const adapter = Object.create(memory, {
    follow: {
      value: (input: FollowInput) =>
        new Promise<FollowState>((resolve, reject) => {
          gates.push({ release: () => resolve(memory.follow(input)), fail: reject });
        }),
    },
  }) as CommunityAdapter;
  return { memory, adapter, gates };
}

async function nextGate(gates: unknown[], count = 1): Promise<void> {
  for (let i = 0; i < 50 && gates.length < count; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(gates.length).to.equal(count, 'the follow never reached the adapter');
}

describe('following through the store (src/core/following.ts)', () => {
  it('follows a question at once, confirms it, and tells who read it', async () => {
    const { adapter, gates } = gatedAdapter();
    const store = new MajlisStore(adapter);
    await store.loadQuestion('q-open');
    expect(following(store, 'question', 'q-open')).to.equal(false);
    const changes: StoreChange[] = [];
    store.subscribe((change) => changes.push(change));
    const saved = follow(store, 'question', 'q-open', true);
    expect(following(store, 'question', 'q-open')).to.equal(true);
    expect(store.question('q-open')?.viewerFollows).to.equal(true);
    expect(isFollowPending(store, 'question', 'q-open')).to.equal(true);
    expect(changes.some((change) => change.type === 'entities' && change.keys.has('follow:question:q-open'))).to.equal(true);
    void follow(store, 'question', 'q-open', true);
    await nextGate(gates);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(gates.length).to.equal(1, 'the same change in flight reaches the adapter once');
    gates[0].release();
    expect(await saved).to.equal(true);
    expect(isFollowPending(store, 'question', 'q-open')).to.equal(false);
    expect(following(store, 'question', 'q-open')).to.equal(true);
  });

  it('rolls a failed follow back and reports it with operation follow', async () => {
    const { adapter, gates } = gatedAdapter();
    const store = new MajlisStore(adapter);
    await loadFollowing(store, 'category', 'roaming');
    const errors: StoreErrorEvent[] = [];
    store.addEventListener('error', (event) => errors.push(event as StoreErrorEvent));
    const saved = follow(store, 'category', 'roaming', true);
    expect(following(store, 'category', 'roaming')).to.equal(true);
    await nextGate(gates);
    gates[0].fail(new MajlisError('network', 'offline'));
    const error = await saved.catch((failure: unknown) => failure);
    expect((error as MajlisError).code).to.equal('network');
    expect(following(store, 'category', 'roaming')).to.equal(false);
    expect(errors.map((event) => [event.operation, event.error.code])).to.deep.equal([['follow', 'network']]);
  });

  it('rejects with unavailable when the adapter cannot follow', async () => {
    const memory = new MemoryAdapter({ seed: structuredClone(conformanceSeed), viewerId: 'member' });
    const store = new MajlisStore(Object.create(memory, { follow: { value: undefined } }) as CommunityAdapter);
    store.addEventListener('error', () => undefined);
    const error = await follow(store, 'question', 'q-open', true).catch((failure: unknown) => failure);
    expect((error as MajlisError).code).to.equal('unavailable');
  });
});
