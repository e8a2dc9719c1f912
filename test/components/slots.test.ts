// Slots for the host's own content (issue 17): a community with no question yet, the sign-in prompt, the composer's
// footer and the community's own controls, each on the element and forwarded by <majlis-community>.
import '../../src/index.js';
import { expect, fixture, html, waitUntil } from '../helpers/fixture.js';
import { demoAdapter } from '../helpers/community.js';
import '../helpers/provider.js';
import { MemoryAdapter } from '../../src/adapters/memory.js';
import { conformanceSeed } from '../../src/testing/conformance.js';
import type { CommunityAdapter } from '../../src/core/adapter.js';
import type { MajlisCommunity } from '../../src/components/community/community.js';

/** A community whose categories and members exist but no one has asked yet. */
const emptyCommunity = (viewerId: string | null = null) =>
  new MemoryAdapter({ seed: { ...structuredClone(conformanceSeed), questions: [], answers: [], votes: [] }, viewerId });

/** The text a slot shows: what is assigned to it (through forwarding slots), else its own default (`flatten`). */
function slotText(element: Element | null | undefined): string {
  const slot = element as HTMLSlotElement | null | undefined;
  if (!slot) return '';
  const assigned = slot.assignedNodes({ flatten: true });
  return assigned.map((node) => node.textContent ?? '').join('').replace(/\s+/g, ' ').trim();
}

async function thread(adapter: CommunityAdapter, content = html``) {
  const wrapper = await fixture<HTMLElement>(html`<div>
    <majlis-test-provider .adapter=${adapter}><majlis-thread question-id="q-1">${content}</majlis-thread></majlis-test-provider>
  </div>`);
  const el = wrapper.querySelector('majlis-thread')!;
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="notice"], majlis-composer'), 'no notice nor composer', { timeout: 5000 });
  return el;
}

describe('slots for the host’s content', () => {
  it('a list with no question says the host’s words, or its own', async () => {
    const render = async (content = html``) => {
      const wrapper = await fixture<HTMLElement>(html`<div><majlis-test-provider .adapter=${emptyCommunity()}
        ><majlis-question-list>${content}</majlis-question-list></majlis-test-provider></div>`);
      const list = wrapper.querySelector('majlis-question-list')!;
      await waitUntil(() => list.shadowRoot?.querySelector('[part~="empty"]'), 'no empty state', { timeout: 5000 });
      return list;
    };
    const plain = await render();
    expect(slotText(plain.shadowRoot!.querySelector('slot[name="empty"]'))).to.contain('No questions yet');
    const own = await render(html`<p slot="empty">Be the first to ask: our experts answer within a day.</p>`);
    expect(slotText(own.shadowRoot!.querySelector('slot[name="empty"]'))).to.equal('Be the first to ask: our experts answer within a day.');
    await expect(own).to.be.accessible();
  });

  it('the thread’s sign-in prompt is the host’s when given, beside the sign-in button', async () => {
    const plain = await thread(await demoAdapter(null));
    expect(slotText(plain.shadowRoot!.querySelector('slot[name="sign-in-prompt"]'))).to.equal('Know the answer? Sign in to share it with the community.');
    const own = await thread(await demoAdapter(null), html`<span slot="sign-in-prompt">Nuvo customers: sign in with your Nuvo ID to answer.</span>`);
    expect(slotText(own.shadowRoot!.querySelector('slot[name="sign-in-prompt"]'))).to.equal('Nuvo customers: sign in with your Nuvo ID to answer.');
    expect(own.shadowRoot!.querySelector('[part~="sign-in-button"]')).to.not.equal(null);
    await expect(own).to.be.accessible();
  });

  it('the composer’s footer comes through the thread', async () => {
    const el = await thread(await demoAdapter('u-fatima'), html`<a slot="composer-footer" href="#rules">Community rules</a>`);
    const composer = el.shadowRoot!.querySelector('majlis-composer')!;
    await waitUntil(() => composer.shadowRoot?.querySelector('slot[name="footer"]'), 'the composer did not render', { timeout: 5000 });
    expect(slotText(composer.shadowRoot!.querySelector('slot[name="footer"]'))).to.equal('Community rules');
    await expect(el).to.be.accessible();
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`<majlis-community> forwards them and shows the host’s own controls beside “Ask a question” (${dir})`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div dir=${dir} lang=${dir === 'rtl' ? 'ar' : 'en'}>
        <majlis-community .adapter=${emptyCommunity()}>
          <a slot="nav-actions" href="#contact">Contact us</a>
          <p slot="empty">Be the first to ask.</p>
        </majlis-community>
      </div>`);
      const community = wrapper.querySelector<MajlisCommunity>('majlis-community')!;
      const list = () => community.shadowRoot?.querySelector('majlis-question-list');
      await waitUntil(() => list()?.shadowRoot?.querySelector('[part~="empty"]'), 'no empty list', { timeout: 5000 });
      expect(slotText(list()!.shadowRoot!.querySelector('slot[name="empty"]'))).to.equal('Be the first to ask.');
      const nav = community.shadowRoot!.querySelector('[part~="nav"]')!;
      expect(slotText(nav.querySelector('slot[name="nav-actions"]'))).to.equal('Contact us');
      await expect(community).to.be.accessible();
    });
  }
});
