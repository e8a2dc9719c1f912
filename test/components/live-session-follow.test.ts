import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { expect, html, loadDemoSeed, oneEvent, waitUntil } from '../helpers/fixture.js';
import { mountWith, part } from '../helpers/provider.js';
import { MemoryAdapter } from '../../src/adapters/memory.js';
import type { SimulationOptions } from '../../src/adapters/memory.js';
import type { CommunityAdapter } from '../../src/core/adapter.js';
import type { MajlisErrorEvent, MajlisFollowEvent, MajlisLoginRequestEvent } from '../../src/core/events.js';
import { loadElement } from '../../src/core/lazy.js';
import type { CommunitySeed } from '../../src/core/seed.js';
import { conformanceSeed } from '../../src/testing/conformance.js';
import type { MajlisFollowButton } from '../../src/components/follow-button/follow-button.js';
import type { MajlisLiveSession } from '../../src/components/live-session/live-session.js';
import { LIVE_SESSION_ID, withLiveSessions } from '../../demo/live.js';

/* Following a live session from its header: `<majlis-follow-button target="session">` inside `<majlis-live-session>`. */

const TAG = 'majlis-live-session';

before(() => Promise.all([loadElement(TAG), loadElement('majlis-follow-button')]));

const NOW = new Date('2026-03-02T09:00:00.000Z');

function memory(viewerId: string | null = 'member', simulate: SimulationOptions = {}, follows: CommunitySeed['follows'] = []): MemoryAdapter {
  const seed: CommunitySeed = {
    ...structuredClone(conformanceSeed),
    follows,
    liveSessions: [
      {
        id: 'ls-net',
        title: 'Ask the network team',
        hashtag: 'AskNetwork',
        hostIds: ['expert'],
        startsAt: '2026-03-02T08:30:00.000Z',
        endsAt: '2026-03-02T09:30:00.000Z',
      },
    ],
  };
  return new MemoryAdapter({ seed, viewerId, simulate, now: () => NOW });
}

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const followButton = (el: MajlisLiveSession) => el.shadowRoot!.querySelector<MajlisFollowButton>('majlis-follow-button');
const toggle = (el: MajlisLiveSession) => part(followButton(el)!, 'follow-button') as HTMLButtonElement;
const followedSessions = async (adapter: MemoryAdapter) =>
  (await adapter.listFollows({ target: 'session' })).items.map((item) => [item.id, item.name]);

async function mount(adapter: CommunityAdapter, wrap = (inner: TemplateResult) => html`<div lang="en" dir="ltr">${inner}</div>`, id = 'ls-net') {
  const el = await mountWith<MajlisLiveSession>(adapter, html`<majlis-live-session session-id=${id}></majlis-live-session>`, TAG, wrap);
  await waitUntil(() => part(el, 'header') && (part(el, 'list') || part(el, 'empty')), 'the session did not show');
  return el;
}

async function ready(el: MajlisLiveSession): Promise<HTMLButtonElement> {
  await waitUntil(() => followButton(el) && part(followButton(el)!, 'follow-button') && !toggle(el).disabled, 'the follow toggle never became ready');
  return toggle(el);
}

describe('<majlis-live-session> following', () => {
  it('follows the session from its header at once, fires majlis-follow, and unfollows', async () => {
    const adapter = memory();
    const el = await mount(adapter);
    const button = await ready(el);
    expect(part(el, 'header')!.contains(followButton(el))).to.equal(true);
    expect([text(button), button.getAttribute('aria-pressed')]).to.deep.equal(['Follow this session', 'false']);
    expect(text(followButton(el)!.shadowRoot!.getElementById('follow-what'))).to.equal('Get news when the hosts answer questions in this session');
    const followed = oneEvent<MajlisFollowEvent>(el, 'majlis-follow');
    button.click();
    await followButton(el)!.updateComplete;
    expect([text(toggle(el)), toggle(el).getAttribute('aria-pressed')]).to.deep.equal(['Following', 'true']);
    expect((await followed).detail).to.deep.equal({ target: 'session', id: 'ls-net', following: true });
    expect(await followedSessions(adapter)).to.deep.equal([['ls-net', 'Ask the network team']]);
    const unfollowed = oneEvent<MajlisFollowEvent>(el, 'majlis-follow');
    toggle(el).click();
    expect((await unfollowed).detail.following).to.equal(false);
    expect(await followedSessions(adapter)).to.deep.equal([]);
  });

  it('shows a session the member already follows (in the seed) as Following', async () => {
    const el = await mount(memory('member', {}, [{ userId: 'member', target: 'session', targetId: 'ls-net' }]));
    await waitUntil(async () => (await ready(el)).getAttribute('aria-pressed') === 'true', 'the follow never showed');
    expect(text(toggle(el))).to.equal('Following');
  });

  it('shows the follow at once, then rolls the toggle back and says why when the adapter refuses', async () => {
    const adapter = memory();
    const el = await mount(adapter);
    const errors: MajlisErrorEvent[] = [];
    el.addEventListener('majlis-error', (event) => errors.push(event));
    const button = await ready(el);
    adapter.setSimulation({ latency: 400, failures: { follow: 'network' } });
    button.click();
    await waitUntil(() => toggle(el).getAttribute('aria-pressed') === 'true', 'the follow did not show at once');
    await waitUntil(() => text(part(followButton(el)!, 'follow-error')), 'no error was shown');
    expect(toggle(el).getAttribute('aria-pressed')).to.equal('false');
    expect(errors.map((event) => [event.detail.operation, event.detail.error.code])).to.deep.equal([['follow', 'network']]);
    adapter.setSimulation({});
    expect(await followedSessions(adapter)).to.deep.equal([]);
  });

  it('asks an anonymous reader to sign in, then follows the session', async () => {
    const adapter = memory(null);
    const el = await mount(adapter);
    const requested = oneEvent<MajlisLoginRequestEvent>(el, 'majlis-login-request');
    (await ready(el)).click();
    const event = await requested;
    expect(event.detail.reason).to.equal('follow');
    expect(toggle(el).getAttribute('aria-pressed')).to.equal('false');
    adapter.setViewer('member');
    const followed = oneEvent<MajlisFollowEvent>(el, 'majlis-follow');
    await event.detail.signedIn();
    expect((await followed).detail).to.deep.equal({ target: 'session', id: 'ls-net', following: true });
    expect(await followedSessions(adapter)).to.deep.equal([['ls-net', 'Ask the network team']]);
  });

  it('follows the demo’s live session (?page=live) on the in-browser adapter', async () => {
    const adapter = new MemoryAdapter({ seed: withLiveSessions(await loadDemoSeed(), new Date()), viewerId: 'u-noura' });
    const el = await mount(adapter, undefined, LIVE_SESSION_ID);
    (await ready(el)).click();
    await waitUntil(() => toggle(el).getAttribute('aria-pressed') === 'true', 'the demo session was not followed');
    expect((await adapter.getLiveSession(LIVE_SESSION_ID)).viewerFollows).to.equal(true);
  });

  it('has no follow toggle when the adapter cannot follow', async () => {
    const adapter = memory();
    const el = await mount(Object.create(adapter, { follow: { value: undefined } }) as CommunityAdapter);
    expect(followButton(el)).to.equal(null);
  });

  for (const [lang, dir, label] of [
    ['en', 'ltr', 'Follow this session'],
    ['ar', 'rtl', 'متابعة هذه الجلسة'],
  ] as const) {
    it(`is accessible in ${dir.toUpperCase()} (${lang}), before and after following`, async () => {
      const el = await mount(memory(), (inner) => html`<div lang=${lang} dir=${dir}>${inner}</div>`);
      await waitUntil(async () => text(await ready(el)) === label, `the toggle never read ${label}`);
      await expect(el).to.be.accessible();
      toggle(el).click();
      await waitUntil(() => toggle(el).getAttribute('aria-pressed') === 'true', 'never followed');
      await expect(el).to.be.accessible();
    });
  }
});
