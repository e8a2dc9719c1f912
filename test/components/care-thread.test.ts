import '../../src/index.js';
import { expect, fixture, html, waitUntil } from '../helpers/fixture.js';
import { demoAdapter, textOf } from '../helpers/community.js';
import { loadElement } from '../../src/core/lazy.js';
import type { MajlisCareStatus } from '../../src/components/care-status/care-status.js';

describe('<majlis-community care-schedule>: the care status above a thread’s composer', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname + location.search));
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  for (const [lang, dir] of [['en', 'ltr'], ['ar', 'rtl']] as const) {
    it(`shows it in a thread, in its slot before the composer or notice (${dir})`, async () => {
      await loadElement('majlis-community');
      history.replaceState(null, '', '#/questions/q-1');
      const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir}>
        <majlis-community .adapter=${await demoAdapter(null)} routing="hash" care-schedule='{ "timeZone": "Asia/Dubai", "always": true }'></majlis-community>
      </div>`);
      const community = wrapper.querySelector('majlis-community')!;
      await waitUntil(() => community.shadowRoot?.querySelector('majlis-thread')?.shadowRoot?.querySelector('[part~="notice"]'), 'the thread never showed', {
        timeout: 5000,
      });
      const thread = community.shadowRoot!.querySelector('majlis-thread')!;
      const status = thread.querySelector<MajlisCareStatus>('majlis-care-status[slot="care"]')!;
      await waitUntil(() => status.shadowRoot?.querySelector('[part~="status"]'), 'the care status never showed', { timeout: 5000 });
      expect(textOf(status.shadowRoot!.querySelector('[part~="status"]'))).to.match(lang === 'en' ? /^Our experts are online/ : /^خبراؤنا متّصلون الآن/);
      const slot = thread.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="care"]')!;
      expect(slot.assignedElements()).to.deep.equal([status]);
      const notice = thread.shadowRoot!.querySelector('[part~="notice"]')!;
      expect(slot.compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      await expect(community).to.be.accessible();
    });
  }
});
