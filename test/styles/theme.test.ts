// theme="light|dark|auto" on a Majlis element: its scheme and its own surface, inherited by the Majlis elements inside.
import '../../src/index.js';
import { expect, fixture, html, waitUntil } from '../helpers/fixture.js';
import { demoAdapter } from '../helpers/community.js';
import '../helpers/provider.js';
import type { MajlisThread } from '../../src/components/thread/thread.js';

async function renderThread(pageScheme: 'light' | 'dark', theme?: string, dir = 'ltr') {
  const wrapper = await fixture<HTMLElement>(html`<div style="color-scheme: ${pageScheme}" lang="en" dir=${dir}>
    <majlis-test-provider .adapter=${await demoAdapter()}><majlis-thread question-id="q-1" theme=${theme ?? ''}></majlis-thread></majlis-test-provider>
  </div>`);
  const thread = wrapper.querySelector<MajlisThread>('majlis-thread')!;
  if (!theme) thread.removeAttribute('theme');
  await waitUntil(() => thread.shadowRoot!.querySelector('majlis-post[type="answer"]')?.shadowRoot?.querySelector('article'), 'the thread did not render', { timeout: 5000 });
  return thread;
}

/** Whether a resolved colour is dark (its channels average below the middle). */
const isDark = (color: string) => {
  const channels = color.match(/[\d.]+/g)!.slice(0, 3).map(Number);
  const scale = color.startsWith('color(') ? 1 : 255;
  return channels.reduce((sum, c) => sum + c / scale, 0) / 3 < 0.5;
};

describe('theme attribute', () => {
  it('theme="dark" on a light page: a dark surface with light text, down to the posts inside', async () => {
    const thread = await renderThread('light', 'dark');
    const style = getComputedStyle(thread);
    expect(style.colorScheme).to.equal('dark');
    expect(isDark(style.backgroundColor), `background ${style.backgroundColor}`).to.equal(true);
    const article = thread.shadowRoot!.querySelector('majlis-post[type="answer"]')!.shadowRoot!.querySelector('article')!;
    expect(isDark(getComputedStyle(article).color), 'the posts’ text stayed dark').to.equal(false);
    await expect(thread).to.be.accessible();
  });

  it('theme="light" on a dark page, in RTL; the property reflects', async () => {
    const thread = await renderThread('dark', undefined, 'rtl');
    expect(getComputedStyle(thread).colorScheme).to.equal('dark');
    expect(getComputedStyle(thread).backgroundColor, 'no theme paints no surface').to.equal('rgba(0, 0, 0, 0)');
    thread.theme = 'light';
    await thread.updateComplete;
    expect(thread.getAttribute('theme')).to.equal('light');
    expect(isDark(getComputedStyle(thread).backgroundColor)).to.equal(false);
    // The buttons' background eases into the new scheme (axe would blend the two).
    await Promise.all(thread.shadowRoot!.getAnimations().map((animation) => animation.finished));
    await expect(thread).to.be.accessible();
  });
});
