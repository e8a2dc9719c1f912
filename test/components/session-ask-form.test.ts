import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { expect, html, waitUntil } from '../helpers/fixture.js';
import { mountWith, part } from '../helpers/provider.js';
import { MemoryAdapter } from '../../src/adapters/memory.js';
import type { MajlisLiveSession } from '../../src/components/live-session/live-session.js';
import type { MajlisSessionAskForm } from '../../src/components/live-session/session-ask-form.js';
import { en } from '../../src/core/i18n/index.js';
import type { Messages } from '../../src/core/i18n/index.js';
import { ar } from '../../src/core/i18n/messages/ar.js';
import { loadElement } from '../../src/core/lazy.js';
import { conformanceSeed } from '../../src/testing/conformance.js';

// The session's ask form: its element (the composer's editor, the personal-data guard) is fetched when a member first
// focuses the live session's light form. The first test runs before anything in this file loads it.

const TAG = 'majlis-live-session';
const FORM = 'majlis-session-ask-form';
const NOW = new Date('2026-03-02T09:00:00.000Z');

before(() => Promise.all([loadElement(TAG), loadElement('majlis-vote-button')]));

function memory(viewerId = 'member'): MemoryAdapter {
  const base = structuredClone(conformanceSeed);
  const liveSessions = [
    { id: 'ls-live', title: 'Ask the network team', hashtag: 'AskNetwork', hostIds: ['expert'], startsAt: '2026-03-02T08:00:00.000Z', endsAt: '2026-03-02T10:00:00.000Z' },
  ];
  return new MemoryAdapter({ seed: { ...base, liveSessions }, viewerId, now: () => NOW });
}

const ltr = (inner: TemplateResult) => html`<div lang="en" dir="ltr">${inner}</div>`;
const rtl = (inner: TemplateResult) => html`<div lang="ar" dir="rtl">${inner}</div>`;
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(adapter: MemoryAdapter, wrap = ltr): Promise<MajlisLiveSession> {
  const el = await mountWith<MajlisLiveSession>(adapter, html`<majlis-live-session session-id="ls-live"></majlis-live-session>`, TAG, wrap);
  await waitUntil(() => part(el, 'ask-form') || el.shadowRoot!.querySelector(FORM), 'the ask form did not show');
  return el;
}

/** The live session's ask form, its element rendered (loaded by now). */
async function askForm(el: MajlisLiveSession): Promise<MajlisSessionAskForm> {
  await loadElement(FORM);
  await waitUntil(() => el.shadowRoot!.querySelector(FORM), 'the ask form\'s element did not replace the light form');
  const form = el.shadowRoot!.querySelector(FORM)!;
  await form.updateComplete;
  return form;
}

const control = (form: MajlisSessionAskForm, name: 'title' | 'body') =>
  form.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!;

/** Text entered as typing gives it (one input event: WebKit's driver drops spaces when it types). */
async function enter(form: MajlisSessionAskForm, name: 'title' | 'body', value: string): Promise<void> {
  const field = control(form, name);
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
  await form.updateComplete;
}

async function warned(form: MajlisSessionAskForm, msg: Messages['personalData']): Promise<HTMLElement> {
  await waitUntil(
    () => part(form, 'personal-data-warning')?.querySelector('[part~="personal-data-heading"]')?.textContent === msg.heading,
    'no personal-data warning',
    { timeout: 3000 },
  );
  return part(form, 'personal-data-warning')!;
}

describe('<majlis-session-ask-form> in <majlis-live-session>', () => {
  it('is fetched when a member first focuses the light form, and takes over what was typed and the focus', async () => {
    const el = await mount(memory());
    expect(customElements.get(FORM), 'fetched before anyone focused the form').to.equal(undefined);
    const light = part(el, 'ask-form')!;
    expect(text(light.querySelector('.subheading'))).to.equal('Ask the hosts');
    await expect(el).to.be.accessible();
    const title = light.querySelector<HTMLInputElement>('input[name="title"]')!;
    title.value = 'Is 5G coming';
    title.focus();
    const form = await askForm(el);
    expect(part(el, 'ask-form'), 'the light form is gone').to.equal(null);
    expect(control(form, 'title').value).to.equal('Is 5G coming');
    await waitUntil(() => form.shadowRoot!.activeElement === control(form, 'title'), 'the focus did not move to the form\'s title');
  });

  it('warns of a phone number in a question (en) and asks it masked', async () => {
    const adapter = memory();
    const el = await mount(adapter);
    const form = await askForm(el);
    await enter(form, 'title', 'Can you call me about my 5G coverage?');
    await enter(form, 'body', 'My number is +32 470 12 34 56, the signal drops at home.');
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const warning = await warned(form, en.personalData);
    expect(text(warning)).to.not.contain('470 12 34');
    expect((await adapter.listSessionQuestions('ls-live')).items, 'asked before the writer chose').to.have.length(0);
    part(form, 'personal-data-mask-button')!.click();
    await waitUntil(() => !control(form, 'body').value.includes('470 12 34'), 'not masked');
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(async () => (await adapter.listSessionQuestions('ls-live')).items.length === 1, 'the masked question was not asked');
    const [asked] = (await adapter.listSessionQuestions('ls-live')).items;
    expect(asked.question.body).to.not.contain('470 12 34');
    await waitUntil(() => text(el.shadowRoot!.querySelector('[aria-live]')).includes('Your question is in'), 'the question was not announced');
  });

  it('warns of a phone number in Arabic-Indic digits (ar), right to left, and is accessible with the warning', async () => {
    const el = await mount(memory(), rtl);
    const form = await askForm(el);
    await enter(form, 'title', 'متى تصل شبكة الجيل الخامس إلى حيّنا؟');
    await enter(form, 'body', 'رقمي ٠٥٠١٢٣٤٥٦٧، اتصلوا بي من فضلكم.');
    const warning = await warned(form, ar.personalData);
    expect(text(warning)).to.not.contain('٠٥٠١٢٣٤٥٦٧');
    expect(text(form.shadowRoot!.querySelector('.subheading'))).to.equal(ar.liveSession.askHeading);
    await expect(el).to.be.accessible();
  });

  it('previews the details as sanitized Markdown', async () => {
    const el = await mount(memory());
    const form = await askForm(el);
    await enter(form, 'body', 'Coverage in **Geel** <img src="x" onerror="window.hacked = true"> <script>window.hacked = true</script>');
    const tabs = [...form.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs.map(text)).to.deep.equal(['Write', 'Preview']);
    tabs[1].click();
    await waitUntil(() => form.shadowRoot!.querySelector('[role="tabpanel"]:not([hidden]) strong'), 'no preview');
    const preview = form.shadowRoot!.querySelector('[role="tabpanel"]:not([hidden])')!;
    expect(text(preview.querySelector('strong'))).to.equal('Geel');
    expect(preview.querySelector('script, [onerror]'), 'unsafe markup in the preview').to.equal(null);
    expect((window as { hacked?: boolean }).hacked).to.equal(undefined);
    expect(form.shadowRoot!.querySelector('[role="toolbar"]'), 'the formatting toolbar').to.not.equal(null);
  });

  for (const [name, wrap] of [
    ['LTR', ltr],
    ['RTL', rtl],
  ] as const) {
    it(`is accessible in ${name}`, async () => {
      const el = await mount(memory(), wrap);
      await askForm(el);
      await expect(el).to.be.accessible();
    });
  }
});
