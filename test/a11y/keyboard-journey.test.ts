// WCAG 2.1.1: the whole journey with the keyboard alone. The asker filters the list, opens their question, gives
// kudos, accepts an answer, writes and sends one, and comes back to the list with focus on the question they left.
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { loadElement } from '../../src/core/lazy.js';
import { expect, fixture, html, waitUntil } from '../helpers/fixture.js';
import { demoAdapter } from '../helpers/community.js';
import type { MajlisCommunity } from '../../src/components/community/community.js';

/** The element holding focus, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The first element under `root`, through shadow roots, for which `wanted` holds. */
function deepFind(root: ParentNode, wanted: (element: Element) => boolean): Element | undefined {
  for (const element of root.querySelectorAll('*')) {
    if (wanted(element)) return element;
    const inside = element.shadowRoot && deepFind(element.shadowRoot, wanted);
    if (inside) return inside;
  }
  return undefined;
}

/**
 * Whether a focused element shows it (WCAG 2.4.7): an outline or a ring drawn with a box shadow, on the element or
 * its ::after (a list row's title link outlines the whole row that way).
 */
function focusIndicator(element: Element): boolean {
  return [undefined, '::after'].some((pseudo) => {
    const style = getComputedStyle(element, pseudo);
    return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  });
}

/** The shadow host a focused element lives in. */
const hostOf = (element: Element) => (element.getRootNode() as ShadowRoot).host;

/**
 * Presses Tab until `wanted` holds for the focused element; fails after `limit` presses. Forward only: a held Shift
 * (Shift+Tab) left Firefox's driver in a state that broke the keyboard tests of later files, and WebKit's WebDriver
 * sends single keys only. The journey needs neither: the way back to the list is also below the thread.
 */
async function tabTo(wanted: (element: Element) => boolean, what: string, limit = 200): Promise<Element> {
  // Tab only once the target is on the page: a part still loading (a cold first file loads every chunk) would be
  // tabbed past, and Firefox's focus does not come back from the browser's own controls after the last element.
  await waitUntil(() => deepFind(document, wanted), `${what} never appeared`, { timeout: 10_000 });
  for (let i = 0; i < limit; i++) {
    const active = deepActive();
    if (active && active !== document.body) expect(focusIndicator(active), `no visible focus on ${active.outerHTML.slice(0, 120)}`).to.equal(true);
    if (active && wanted(active)) return active;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what} (focus is on ${deepActive()?.outerHTML.slice(0, 120)})`);
}

const isPart = (element: Element, part: string) => element.matches(`[part~="${part}"]`);

describe('the keyboard alone', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`list → filter → thread → kudos → accept → answer → back to the list, focus where it was (${dir})`, async function () {
      this.timeout(90_000); // some hundred key presses, each a round trip to the browser's driver
      await loadElement('majlis-community');
      const wrapper = await fixture<HTMLElement>(html`<div lang="en" dir=${dir}>
        <button id="start" type="button">Before the community</button>
        <majlis-community .adapter=${await demoAdapter('u-fatima')}></majlis-community>
      </div>`);
      const community = wrapper.querySelector<MajlisCommunity>('majlis-community')!;
      wrapper.querySelector<HTMLButtonElement>('#start')!.focus();

      await tabTo((el) => isPart(el, 'search-input'), 'the search box');
      await sendKeys({ type: 'التجوال' });
      await waitUntil(() => community.shadowRoot!.querySelector('majlis-question-list')!.shadowRoot!.querySelector('[data-question-id="q-2"]'), 'the search did not find q-2', { timeout: 5000 });
      const title = await tabTo((el) => isPart(el, 'title') && el.closest('[data-question-id="q-2"]') !== null, 'the title of q-2');

      await sendKeys({ press: 'Enter' });
      await waitUntil(() => community.view === 'question', 'Enter on the title did not open the thread', { timeout: 5000 });

      const kudos = await tabTo(
        (el) => isPart(el, 'vote-button') && hostOf(el).getAttribute('type') === 'answer' && !el.hasAttribute('aria-disabled'),
        'an answer’s kudos button',
      );
      const given = kudos.getAttribute('aria-pressed') === 'false';
      // Space, as a toggle is pressed (Firefox's driver sometimes clicks twice on one Enter).
      await sendKeys({ press: ' ' });
      await waitUntil(() => kudos.getAttribute('aria-pressed') === String(given), 'Space did not toggle the kudos', { timeout: 5000 });

      const accept = await tabTo((el) => isPart(el, 'accept-button') && el.getAttribute('aria-pressed') === 'false', 'an accept button');
      const answerId = hostOf(accept).getAttribute('answer-id')!;
      await sendKeys({ press: 'Enter' });
      const thread = () => community.shadowRoot!.querySelector('majlis-thread')!.shadowRoot!;
      await waitUntil(() => thread().querySelector(`majlis-post[post-id="${answerId}"]`)?.shadowRoot?.querySelector('[part~="accepted-badge"]'), 'Enter did not accept the answer', { timeout: 5000 });

      const textarea = await tabTo((el) => isPart(el, 'textarea'), 'the answer field');
      // No spaces nor doubled letters: WebKit's WebDriver drops them when it types, in any textarea.
      await sendKeys({ type: 'Thanks,it-worked-fine!' });
      expect((textarea as HTMLTextAreaElement).value).to.equal('Thanks,it-worked-fine!');
      await tabTo((el) => isPart(el, 'submit-button'), 'Post answer');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => (textarea as HTMLTextAreaElement).value === '', 'the answer was not sent', { timeout: 5000 });

      // The way back below the thread: the next "Back to all questions" after the composer.
      const back = await tabTo((el) => isPart(el, 'back-button'), 'Back to all questions below the thread');
      expect(back.closest('.after-thread'), 'the way back below the thread').to.not.equal(null);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => community.view === 'list', 'Enter on Back did not show the list', { timeout: 5000 });
      await waitUntil(() => deepActive() === title, 'focus did not come back to the question’s title', { timeout: 5000 });
    });
  }
});
