// A page styles the community's views through it: every part of the thread, the list and the ask form is forwarded.
import '../../src/index.js';
import { loadElement } from '../../src/core/lazy.js';
import { expect, fixture, html, waitUntil } from '../helpers/fixture.js';
import { demoAdapter } from '../helpers/community.js';
import type { MajlisCommunity } from '../../src/components/community/community.js';

const PAGE_STYLE = `
  majlis-community::part(accepted-badge) { outline: 3px solid rgb(1, 2, 3); }
  majlis-community::part(row) { outline: 3px solid rgb(4, 5, 6); }
  majlis-community::part(title-input) { outline: 3px solid rgb(7, 8, 9); }
`;

/** The first element with `part` inside `root`, through every shadow root. */
function deepPart(root: ParentNode, part: string): HTMLElement | undefined {
  const found = root.querySelector<HTMLElement>(`[part~="${part}"]`);
  if (found) return found;
  for (const element of root.querySelectorAll('*')) {
    const inner = element.shadowRoot && deepPart(element.shadowRoot, part);
    if (inner) return inner;
  }
  return undefined;
}

describe('<majlis-community> parts', () => {
  for (const dir of ['ltr', 'rtl']) {
    it(`forwards its views’ parts to the page (${dir})`, async () => {
      await loadElement('majlis-community');
      const wrapper = await fixture<HTMLElement>(html`<div lang=${dir === 'rtl' ? 'ar' : 'en'} dir=${dir}>
        <style>${PAGE_STYLE}</style>
        <majlis-community .adapter=${await demoAdapter('u-noura')} routing="none" heading-level="1"></majlis-community>
      </div>`);
      const community = wrapper.querySelector<MajlisCommunity>('majlis-community')!;
      const outline = (part: string) => getComputedStyle(deepPart(community.shadowRoot!, part)!).outlineColor;

      await waitUntil(() => deepPart(community.shadowRoot!, 'row'), 'the list did not render', { timeout: 5000 });
      expect(outline('row')).to.equal('rgb(4, 5, 6)');

      community.questionId = 'q-1';
      community.view = 'question';
      await waitUntil(() => deepPart(community.shadowRoot!, 'accepted-badge'), 'the thread did not render', { timeout: 5000 });
      expect(outline('accepted-badge')).to.equal('rgb(1, 2, 3)');

      community.view = 'ask';
      await waitUntil(() => deepPart(community.shadowRoot!, 'title-input'), 'the ask form did not render', { timeout: 5000 });
      expect(outline('title-input')).to.equal('rgb(7, 8, 9)');
      await expect(community).to.be.accessible();
    });
  }
});
