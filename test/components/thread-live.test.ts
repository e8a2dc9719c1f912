import { sendKeys } from '@web/test-runner-commands';
import { LIVE_START_DELAY_MS } from '../../src/core/controllers/live-start.js';
import '../../src/index.js';
import { expect, fixture, html, waitUntil } from '../helpers/fixture.js';
import { loadDemoSeed } from '../helpers/fixture.js';
import { textOf } from '../helpers/community.js';
import '../helpers/provider.js';
import { MemoryAdapter } from '../../src/adapters/memory.js';
import { liveUpdates } from '../../src/core/live.js';
import { storeFor } from '../../src/core/store.js';
import type { MajlisThread } from '../../src/components/thread/thread.js';
import type { MajlisPost } from '../../src/components/post/post.js';

/** Two adapters on one saved community, as two tabs of the demo: the reader's and another member's. */
async function twoTabs() {
  const storageKey = `thread-live-${Math.random().toString(36).slice(2)}`;
  const seed = await loadDemoSeed();
  const reader = new MemoryAdapter({ seed, persist: 'local-storage', storageKey });
  const writer = new MemoryAdapter({ seed: structuredClone(seed), viewerId: 'u-fatima', persist: 'local-storage', storageKey });
  return { reader, writer, storageKey };
}

async function renderThread(adapter: MemoryAdapter, { dir = 'ltr', lang = 'en' } = {}) {
  const wrapper = await fixture<HTMLElement>(html`<div dir=${dir} lang=${lang}>
    <majlis-test-provider .adapter=${adapter}><majlis-thread question-id="q-1"></majlis-thread></majlis-test-provider>
  </div>`);
  const thread = wrapper.querySelector('majlis-thread')!;
  await waitUntil(() => answerPosts(thread).length === 4 && answerPosts(thread).every((p) => p.shadowRoot?.querySelector('article')), 'answers did not render', { timeout: 5000 });
  // The live code loads after the first render, and subscribes.
  await waitUntil(() => liveUpdates(storeFor(adapter)).topicCount === 1, 'the thread did not subscribe', { timeout: 5000 });
  return { wrapper, thread };
}

const answerPosts = (thread: MajlisThread) => [...thread.shadowRoot!.querySelectorAll<MajlisPost>('majlis-post[type="answer"]')];
const bar = (thread: MajlisThread) => thread.shadowRoot!.querySelector<HTMLElement>('[part="live-bar"]');
const showButton = (thread: MajlisThread) => thread.shadowRoot!.querySelector<HTMLButtonElement>('[part="live-show-button"]');

const bodies = ['Resetting the APN to "internet" fixed it for me.', 'Same problem here; a new SIM card solved it.'];

describe('<majlis-thread> live updates', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.includes('thread-live-')) localStorage.removeItem(key);
  });

  it('counts answers posted in another tab in a bar instead of inserting them; Show inserts them and focuses the first', async () => {
    const { reader, writer } = await twoTabs();
    const { thread } = await renderThread(reader);
    const posted: { id: string }[] = [];
    for (const body of bodies) posted.push(await writer.postAnswer({ questionId: 'q-1', body, language: 'en' }));
    await waitUntil(() => textOf(bar(thread)).includes('2 new answers'), 'no bar for two new answers', { timeout: 3000 });
    expect(answerPosts(thread)).to.have.length(4);
    await expect(thread).to.be.accessible();
    showButton(thread)!.click();
    await waitUntil(() => answerPosts(thread).length === 6, 'the new answers were not shown', { timeout: 3000 });
    expect(bar(thread)).to.equal(null);
    await waitUntil(() => thread.shadowRoot!.activeElement?.getAttribute('post-id') === posted[0].id, 'focus did not move to the first new answer');
  });

  it('in Arabic and right to left: the dual, keyboard activation and no axe violations', async () => {
    const { reader, writer } = await twoTabs();
    const { thread } = await renderThread(reader, { dir: 'rtl', lang: 'ar' });
    for (const body of bodies) await writer.postAnswer({ questionId: 'q-1', body, language: 'en' });
    await waitUntil(() => textOf(bar(thread)).includes('إجابتان جديدتان'), 'no Arabic bar', { timeout: 3000 });
    expect(textOf(showButton(thread))).to.equal('عرض');
    await expect(thread).to.be.accessible();
    showButton(thread)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => answerPosts(thread).length === 6, 'Enter did not show the answers', { timeout: 3000 });
    await waitUntil(() => thread.shadowRoot!.activeElement?.localName === 'majlis-post', 'focus did not move to a new answer');
  });

  it('updates kudos and acceptance from another tab in place, announcing the acceptance politely', async () => {
    const { reader, writer } = await twoTabs();
    const { thread } = await renderThread(reader);
    const a3 = () => answerPosts(thread).find((post) => post.postId === 'a-3')!;
    const count = () => textOf(a3().shadowRoot!.querySelector('[part~="vote-count"]'));
    const before = Number(count());
    const voted = await writer.vote({ target: 'answer', id: 'a-3', voted: true });
    expect(voted.voteCount).to.equal(before + 1);
    await waitUntil(() => count() === String(before + 1), `the count stayed ${count()}`, { timeout: 3000 });
    writer.setViewer('u-raj'); // the asker of q-1
    await writer.acceptAnswer({ answerId: 'a-3', accepted: true });
    await waitUntil(() => answerPosts(thread)[0]?.postId === 'a-3', 'the newly accepted answer did not move first', { timeout: 3000 });
    await waitUntil(() => textOf(thread.shadowRoot!.querySelector('[role="status"]')).includes('accepted answer'), 'no announcement', { timeout: 3000 });
    expect(bar(thread)).to.equal(null);
  });

  it('shares one subscription between two threads of the same question and ends it when the last goes', async () => {
    const { reader } = await twoTabs();
    const { wrapper } = await renderThread(reader);
    const provider = wrapper.querySelector('majlis-test-provider')!;
    const second = document.createElement('majlis-thread');
    second.setAttribute('question-id', 'q-1');
    provider.append(second);
    await waitUntil(() => answerPosts(second).length === 4, 'the second thread did not render', { timeout: 5000 });
    // Each thread starts its live updates a moment after it shows its data (and when the page is idle).
    await new Promise((resolve) => setTimeout(resolve, LIVE_START_DELAY_MS + 700));
    expect(liveUpdates(storeFor(reader)).topicCount).to.equal(1);
    wrapper.querySelector('majlis-thread')!.remove();
    expect(liveUpdates(storeFor(reader)).topicCount).to.equal(1);
    second.remove();
    expect(liveUpdates(storeFor(reader)).topicCount).to.equal(0);
  });
});
