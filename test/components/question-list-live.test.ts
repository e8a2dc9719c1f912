import '../../src/index.js';
import { expect, fixture, html, waitUntil } from '../helpers/fixture.js';
import { loadDemoSeed } from '../helpers/fixture.js';
import { textOf } from '../helpers/community.js';
import '../helpers/provider.js';
import { MemoryAdapter } from '../../src/adapters/memory.js';
import { liveUpdates } from '../../src/core/live.js';
import { storeFor } from '../../src/core/store.js';

/** The reader's tab and another member's, on one saved community. */
async function twoTabs() {
  const storageKey = `list-live-${Math.random().toString(36).slice(2)}`;
  const seed = await loadDemoSeed();
  const reader = new MemoryAdapter({ seed, persist: 'local-storage', storageKey });
  const writer = new MemoryAdapter({ seed: structuredClone(seed), viewerId: 'u-fatima', persist: 'local-storage', storageKey });
  return { reader, writer };
}

async function renderList(adapter: MemoryAdapter, { dir = 'ltr', lang = 'en' } = {}) {
  const wrapper = await fixture<HTMLElement>(html`<div dir=${dir} lang=${lang}>
    <majlis-test-provider .adapter=${adapter}><majlis-question-list></majlis-question-list></majlis-test-provider>
  </div>`);
  const list = wrapper.querySelector('majlis-question-list')!;
  await customElements.whenDefined('majlis-question-list');
  await waitUntil(() => list.shadowRoot?.querySelector('[part~="row"]'), 'the list did not render', { timeout: 5000 });
  await waitUntil(() => liveUpdates(storeFor(adapter)).topicCount === 1, 'the list did not subscribe', { timeout: 5000 });
  return list;
}

const row = (list: HTMLElement, id: string) => list.shadowRoot!.querySelector(`[data-question-id="${id}"]`);
const bar = (list: HTMLElement) => list.shadowRoot!.querySelector<HTMLElement>('[part="live-bar"]');

const question = {
  title: 'eSIM profile disappeared after the iOS update',
  body: 'After updating my phone last night the eSIM profile is gone. Do I need a new QR code from the shop?',
  categoryId: 'network-quality',
  language: 'en',
  tags: ['esim'],
};

describe('<majlis-question-list> live updates', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.includes('list-live-')) localStorage.removeItem(key);
  });

  for (const [dir, lang, newQuestion, activity, show] of [
    ['ltr', 'en', '1 new question', 'New activity', 'Show'],
    ['rtl', 'ar', 'سؤال جديد واحد', 'نشاط جديد', 'عرض'],
  ] as const) {
    it(`marks questions with activity from another tab and offers the questions asked there (${dir}, ${lang})`, async () => {
      const { reader, writer } = await twoTabs();
      const list = await renderList(reader, { dir, lang });
      const shown = list.shadowRoot!.querySelector<HTMLElement>('[part~="row"]:last-child')!.dataset.questionId!;
      await writer.postAnswer({ questionId: shown, body: 'Resetting the APN to "internet" fixed it for me.', language: 'en' });
      await waitUntil(() => textOf(row(list, shown)?.querySelector('[part="live-mark"]')) === activity, 'no activity mark', { timeout: 3000 });
      const asked = await writer.askQuestion(question);
      await waitUntil(() => textOf(bar(list)).includes(newQuestion), 'no bar for the new question', { timeout: 3000 });
      expect(row(list, asked.id)).to.equal(null);
      await expect(list).to.be.accessible();
      const button = list.shadowRoot!.querySelector<HTMLButtonElement>('[part="live-show-button"]')!;
      expect(textOf(button)).to.equal(show);
      button.click();
      await waitUntil(() => row(list, asked.id) !== null, 'the new question was not shown', { timeout: 3000 });
      await waitUntil(() => list.shadowRoot!.activeElement?.closest('[data-question-id]') !== null, 'focus did not go to the first question');
      expect(bar(list)).to.equal(null);
    });
  }
});
