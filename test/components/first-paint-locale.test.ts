// The first content a view paints is already in the page's language, even when its data arrives before the
// catalog (a lazy chunk). A file of its own: each test file runs in a fresh page, so no catalog is loaded yet.
import '../../src/index.js';
import { expect, fixture, html } from '../helpers/fixture.js';
import { demoAdapter, textOf } from '../helpers/community.js';
import '../helpers/provider.js';

/** The text of the first node matching `selector` that appears in `root`, read as it is inserted. */
function firstText(root: ShadowRoot | null, selector: string): Promise<string> {
  if (!root) throw new Error('no shadow root yet');
  if (root.querySelector(selector)) throw new Error(`${selector} was painted before it could be watched`);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const found = root.querySelector(selector);
      if (!found) return;
      observer.disconnect();
      resolve(textOf(found));
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  });
}

describe('first paint in the page language', () => {
  it('<majlis-thread> shows its answers heading in Dutch from the first paint', async () => {
    const adapter = await demoAdapter();
    const root = await fixture<HTMLElement>(html`<div lang="nl"><majlis-test-provider .adapter=${adapter}></majlis-test-provider></div>`);
    const thread = document.createElement('majlis-thread');
    thread.questionId = 'q-1';
    root.firstElementChild!.append(thread);
    expect(await firstText(thread.shadowRoot, '#answers-heading')).to.equal('4 antwoorden');
  });

  it('<majlis-ask-form> labels its fields in French from the first paint', async () => {
    const adapter = await demoAdapter('u-julien');
    const root = await fixture<HTMLElement>(html`<div lang="fr"><majlis-test-provider .adapter=${adapter}></majlis-test-provider></div>`);
    const form = document.createElement('majlis-ask-form');
    const painted = new Promise<string>((resolve) => {
      void customElements.whenDefined('majlis-ask-form').then(() => resolve(firstText(form.shadowRoot, 'label[for="title"]')));
    });
    root.firstElementChild!.append(form);
    expect(await painted).to.equal('Titre');
  });

  it('<majlis-question-list> shows its count in Arabic from the first paint', async () => {
    const adapter = await demoAdapter();
    const root = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl"><majlis-test-provider .adapter=${adapter}></majlis-test-provider></div>`);
    const list = document.createElement('majlis-question-list');
    const painted = new Promise<string>((resolve) => {
      void customElements.whenDefined('majlis-question-list').then(() => resolve(firstText(list.shadowRoot, '[part="summary"]')));
    });
    root.firstElementChild!.append(list);
    expect(await painted).to.match(/[\u0600-\u06ff]/);
  });
});
