// What a thread page fetches for keyboard users and for viewers who may not answer (a page of its own, so
// neither the composer's nor the author card's code has been fetched when these tests start).
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { expect, fixture, html, waitUntil } from '../helpers/fixture.js';
import { demoAdapter, textOf } from '../helpers/community.js';
import { COMPOSER_CODE, POPOVER_CODE, fetched, firstAuthorChip, openCard, watchFrames } from '../helpers/loading.js';
import '../helpers/provider.js';
import type { MemoryAdapter } from '../../src/adapters/memory.js';

async function renderThread(adapter: MemoryAdapter, questionId: string) {
  const wrapper = await fixture<HTMLElement>(html`<div lang="en" dir="ltr">
    <button id="before" type="button">Before the thread</button>
    <majlis-test-provider .adapter=${adapter}><majlis-thread question-id=${questionId}></majlis-thread></majlis-test-provider>
    <p id="next">After the thread</p>
  </div>`);
  const thread = wrapper.querySelector('majlis-thread')!;
  const watch = watchFrames(thread, wrapper.querySelector('#next')!);
  await waitUntil(
    () => thread.shadowRoot!.querySelector('majlis-post')?.shadowRoot?.querySelector('[part~="user-card"]'),
    'the thread did not render',
    { timeout: 5000 },
  );
  return { wrapper, thread, watch };
}

/** The focused element, inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const settle = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('<majlis-thread> loads only what the viewer can use (keyboard, locked questions)', () => {
  it('a signed-in viewer of a locked question gets the notice, not the composer’s code', async () => {
    const { thread, watch } = await renderThread(await demoAdapter('u-sophie'), 'q-10');
    await waitUntil(() => thread.shadowRoot!.querySelector('[part="notice"]'), 'no notice on a locked question');
    expect(textOf(thread.shadowRoot!.querySelector('[part="notice"]'))).to.contain('locked');
    expect(thread.shadowRoot!.querySelector('[part="sign-in-button"]')).to.equal(null);
    expect(customElements.get('majlis-composer'), '<majlis-composer> was defined').to.equal(undefined);
    expect(fetched(COMPOSER_CODE), 'the composer’s code was fetched').to.equal(false);
    watch.stop();
  });

  it('fetches the author card’s code when an author is reached with Tab, opens it, and nothing moves', async () => {
    const { wrapper, thread, watch } = await renderThread(await demoAdapter(null), 'q-1');
    await settle();
    expect(fetched(POPOVER_CODE), 'rendering the thread fetched the popover’s code').to.equal(false);
    const start = performance.now();
    const before = watch.frames.at(-1)!.nextTop;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const chip = firstAuthorChip(thread);
    for (let i = 0; i < 8 && deepActive() !== chip; i++) await sendKeys({ press: 'Tab' });
    expect(deepActive(), 'Tab did not reach the author').to.equal(chip);
    await waitUntil(() => openCard(thread), 'the card did not open on keyboard focus', { timeout: 5000 });
    await settle();
    expect(fetched(POPOVER_CODE), 'the popover’s code was not fetched on focus').to.equal(true);
    expect(chip.getAttribute('aria-expanded')).to.equal('true');
    expect(watch.frames.filter((frame) => frame.time > start && frame.nextTop !== before), 'the page moved').to.deep.equal([]);
    const shift = watch.layoutShift(start);
    if (shift !== undefined) expect(shift, 'layout shift (Chromium)').to.equal(0);
    watch.stop();
    // axe blends a fading popover's colours with the page: check the card once it has appeared.
    const post = thread.shadowRoot!.querySelector('majlis-post')!;
    await Promise.all(post.shadowRoot!.getAnimations().map((animation) => animation.finished));
    await expect(thread).to.be.accessible();
  });
});
