import { sendKeys } from '@web/test-runner-commands';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '../helpers/fixture.js';
import { FakeAdapter, makeQuestion } from '../helpers/fake-adapter.js';
import '../helpers/provider.js';
import { MajlisComposer } from '../../src/components/composer/composer.js';
import { MajlisError } from '../../src/core/adapter.js';
import { defineOnce } from '../../src/core/element.js';
import { en } from '../../src/core/i18n/index.js';
import { LIMITS } from '../../src/core/types.js';
import type { Question } from '../../src/core/types.js';

defineOnce('majlis-composer', MajlisComposer);

const DRAFT_KEY = 'majlis:draft:answer:q-1';
const msg = en.composer;

interface Setup {
  question?: Partial<Question>;
  anonymous?: boolean;
  lang?: string;
  dir?: string;
  dark?: boolean;
}

async function mount(setup: Setup = {}): Promise<{ el: MajlisComposer; adapter: FakeAdapter; root: HTMLElement }> {
  const adapter = new FakeAdapter();
  adapter.question = makeQuestion(setup.question);
  if (setup.anonymous) adapter.viewer = null;
  const root = await fixture<HTMLElement>(html`
    <div lang=${setup.lang ?? 'en'} dir=${setup.dir ?? 'ltr'} style=${setup.dark ? 'color-scheme: dark' : ''}>
      <majlis-test-provider .adapter=${adapter}>
        <majlis-composer question-id="q-1"></majlis-composer>
      </majlis-test-provider>
    </div>
  `);
  const el = root.querySelector('majlis-composer')!;
  await waitUntil(() => part(el, 'composer') ?? part(el, 'notice'), 'the composer did not load');
  return { el, adapter, root };
}

/** Another composer for the same question, in the same provider (as after the thread re-rendered). */
async function remount(root: HTMLElement): Promise<MajlisComposer> {
  const el = document.createElement('majlis-composer');
  el.questionId = 'q-1';
  root.querySelector('majlis-test-provider')!.append(el);
  await waitUntil(() => part(el, 'composer'), 'the composer did not load again');
  return el;
}

function part<T extends HTMLElement = HTMLElement>(el: MajlisComposer, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

const textarea = (el: MajlisComposer) => part<HTMLTextAreaElement>(el, 'textarea')!;
const submitButton = (el: MajlisComposer) => part<HTMLButtonElement>(el, 'submit-button')!;
const select = (el: MajlisComposer) => part<HTMLSelectElement>(el, 'language-select')!;
const region = (el: MajlisComposer) => el.shadowRoot!.querySelector('[role="status"]')!;
const countText = (el: MajlisComposer) => part(el, 'count')!.querySelector('[aria-hidden="true"]')!.textContent.trim();
const toolbarButton = (el: MajlisComposer, label: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="toolbar-button"][aria-label="${label}"]`)!;
const tab = (el: MajlisComposer, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((t) => t.textContent.trim() === name)!;
const postCalls = (adapter: FakeAdapter) => adapter.calls.filter((c) => c.method === 'postAnswer');

/**
 * What has focus inside the composer, by name (its aria-label, text or part). Names compare cleanly, where
 * comparing elements would make a failing assertion serialize the whole page.
 */
function focused(el: MajlisComposer): string {
  const active = el.shadowRoot!.activeElement;
  if (!active) return 'nothing';
  return active.getAttribute('aria-label') || active.textContent.trim() || active.getAttribute('part')!;
}

/**
 * Real typing into the answer field, one key at a time. A single `sendKeys({ type })` would not do in WebKit:
 * WebKitWebDriver gets the whole text as one chord (every key down, then every key up), which loses repeated
 * letters and spaces and can reorder the rest. Slow in WebKit (~70 ms a key): keep the texts short.
 */
async function type(el: MajlisComposer, text: string): Promise<void> {
  textarea(el).focus();
  for (const key of text) await sendKeys({ type: key });
  await el.updateComplete;
}

/**
 * Text entered at the caret with the `input` event typing gives, for tests about what happens with the text
 * (posting, drafts) rather than about the keys.
 */
async function enter(el: MajlisComposer, text: string): Promise<void> {
  const field = textarea(el);
  field.focus();
  field.setRangeText(text, field.selectionStart, field.selectionEnd, 'end');
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  await el.updateComplete;
}

/** Sets the whole text at once, as a paste does (long or non-Latin text). */
async function paste(el: MajlisComposer, text: string): Promise<void> {
  const field = textarea(el);
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  await el.updateComplete;
}

/** WebDriver's codes for the keys pressed with Control below (https://w3c.github.io/webdriver/#keyboard-actions). */
const WEBDRIVER_KEYS: Readonly<Record<string, string>> = { Control: '\uE009', Enter: '\uE007', KeyB: 'b' };

/** Whether the browser's driver holds a key down across commands; found out by the first chord. */
let holdsKeys: boolean | undefined;

/**
 * A Ctrl+key chord, pressed for real. Chromium and Firefox hold Control down across commands; WebKitWebDriver
 * cannot (`down` is unsupported there), but presses all keys of one `type` together, which is the same chord.
 */
async function pressWithControl(key: 'Enter' | 'KeyB'): Promise<void> {
  if (holdsKeys !== false) {
    try {
      await sendKeys({ down: 'Control' });
      holdsKeys = true;
    } catch (error) {
      if (holdsKeys || !String(error).includes('supported by webdriver')) throw error;
      holdsKeys = false;
    }
  }
  if (!holdsKeys) {
    await sendKeys({ type: WEBDRIVER_KEYS.Control + WEBDRIVER_KEYS[key] });
    return;
  }
  try {
    await sendKeys({ press: key });
  } finally {
    await sendKeys({ up: 'Control' });
  }
}

function storedDraft(): { body: string; language: string } | null {
  const raw = localStorage.getItem(DRAFT_KEY);
  return raw === null ? null : (JSON.parse(raw) as { value: { body: string; language: string } }).value;
}

describe('<majlis-composer>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  describe('who may answer', () => {
    it('asks an anonymous viewer to sign in and fires majlis-login-request', async () => {
      const { el, adapter } = await mount({ anonymous: true });
      expect(part(el, 'composer')).to.equal(null);
      expect(part(el, 'notice')!.textContent).to.contain(msg.signInPrompt);
      const button = part<HTMLButtonElement>(el, 'sign-in-button')!;
      expect(button.textContent.trim()).to.equal(msg.signIn);
      setTimeout(() => button.click());
      const event = await oneEvent(el, 'majlis-login-request');
      expect(event.detail.reason).to.equal('answer');
      expect(event.cancelable && event.composed && event.bubbles).to.equal(true);
      expect(postCalls(adapter)).to.have.length(0);
    });

    it('explains that a locked question takes no new answers', async () => {
      const { el } = await mount({ question: { status: 'locked', viewerCan: { vote: true, edit: false, moderate: false, answer: false } } });
      expect(part(el, 'composer')).to.equal(null);
      expect(part(el, 'sign-in-button')).to.equal(null);
      expect(part(el, 'notice')!.textContent.trim()).to.equal(msg.locked);
    });

    it('shows a neutral notice when the backend says the viewer may not answer', async () => {
      const { el } = await mount({ question: { viewerCan: { vote: true, edit: false, moderate: false, answer: false } } });
      expect(part(el, 'composer')).to.equal(null);
      expect(part(el, 'notice')!.textContent.trim()).to.equal(msg.cannotAnswer);
    });
  });

  describe('writing', () => {
    it('has a labelled Markdown field that auto-detects its direction', async () => {
      const { el } = await mount();
      const field = textarea(el);
      expect(field.labels[0].textContent.trim()).to.equal(msg.label);
      expect(field.getAttribute('dir')).to.equal('auto');
      expect(field.rows).to.equal(6);
    });

    it('counts characters while the viewer types', async () => {
      const { el } = await mount();
      expect(countText(el)).to.equal('0 / 10,000');
      await type(el, 'Restart the phone');
      expect(countText(el)).to.equal('17 / 10,000');
      expect(part(el, 'count')!.textContent).to.contain('17 of 10,000 characters');
    });

    it('warns near the limit, announcing only when a threshold is crossed', async () => {
      const { el } = await mount();
      await paste(el, 'a'.repeat(LIMITS.bodyMax - 1000));
      expect(part(el, 'count')!.dataset.level).to.equal('near');
      await waitUntil(() => region(el).textContent === '1,000 characters left', 'crossing into "near" was not announced');
      await type(el, 'b');
      await aTimeout(100);
      expect(region(el).textContent, 'no announcement while staying near the limit').to.equal('1,000 characters left');

      await paste(el, 'a'.repeat(LIMITS.bodyMax + 1));
      await waitUntil(() => region(el).textContent === 'Your answer is 1 character too long.');
      expect(part(el, 'count')!.dataset.level).to.equal('over');
      expect(part(el, 'message')!.textContent).to.equal('Your answer is 1 character too long.');
      expect(textarea(el).getAttribute('aria-invalid')).to.equal('true');
      expect(textarea(el).getAttribute('aria-describedby')).to.equal(part(el, 'message')!.id);
      expect(submitButton(el).disabled).to.equal(true);
      expect(el.matches(':state(over-limit)')).to.equal(true);
    });

    it('bolds the selected text from the toolbar and keeps it selected in the field', async () => {
      const { el } = await mount();
      await enter(el, 'Reset the APN now');
      textarea(el).setSelectionRange(10, 13);
      toolbarButton(el, msg.bold).click();
      await el.updateComplete;
      const field = textarea(el);
      expect(field.value).to.equal('Reset the **APN** now');
      expect(field.value.slice(field.selectionStart, field.selectionEnd)).to.equal('APN');
      expect(focused(el)).to.equal('textarea');
      expect(countText(el)).to.equal('21 / 10,000');
    });

    it('inserts a visible, selected link text from the Link button when nothing is selected', async () => {
      const { el } = await mount();
      await enter(el, 'See ');
      toolbarButton(el, msg.link).click();
      await el.updateComplete;
      const field = textarea(el);
      expect(field.value).to.equal(`See [${msg.linkText}](https://)`);
      expect(field.value.slice(field.selectionStart, field.selectionEnd)).to.equal(msg.linkText);
    });

    it('applies Ctrl+B from the field', async () => {
      const { el } = await mount();
      await type(el, 'APN');
      textarea(el).select();
      await pressWithControl('KeyB');
      await el.updateComplete;
      expect(textarea(el).value).to.equal('**APN**');
    });

    it('moves between toolbar buttons with the arrow keys (mirrored right to left)', async () => {
      const { el } = await mount();
      const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="toolbar-button"]')];
      expect(part(el, 'toolbar')!.getAttribute('role')).to.equal('toolbar');
      expect(buttons.map((b) => b.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
      expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal([msg.bold, msg.italic, msg.link, msg.code, msg.list]);
      buttons[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused(el)).to.equal(msg.italic);
      expect(buttons.map((b) => b.tabIndex)).to.deep.equal([-1, 0, -1, -1, -1]);
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal(msg.list);
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(el), 'wraps around').to.equal(msg.bold);

      const rtl = await mount({ lang: 'ar', dir: 'rtl' });
      const rtlButtons = [...rtl.el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="toolbar-button"]')];
      rtlButtons[0].focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused(rtl.el)).to.equal(rtlButtons[1].getAttribute('aria-label'));
    });
  });

  describe('preview', () => {
    it('switches between Write and Preview tabs, rendering sanitized Markdown', async () => {
      const flags = window as unknown as { __xss?: unknown };
      delete flags.__xss;
      const { el } = await mount();
      await paste(el, '**Data roaming** must be on.\n\n<img src=x onerror=window.__xss=1>');
      const write = tab(el, msg.write);
      const preview = tab(el, msg.preview);
      expect(write.getAttribute('aria-selected')).to.equal('true');
      preview.click();
      await el.updateComplete;
      expect(preview.getAttribute('aria-selected')).to.equal('true');
      expect(write.getAttribute('aria-selected')).to.equal('false');
      const panel = part(el, 'preview')!;
      // The text as typed, formatted as soon as the Markdown parser (a lazy chunk) is there.
      await waitUntil(() => panel.querySelector('strong'), 'the preview is formatted');
      expect(panel.getAttribute('role')).to.equal('tabpanel');
      expect(panel.hidden).to.equal(false);
      expect(textarea(el).closest<HTMLElement>('[role="tabpanel"]')!.hidden).to.equal(true);
      expect(panel.querySelector('strong')!.textContent).to.equal('Data roaming');
      expect(panel.querySelector('[dir="auto"]')).to.not.equal(null);
      expect(panel.querySelector('img')).to.equal(null);
      expect(panel.textContent).to.contain('<img src=x onerror=window.__xss=1>');
      await aTimeout(50);
      expect(flags.__xss).to.equal(undefined);
      expect(el.matches(':state(preview)')).to.equal(true);
    });

    it('says when there is nothing to preview, and follows the arrow keys', async () => {
      const { el } = await mount();
      tab(el, msg.write).focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(tab(el, msg.preview).getAttribute('aria-selected')).to.equal('true');
      expect(focused(el)).to.equal(msg.preview);
      expect(part(el, 'preview')!.textContent.trim()).to.equal(msg.nothingToPreview);
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(tab(el, msg.write).getAttribute('aria-selected')).to.equal('true');
      expect(textarea(el).checkVisibility()).to.equal(true);
    });
  });

  describe('posting', () => {
    it('posts with questionId, body and language, fires majlis-answer-posted and clears text and draft', async () => {
      const { el, adapter } = await mount({ question: { language: 'nl' } });
      adapter.autoResolve = false;
      await enter(el, 'Zet dataroaming uit en herstart je telefoon.');
      await waitUntil(() => storedDraft() !== null, 'the draft was not saved');
      submitButton(el).click();
      await el.updateComplete;
      expect(part(el, 'composer')!.getAttribute('aria-busy')).to.equal('true');
      expect(submitButton(el).textContent.trim()).to.equal(msg.posting);
      expect(el.matches(':state(posting)')).to.equal(true);
      submitButton(el).click();
      await waitUntil(() => adapter.waiting === 1);
      const posted = oneEvent(el, 'majlis-answer-posted');
      adapter.release();
      const event = await posted;
      expect(postCalls(adapter)).to.have.length(1);
      expect(postCalls(adapter)[0].args[0]).to.deep.equal({
        questionId: 'q-1',
        body: 'Zet dataroaming uit en herstart je telefoon.',
        language: 'nl',
      });
      expect(event.detail.answer.body).to.equal('Zet dataroaming uit en herstart je telefoon.');
      await el.updateComplete;
      expect(textarea(el).value).to.equal('');
      expect(storedDraft()).to.equal(null);
      expect(submitButton(el).textContent.trim()).to.equal(msg.submit);
      expect(part(el, 'composer')!.getAttribute('aria-busy')).to.equal('false');
      await waitUntil(() => region(el).textContent === msg.posted, 'the post was not announced');
    });

    it('submits with Ctrl+Enter from the field and returns to Write', async () => {
      const { el, adapter } = await mount();
      await enter(el, 'Dial *#100# to check your bundle.');
      const posted = oneEvent(el, 'majlis-answer-posted');
      await pressWithControl('Enter');
      await posted;
      expect(postCalls(adapter)).to.have.length(1);
      expect(textarea(el).value).to.equal('');
    });

    it('keeps the text and draft when posting fails, shows the error and retries', async () => {
      const { el, adapter } = await mount();
      adapter.failWith = new MajlisError('network', 'offline');
      await enter(el, 'Switch to 4G only.');
      const failed = oneEvent(el, 'majlis-error');
      submitButton(el).click();
      const error = await failed;
      expect(error.detail.operation).to.equal('post-answer');
      expect(error.detail.error.code).to.equal('network');
      await el.updateComplete;
      expect(part(el, 'error')!.textContent).to.contain(en.error.network);
      expect(textarea(el).value).to.equal('Switch to 4G only.');
      await waitUntil(() => storedDraft()?.body === 'Switch to 4G only.', 'the draft was lost');
      expect(textarea(el).readOnly).to.equal(false);

      adapter.failWith = null;
      const posted = oneEvent(el, 'majlis-answer-posted');
      part<HTMLButtonElement>(el, 'retry-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await posted;
      await el.updateComplete;
      expect(postCalls(adapter)).to.have.length(2);
      expect(part(el, 'error')).to.equal(null);
      expect(textarea(el).value).to.equal('');
      expect(storedDraft()).to.equal(null);
      expect(focused(el), 'focus returns to the field after the retry button went away').to.equal('textarea');
    });

    it('refuses a too-short answer inline, without calling the adapter', async () => {
      const { el, adapter } = await mount();
      await type(el, ' a ');
      submitButton(el).click();
      await el.updateComplete;
      const message = part(el, 'message')!;
      expect(message.textContent).to.equal('Write at least 2 characters to post an answer.');
      expect(textarea(el).getAttribute('aria-invalid')).to.equal('true');
      expect(textarea(el).getAttribute('aria-describedby')).to.equal(message.id);
      expect(postCalls(adapter)).to.have.length(0);
      await type(el, 'b');
      expect(part(el, 'message')).to.equal(null);
      expect(textarea(el).getAttribute('aria-invalid')).to.equal('false');
    });
  });

  describe('drafts', () => {
    it('restores the draft when the element is removed and created again', async () => {
      const { el, root } = await mount();
      await enter(el, 'Check the APN settings');
      select(el).value = 'fr';
      select(el).dispatchEvent(new Event('change'));
      el.remove();
      expect(storedDraft(), 'written at once on disconnect').to.deep.equal({ body: 'Check the APN settings', language: 'fr' });
      const again = await remount(root);
      expect(textarea(again).value).to.equal('Check the APN settings');
      expect(select(again).value).to.equal('fr');
      expect(countText(again)).to.equal('22 / 10,000');
    });

    it('switches to the other question’s draft when question-id changes', async () => {
      const { el, adapter } = await mount();
      await enter(el, 'Answer for q-1');
      adapter.question = makeQuestion({ id: 'q-2', language: 'fr' });
      el.questionId = 'q-2';
      await waitUntil(() => part(el, 'composer') && select(el).value === 'fr', 'q-2 did not load');
      expect(textarea(el).value).to.equal('');
      await enter(el, 'Réponse pour q-2');
      el.questionId = 'q-1';
      await waitUntil(() => textarea(el)?.value === 'Answer for q-1', 'q-1’s draft did not come back');
      expect(JSON.parse(localStorage.getItem('majlis:draft:answer:q-2')!).value.body).to.equal('Réponse pour q-2');
    });
  });

  describe('answer language', () => {
    it('is preset to the question’s language, including a regional tag', async () => {
      const { el } = await mount({ question: { language: 'nl-BE' } });
      const options = [...select(el).options].map((o) => o.value);
      expect(options).to.deep.equal(['en', 'ar', 'nl', 'fr', 'vi', 'ur', 'de', 'hi', 'nl-BE']);
      expect(select(el).value).to.equal('nl-BE');
      expect(select(el).options[1].textContent.trim()).to.equal(new Intl.DisplayNames('en', { type: 'language' }).of('ar'));
      expect(textarea(el).lang).to.equal('nl-BE');
    });

    it('offers to switch when the viewer writes in another language than the question’s', async () => {
      const { el, adapter } = await mount({ question: { language: 'ar' } });
      expect(select(el).value).to.equal('ar');
      await type(el, 'Restart');
      expect(part(el, 'language-hint'), 'not before ~20 letters').to.equal(null);
      await enter(el, ' your phone and check that the APN is set');
      const hint = part(el, 'language-hint')!;
      expect(hint.querySelector('p')!.textContent).to.equal(
        'This question is in Arabic. You’re writing in English — set the answer language to English?',
      );
      await waitUntil(() => region(el).textContent === hint.querySelector('p')!.textContent, 'the hint was not announced');
      hint.querySelector('button')!.click();
      await el.updateComplete;
      expect(select(el).value).to.equal('en');
      expect(part(el, 'language-hint')).to.equal(null);
      expect(focused(el)).to.equal('textarea');
      const posted = oneEvent(el, 'majlis-answer-posted');
      submitButton(el).click();
      await posted;
      expect((postCalls(adapter)[0].args[0] as { language: string }).language).to.equal('en');
    });

    it('tells Vietnamese from other Latin text, and can be dismissed', async () => {
      const { el } = await mount({ question: { language: 'fr' } });
      await paste(el, 'Bạn hãy khởi động lại điện thoại và kiểm tra cài đặt APN.');
      const hint = part(el, 'language-hint')!;
      expect(hint.textContent).to.contain('Vietnamese');
      hint.querySelectorAll('button')[1].click();
      await el.updateComplete;
      expect(part(el, 'language-hint')).to.equal(null);
      expect(select(el).value).to.equal('fr');
    });

    it('tells Dutch from French by common words, after the viewer chose another language', async () => {
      const { el } = await mount({ question: { language: 'nl-BE' } });
      select(el).value = 'fr';
      select(el).dispatchEvent(new Event('change'));
      await paste(el, 'Zet de telefoon uit en weer aan, en controleer dan of het APN goed staat.');
      const hint = part(el, 'language-hint')!;
      expect(hint.querySelector('p')!.textContent).to.equal(
        'The answer language is set to French, but you’re writing in Dutch (Belgium). Set it to Dutch (Belgium)?',
      );
      hint.querySelector('button')!.click();
      await el.updateComplete;
      expect(select(el).value, 'the question’s own regional tag').to.equal('nl-BE');
    });

    it('gives no hint for text in the selected language', async () => {
      const { el } = await mount({ question: { language: 'ar' } });
      await paste(el, 'أعد تشغيل الهاتف ثم تحقق من إعدادات نقطة الوصول APN.');
      expect(part(el, 'language-hint')).to.equal(null);
      await paste(el, 'Restart your phone and check that the APN is set correctly.');
      expect(part(el, 'language-hint')).to.not.equal(null);
    });
  });

  it('speaks Arabic, right to left, inside <div lang="ar" dir="rtl">', async () => {
    const { el } = await mount({ lang: 'ar', dir: 'rtl' });
    await waitUntil(() => submitButton(el).textContent.trim() === 'نشر الإجابة', 'the Arabic catalog did not arrive');
    expect(textarea(el).labels[0].textContent.trim()).to.equal('إجابتك');
    expect(tab(el, 'معاينة')).to.not.equal(undefined);
    expect(countText(el)).to.equal(`${new Intl.NumberFormat('ar-u-nu-latn').format(0)} / ${new Intl.NumberFormat('ar-u-nu-latn').format(10_000)}`);
    expect(getComputedStyle(part(el, 'composer')!).direction).to.equal('rtl');
    expect(select(el).options[0].textContent.trim()).to.equal('الإنجليزية');
    await type(el, 'ا');
    submitButton(el).click();
    await el.updateComplete;
    expect(part(el, 'message')!.textContent).to.equal('اكتب حرفين على الأقل لنشر إجابة.');
  });

  describe('accessibility', () => {
    const looks: readonly (readonly [string, Setup])[] = [
      ['left to right', {}],
      ['right to left', { lang: 'ar', dir: 'rtl' }],
      ['dark', { dark: true }],
    ];
    for (const [look, setup] of looks) {
      it(`the form is accessible (${look})`, async () => {
        const { el } = await mount(setup);
        await paste(el, '**Bold** text');
        await expect(el).to.be.accessible();
        tab(el, el.shadowRoot!.querySelectorAll('[role="tab"]')[1].textContent.trim()).click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });

      it(`the sign-in prompt is accessible (${look})`, async () => {
        const { el } = await mount({ ...setup, anonymous: true });
        await expect(el).to.be.accessible();
      });

      it(`the locked notice is accessible (${look})`, async () => {
        const { el } = await mount({ ...setup, question: { status: 'locked' } });
        await expect(el).to.be.accessible();
      });
    }

    it('the language hint, errors and validation are accessible', async () => {
      const { el, adapter } = await mount({ question: { language: 'ar' } });
      adapter.failWith = new MajlisError('unavailable', 'down');
      await paste(el, 'a'.repeat(LIMITS.bodyMax + 5));
      await expect(el).to.be.accessible();
      await paste(el, 'Restart your phone and check that the APN is set correctly.');
      submitButton(el).click();
      await waitUntil(() => part(el, 'error'));
      expect(part(el, 'language-hint')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  });
});
