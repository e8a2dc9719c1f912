import { sendKeys } from '@web/test-runner-commands';
import { expect, html, oneEvent, waitUntil } from '../helpers/fixture.js';
import { demoAdapter } from '../helpers/community.js';
import { FakeAdapter, makeQuestion } from '../helpers/fake-adapter.js';
import { mountWith, part } from '../helpers/provider.js';
import { MajlisAskForm } from '../../src/components/ask-form/ask-form.js';
import { MajlisComposer } from '../../src/components/composer/composer.js';
import { MajlisError } from '../../src/core/adapter.js';
import type { CommunityAdapter } from '../../src/core/adapter.js';
import { defineOnce } from '../../src/core/element.js';
import { en } from '../../src/core/i18n/index.js';
import type { Messages } from '../../src/core/i18n/index.js';
import { ar } from '../../src/core/i18n/messages/ar.js';
import { nl } from '../../src/core/i18n/messages/nl.js';
import { vi } from '../../src/core/i18n/messages/vi.js';
import type { AskQuestionInput, PostAnswerInput } from '../../src/core/types.js';

defineOnce('majlis-composer', MajlisComposer);
defineOnce('majlis-ask-form', MajlisAskForm);

interface Look {
  lang?: string;
  dir?: string;
  dark?: boolean;
}

function wrap(look: Look) {
  return (inner: unknown) =>
    html`<div lang=${look.lang ?? 'en'} dir=${look.dir ?? 'ltr'} style=${look.dark ? 'color-scheme: dark' : ''}>${inner}</div>`;
}

async function composer(adapter: CommunityAdapter, questionId: string, look: Look = {}): Promise<MajlisComposer> {
  const el = await mountWith<MajlisComposer>(adapter, html`<majlis-composer question-id=${questionId}></majlis-composer>`, 'majlis-composer', wrap(look));
  await waitUntil(() => part(el, 'composer'), 'the composer did not load');
  return el;
}

async function askForm(adapter: CommunityAdapter, look: Look = {}): Promise<MajlisAskForm> {
  const el = await mountWith<MajlisAskForm>(adapter, html`<majlis-ask-form></majlis-ask-form>`, 'majlis-ask-form', wrap(look));
  await waitUntil(() => part(el, 'form'), 'the ask form did not load');
  return el;
}

type Form = MajlisComposer | MajlisAskForm;

const field = (el: Form, id: 'title' | 'body') => el.shadowRoot!.getElementById(id) as HTMLInputElement | HTMLTextAreaElement;
const warning = (el: Form) => part(el, 'personal-data-warning');
const items = (el: Form) => [...el.shadowRoot!.querySelectorAll('[part~="personal-data-item"]')].map((item) => item.textContent.replace(/\s+/g, ' ').trim());
const maskButton = (el: Form) => part(el, 'personal-data-mask-button') as HTMLButtonElement;
const keepButton = (el: Form) => part(el, 'personal-data-keep-button') as HTMLButtonElement;
const submitButton = (el: Form) => part(el, 'submit-button') as HTMLButtonElement;
const region = (el: Form) => el.shadowRoot!.querySelector('[role="status"]')!;
const focusedPart = (el: Form) => el.shadowRoot!.activeElement?.getAttribute('part') ?? 'nothing';

/** Text entered as typing gives it (the whole text, one input event). */
async function enter(el: Form, id: 'title' | 'body', text: string): Promise<void> {
  const control = field(el, id);
  control.focus();
  control.value = text;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  await el.updateComplete;
}

async function warned(el: Form, msg: Messages['personalData'] = en.personalData): Promise<HTMLElement> {
  await waitUntil(() => warning(el)?.querySelector('[part~="personal-data-heading"]')?.textContent === msg.heading, 'no personal-data warning', { timeout: 3000 });
  return warning(el)!;
}

/** The calls of one adapter method, on a MemoryAdapter or a FakeAdapter. */
function spy<T>(adapter: CommunityAdapter, method: 'postAnswer' | 'askQuestion'): T[] {
  const calls: T[] = [];
  const original = (adapter[method] as (input: T) => Promise<unknown>).bind(adapter);
  (adapter as unknown as Record<string, unknown>)[method] = (input: T) => {
    calls.push(structuredClone(input));
    return original(input);
  };
  return calls;
}

describe('personal-data guard', () => {
  afterEach(() => localStorage.clear());

  describe('in the composer', () => {
    it('warns while typing (politely), listing what was found masked, never the number itself', async () => {
      const el = await composer(await demoAdapter('u-noura'), 'q-1');
      await enter(el, 'body', 'Same problem here. Call me on +32 470 12 34 12 or mail a.peeters@proximus.be');
      const panel = await warned(el);
      expect(panel.getAttribute('role')).to.equal('group');
      expect(panel.textContent).to.include(en.personalData.found('a phone number and an e-mail address'));
      expect(items(el)).to.deep.equal(['Phone number +32 4•• •• •• 12', 'E-mail address a•••@proximus.be']);
      expect(panel.textContent).not.to.include('470 12 34 12');
      expect(field(el, 'body').getAttribute('aria-describedby')).to.include('personal-data-warning');
      await waitUntil(() => region(el).textContent.includes(en.personalData.heading), 'the warning was not announced');
    });

    it('en: warn, mask, then post the masked text; the draft keeps the masked text', async () => {
      const adapter = await demoAdapter('u-noura');
      const posts = spy<PostAnswerInput>(adapter, 'postAnswer');
      const el = await composer(adapter, 'q-1');
      await enter(el, 'body', 'My IMEI is 352099001761481 and my number 0470 12 34 56, can you check the line?');
      submitButton(el).click();
      const panel = await warned(el);
      await waitUntil(() => panel.getAttribute('role') === 'alert', 'the warning is not an alert after submit');
      expect(focusedPart(el)).to.equal('personal-data-warning');
      expect(posts).to.have.length(0);
      maskButton(el).click();
      await waitUntil(() => !warning(el), 'the warning stayed after masking');
      const masked = 'My IMEI is •••••••••••1481 and my number 04•• •• •• 56, can you check the line?';
      expect(field(el, 'body').value).to.equal(masked);
      expect(focusedPart(el)).to.equal('textarea');
      expect(field(el, 'body').selectionStart).to.equal(masked.indexOf(', can'));
      const draft = () => (JSON.parse(localStorage.getItem('majlis:draft:answer:q-1') ?? 'null') as { value?: { body?: string } } | null)?.value?.body;
      await waitUntil(() => draft() === masked, 'the draft does not keep the masked text');
      await waitUntil(() => region(el).textContent === en.personalData.masked, 'masking was not announced');
      const posted = oneEvent(el, 'majlis-answer-posted');
      submitButton(el).click();
      expect((await posted).detail.answer.body).to.equal(masked);
      expect(posts[0]).to.not.have.property('allowPersonalData');
    });

    it('nl: "Post anyway" posts the text as written, with allowPersonalData', async () => {
      const adapter = await demoAdapter('u-noura');
      const posts = spy<PostAnswerInput>(adapter, 'postAnswer');
      const el = await composer(adapter, 'q-14', { lang: 'nl' });
      const body = 'De winkel in Gent helpt je verder: bel 09 265 00 00 of +32 9 265 00 00, IBAN voor terugbetaling: BE71 0961 2345 6769.';
      await enter(el, 'body', body);
      const panel = await warned(el, nl.personalData);
      expect(panel.textContent).to.include(nl.personalData.explanation);
      expect(items(el)).to.deep.equal(['Telefoonnummer +32 9 ••• •• 00', 'IBAN BE•• •••• •••• 6769']);
      const posted = oneEvent(el, 'majlis-answer-posted');
      keepButton(el).click();
      expect((await posted).detail.answer.body).to.equal(body);
      expect(posts[0]).to.include({ allowPersonalData: true, body });
      expect(warning(el)).to.equal(null);
    });

    it('ar: Arabic-Indic digits, Arabic texts and plurals, right to left', async () => {
      const el = await composer(await demoAdapter('u-noura'), 'q-2', { lang: 'ar', dir: 'rtl' });
      await enter(el, 'body', 'نفس المشكلة عندي. رقمي ٠٥٠١٢٣٤٥٦٧ والرقم الثاني ٠٥٥٩٨٧٦٥٤٣، اتصلوا بي من فضلكم.');
      const panel = await warned(el, ar.personalData);
      expect(panel.textContent).to.include(ar.personalData.found('رقمَي هاتف'));
      expect(items(el)).to.deep.equal(['رقم الهاتف ٠٥••••••٦٧', 'رقم الهاتف ٠٥••••••٤٣']);
      expect(maskButton(el).textContent.trim()).to.equal(ar.personalData.mask);
      await expect(el).to.be.accessible();
    });

    it('vi: a Vietnamese mobile is found and masked', async () => {
      const adapter = await demoAdapter('u-noura');
      const el = await composer(adapter, 'q-9', { lang: 'vi' });
      await enter(el, 'body', 'Mình cũng bị vậy, số của mình là 0912 345 678, nhờ tổng đài gọi lại giúp.');
      await warned(el, vi.personalData);
      expect(items(el)).to.deep.equal(['Số điện thoại 09•• ••• •78']);
      maskButton(el).click();
      await waitUntil(() => field(el, 'body').value.includes('09•• ••• •78'), 'not masked');
    });

    it('leaves USSD codes, short numbers, prices and dates alone', async () => {
      const el = await composer(await demoAdapter('u-noura'), 'q-1');
      await enter(el, 'body', 'Dial *177# or *100*1#, call 1800 1090; since 31.12.2024 the 20 GB plan costs € 15,99.');
      await new Promise((resolve) => setTimeout(resolve, 600));
      await el.updateComplete;
      expect(warning(el)).to.equal(null);
    });

    it('works from the keyboard: Tab reaches "Mask them", Enter masks and returns to the text', async () => {
      const el = await composer(await demoAdapter('u-noura'), 'q-1');
      await enter(el, 'body', 'Call me on 0470 12 34 56 please');
      await warned(el);
      field(el, 'body').focus();
      await sendKeys({ press: 'Tab' });
      expect(focusedPart(el)).to.equal('personal-data-mask-button');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !warning(el), 'the warning stayed after masking');
      expect(focusedPart(el)).to.equal('textarea');
      expect(field(el, 'body').value).to.equal('Call me on 04•• •• •• 56 please');
    });

    it('keeps the typed text when the adapter refuses the answer anyway', async () => {
      const adapter = new FakeAdapter();
      adapter.question = makeQuestion();
      adapter.failWith = new MajlisError('invalid', 'body contains personal data (a phone number)', { field: 'body' });
      const el = await composer(adapter, 'q-1');
      const body = 'Ring the shop on 0470 12 34 56, they fixed mine.';
      await enter(el, 'body', body);
      await warned(el);
      keepButton(el).click();
      await waitUntil(() => part(el, 'error'), 'the refusal was not shown');
      expect(field(el, 'body').value).to.equal(body);
      expect(JSON.parse(localStorage.getItem('majlis:draft:answer:q-1')!).value).to.include({ body });
      expect(adapter.calls.filter((call) => call.method === 'postAnswer')).to.have.length(1);
    });

    for (const look of [{ dir: 'ltr' }, { dir: 'rtl', lang: 'ar' }, { dir: 'ltr', dark: true }] as Look[]) {
      it(`the warning is accessible (${JSON.stringify(look)})`, async () => {
        const el = await composer(await demoAdapter('u-noura'), 'q-1', look);
        await enter(el, 'body', 'IBAN NL91 ABNA 0417 1643 00 and 06-12345678 for the refund');
        await warned(el, look.lang === 'ar' ? ar.personalData : en.personalData);
        await expect(el).to.be.accessible();
        submitButton(el).click();
        await waitUntil(() => warning(el)?.getAttribute('role') === 'alert', 'not an alert');
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('in the ask form', () => {
    const question: Omit<AskQuestionInput, 'title' | 'body'> = { categoryId: 'network-quality', language: 'en', tags: [] };

    async function fill(el: MajlisAskForm, title: string, body: string): Promise<void> {
      await enter(el, 'title', title);
      await enter(el, 'body', body);
      const category = field(el, 'title').getRootNode() as ShadowRoot;
      const select = category.getElementById('category') as HTMLSelectElement;
      select.value = question.categoryId;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
    }

    it('a phone number in the title: submit warns and focuses the warning; mask puts focus back in the title', async () => {
      const adapter = await demoAdapter('u-noura');
      const asks = spy<AskQuestionInput>(adapter, 'askQuestion');
      const el = await askForm(adapter);
      await fill(el, 'No signal on 0470 12 34 56 since Monday', 'Since Monday my phone shows no signal at home in Leuven, even after a restart.');
      submitButton(el).click();
      const panel = await warned(el);
      await waitUntil(() => panel.getAttribute('role') === 'alert', 'not an alert');
      expect(focusedPart(el)).to.equal('personal-data-warning');
      expect(field(el, 'title').getAttribute('aria-describedby')).to.include('personal-data-warning');
      expect(asks).to.have.length(0);
      maskButton(el).click();
      await waitUntil(() => !warning(el), 'the warning stayed');
      expect(field(el, 'title').value).to.equal('No signal on 04•• •• •• 56 since Monday');
      expect(focusedPart(el)).to.equal('title-input');
      const asked = oneEvent(el, 'majlis-question-asked');
      submitButton(el).click();
      expect((await asked).detail.question.title).to.equal('No signal on 04•• •• •• 56 since Monday');
    });

    it('"Post anyway" asks with allowPersonalData, and the in-browser adapter stores it as written', async () => {
      const adapter = await demoAdapter('u-noura');
      const asks = spy<AskQuestionInput>(adapter, 'askQuestion');
      const el = await askForm(adapter);
      const body = 'The shop told me to mail support@proximus.be with my SIM number 8932 0012 3456 7890 1233.';
      await fill(el, 'New SIM card shows no service at all', body);
      await warned(el);
      const asked = oneEvent(el, 'majlis-question-asked');
      keepButton(el).click();
      expect((await asked).detail.question.body).to.equal(body);
      expect(asks[0]).to.include({ allowPersonalData: true });
    });

    it('a refusal of what the writer kept is shown at its field, keeping title and details', async () => {
      const adapter = await demoAdapter('u-noura');
      const el = await askForm(adapter);
      // A backend that refuses even what the writer kept (an older server, a stricter rule).
      adapter.askQuestion = () => Promise.reject(new MajlisError('invalid', 'title contains personal data', { field: 'title' }));
      await fill(el, 'Call me back on 0470 12 34 56', 'Nobody answers at the shop and my line has been down since Monday.');
      await warned(el);
      keepButton(el).click();
      await waitUntil(() => part(el, 'message') ?? part(el, 'error'), 'the refusal was not shown');
      expect(field(el, 'title').value).to.equal('Call me back on 0470 12 34 56');
      expect(field(el, 'body').value).to.equal('Nobody answers at the shop and my line has been down since Monday.');
    });

    it('is accessible with the warning, right to left', async () => {
      const el = await askForm(await demoAdapter('u-noura'), { lang: 'ar', dir: 'rtl' });
      await enter(el, 'body', 'رقم الشريحة 8932001234567890124 والجهاز لا يعمل');
      await warned(el, ar.personalData);
      await expect(el).to.be.accessible();
    });
  });
});
