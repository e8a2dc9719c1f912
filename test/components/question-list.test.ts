import '../../src/index.js';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '../helpers/fixture.js';
import { demoAdapter, textOf } from '../helpers/community.js';
import { mountWith, part } from '../helpers/provider.js';
import { loadElement } from '../../src/core/lazy.js';
import { MajlisError } from '../../src/core/adapter.js';
import type { MemoryAdapter } from '../../src/adapters/memory.js';
import type { CallOptions, QuestionQuery } from '../../src/core/types.js';
import type { MajlisQuestionList } from '../../src/components/question-list/question-list.js';
import type { TemplateResult } from 'lit';

const TAG = 'majlis-question-list';

before(() => loadElement(TAG));

function rows(list: MajlisQuestionList): HTMLElement[] {
  return [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part~="row"]')];
}

const rowIds = (list: MajlisQuestionList) => rows(list).map((row) => row.dataset.questionId ?? '');

function row(list: MajlisQuestionList, questionId: string): HTMLElement {
  const found = rows(list).find((candidate) => candidate.dataset.questionId === questionId);
  if (!found) throw new Error(`no row for ${questionId}; rows: ${rowIds(list).join()}`);
  return found;
}

/** Resolves once the list shows a settled result (rows or the empty state), not loading. */
async function settled(list: MajlisQuestionList, message = 'the list did not settle'): Promise<void> {
  await waitUntil(() => {
    const root = list.shadowRoot!;
    if (root.querySelector('.skeleton')) return false;
    const busy = root.querySelector('[aria-busy="true"]');
    return !busy && (rows(list).length > 0 || part(list, 'empty') || part(list, 'error'));
  }, message);
  await list.updateComplete;
}

async function mount(adapter: MemoryAdapter, content: TemplateResult = html`<majlis-question-list></majlis-question-list>`, wrap?: (inner: TemplateResult) => TemplateResult) {
  const list = await mountWith<MajlisQuestionList>(adapter, content, TAG, wrap ?? ((inner) => html`<div lang="en" dir="ltr">${inner}</div>`));
  await settled(list);
  return list;
}

async function expectedIds(adapter: MemoryAdapter, query: QuestionQuery): Promise<string[]> {
  return (await adapter.listQuestions({ limit: 20, ...query })).items.map((question) => question.id);
}

function choose(list: MajlisQuestionList, partName: string, value: string): void {
  const select = part(list, partName) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Types into the search box the way a user's input event arrives (value set, then `input`). */
function type(list: MajlisQuestionList, text: string): void {
  const input = part(list, 'search-input') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

async function searchFor(list: MajlisQuestionList, text: string): Promise<void> {
  type(list, text);
  await waitUntil(() => list.search === text.trim(), 'the search was not applied');
  await settled(list, `no results for "${text}"`);
}

const marks = (element: Element | null) => [...(element?.querySelectorAll('mark') ?? [])].map((mark) => mark.textContent);

/** Counts listQuestions calls and lets a test hold one back. */
function spyOnList(adapter: MemoryAdapter) {
  const original = adapter.listQuestions.bind(adapter);
  const calls: QuestionQuery[] = [];
  const delays = new Map<string, number>();
  adapter.listQuestions = async (query?: QuestionQuery, options?: CallOptions) => {
    calls.push(query ?? {});
    const delay = delays.get(query?.search ?? '');
    if (delay) await aTimeout(delay);
    return original(query, options);
  };
  return { calls, delays };
}

describe('<majlis-question-list>', () => {
  it('lists questions as rows with title, excerpt, category, counts, solved marker, author and activity', async () => {
    const adapter = await demoAdapter();
    const list = await mount(adapter);
    expect(rowIds(list)).to.deep.equal(await expectedIds(adapter, {}));
    expect(part(list, 'list')!.tagName).to.equal('OL');
    expect(textOf(part(list, 'summary'))).to.equal('35 questions');
    const solved = row(list, 'q-27');
    const title = solved.querySelector('[part~="title"]')!;
    expect(title.tagName).to.equal('BUTTON');
    expect(textOf(title)).to.equal('No mobile data in Dubai Marina since early this morning – outage?');
    expect(title.closest('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    const excerpt = solved.querySelector('[part~="excerpt"]')!;
    expect(excerpt.getAttribute('dir')).to.equal('auto');
    expect(textOf(excerpt)).to.not.contain('**');
    expect(textOf(excerpt).length).to.be.at.most(161);
    expect(textOf(solved.querySelector('[part~="solved-badge"]'))).to.equal('Solved');
    expect(solved.querySelector('[part~="solved-badge"] svg')).to.exist;
    expect(textOf(solved.querySelector('[part~="category"]'))).to.equal('Network quality');
    expect(textOf(solved.querySelector('[part~="counts"]'))).to.match(/\d+ kudos \d+ answers?/);
    expect(solved.querySelector('majlis-user-card')).to.exist;
    expect(solved.querySelector('majlis-relative-time')!.getAttribute('datetime')).to.be.a('string');
    expect(row(list, 'q-20').querySelector('[part~="solved-badge"]')).to.equal(null);
    expect(row(list, 'q-25').querySelector('[part~="language"]')!.textContent).to.equal('Arabic');
    expect(solved.querySelector('[part~="language"]')).to.equal(null);
  });

  it('filters by category, from the select and from the attribute', async () => {
    const adapter = await demoAdapter();
    const list = await mount(adapter);
    const select = part(list, 'category-select') as HTMLSelectElement;
    await waitUntil(() => select.options.length > 1, 'categories did not load');
    choose(list, 'category-select', 'customer-care');
    await waitUntil(() => list.category === 'customer-care');
    await settled(list);
    expect(rowIds(list)).to.deep.equal(await expectedIds(adapter, { categoryId: 'customer-care' }));
    expect(list.getAttribute('category')).to.equal('customer-care');

    const preset = await mount(await demoAdapter(), html`<majlis-question-list category="network-quality"></majlis-question-list>`);
    expect(rowIds(preset)).to.deep.equal(await expectedIds(adapter, { categoryId: 'network-quality' }));
    await waitUntil(() => (part(preset, 'category-select') as HTMLSelectElement).value === 'network-quality');
  });

  it('shows each question’s tags as buttons; choosing one filters the list by it, and "×" clears it', async () => {
    const adapter = await demoAdapter();
    const spy = spyOnList(adapter);
    const list = await mount(adapter);
    const tags = (questionId: string) => [...row(list, questionId).querySelectorAll('[part~="tag"]')];
    expect(tags('q-20').map((tag) => textOf(tag))).to.deep.equal(['sim', 'pin', 'puk']);
    expect(row(list, 'q-20').querySelector('[part~="tags"]')!.getAttribute('aria-label')).to.equal('Tags');
    expect(tags('q-20')[0].tagName).to.equal('BUTTON');
    expect(tags('q-20')[0].getAttribute('title')).to.equal('Show questions tagged “sim”');
    expect(part(list, 'active-tag')).to.equal(null);

    (tags('q-32').find((tag) => textOf(tag) === 'roaming') as HTMLButtonElement).click();
    await waitUntil(() => list.tag === 'roaming');
    await settled(list);
    expect(spy.calls.at(-1)?.tag).to.equal('roaming');
    expect(list.getAttribute('tag')).to.equal('roaming');
    expect(rowIds(list)).to.deep.equal(await expectedIds(adapter, { tag: 'roaming' }));
    expect(rowIds(list).length).to.equal(5);
    for (const id of rowIds(list)) {
      const pressed = tags(id).find((tag) => textOf(tag) === 'roaming');
      expect(pressed?.getAttribute('aria-pressed')).to.equal('true');
    }
    expect(textOf(part(list, 'active-tag'))).to.contain('Tagged “roaming”');
    const clear = part(list, 'clear-tag-button') as HTMLButtonElement;
    expect(clear.getAttribute('aria-label')).to.equal('Remove the tag filter “roaming”');
    await expect(list).to.be.accessible();

    clear.click();
    await waitUntil(() => list.tag === '');
    await settled(list);
    expect(spy.calls.at(-1)).to.not.have.property('tag');
    expect(rowIds(list)).to.deep.equal(await expectedIds(adapter, {}));
    expect(part(list, 'active-tag')).to.equal(null);
    expect(list.shadowRoot!.activeElement).to.equal(part(list, 'search-input'));
  });

  it('filters by the tag attribute, and is accessible so in RTL', async () => {
    const list = await mount(await demoAdapter(), html`<majlis-question-list tag="ESIM"></majlis-question-list>`, (inner) => html`<div lang="ar" dir="rtl">${inner}</div>`);
    await waitUntil(() => textOf(part(list, 'active-tag')).includes('الوسم'), 'Arabic strings did not load');
    expect(rowIds(list)).to.deep.equal(await expectedIds(await demoAdapter(), { tag: 'esim' }));
    expect(rowIds(list).length).to.equal(3);
    await expect(list).to.be.accessible();
  });

  it('filters by status: unanswered, unsolved and solved', async () => {
    const adapter = await demoAdapter();
    const list = await mount(adapter);
    for (const status of ['unanswered', 'unsolved', 'solved'] as const) {
      choose(list, 'status-select', status);
      await waitUntil(() => list.status === status);
      await settled(list);
      expect(rowIds(list), status).to.deep.equal(await expectedIds(adapter, { status }));
    }
    expect(rows(list).every((candidate) => candidate.querySelector('[part~="solved-badge"]'))).to.equal(true);
    expect(textOf(part(list, 'summary'))).to.equal('16 questions found');
  });

  it('filters by language, naming the language of rows not in the page language', async () => {
    const adapter = await demoAdapter();
    const list = await mount(adapter);
    choose(list, 'language-select', 'vi');
    await waitUntil(() => list.language === 'vi');
    await settled(list);
    expect(rowIds(list)).to.deep.equal(await expectedIds(adapter, { language: 'vi' }));
    expect(rows(list).map((candidate) => textOf(candidate.querySelector('[part~="language"]')))).to.satisfy((names: string[]) =>
      names.every((name) => name === 'Vietnamese'),
    );
    expect(rows(list)[0]?.querySelector('[part~="title"]')!.getAttribute('lang')).to.equal('vi');
  });

  it('sorts by latest activity, newest and most kudos', async () => {
    const adapter = await demoAdapter();
    const list = await mount(adapter);
    for (const sort of ['votes', 'newest', 'activity'] as const) {
      choose(list, 'sort-select', sort);
      await waitUntil(() => list.sort === sort);
      await settled(list);
      expect(rowIds(list), sort).to.deep.equal(await expectedIds(adapter, { sort }));
    }
    const preset = await mount(await demoAdapter(), html`<majlis-question-list sort="votes" page-size="5"></majlis-question-list>`);
    expect(rowIds(preset)).to.deep.equal(await expectedIds(adapter, { sort: 'votes', limit: 5 }));
  });

  it('searches through the adapter after a pause in typing, best match first, and highlights the matches', async () => {
    const adapter = await demoAdapter();
    const { calls } = spyOnList(adapter);
    const list = await mount(adapter);
    const before = calls.length;
    type(list, 'ap');
    type(list, 'apn');
    await aTimeout(100);
    expect(calls.length, 'no request while typing').to.equal(before);
    await waitUntil(() => list.search === 'apn');
    await settled(list);
    expect(calls.slice(before).map((query) => query.search)).to.deep.equal(['apn']);
    expect(rowIds(list)).to.deep.equal(await expectedIds(adapter, { search: 'apn' }));
    expect(rowIds(list)).to.include('q-1');
    expect((part(list, 'sort-select') as HTMLSelectElement).value).to.equal('relevance');
    const title = row(list, 'q-1').querySelector('[part~="title"]')!;
    expect(marks(title)).to.deep.equal(['APN']);
    expect(textOf(title)).to.equal('Mobile data not working after switching to Nuvo – which APN settings?');
    expect(row(list, 'q-1').querySelector('mark')!.getAttribute('part')).to.equal('highlight');
    choose(list, 'sort-select', 'newest');
    await waitUntil(() => list.sort === 'newest');
    await settled(list);
    expect(rowIds(list)).to.deep.equal(await expectedIds(adapter, { search: 'apn', sort: 'newest' }));
  });

  it('finds Arabic without hamza, shadda or the article, and highlights whole words', async () => {
    const adapter = await demoAdapter();
    const list = await mount(adapter);
    await searchFor(list, 'تجوال');
    expect(rowIds(list)).to.include.members(['q-2', 'q-7']);
    expect(marks(row(list, 'q-7').querySelector('[part~="title"]'))).to.deep.equal(['التجوال']);
    await searchFor(list, 'افعل');
    expect(marks(row(list, 'q-7').querySelector('[part~="title"]'))).to.deep.equal(['أفعّل']);
  });

  it('finds Vietnamese typed without tones (tiep finds tiếp)', async () => {
    const adapter = await demoAdapter('u-noura');
    await adapter.askQuestion({
      title: 'Làm sao để tiếp tục dùng gói cước khi hết hạn?',
      body: 'Gói của mình hết hạn hôm qua, mình muốn tiếp tục dùng.',
      categoryId: 'products-promotions',
      language: 'vi',
    });
    const list = await mount(adapter);
    await searchFor(list, 'tiep tuc');
    expect(rows(list)).to.have.length(1);
    expect(marks(rows(list)[0].querySelector('[part~="title"]'))).to.deep.equal(['tiếp', 'tục']);
    await searchFor(list, 'kiem tra');
    expect(rowIds(list)).to.deep.equal(['q-9']);
    expect(marks(row(list, 'q-9').querySelector('[part~="title"]'))).to.deep.equal(['kiểm', 'tra']);
  });

  it('drops a stale response that arrives after a newer one', async () => {
    const adapter = await demoAdapter();
    const { delays } = spyOnList(adapter);
    delays.set('roaming', 400);
    const list = await mount(adapter);
    list.search = 'roaming';
    await aTimeout(50);
    list.search = 'esim';
    await settled(list);
    await aTimeout(500);
    expect(rowIds(list)).to.deep.equal(await expectedIds(adapter, { search: 'esim' }));
  });

  it('loads more with an announced count and moves focus to the first new row', async () => {
    const adapter = await demoAdapter();
    const list = await mount(adapter, html`<majlis-question-list page-size="5"></majlis-question-list>`);
    expect(rows(list)).to.have.length(5);
    const more = part(list, 'more-button') as HTMLButtonElement;
    expect(textOf(more)).to.equal('Load 30 more questions');
    more.click();
    await waitUntil(() => rows(list).length === 10, 'the next page did not load');
    expect(rowIds(list)).to.deep.equal(await expectedIds(adapter, { limit: 10 }));
    const sixth = rows(list)[5].querySelector('[part~="title"]');
    await waitUntil(() => list.shadowRoot!.activeElement === sixth, 'focus did not move to the first new row');
    await waitUntil(() => textOf(list.shadowRoot!.querySelector('[role="status"]')) === '5 more questions loaded');
  });

  it('fires a cancelable majlis-navigate when a title is activated', async () => {
    const list = await mount(await demoAdapter());
    const title = row(list, 'q-27').querySelector<HTMLButtonElement>('[part~="title"]')!;
    setTimeout(() => title.click());
    const event = await oneEvent(list, 'majlis-navigate');
    expect(event.detail).to.deep.equal({ view: 'question', questionId: 'q-27' });
    expect(event.cancelable).to.equal(true);
    expect(event.composed).to.equal(true);
  });

  it('makes titles real links with href-pattern, followed unless the host cancels the event', async () => {
    const list = await mount(await demoAdapter(), html`<majlis-question-list href-pattern="#community/q/{id}"></majlis-question-list>`);
    const link = row(list, 'q-27').querySelector<HTMLAnchorElement>('[part~="title"]')!;
    expect(link.tagName).to.equal('A');
    expect(link.getAttribute('href')).to.equal('#community/q/q-27');
    const previous = location.hash;
    try {
      const cancel = (event: Event) => event.preventDefault();
      document.addEventListener('majlis-navigate', cancel, { once: true });
      link.click();
      expect(location.hash).to.equal(previous);
      setTimeout(() => link.click());
      const event = await oneEvent(list, 'majlis-navigate');
      expect(event.defaultPrevented).to.equal(false);
      await waitUntil(() => location.hash === '#community/q/q-27', 'the link was not followed');
    } finally {
      history.replaceState(null, '', `${location.pathname}${location.search}${previous}`);
    }
  });

  it('shows an empty state whose button clears every filter', async () => {
    const adapter = await demoAdapter();
    const list = await mount(adapter, html`<majlis-question-list category="other" status="solved"></majlis-question-list>`);
    await searchFor(list, 'zzqx');
    expect(rows(list)).to.have.length(0);
    expect(textOf(part(list, 'empty'))).to.contain('No questions match these filters.');
    part(list, 'clear-button')!.click();
    await waitUntil(() => rows(list).length === 20, 'clearing did not bring the questions back');
    expect([list.category, list.status, list.language, list.search]).to.deep.equal(['', 'all', '', '']);
    expect((part(list, 'search-input') as HTMLInputElement).value).to.equal('');
    await waitUntil(() => list.shadowRoot!.activeElement === part(list, 'search-input'), 'focus did not stay in the filters');
    await waitUntil(() => textOf(list.shadowRoot!.querySelector('[role="status"]')) === '35 questions found');
  });

  it('shows a readable error with a retry, and fires majlis-error', async () => {
    const adapter = await demoAdapter();
    const original = adapter.listQuestions.bind(adapter);
    let failures = 1;
    adapter.listQuestions = (query, options) =>
      failures-- > 0 ? Promise.reject(new MajlisError('network', 'offline')) : original(query, options);
    const provider = await fixture<HTMLElement>(html`<majlis-test-provider .adapter=${adapter}></majlis-test-provider>`);
    const list = document.createElement(TAG);
    const errorEvent = oneEvent(list, 'majlis-error');
    provider.append(list);
    const { detail } = await errorEvent;
    expect([detail.error.code, detail.operation]).to.deep.equal(['network', 'load']);
    await waitUntil(() => part(list, 'error'));
    expect(textOf(part(list, 'error'))).to.contain('couldn’t reach the community');
    part(list, 'retry-button')!.click();
    await waitUntil(() => rows(list).length === 20, 'retry did not load the questions');
  });

  it('is accessible in LTR, with results highlighted', async () => {
    const list = await mount(await demoAdapter(), html`<majlis-question-list page-size="8"></majlis-question-list>`);
    await expect(list).to.be.accessible();
    await searchFor(list, 'data');
    await expect(list).to.be.accessible();
  });

  it('sets each title in its own direction, like its excerpt, whatever the page direction', async () => {
    // The title's heading block decides where the line starts (a link's own dir does not align it).
    const direction = (list: MajlisQuestionList, id: string, name: string) => {
      const element = row(list, id).querySelector(`[part~="${name}"]`)!;
      return getComputedStyle(name === 'title' ? element.closest('[role="heading"]')! : element).direction;
    };
    const english = await mount(await demoAdapter(), html`<majlis-question-list page-size="40"></majlis-question-list>`);
    expect(direction(english, 'q-2', 'title'), 'an Arabic title on an English page').to.equal('rtl');
    expect(direction(english, 'q-2', 'excerpt')).to.equal('rtl');
    expect(direction(english, 'q-1', 'title')).to.equal('ltr');
    const arabic = await mount(await demoAdapter(), html`<majlis-question-list page-size="40"></majlis-question-list>`, (inner) => html`<div lang="ar" dir="rtl">${inner}</div>`);
    expect(direction(arabic, 'q-1', 'title'), 'an English title on an Arabic page').to.equal('ltr');
    expect(direction(arabic, 'q-1', 'excerpt')).to.equal('ltr');
    expect(direction(arabic, 'q-2', 'title')).to.equal('rtl');
  });

  it('writes the digits of its locale tag: Arabic-Indic in Saudi Arabic; Latin in Emirati or plain Arabic, or when the tag asks', async () => {
    const summaryOf = async (lang: string) => {
      const list = await mount(await demoAdapter(), html`<majlis-question-list page-size="8"></majlis-question-list>`, (inner) => html`<div lang=${lang} dir="rtl">${inner}</div>`);
      await waitUntil(() => textOf(part(list, 'summary')).includes('سؤال'), `${lang}: Arabic strings did not load`);
      return textOf(part(list, 'summary')) + textOf(part(list, 'counts'));
    };
    const saudi = await summaryOf('ar-SA');
    expect(saudi, 'ar-SA').to.match(/[٠-٩]/).and.not.match(/[0-9]/);
    const emirati = await summaryOf('ar-AE');
    expect(emirati, 'ar-AE').to.match(/[0-9]/).and.not.match(/[٠-٩]/);
    expect(await summaryOf('ar-SA-u-nu-latn'), 'ar-SA-u-nu-latn').to.match(/[0-9]/).and.not.match(/[٠-٩]/);
    expect(await summaryOf('ar'), 'ar, in every engine').to.match(/[0-9]/).and.not.match(/[٠-٩]/);
  });

  it('is accessible in RTL, in Arabic', async () => {
    const list = await mount(await demoAdapter(), html`<majlis-question-list page-size="8"></majlis-question-list>`, (inner) => html`<div lang="ar" dir="rtl">${inner}</div>`);
    await waitUntil(() => textOf(part(list, 'summary')).includes('سؤال'), 'Arabic strings did not load');
    expect(getComputedStyle(part(list, 'filters')!).direction).to.equal('rtl');
    await expect(list).to.be.accessible();
  });

  it('is accessible on a themed support page: its own text colour on a light grey background', async () => {
    const list = await mount(
      await demoAdapter(),
      html`<majlis-question-list page-size="8"></majlis-question-list>`,
      (inner) => html`<div lang="en" style="--majlis-color-text: #1d1b24; background: #eeedf2; color: #1d1b24">${inner}</div>`,
    );
    await expect(list).to.be.accessible();
  });

  it('is accessible in a dark colour scheme', async () => {
    const list = await mount(
      await demoAdapter(),
      html`<majlis-question-list page-size="8"></majlis-question-list>`,
      (inner) => html`<div lang="en" style="color-scheme: dark; background: Canvas; color: CanvasText">${inner}</div>`,
    );
    await searchFor(list, 'data');
    await expect(list).to.be.accessible();
  });

  it('fits a 320px wide screen without horizontal scrolling', async () => {
    const list = await mount(await demoAdapter(), html`<majlis-question-list page-size="5"></majlis-question-list>`, (inner) => html`<div lang="en" style="inline-size: 320px">${inner}</div>`);
    expect(list.scrollWidth).to.be.at.most(320);
    expect(part(list, 'list')!.scrollWidth).to.be.at.most(320);
  });
});
