import '../../src/index.js';
import { expect, fixture, html, oneEvent, waitUntil } from '../helpers/fixture.js';
import { demoAdapter } from '../helpers/community.js';
import '../helpers/provider.js';
import { sendKeys } from '@web/test-runner-commands';
import type { MajlisThread } from '../../src/components/thread/thread.js';
import type { MajlisPost } from '../../src/components/post/post.js';

type Share = (data: ShareData) => Promise<void>;

async function renderThread({ lang = 'en', dir = 'ltr', answerId = '' } = {}): Promise<MajlisThread> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir}>
    <majlis-test-provider .adapter=${await demoAdapter(null)}
      ><majlis-thread question-id="q-1" answer-id=${answerId} share-hashtag="AskTheCEO"
        answer-href-pattern="#/questions/{questionId}/answers/{answerId}"></majlis-thread
    ></majlis-test-provider>
  </div>`);
  const thread = wrapper.querySelector('majlis-thread')!;
  await waitUntil(() => shareButton(thread, 'a-2'), 'the answers never showed their Share', { timeout: 5000 });
  return thread;
}

const post = (thread: MajlisThread, id: string) =>
  thread.shadowRoot!.querySelector<MajlisPost>(id === 'question' ? 'majlis-post[type="question"]' : `majlis-post[post-id="${id}"]`);
const shareButton = (thread: MajlisThread, id: string) => post(thread, id)?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="share-button"]');
const menu = (thread: MajlisThread, id: string) => post(thread, id)?.shadowRoot?.querySelector('majlis-share-menu');

/** Replaces `navigator.share` (absent on desktop Linux Chromium) for one test. */
function withShare(share: Share | undefined): () => void {
  const own = Object.getOwnPropertyDescriptor(navigator, 'share');
  Object.defineProperty(navigator, 'share', { value: share, configurable: true, writable: true });
  return () => (own ? Object.defineProperty(navigator, 'share', own) : delete (navigator as { share?: Share }).share);
}

describe('sharing a question or an answer', () => {
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  it('uses the browser’s share dialog where there is one, with the answer’s permalink and the hashtag', async () => {
    const shared: ShareData[] = [];
    restore = withShare((data) => (shared.push(data), Promise.resolve()));
    const thread = await renderThread();
    expect(shareButton(thread, 'a-2')!.getAttribute('aria-label')).to.match(/^Share the answer by /);
    shareButton(thread, 'a-2')!.click();
    await waitUntil(() => shared.length === 1, 'navigator.share was not called');
    expect(shared[0]).to.deep.equal({
      title: 'Mobile data not working after switching to Nuvo – which APN settings?',
      text: 'Mobile data not working after switching to Nuvo – which APN settings? #AskTheCEO',
      url: new URL('#/questions/q-1/answers/a-2', document.baseURI).href,
    });
    expect(menu(thread, 'a-2')).to.equal(null);
    shareButton(thread, 'question')!.click();
    await waitUntil(() => shared.length === 2, 'the question was not shared');
    expect(shared[1].url).to.equal(location.href);
  });

  it('a cancelled share dialog opens nothing else', async () => {
    restore = withShare(() => Promise.reject(new DOMException('Share canceled', 'AbortError')));
    const thread = await renderThread();
    shareButton(thread, 'a-2')!.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(menu(thread, 'a-2')).to.equal(null);
  });

  it('falls back to a menu of links (X, WhatsApp, Facebook) and Copy link; Escape closes it and focus returns', async () => {
    restore = withShare(undefined);
    const thread = await renderThread();
    const button = shareButton(thread, 'a-2')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => menu(thread, 'a-2')?.shadowRoot?.querySelector('[part~="share-link"]'), 'no share menu', { timeout: 5000 });
    const opened = menu(thread, 'a-2')!;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const links = [...opened.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="share-link"]')];
    expect(links.map((link) => [link.textContent, link.getAttribute('aria-label'), new URL(link.href).hostname])).to.deep.equal([
      ['X', 'Share on X', 'x.com'],
      ['WhatsApp', 'Share on WhatsApp', 'wa.me'],
      ['Facebook', 'Share on Facebook', 'www.facebook.com'],
    ]);
    expect(new URL(links[0].href).searchParams.get('hashtags')).to.equal('AskTheCEO');
    expect(links.every((link) => link.target === '_blank' && link.rel === 'noopener noreferrer')).to.equal(true);
    expect(opened.shadowRoot!.activeElement).to.equal(links[0]);
    await expect(opened).to.be.accessible();

    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: (text: string) => (copied.push(text), Promise.resolve()) }, configurable: true });
    try {
      opened.shadowRoot!.querySelector<HTMLButtonElement>('[part~="copy-button"]')!.click();
      await waitUntil(() => opened.shadowRoot!.querySelector('[part~="share-status"]')?.textContent === 'Link copied', 'the copy was not confirmed');
      expect(copied).to.deep.equal([new URL('#/questions/q-1/answers/a-2', document.baseURI).href]);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }

    links[1].focus();
    const closed = oneEvent(opened, 'close');
    await sendKeys({ press: 'Escape' });
    await closed;
    await post(thread, 'a-2')!.updateComplete;
    expect(menu(thread, 'a-2')).to.equal(null);
    expect(post(thread, 'a-2')!.shadowRoot!.activeElement).to.equal(button);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('rings the answer a permalink points to, and only that one', async () => {
    const thread = await renderThread({ answerId: 'a-3' });
    await waitUntil(() => post(thread, 'a-3')?.matches(':state(permalink)'), 'the permalink’s answer is not ringed');
    expect(post(thread, 'a-2')!.matches(':state(permalink)')).to.equal(false);
    expect(getComputedStyle(post(thread, 'a-3')!.shadowRoot!.querySelector('article')!).boxShadow).to.not.equal('none');
  });

  for (const [lang, dir] of [['en', 'ltr'], ['ar', 'rtl']] as const) {
    it(`is accessible in ${dir} (${lang}), with the menu open`, async () => {
      restore = withShare(undefined);
      const thread = await renderThread({ lang, dir });
      expect(shareButton(thread, 'question')!.textContent).to.equal(lang === 'ar' ? 'مشاركة' : 'Share');
      shareButton(thread, 'question')!.click();
      await waitUntil(() => menu(thread, 'question')?.shadowRoot?.querySelector('[part~="share-link"]'), 'no share menu', { timeout: 5000 });
      await expect(thread).to.be.accessible();
    });
  }
});
