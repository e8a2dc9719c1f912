import { expect } from '../helpers/fixture.js';
import { MemoryAdapter } from '../../src/adapters/memory.js';
import { DEFAULT_RECOGNITION } from '../../src/core/recognition.js';
import type { CommunitySeed } from '../../src/core/seed.js';

/** One author (`jan`) with an answer each in en, fr and nl, and many members who can give kudos. */
function seed(voters = 30): CommunitySeed {
  return {
    users: [
      { id: 'jan', name: 'Jan', role: 'member', joinedAt: '2024-01-01T00:00:00.000Z' },
      { id: 'asker', name: 'Layla', role: 'member', joinedAt: '2024-01-01T00:00:00.000Z', reputationBase: 5 },
      ...Array.from({ length: voters }, (_, i) => ({
        id: `v-${String(i).padStart(2, '0')}`,
        name: `Voter ${i}`,
        role: 'member' as const,
        joinedAt: '2024-01-01T00:00:00.000Z',
      })),
    ],
    categories: [{ id: 'network', name: 'Network' }],
    questions: [
      {
        id: 'q-1',
        authorId: 'asker',
        categoryId: 'network',
        title: 'No 4G indoors since the mast upgrade',
        body: 'Inside my phone drops to 3G.',
        language: 'en',
        createdAt: '2026-11-02T08:00:00.000Z',
      },
    ],
    answers: [
      { id: 'a-en', questionId: 'q-1', authorId: 'jan', body: 'Turn on VoLTE.', language: 'en', createdAt: '2026-11-02T09:00:00.000Z' },
      { id: 'a-fr', questionId: 'q-1', authorId: 'jan', body: 'Activez la VoLTE.', language: 'fr', createdAt: '2026-11-02T09:10:00.000Z' },
      { id: 'a-nl', questionId: 'q-1', authorId: 'jan', body: 'Zet VoLTE aan.', language: 'nl-BE', createdAt: '2026-11-02T09:20:00.000Z' },
    ],
    votes: [],
  };
}

/** A memory community on a clock the test moves; `as(id)` switches the viewer. */
function community(options: { recognition?: ConstructorParameters<typeof MemoryAdapter>[0]['recognition']; voters?: number } = {}) {
  const clock = { time: '2026-12-02T10:00:00.000Z' };
  const adapter = new MemoryAdapter({ seed: seed(options.voters), now: () => new Date(clock.time), recognition: options.recognition });
  const as = (id: string) => {
    adapter.setViewer(id);
    return adapter;
  };
  const reputation = async (id: string) => (await adapter.getUser(id)).reputation;
  return { adapter, clock, as, reputation };
}

describe('MemoryAdapter recognition', () => {
  it('caps the points from kudos per member and UTC day, and a withdrawal takes back exactly what it earned', async () => {
    const { as, clock, reputation } = community({ recognition: { reputation: { dailyKudosCap: 25 } } });
    await as('v-00').vote({ target: 'answer', id: 'a-en', voted: true });
    await as('v-01').vote({ target: 'answer', id: 'a-en', voted: true });
    expect(await reputation('jan')).to.equal(20);
    // The third kudos of the day earns only what the cap leaves (5), the fourth nothing.
    await as('v-02').vote({ target: 'answer', id: 'a-en', voted: true });
    expect(await reputation('jan')).to.equal(25);
    await as('v-03').vote({ target: 'answer', id: 'a-fr', voted: true });
    expect(await reputation('jan')).to.equal(25);
    // Taking back the capped kudos takes back 0, the partly capped one 5; a full one 10.
    await as('v-03').vote({ target: 'answer', id: 'a-fr', voted: false });
    expect(await reputation('jan')).to.equal(25);
    await as('v-02').vote({ target: 'answer', id: 'a-en', voted: false });
    expect(await reputation('jan')).to.equal(20);
    // A new UTC day has a new allowance, even a second after midnight.
    clock.time = '2026-12-03T00:00:01.000Z';
    await as('v-04').vote({ target: 'answer', id: 'a-en', voted: true });
    await as('v-05').vote({ target: 'answer', id: 'a-en', voted: true });
    await as('v-06').vote({ target: 'answer', id: 'a-en', voted: true });
    await as('v-07').vote({ target: 'answer', id: 'a-fr', voted: true });
    expect(await reputation('jan')).to.equal(45);
    // Accepted solutions are not capped.
    await as('asker').acceptAnswer({ answerId: 'a-en', accepted: true });
    expect(await reputation('jan')).to.equal(60);
    // The kudos metric counts capped kudos too; the reputation metric only their points.
    const kudos = await as('asker').leaderboard({ period: 'all', metric: 'kudos' });
    expect(kudos.entries.map((entry) => [entry.user.id, entry.value])).to.deep.equal([['jan', 6]]);
    const points = await as('asker').leaderboard({ period: 'all' });
    expect(points.entries.map((entry) => [entry.user.id, entry.value])).to.deep.equal([['jan', 60]]);
  });

  it('applies the default cap of 200 points a day: the 21st answer kudos of a day earns nothing', async () => {
    const { as, reputation } = community({ voters: 21 });
    for (let i = 0; i < 21; i++) await as(`v-${String(i).padStart(2, '0')}`).vote({ target: 'answer', id: 'a-en', voted: true });
    expect(await reputation('jan')).to.equal(DEFAULT_RECOGNITION.reputation.dailyKudosCap);
  });

  it('earns points per question asked when configured, and takes the configured points per kudos', async () => {
    const { as, reputation } = community({ recognition: { reputation: { questionAsked: 2, answerKudos: 3, dailyKudosCap: null } } });
    await as('jan').askQuestion({ title: 'Which APN for a dual-SIM phone?', body: 'Work eSIM and private SIM.', categoryId: 'network', language: 'en' });
    expect(await reputation('jan')).to.equal(2);
    await as('v-00').vote({ target: 'answer', id: 'a-nl', voted: true });
    expect(await reputation('jan')).to.equal(5);
    expect(await as('jan').getRecognitionRules()).to.deep.include({ reputation: { ...DEFAULT_RECOGNITION.reputation, questionAsked: 2, answerKudos: 3, dailyKudosCap: null } });
  });

  it('refuses bad rules when it is created, naming the setting', () => {
    expect(() => new MemoryAdapter({ seed: seed(), recognition: { reputation: { answerKudos: -10 } } })).to.throw(/reputation\.answerKudos/);
    expect(() => new MemoryAdapter({ seed: seed(), recognition: { ranks: [{ id: 'member', threshold: 10 }] } })).to.throw(/ranks\[0\]\.threshold must be 0/);
  });

  it('awards a badge once, dated when it was earned, and keeps it', async () => {
    const { as, clock } = community();
    await as('v-00').vote({ target: 'answer', id: 'a-en', voted: true });
    clock.time = '2026-12-04T10:00:00.000Z';
    await as('v-00').vote({ target: 'answer', id: 'a-fr', voted: true });
    expect((await as('jan').getUser('jan')).badges?.map((badge) => badge.id)).not.to.include('polyglot');
    clock.time = '2026-12-05T10:00:00.000Z';
    await as('v-00').vote({ target: 'answer', id: 'a-nl', voted: true });
    const polyglot = (await as('jan').getUser('jan')).badges?.filter((badge) => badge.id === 'polyglot');
    expect(polyglot).to.deep.equal([{ id: 'polyglot', awardedAt: '2026-12-05T10:00:00.000Z' }]);
    await as('v-00').vote({ target: 'answer', id: 'a-nl', voted: false });
    await as('v-00').vote({ target: 'answer', id: 'a-nl', voted: true });
    expect((await as('jan').getUser('jan')).badges?.filter((badge) => badge.id === 'polyglot')).to.deep.equal(polyglot);
  });

  it('dates the badges of a seeded community when their figures were reached', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const badges = (await adapter.getUser('jan')).badges;
    // Seeded answers; no kudos or accepts, so no solution or polyglot badge.
    expect(badges).to.deep.equal([{ id: 'first-answer', awardedAt: '2026-11-02T09:00:00.000Z' }]);
    expect((await adapter.getUser('asker')).badges).to.deep.equal([{ id: 'first-question', awardedAt: '2026-11-02T08:00:00.000Z' }]);
  });

  it('counts seeded kudos at their time, or at their post’s time, in the ledger', async () => {
    const community = seed();
    community.votes = [
      { userId: 'v-00', target: 'answer', targetId: 'a-en', createdAt: '2026-12-01T10:00:00.000Z' },
      { userId: 'v-01', target: 'answer', targetId: 'a-fr' },
    ];
    const adapter = new MemoryAdapter({ seed: community, now: () => new Date('2026-12-02T10:00:00.000Z') });
    expect((await adapter.getUser('jan')).reputation).to.equal(20);
    const december = await adapter.leaderboard({ period: 'month', metric: 'kudos' });
    expect(december.entries.map((entry) => [entry.user.id, entry.value])).to.deep.equal([['jan', 1]]);
    const november = await adapter.leaderboard({ period: 'all', mode: 'answers' });
    expect(november.entries.map((entry) => entry.answer?.id)).to.deep.equal(['a-en', 'a-fr']);
  });

  it('keeps the ledger and badges across page loads with local-storage', async () => {
    const storageKey = `recognition-${Math.random()}`;
    const first = new MemoryAdapter({ seed: seed(), viewerId: 'v-00', persist: 'local-storage', storageKey, recognition: { reputation: { dailyKudosCap: 5 } } });
    await first.vote({ target: 'answer', id: 'a-en', voted: true });
    await first.vote({ target: 'answer', id: 'a-fr', voted: true });
    const second = new MemoryAdapter({ seed: seed(), viewerId: 'v-00', persist: 'local-storage', storageKey, recognition: { reputation: { dailyKudosCap: 5 } } });
    expect((await second.getUser('jan')).reputation).to.equal(5);
    // The capped kudos was saved with its 0 points: taking back the first returns exactly its 5.
    await second.vote({ target: 'answer', id: 'a-en', voted: false });
    expect((await second.getUser('jan')).reputation).to.equal(0);
    second.reset();
    localStorage.removeItem(`majlis:memory:${storageKey}`);
  });

  it('refuses a bad leaderboard query from plain JavaScript', async () => {
    const { adapter } = community();
    const error = await adapter.leaderboard({ limit: '5' as unknown as number }).catch((e: unknown) => e);
    expect(error).to.include({ code: 'invalid', field: 'limit' });
  });
});
