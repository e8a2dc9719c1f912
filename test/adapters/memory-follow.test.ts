import { expect } from '../helpers/fixture.js';
import { MemoryAdapter } from '../../src/adapters/memory.js';
import type { MajlisError } from '../../src/core/adapter.js';
import type { CommunitySeed } from '../../src/core/seed.js';
import { conformanceSeed } from '../../src/testing/conformance.js';

const seedWith = (follows: CommunitySeed['follows']): CommunitySeed => ({ ...structuredClone(conformanceSeed), follows });

describe('MemoryAdapter following', () => {
  it('loads the seed’s follows and remembered unfollows', async () => {
    const adapter = new MemoryAdapter({
      seed: seedWith([
        { userId: 'member', target: 'category', targetId: 'roaming', createdAt: '2026-01-02T10:00:00Z' },
        { userId: 'member', target: 'question', targetId: 'q-open', following: false },
      ]),
      viewerId: 'member',
    });
    const page = await adapter.listFollows();
    expect(page.items).to.deep.equal([{ target: 'category', id: 'roaming', name: 'Roaming & travel', followedAt: '2026-01-02T10:00:00.000Z' }]);
    // The remembered unfollow keeps an answer from following the question again.
    await adapter.postAnswer({ questionId: 'q-open', body: 'Resetting the network settings fixed it for me.', language: 'en' });
    expect((await adapter.getQuestion('q-open')).viewerFollows).to.equal(false);
  });

  it('refuses a seed follow of an unknown target, naming the record', () => {
    const bad = seedWith([{ userId: 'member', target: 'question', targetId: 'q-nowhere' }]);
    expect(() => new MemoryAdapter({ seed: bad })).to.throw(/follows\[0\]/);
    const repeated = seedWith([
      { userId: 'member', target: 'category', targetId: 'roaming' },
      { userId: 'member', target: 'category', targetId: 'roaming' },
    ]);
    expect(() => new MemoryAdapter({ seed: repeated })).to.throw(/repeats the follow/);
  });

  it('keeps follows and notification settings across page loads', async () => {
    const storageKey = `follow-test-${Math.random()}`;
    const seed = structuredClone(conformanceSeed);
    const first = new MemoryAdapter({ seed, viewerId: 'member', persist: 'local-storage', storageKey });
    await first.follow({ target: 'category', id: 'billing', following: true });
    await first.setNotificationSettings({ delivery: 'daily', language: 'vi' });
    const second = new MemoryAdapter({ seed, viewerId: 'member', persist: 'local-storage', storageKey });
    expect((await second.listCategories()).find((category) => category.id === 'billing')?.viewerFollows).to.equal(true);
    expect(await second.getNotificationSettings()).to.deep.equal({ delivery: 'daily', language: 'vi' });
    second.reset();
  });

  it('simulates a failing follow without changing anything', async () => {
    const adapter = new MemoryAdapter({ seed: structuredClone(conformanceSeed), viewerId: 'member', simulate: { failures: { follow: 'network' } } });
    const error = (await adapter.follow({ target: 'question', id: 'q-open', following: true }).catch((failure: unknown) => failure)) as MajlisError;
    expect(error.code).to.equal('network');
    expect((await adapter.getQuestion('q-open')).viewerFollows).to.equal(false);
  });
});
