// WCAG 2.2: pointer targets of at least 24 × 24 CSS px (2.5.8) and no horizontal scrolling at 320 px (1.4.10), in
// every view of the community, for a moderator (who gets every control), in LTR and RTL.
import '../../src/index.js';
import { loadElement } from '../../src/core/lazy.js';
import { expect, fixture, html, waitUntil } from '../helpers/fixture.js';
import { demoAdapter } from '../helpers/community.js';
import '../helpers/provider.js';
import type { MajlisCommunity } from '../../src/components/community/community.js';

const INTERACTIVE = 'button, a[href], select, input, textarea, [role="tab"], [tabindex="0"]';
/** Links inside running text are exempt (2.5.8 "inline"): a post's body, a list's excerpt. */
const RUNNING_TEXT = '[part~="body"], [part~="excerpt"], p';

/** Every visible interactive element under `root`, through shadow roots, with where it sits. */
function targets(root: ParentNode, inText = false): { element: HTMLElement; inText: boolean }[] {
  const found: { element: HTMLElement; inText: boolean }[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    const text = inText || Boolean(element.closest(RUNNING_TEXT));
    if (element.matches(INTERACTIVE) && element.checkVisibility()) found.push({ element, inText: text });
    if (element.shadowRoot) found.push(...targets(element.shadowRoot, text));
  }
  return found;
}

const describeTarget = (element: HTMLElement) =>
  `${element.localName}${element.getAttribute('part') ? `[part="${element.getAttribute('part')}"]` : ''} “${(element.textContent ?? element.getAttribute('aria-label') ?? '').trim().slice(0, 30)}”`;

function smallTargets(root: ParentNode): string[] {
  return targets(root)
    .filter(({ inText }) => !inText)
    // A radio or checkbox inside its label is pressed through the label: the label is the target.
    .map(({ element }) => ({ element, box: (element.matches('input') ? (element.closest('label') ?? element) : element).getBoundingClientRect() }))
    .filter(({ box }) => box.width < 24 || box.height < 24)
    .map(({ element, box }) => `${describeTarget(element)}: ${Math.round(box.width)} × ${Math.round(box.height)}`);
}

async function mount(dir: 'ltr' | 'rtl'): Promise<{ community: MajlisCommunity; page: HTMLElement }> {
  await loadElement('majlis-community');
  const page = await fixture<HTMLElement>(html`<div lang=${dir === 'rtl' ? 'ar' : 'en'} dir=${dir} style="inline-size: 320px; overflow: auto">
    <majlis-community .adapter=${await demoAdapter('u-sophie')} routing="none" heading-level="1"></majlis-community>
  </div>`);
  return { community: page.querySelector<MajlisCommunity>('majlis-community')!, page };
}

const ready = (community: MajlisCommunity, part: string) =>
  waitUntil(() => targets(community.shadowRoot!).some(({ element }) => element.matches(`[part~="${part}"]`)), `no ${part}`, { timeout: 5000 });

describe('targets and reflow at 320 px', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    it(`the list, a thread and the ask form: targets of 24 px or more, no horizontal scrolling (${dir})`, async () => {
      const { community, page } = await mount(dir);
      await ready(community, 'filters-button');
      expect(smallTargets(community.shadowRoot!), 'the list').to.deep.equal([]);
      expect(page.scrollWidth, 'the list scrolls sideways').to.be.at.most(320);

      community.questionId = 'q-1';
      community.view = 'question';
      await ready(community, 'accept-button');
      expect(smallTargets(community.shadowRoot!), 'a thread').to.deep.equal([]);
      expect(page.scrollWidth, 'a thread scrolls sideways').to.be.at.most(320);

      community.view = 'ask';
      await ready(community, 'submit-button');
      expect(smallTargets(community.shadowRoot!), 'the ask form').to.deep.equal([]);
      expect(page.scrollWidth, 'the ask form scrolls sideways').to.be.at.most(320);
    });
  }

  for (const [tag, part] of [
    ['majlis-leaderboard', 'metric-select'],
    ['majlis-moderation-queue', 'tab'],
  ] as const) {
    it(`<${tag}>: targets of 24 px or more, no horizontal scrolling (rtl)`, async () => {
      await loadElement(tag);
      const adapter = await demoAdapter('u-sophie');
      const page = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl" style="inline-size: 320px; overflow: auto">
        <majlis-test-provider .adapter=${adapter}>${tag === 'majlis-leaderboard' ? html`<majlis-leaderboard></majlis-leaderboard>` : html`<majlis-moderation-queue></majlis-moderation-queue>`}</majlis-test-provider>
      </div>`);
      const element = page.querySelector(tag)!;
      await waitUntil(() => targets(element.shadowRoot!).some((target) => target.element.matches(`[part~="${part}"]`)), `no ${part}`, { timeout: 5000 });
      await waitUntil(() => !element.shadowRoot!.querySelector('[aria-busy="true"]'), 'still loading', { timeout: 5000 });
      expect(smallTargets(element.shadowRoot!)).to.deep.equal([]);
      expect(page.scrollWidth, 'scrolls sideways').to.be.at.most(320);
    });
  }

  it('finds a small target', async () => {
    const small = await fixture<HTMLElement>(html`<div><button style="inline-size: 20px; block-size: 20px; padding: 0">×</button></div>`);
    expect(smallTargets(small)).to.deep.equal(['button “×”: 20 × 20']);
  });
});
