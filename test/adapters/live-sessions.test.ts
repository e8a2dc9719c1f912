import { expect, loadDemoSeed, waitUntil } from '../helpers/fixture.js';
import { LIVE_SESSION_ID, startScriptedHost, withLiveSessions } from '../../demo/live.js';
import { MemoryAdapter } from '../../src/adapters/memory.js';
import type { LiveEvent } from '../../src/core/contract/live.js';
import { conformanceSeed } from '../../src/testing/conformance.js';
import { runCapabilityConformance } from '../helpers/capability-conformance.js';

runCapabilityConformance('live sessions', 'live sessions:');

describe('MemoryAdapter live sessions', () => {
  const now = () => new Date('2026-03-02T09:00:00.000Z');
  const session = {
    id: 'ls-live',
    title: 'Ask the network team: 5G and coverage',
    hashtag: 'AskNetwork',
    hostIds: ['expert'],
    startsAt: '2026-03-02T08:00:00.000Z',
    endsAt: '2026-03-02T10:00:00.000Z',
    questionIds: ['q-vi'],
  };

  it("tells the session's topic of its questions' answers and kudos, and leaves them out of question lists' topics", async () => {
    const adapter = new MemoryAdapter({ seed: { ...structuredClone(conformanceSeed), liveSessions: [session] }, viewerId: 'expert', now });
    const heard: LiveEvent[] = [];
    const listed: LiveEvent[] = [];
    adapter.subscribe({ kind: 'session', id: 'ls-live' }, (event) => heard.push(event));
    adapter.subscribe({ kind: 'questions' }, (event) => listed.push(event));
    await adapter.postAnswer({ questionId: 'q-vi', body: 'Hãy bật gọi qua Wi-Fi trong hầm gửi xe.', language: 'vi' });
    adapter.setViewer('member');
    await adapter.askInSession({ sessionId: 'ls-live', title: 'Is 5G coming to Geel this year?', body: 'My village still has 4G only.', language: 'en' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(heard.map((event) => [event.type, event.sessionId])).to.deep.equal([
      ['answer-posted', 'ls-live'],
      ['question-posted', 'ls-live'],
    ]);
    expect(listed).to.deep.equal([]);
    expect((await adapter.listQuestions({ limit: 100 })).items.map((question) => question.id)).not.to.include('q-vi');
  });

  it('refuses a seed whose session ends before it starts, or has an unknown host', () => {
    const bad = (change: object) => () => new MemoryAdapter({ seed: { ...structuredClone(conformanceSeed), liveSessions: [{ ...session, ...change }] } });
    expect(bad({ endsAt: session.startsAt })).to.throw(/liveSessions\[0\].*ends before it starts/);
    expect(bad({ hostIds: ['nobody'] })).to.throw(/liveSessions\[0\].*unknown hostIds/);
  });
});

describe("the demo's live sessions", () => {
  it('places a session today, one next week and one last week, and the scripted host answers through the saved community', async () => {
    const now = new Date();
    const seed = withLiveSessions(await loadDemoSeed(), now);
    const storageKey = `live-test-${Math.random().toString(36).slice(2)}`;
    const page = new MemoryAdapter({ seed, viewerId: 'u-noura', persist: 'local-storage', storageKey });
    try {
      const phases = (await page.listLiveSessions()).items.map((session) => [session.id, session.phase]);
      expect(phases).to.have.deep.members([
        [LIVE_SESSION_ID, 'live'],
        ['ls-roaming', 'upcoming'],
        ['ls-esim', 'ended'],
      ]);
      const waiting = await page.listSessionQuestions(LIVE_SESSION_ID, { filter: 'waiting' });
      expect(waiting.items.map((entry) => entry.question.language)).to.include.members(['en', 'ar', 'nl', 'fr', 'vi']);
      const heard: LiveEvent[] = [];
      page.subscribe({ kind: 'session', id: LIVE_SESSION_ID }, (event) => heard.push(event));
      const stop = startScriptedHost(seed, storageKey, 50);
      await waitUntil(() => heard.some((event) => event.type === 'answer-posted'), 'the scripted host did not answer');
      stop();
      const answered = await page.listSessionQuestions(LIVE_SESSION_ID, { filter: 'answered' });
      expect(answered.items.length).to.be.greaterThan(0);
      expect(answered.items[0].hostAnswers[0].author.id).to.be.oneOf(['u-khalid', 'u-joost', 'u-minh']);
    } finally {
      localStorage.removeItem(`majlis:memory:${storageKey}`);
    }
  });
});
