import { expect, waitUntil } from '../helpers/fixture.js';
import { controllerHost } from '../helpers/controller-host.js';
import { RecognitionAdapter, earned } from '../helpers/recognition-adapter.js';
import { BadgeAnnouncer } from '../../src/core/controllers/badge-announcer.js';
import { MajlisStore } from '../../src/core/store.js';
import type { EarnedBadge } from '../../src/core/types.js';
import { askQuestion, postAnswer } from '../../src/core/writing.js';

/** An in-memory Storage stand-in; `broken` makes every call throw, as blocked storage does. */
function memoryStorage(broken = false) {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => {
      if (broken) throw new DOMException('blocked', 'SecurityError');
      return items.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (broken) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

function setup({ storage = memoryStorage(), adapter = new RecognitionAdapter(), store = new MajlisStore(adapter) } = {}) {
  const heard: string[][] = [];
  const host = controllerHost();
  new BadgeAnnouncer(host, {
    store: () => store,
    announce: (badges: EarnedBadge[]) => heard.push(badges.map((badge) => badge.id)),
    storage: () => storage,
  });
  host.connect();
  host.update();
  return { heard, host, storage, adapter, store };
}

describe('BadgeAnnouncer', () => {
  it('announces the viewer’s badges not announced yet, oldest first, and remembers them per viewer', async () => {
    const adapter = new RecognitionAdapter();
    adapter.badges['u-viewer'] = [earned('first-solution', '2026-11-21T00:00:00Z'), earned('first-answer', '2026-11-20T00:00:00Z')];
    const { heard, storage } = setup({ adapter });
    await waitUntil(() => heard.length === 1);
    expect(heard).to.deep.equal([['first-answer', 'first-solution']]);
    expect(JSON.parse(storage.items.get('majlis:announced-badges:u-viewer')!)).to.have.members(['first-answer', 'first-solution']);

    const second = setup({ adapter, storage });
    await settle();
    await settle();
    expect(second.heard).to.deep.equal([]);
  });

  it('announces nothing to an anonymous viewer', async () => {
    const adapter = new RecognitionAdapter();
    adapter.viewer = null;
    const { heard } = setup({ adapter });
    await settle();
    await settle();
    expect(heard).to.deep.equal([]);
    expect(adapter.calls.some((call) => call.method === 'getUser')).to.be.false;
  });

  it('fetches the viewer’s profile afresh after their own answer and announces the badge it brought', async () => {
    const adapter = new RecognitionAdapter();
    adapter.viewer = { ...adapter.viewer!, id: 'u-layla' }; // the fake's new answers are Layla's
    const { heard, store } = setup({ adapter });
    await waitUntil(() => adapter.calls.some((call) => call.method === 'getUser'));
    await settle();
    expect(heard).to.deep.equal([]);
    adapter.badges['u-layla'] = [earned('first-answer')];
    await postAnswer(store, { questionId: 'q-1', body: 'Reset the APN to internet.nuvo and restart.', language: 'en' });
    await waitUntil(() => heard.length === 1, 'no announcement after the answer');
    expect(heard).to.deep.equal([['first-answer']]);
    expect(adapter.calls.filter((call) => call.method === 'getUser')).to.have.length(2);
  });

  it('does not refetch after someone else’s answer', async () => {
    const adapter = new RecognitionAdapter();
    const { store } = setup({ adapter });
    await waitUntil(() => adapter.calls.some((call) => call.method === 'getUser'));
    await postAnswer(store, { questionId: 'q-1', body: 'Reset the APN to internet.nuvo and restart.', language: 'en' });
    await settle();
    expect(adapter.calls.filter((call) => call.method === 'getUser')).to.have.length(1);
  });

  it('fails gracefully when storage throws: announces once for the page, from memory', async () => {
    const adapter = new RecognitionAdapter();
    adapter.viewer = { ...adapter.viewer!, id: 'u-no-storage' };
    adapter.badges['u-no-storage'] = [earned('polyglot')];
    const storage = memoryStorage(true);
    const first = setup({ adapter, storage });
    await waitUntil(() => first.heard.length === 1);
    const second = setup({ adapter, storage });
    await settle();
    await settle();
    expect(second.heard).to.deep.equal([]);
  });

  it('stops listening when its host disconnects', async () => {
    const adapter = new RecognitionAdapter();
    adapter.viewer = { ...adapter.viewer!, id: 'u-sam' }; // the fake's new questions are Sam's
    const { heard, host, store } = setup({ adapter });
    await waitUntil(() => adapter.calls.some((call) => call.method === 'getUser'));
    host.disconnect();
    adapter.badges['u-sam'] = [earned('first-question')];
    await askQuestion(store, { title: 'Roaming in Morocco', body: 'Does my plan include Morocco?', categoryId: 'network-quality', language: 'en' });
    await settle();
    await settle();
    expect(heard).to.deep.equal([]);
  });
});

describe('BadgeAnnouncer, not eager', () => {
  it('fetches nothing on load, then announces after the viewer’s own answer', async () => {
    const adapter = new RecognitionAdapter();
    adapter.viewer = { ...adapter.viewer!, id: 'u-layla' };
    adapter.badges['u-layla'] = [earned('first-answer')];
    const store = new MajlisStore(adapter);
    const heard: string[][] = [];
    const host = controllerHost();
    new BadgeAnnouncer(host, { store: () => store, eager: false, announce: (badges) => heard.push(badges.map((b) => b.id)), storage: () => memoryStorage() });
    host.connect();
    host.update();
    await waitUntil(() => adapter.calls.some((call) => call.method === 'getViewer'));
    await settle();
    expect(adapter.calls.some((call) => call.method === 'getUser')).to.be.false;
    await postAnswer(store, { questionId: 'q-1', body: 'Reset the APN to internet.nuvo and restart.', language: 'en' });
    await waitUntil(() => heard.length === 1, 'no announcement after the answer');
    expect(heard).to.deep.equal([['first-answer']]);
  });
});
