// The new locales through axe: a member's thread in Urdu (right to left, with the composer) and the question list
// in Hindi and German, once their own texts have loaded.
import '../../src/index.js';
import type { TemplateResult } from 'lit';
import { MemoryAdapter } from '../../src/adapters/memory.js';
import { loadElement } from '../../src/core/lazy.js';
import { de } from '../../src/core/i18n/messages/de.js';
import { hi } from '../../src/core/i18n/messages/hi.js';
import { ur } from '../../src/core/i18n/messages/ur.js';
import { expect, fixture, html, loadDemoSeed, waitUntil } from '../helpers/fixture.js';
import '../helpers/provider.js';

async function render(lang: string, dir: 'ltr' | 'rtl', content: TemplateResult, viewerId: string | null): Promise<HTMLElement> {
  const adapter = new MemoryAdapter({ seed: await loadDemoSeed(), viewerId });
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir}>
    <majlis-test-provider .adapter=${adapter}>${content}</majlis-test-provider>
  </div>`);
  return wrapper.querySelector<HTMLElement>('majlis-thread, majlis-question-list')!;
}

/** Waits for `text` in the element's shadow root (its catalog has loaded), then for entrances to finish. */
async function showing(element: HTMLElement, text: string): Promise<void> {
  await waitUntil(() => element.shadowRoot?.innerHTML.includes(text), `never showed “${text}”`, { timeout: 8000 });
  const entrances = element.shadowRoot!.getAnimations().filter((animation) => animation.effect?.getTiming().iterations !== Infinity);
  await Promise.all(entrances.map((animation) => animation.finished.catch(() => undefined)));
}

describe('accessible in the new locales', () => {
  before(() => Promise.all([loadElement('majlis-question-list'), loadElement('majlis-thread')]));

  it('a member’s thread in Urdu, right to left, with the composer', async function () {
    this.timeout(30_000);
    const thread = await render('ur', 'rtl', html`<majlis-thread question-id="q-1"></majlis-thread>`, 'u-noura');
    await waitUntil(() => thread.shadowRoot?.querySelector('majlis-composer'), 'no composer', { timeout: 8000 });
    await showing(thread, ur.thread.sortLabel);
    const composer = thread.shadowRoot!.querySelector('majlis-composer')!;
    await showing(composer, ur.composer.submit);
    expect(composer.shadowRoot!.querySelector('div[dir]')!.getAttribute('dir'), 'the composer follows Urdu’s direction').to.equal('rtl');
    await expect(thread).to.be.accessible();
  });

  for (const [lang, messages] of [['hi', hi], ['de', de]] as const) {
    it(`the question list in ${lang}`, async function () {
      this.timeout(30_000);
      const list = await render(lang, 'ltr', html`<majlis-question-list></majlis-question-list>`, null);
      await waitUntil(() => list.shadowRoot?.querySelector('[part~="row"]'), 'no rows', { timeout: 8000 });
      await showing(list, messages.questionList.allCategories);
      await expect(list).to.be.accessible();
    });
  }
});
