import { aTimeout, expect, html, oneEvent, waitUntil } from '../helpers/fixture.js';
import { demoAdapter } from '../helpers/community.js';
import { FakeAdapter, deferred } from '../helpers/fake-adapter.js';
import type { Deferred } from '../helpers/fake-adapter.js';
import { mountWith, part } from '../helpers/provider.js';
import { MemoryAdapter } from '../../src/adapters/memory.js';
import { MajlisAskForm } from '../../src/components/ask-form/ask-form.js';
import { MajlisError } from '../../src/core/adapter.js';
import type { CommunityAdapter } from '../../src/core/adapter.js';
import { defineOnce } from '../../src/core/element.js';
import { MajlisNavigateEvent, MajlisQuestionAskedEvent } from '../../src/core/events.js';
import type { MajlisErrorEvent } from '../../src/core/events.js';
import { en } from '../../src/core/i18n/index.js';
import { ar } from '../../src/core/i18n/messages/ar.js';
import { formattersFor } from '../../src/core/i18n/format.js';
import { LIMITS } from '../../src/core/types.js';
import type { AskQuestionInput, CallOptions, Page, Question, QuestionQuery } from '../../src/core/types.js';

defineOnce('majlis-ask-form', MajlisAskForm);

const DRAFT_KEY = 'majlis:draft:question:new';
const msg = en.askForm;
const fmt = formattersFor('en');

/**
 * The demo community with a search the test controls: questions whose title or body contains any word of
 * the query (three letters or more), ranked by how many words match, or in the fixed `ranking` when set.
 * Used for the similar-question tests so they do not depend on the MemoryAdapter's own relevance scoring.
 */
class SearchAdapter extends MemoryAdapter {
  searches: string[] = [];
  /** Question ids to return, in this order, for any search. */
  ranking: string[] | undefined;
  /** When set, searches wait for the test to resolve them (one deferred per search). */
  hold = false;
  readonly held: Deferred<void>[] = [];

  override async listQuestions(query: QuestionQuery = {}, options?: CallOptions): Promise<Page<Question>> {
    const { search, limit = 20 } = query;
    if (!search) return super.listQuestions(query, options);
    this.searches.push(search);
    if (this.hold) {
      const gate = deferred<void>();
      this.held.push(gate);
      await gate.promise;
    }
    const all = (await super.listQuestions({ limit: 100 }, options)).items;
    let items: Question[];
    if (this.ranking) {
      items = this.ranking.map((id) => all.find((q) => q.id === id)!);
    } else {
      const words = search.toLowerCase().split(/\s+/u).filter((w) => w.length >= 3);
      items = all
        .map((q) => [q, words.filter((w) => `${q.title} ${q.body}`.toLowerCase().includes(w)).length] as const)
        .filter(([, score]) => score > 0)
        .sort((a, b) => b[1] - a[1])
        .map(([q]) => q);
    }
    return { items: items.slice(0, limit), nextCursor: null, total: items.length };
  }
}

async function searchAdapter(viewerId: string | null = 'u-noura'): Promise<SearchAdapter> {
  const { loadDemoSeed } = await import('../helpers/fixture.js');
  return new SearchAdapter({ seed: await loadDemoSeed(), viewerId });
}

interface Look {
  lang?: string;
  dir?: string;
  dark?: boolean;
}

async function mount(adapter: CommunityAdapter, look: Look = {}): Promise<MajlisAskForm> {
  const el = await mountWith<MajlisAskForm>(adapter, html`<majlis-ask-form></majlis-ask-form>`, 'majlis-ask-form', (inner) =>
    html`<div lang=${look.lang ?? 'en'} dir=${look.dir ?? 'ltr'} style=${look.dark ? 'color-scheme: dark' : ''}>${inner}</div>`,
  );
  await waitUntil(() => part(el, 'form') ?? part(el, 'notice'), 'the ask form did not load');
  return el;
}

/** A second form in the same provider, as after the board re-rendered the ask view. */
async function remount(old: MajlisAskForm): Promise<MajlisAskForm> {
  const provider = old.parentElement!;
  old.remove();
  const el = document.createElement('majlis-ask-form');
  provider.append(el);
  await waitUntil(() => part(el, 'form'), 'the ask form did not load again');
  return el;
}

const control = <T extends HTMLElement>(el: MajlisAskForm, id: string) => el.shadowRoot!.getElementById(id) as T;
const titleInput = (el: MajlisAskForm) => control<HTMLInputElement>(el, 'title');
const bodyInput = (el: MajlisAskForm) => control<HTMLTextAreaElement>(el, 'body');
const categorySelect = (el: MajlisAskForm) => control<HTMLSelectElement>(el, 'category');
const languageSelect = (el: MajlisAskForm) => control<HTMLSelectElement>(el, 'language');
const tagInput = (el: MajlisAskForm) => control<HTMLInputElement>(el, 'tag-input');
const submitButton = (el: MajlisAskForm) => part(el, 'submit-button') as HTMLButtonElement;
const region = (el: MajlisAskForm) => el.shadowRoot!.querySelector('[role="status"]')!;
const chips = (el: MajlisAskForm) => [...el.shadowRoot!.querySelectorAll('[part~="tag"]')].map((c) => c.textContent.trim());
const suggestions = (el: MajlisAskForm) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="similar-question"]')];

/** The validation message a field's control points to with aria-describedby, or null. */
function messageOf(el: MajlisAskForm, id: string): string | null {
  const ids = control(el, id).getAttribute('aria-describedby')?.split(' ') ?? [];
  const message = ids.map((ref) => el.shadowRoot!.getElementById(ref)).find((node) => node?.matches('[part~="message"]'));
  return message ? message.textContent.trim() : null;
}

/** The id of the focused control in the form (ids compare cleanly; DOM elements in a failing assertion hang the browser). */
const focusedId = (el: MajlisAskForm) => el.shadowRoot!.activeElement?.id ?? 'nothing';

/** Text entry as typing gives it (WebKit's WebDriver mangles spaces in `sendKeys({ type })`). */
async function enter(el: MajlisAskForm, id: string, text: string): Promise<void> {
  const field = control<HTMLInputElement | HTMLTextAreaElement>(el, id);
  field.focus();
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  await el.updateComplete;
}

async function choose(el: MajlisAskForm, id: string, value: string): Promise<void> {
  const select = control<HTMLSelectElement>(el, id);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function pressEnter(el: MajlisAskForm, id: string): Promise<void> {
  control(el, id).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
  await el.updateComplete;
}

async function fillValid(el: MajlisAskForm): Promise<void> {
  await enter(el, 'title', 'Hotspot stops after ten minutes on my Nuvo plan');
  await enter(el, 'body', 'My laptop loses the **hotspot** connection every ten minutes. Phone is a Pixel 8.');
  await choose(el, 'category', 'network-quality');
}

async function submit(el: MajlisAskForm): Promise<void> {
  submitButton(el).click();
  await el.updateComplete;
  await el.updateComplete;
}

function storedDraft(): Record<string, unknown> | null {
  const raw = localStorage.getItem(DRAFT_KEY);
  return raw === null ? null : (JSON.parse(raw) as { value: Record<string, unknown> }).value;
}

describe('<majlis-ask-form>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  describe('fields', () => {
    it('has labelled fields with the categories and languages, the language preset from the page', async () => {
      const el = await mount(await demoAdapter('u-noura'), { lang: 'nl-BE' });
      const nl = (await import('../../src/core/i18n/messages/nl.js')).nl;
      await waitUntil(() => titleInput(el).labels![0].textContent.trim() === nl.askForm.title, 'Dutch strings did not load');
      expect(bodyInput(el).labels[0].textContent.trim()).to.equal(nl.askForm.body);
      expect(languageSelect(el).value).to.equal('nl');
      expect([...languageSelect(el).options].map((o) => o.value)).to.deep.equal(['en', 'ar', 'nl', 'fr', 'vi', 'ur', 'de', 'hi']);
      expect(languageSelect(el).options[1].textContent.trim()).to.equal('Arabisch');
      const categories = [...categorySelect(el).options].map((o) => o.textContent.trim());
      expect(categories[0]).to.equal(nl.askForm.chooseCategory);
      expect(categories).to.include('Klantenservice');
      expect(categorySelect(el).value).to.equal('');
      expect(part(el, 'toolbar')).to.not.equal(null);
      expect(el.shadowRoot!.querySelectorAll('[role="tab"]')).to.have.length(2);
    });

    it('uses the composer toolbar and preview for the details', async () => {
      const el = await mount(await demoAdapter('u-noura'));
      await enter(el, 'body', 'Restart the phone');
      bodyInput(el).setSelectionRange(0, 7);
      el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="toolbar-button"][aria-label="${en.composer.bold}"]`)!.click();
      await el.updateComplete;
      expect(bodyInput(el).value).to.equal('**Restart** the phone');
      const previewTab = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')][1];
      previewTab.click();
      await el.updateComplete;
      // The text as typed, formatted as soon as the Markdown parser (a lazy chunk) is there.
      await waitUntil(() => part(el, 'preview')!.querySelector('strong'), 'the preview is formatted');
      expect(part(el, 'preview')!.querySelector('strong')!.textContent).to.equal('Restart');
      expect(part(el, 'count')!.textContent).to.contain('21 of 10,000 characters');
    });

    it('makes lowercase tag chips from commas and Enter, without duplicates, and removes them', async () => {
      const el = await mount(await demoAdapter('u-noura'));
      await enter(el, 'tag-input', 'eSIM, Roaming,');
      expect(chips(el)).to.deep.equal(['esim', 'roaming']);
      expect(tagInput(el).value).to.equal('');
      await enter(el, 'tag-input', 'iPhone 15');
      await pressEnter(el, 'tag-input');
      await enter(el, 'tag-input', 'ESIM،');
      expect(chips(el)).to.deep.equal(['esim', 'roaming', 'iphone-15']);
      el.shadowRoot!.querySelector<HTMLButtonElement>(`[aria-label="${msg.removeTag('roaming')}"]`)!.click();
      await el.updateComplete;
      expect(chips(el)).to.deep.equal(['esim', 'iphone-15']);
      expect(focusedId(el)).to.equal('tag-input');
    });

    it(`refuses more than ${LIMITS.tagsMax} tags, keeping the text`, async () => {
      const el = await mount(await demoAdapter('u-noura'));
      await enter(el, 'tag-input', 'a1, a2, a3, a4, a5, a6,');
      expect(chips(el)).to.have.length(LIMITS.tagsMax);
      expect(tagInput(el).value.trim()).to.equal('a6,');
      expect(messageOf(el, 'tag-input')).to.equal(msg.tooManyTags(LIMITS.tagsMax, fmt));
      expect(tagInput(el).getAttribute('aria-invalid')).to.equal('true');

      await enter(el, 'tag-input', '');
      expect(messageOf(el, 'tag-input'), 'the message goes once the extra tag is gone').to.equal(null);
    });

    it(`refuses tags over ${LIMITS.tagMax} characters, keeping the text`, async () => {
      const el = await mount(await demoAdapter('u-noura'));
      const long = 'x'.repeat(LIMITS.tagMax + 1);
      await enter(el, 'tag-input', `${long},`);
      expect(chips(el)).to.deep.equal([]);
      expect(tagInput(el).value.startsWith(long)).to.equal(true);
      expect(messageOf(el, 'tag-input')).to.equal(msg.tagTooLong(LIMITS.tagMax, fmt));
    });
  });

  describe('validation', () => {
    it('shows a message next to each invalid field on submit and focuses the first', async () => {
      const adapter = new FakeAdapter();
      const el = await mount(adapter);
      await submit(el);
      expect(messageOf(el, 'title')).to.equal(msg.titleRequired);
      expect(messageOf(el, 'body')).to.equal(msg.bodyRequired);
      expect(messageOf(el, 'category')).to.equal(msg.categoryRequired);
      expect(messageOf(el, 'language')).to.equal(null);
      expect(messageOf(el, 'tag-input')).to.equal(null);
      for (const id of ['title', 'body', 'category']) expect(control(el, id).getAttribute('aria-invalid'), id).to.equal('true');
      expect(titleInput(el).getAttribute('aria-describedby')).to.equal('title-message title-hint');
      expect(focusedId(el)).to.equal('title');
      expect(adapter.calls.filter((c) => c.method === 'askQuestion')).to.have.length(0);
    });

    it('keeps Category and Language aligned after an empty submit, with every message in one size', async () => {
      const el = await mount(new FakeAdapter());
      el.style.inlineSize = '720px';
      await submit(el);
      const category = categorySelect(el).getBoundingClientRect();
      const language = languageSelect(el).getBoundingClientRect();
      expect(category.left === language.left, 'the selects sit side by side').to.equal(false);
      expect(Math.abs(language.top - category.top), 'tops differ by').to.be.at.most(0.5);
      expect(Math.abs(language.height - category.height), 'heights differ by').to.be.at.most(0.5);
      const messages = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="message"]')];
      expect(messages.map((m) => m.id)).to.include.members(['title-message', 'category-message']);
      const sizes = messages.map((m) => `${m.id}: ${getComputedStyle(m).fontSize}`);
      const size = getComputedStyle(messages[0]).fontSize;
      expect(sizes).to.deep.equal(messages.map((m) => `${m.id}: ${size}`));
    });

    it('checks lengths, re-checks a field when it is left, and focuses the first field still invalid', async () => {
      const el = await mount(new FakeAdapter());
      await enter(el, 'title', 'No 4G');
      await submit(el);
      expect(messageOf(el, 'title')).to.equal(msg.titleTooShort(LIMITS.titleMin, fmt));
      await enter(el, 'title', 'No 4G since Monday');
      expect(messageOf(el, 'title'), 'a fixed field loses its message at once').to.equal(null);
      await enter(el, 'title', 'x'.repeat(LIMITS.titleMax + 3));
      titleInput(el).blur();
      await el.updateComplete;
      expect(messageOf(el, 'title')).to.equal(msg.titleTooLong(3, fmt));
      await enter(el, 'title', 'No 4G since Monday in Antwerp');
      await choose(el, 'category', 'network-quality');
      await enter(el, 'body', 'x');
      await submit(el);
      expect(messageOf(el, 'body')).to.equal(msg.bodyTooShort(LIMITS.bodyMin, fmt));
      expect(messageOf(el, 'category')).to.equal(null);
      expect(focusedId(el)).to.equal('body');
    });

    it('moves from Preview back to Write to focus invalid details', async () => {
      const el = await mount(new FakeAdapter());
      await enter(el, 'title', 'No 4G since Monday in Antwerp');
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')][1].click();
      await el.updateComplete;
      await submit(el);
      await el.updateComplete;
      expect(bodyInput(el).closest('[role="tabpanel"]')!.hasAttribute('hidden')).to.equal(false);
      expect(focusedId(el)).to.equal('body');
    });

    it('puts an adapter "invalid" error next to the field it names', async () => {
      const adapter = new FakeAdapter();
      adapter.failWith = new MajlisError('invalid', 'category is unknown', { field: 'categoryId' });
      const el = await mount(adapter);
      await fillValid(el);
      const failed = oneEvent(el, 'majlis-error');
      await submit(el);
      expect((await failed).detail.operation).to.equal('ask-question');
      await waitUntil(() => messageOf(el, 'category'));
      expect(messageOf(el, 'category')).to.equal(en.error.invalidField(en.field.category));
      expect(part(el, 'error')).to.equal(null);
      expect(focusedId(el)).to.equal('category');
    });
  });

  describe('similar questions', () => {
    it('shows up to five for "eSIM transfer to new iPhone", solved ones first, and announces them', async () => {
      const adapter = await searchAdapter();
      const el = await mount(adapter);
      await enter(el, 'title', 'eSIM transfer to new iPhone');
      await waitUntil(() => suggestions(el).length > 0, 'no similar questions appeared');
      expect(adapter.searches).to.deep.equal(['eSIM transfer to new iPhone']);
      const shown = suggestions(el);
      expect(shown.length).to.be.within(1, 5);
      const solved = shown.map((b) => b.querySelector('[part~="solved-badge"]') !== null);
      expect(solved.indexOf(false) === -1 || solved.slice(solved.indexOf(false)).every((s) => !s), 'solved first').to.equal(true);
      const titles = shown.map((b) => b.textContent);
      expect(titles.some((t) => t.includes('eSIM'))).to.equal(true);
      expect(shown[0].querySelector('[part~="solved-badge"]')!.textContent.trim()).to.equal(en.status.solved);
      await waitUntil(() => region(el).textContent === msg.similarFound(shown.length, fmt), 'the count was not announced');
      expect(part(el, 'similar')!.getAttribute('aria-labelledby')).to.equal('similar-heading');
    });

    it('works with the MemoryAdapter\'s own search', async () => {
      const el = await mount(await demoAdapter('u-noura'));
      await enter(el, 'title', 'eSIM transfer to new iPhone');
      await waitUntil(() => suggestions(el).length > 0, 'no similar questions appeared');
      const shown = suggestions(el);
      expect(shown.length).to.be.at.most(5);
      expect(shown[0].textContent).to.contain('eSIM');
      const solved = shown.map((b) => b.querySelector('[part~="solved-badge"]') !== null);
      expect(solved).to.deep.equal([...solved].sort((a, b) => Number(b) - Number(a)));
    });

    it('puts solved questions before unsolved ones, keeping the adapter order within each', async () => {
      const adapter = await searchAdapter();
      // q-5, q-10 are unsolved; q-15, q-21, q-3 solved; seven candidates, five shown.
      adapter.ranking = ['q-5', 'q-15', 'q-10', 'q-21', 'q-13', 'q-3', 'q-20'];
      const el = await mount(adapter);
      await enter(el, 'title', 'eSIM transfer to new iPhone');
      await waitUntil(() => suggestions(el).length > 0);
      const ids = suggestions(el).map((b) => b.querySelector('.similar-title')!.textContent);
      const store = (await adapter.listQuestions({ limit: 100 })).items;
      const title = (id: string) => store.find((q) => q.id === id)!.title;
      expect(ids).to.deep.equal(['q-15', 'q-21', 'q-3', 'q-5', 'q-10'].map(title));
    });

    it('waits for a title that says enough, debounces, and drops stale answers', async () => {
      const adapter = await searchAdapter();
      const el = await mount(adapter);
      await enter(el, 'title', 'eSIM');
      await aTimeout(450);
      expect(adapter.searches).to.deep.equal([]);
      adapter.hold = true;
      await enter(el, 'title', 'eSIM transfer');
      await enter(el, 'title', 'eSIM transfer iPhone');
      await waitUntil(() => adapter.held.length === 1, 'no search after the pause');
      expect(adapter.searches).to.deep.equal(['eSIM transfer iPhone']);
      await enter(el, 'title', 'Roaming charges in Turkey');
      await waitUntil(() => adapter.held.length === 2);
      adapter.hold = false;
      adapter.held[1].resolve();
      await waitUntil(() => suggestions(el).length > 0);
      const roaming = suggestions(el).map((b) => b.textContent);
      adapter.held[0].resolve();
      await aTimeout(50);
      expect(suggestions(el).map((b) => b.textContent), 'the older answer was dropped').to.deep.equal(roaming);
      await enter(el, 'title', 'Roaming');
      expect(suggestions(el)).to.have.length(0);
    });

    it('fires a cancelable majlis-navigate to open a suggestion', async () => {
      const adapter = await searchAdapter();
      adapter.ranking = ['q-15'];
      const el = await mount(adapter);
      await enter(el, 'title', 'eSIM transfer to new iPhone');
      await waitUntil(() => suggestions(el).length > 0);
      setTimeout(() => suggestions(el)[0].click());
      const event = await oneEvent(el, 'majlis-navigate');
      expect(event).to.be.instanceOf(MajlisNavigateEvent);
      expect(event.detail).to.deep.equal({ view: 'question', questionId: 'q-15' });
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    });
  });

  describe('asking', () => {
    it('asks, fires majlis-question-asked then majlis-navigate, and clears the form and the draft', async () => {
      const adapter = await demoAdapter('u-noura');
      const el = await mount(adapter, { lang: 'fr' });
      await fillValid(el);
      await enter(el, 'tag-input', 'Hotspot, tethering');
      await aTimeout(500);
      expect(storedDraft()).to.not.equal(null);
      const events: string[] = [];
      let asked: Question | undefined;
      let navigated: MajlisNavigateEvent | undefined;
      el.addEventListener('majlis-question-asked', (e) => {
        events.push(e.type);
        asked = e.detail.question;
      });
      el.addEventListener('majlis-navigate', (e) => {
        events.push(e.type);
        navigated = e;
      });
      await submit(el);
      await waitUntil(() => events.length === 2, 'the events did not fire');
      expect(events).to.deep.equal([MajlisQuestionAskedEvent.type, MajlisNavigateEvent.type]);
      expect(asked!.title).to.equal('Hotspot stops after ten minutes on my Nuvo plan');
      expect(asked!.language).to.equal('fr');
      expect(asked!.categoryId).to.equal('network-quality');
      expect(asked!.tags).to.deep.equal(['hotspot', 'tethering']);
      expect(navigated!.detail).to.deep.equal({ view: 'question', questionId: asked!.id });
      expect(navigated!.cancelable).to.equal(true);
      expect((await adapter.getQuestion(asked!.id)).body).to.contain('hotspot');
      await el.updateComplete;
      expect(titleInput(el).value).to.equal('');
      expect(bodyInput(el).value).to.equal('');
      expect(categorySelect(el).value).to.equal('');
      expect(chips(el)).to.deep.equal([]);
      await aTimeout(500);
      expect(storedDraft()).to.equal(null);
    });

    it('keeps everything on failure, with a localized error, a retry and majlis-error', async () => {
      const adapter = new FakeAdapter();
      adapter.failWith = new MajlisError('unavailable', 'down');
      const el = await mount(adapter);
      await fillValid(el);
      const failed = oneEvent(el, 'majlis-error');
      await submit(el);
      const event: MajlisErrorEvent = await failed;
      expect(event.detail).to.include({ operation: 'ask-question' });
      await waitUntil(() => part(el, 'error'));
      expect(part(el, 'error')!.textContent).to.contain(en.error.unavailable);
      expect(titleInput(el).value).to.equal('Hotspot stops after ten minutes on my Nuvo plan');
      expect(bodyInput(el).value).to.contain('hotspot');
      expect(categorySelect(el).value).to.equal('network-quality');
      await aTimeout(500);
      expect(storedDraft()!.title).to.equal('Hotspot stops after ten minutes on my Nuvo plan');

      adapter.failWith = null;
      setTimeout(() => part(el, 'retry-button')!.click());
      const asked = await oneEvent(el, 'majlis-question-asked');
      expect(asked.detail.question.id).to.equal('q-new');
      const call = adapter.calls.filter((c) => c.method === 'askQuestion').at(-1)!.args[0] as AskQuestionInput;
      expect(call).to.deep.include({ categoryId: 'network-quality', language: 'en', tags: [] });
      await el.updateComplete;
      expect(part(el, 'error')).to.equal(null);
    });

    it('restores the draft (title, details, category, language, tags) in a new form', async () => {
      const el = await mount(await demoAdapter('u-noura'));
      await fillValid(el);
      await choose(el, 'language', 'nl');
      await enter(el, 'tag-input', 'hotspot,');
      const again = await remount(el);
      expect(titleInput(again).value).to.equal('Hotspot stops after ten minutes on my Nuvo plan');
      expect(bodyInput(again).value).to.contain('**hotspot**');
      expect(categorySelect(again).value).to.equal('network-quality');
      expect(languageSelect(again).value).to.equal('nl');
      expect(chips(again)).to.deep.equal(['hotspot']);
    });

    it('asks an anonymous viewer to sign in', async () => {
      const el = await mount(await demoAdapter(null));
      expect(part(el, 'form')).to.equal(null);
      expect(part(el, 'notice')!.textContent).to.contain(msg.signInPrompt);
      setTimeout(() => part(el, 'sign-in-button')!.click());
      const event = await oneEvent(el, 'majlis-login-request');
      expect(event.detail.reason).to.equal('ask');
      expect(event.cancelable).to.equal(true);
    });
  });

  describe('languages', () => {
    it('speaks Arabic right to left, with Arabic messages and category names', async () => {
      const el = await mount(await demoAdapter('u-noura'), { lang: 'ar', dir: 'rtl' });
      await waitUntil(() => submitButton(el).textContent.trim() === ar.askForm.submit, 'Arabic strings did not load');
      expect(getComputedStyle(part(el, 'form')!).direction).to.equal('rtl');
      expect(languageSelect(el).value).to.equal('ar');
      expect([...categorySelect(el).options].map((o) => o.textContent.trim())).to.include('خدمة العملاء');
      await submit(el);
      expect(messageOf(el, 'title')).to.equal(ar.askForm.titleRequired);
      await enter(el, 'title', 'نقل eSIM');
      await submit(el);
      expect(messageOf(el, 'title')).to.equal(ar.askForm.titleTooShort(LIMITS.titleMin, formattersFor('ar-u-nu-latn')));
    });

    it('offers to switch the question language when the text is clearly in another', async () => {
      const el = await mount(await demoAdapter('u-noura'));
      await enter(el, 'title', 'كيف أنقل eSIM إلى هاتفي الجديد؟');
      await enter(el, 'body', 'اشتريت هاتفًا جديدًا وأريد نقل الشريحة الإلكترونية');
      await waitUntil(() => part(el, 'language-hint'));
      part(el, 'language-hint')!.querySelector<HTMLButtonElement>('button')!.click();
      await el.updateComplete;
      expect(languageSelect(el).value).to.equal('ar');
      expect(part(el, 'language-hint')).to.equal(null);
    });
  });

  it('fits a 320px wide phone screen without sideways scrolling', async () => {
    const adapter = await searchAdapter();
    adapter.ranking = ['q-15', 'q-21'];
    const el = await mount(adapter, { lang: 'ar', dir: 'rtl' });
    el.style.inlineSize = '320px';
    await enter(el, 'title', 'كيف أنقل eSIM من iPhone 11 إلى iPhone 15 الجديد؟');
    await enter(el, 'tag-input', 'esim, iphone, نقل,');
    await waitUntil(() => suggestions(el).length === 2);
    await submit(el);
    const form = part(el, 'form')!;
    expect(form.scrollWidth).to.be.at.most(form.clientWidth + 1);
    expect(form.getBoundingClientRect().width).to.be.at.most(320);
  });

  describe('accessibility', () => {
    const looks: readonly (readonly [string, Look])[] = [
      ['left to right', {}],
      ['right to left', { lang: 'ar', dir: 'rtl' }],
      ['dark', { dark: true }],
    ];
    for (const [name, look] of looks) {
      it(`the form with suggestions, tags and messages is accessible (${name})`, async () => {
        const adapter = await searchAdapter();
        adapter.ranking = ['q-15', 'q-21', 'q-5'];
        const el = await mount(adapter, look);
        await expect(el).to.be.accessible();
        await enter(el, 'title', 'eSIM transfer to new iPhone');
        await enter(el, 'tag-input', 'esim, iphone,');
        await waitUntil(() => suggestions(el).length === 3);
        await submit(el);
        expect(messageOf(el, 'body')).to.not.equal(null);
        await expect(el).to.be.accessible();
      });

      it(`the sign-in prompt and a post error are accessible (${name})`, async () => {
        const anonymous = await mount(await demoAdapter(null), look);
        await expect(anonymous).to.be.accessible();
        const adapter = new FakeAdapter();
        adapter.failWith = new MajlisError('network', 'offline');
        const el = await mount(adapter, look);
        await fillValid(el);
        await submit(el);
        await waitUntil(() => part(el, 'error'));
        await expect(el).to.be.accessible();
      });
    }
  });
});
