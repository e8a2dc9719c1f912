import '../../src/index.js';
import { expect, fixture, html, nextFrame, waitUntil } from '../helpers/fixture.js';
import { demoAdapter, textOf } from '../helpers/community.js';
import { part } from '../helpers/provider.js';
import { formatRoute, parseRoute } from '../../src/core/controllers/route-controller.js';
import { loadElement } from '../../src/core/lazy.js';
import type { MajlisCommunity } from '../../src/components/community/community.js';
import type { MajlisQuestionList } from '../../src/components/question-list/question-list.js';
import type { MajlisThread } from '../../src/components/thread/thread.js';

async function renderCommunity({ lang = 'en', dir = 'ltr', hrefPattern = '', syncTitle = false } = {}) {
  await loadElement('majlis-community');
  const adapter = await demoAdapter('u-noura');
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir}>
    <majlis-community .adapter=${adapter} href-pattern=${hrefPattern} ?sync-title=${syncTitle}></majlis-community>
  </div>`);
  const community = wrapper.querySelector('majlis-community')!;
  await community.updateComplete;
  return community;
}

const listOf = (community: MajlisCommunity) => community.shadowRoot!.querySelector<MajlisQuestionList>('majlis-question-list')!;
const threadOf = (community: MajlisCommunity) => community.shadowRoot!.querySelector<MajlisThread>('majlis-thread');
const rows = (list: MajlisQuestionList) => [...(list.shadowRoot?.querySelectorAll<HTMLElement>('[part~="row"]') ?? [])];
const titleOf = (list: MajlisQuestionList, id: string) =>
  list.shadowRoot!.querySelector<HTMLElement>(`[data-question-id="${id}"] [part~="title"]`)!;
const select = (list: MajlisQuestionList, name: string) => list.shadowRoot!.querySelector<HTMLSelectElement>(`[part~="${name}"]`)!;

/** The element holding focus, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function listReady(community: MajlisCommunity): Promise<MajlisQuestionList> {
  await waitUntil(() => listOf(community) && rows(listOf(community)).length > 0, 'the list did not render', { timeout: 5000 });
  return listOf(community);
}

async function threadShown(community: MajlisCommunity, questionId: string): Promise<MajlisThread> {
  await waitUntil(
    () => community.view === 'question' && threadOf(community)?.shadowRoot?.querySelector(`majlis-post[post-id="${questionId}"]`),
    'the thread did not render',
    { timeout: 5000 },
  );
  return threadOf(community)!;
}

function choose(control: HTMLSelectElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<majlis-community>: the reader’s journey', () => {
  const title = document.title;
  const reset = () => {
    history.replaceState(null, '', location.pathname + location.search);
    window.scrollTo(0, 0);
    document.title = title;
  };
  beforeEach(reset);
  afterEach(reset);

  it('maps the list’s filters and answer permalinks to hash routes, ignoring what it does not know', () => {
    expect(parseRoute('#/questions?q=esim&sort=newest&category=network-quality&status=solved&language=nl')).to.deep.equal({
      view: 'list',
      filters: { search: 'esim', category: 'network-quality', status: 'solved', language: 'nl', sort: 'newest' },
    });
    expect(parseRoute('#/?q=esim')).to.deep.equal({ view: 'list', filters: { search: 'esim' } });
    expect(parseRoute('#/questions?status=bogus&sort=relevance&utm_source=x&category=%3Cscript%3E')).to.deep.equal({ view: 'list' });
    expect(parseRoute('#/questions')).to.deep.equal({ view: 'list' });
    expect(parseRoute('#/questions/q-1/answers/a-3')).to.deep.equal({ view: 'question', questionId: 'q-1', answerId: 'a-3' });
    expect(parseRoute('#/questions/q-1?answer=a-3')).to.deep.equal({ view: 'question', questionId: 'q-1', answerId: 'a-3' });
    expect(parseRoute('#/questions/%E0%A4')).to.deep.equal({ view: 'list' });
    expect(formatRoute({ view: 'list', filters: { search: 'esim', sort: 'votes', status: 'all' } })).to.equal('#/questions?q=esim&sort=votes');
    expect(formatRoute({ view: 'list', filters: { search: 'esim', sort: 'relevance' } })).to.equal('#/questions?q=esim');
    expect(formatRoute({ view: 'question', questionId: 'q-1', answerId: 'a 3' })).to.equal('#/questions/q-1/answers/a%203');
    const arabic = { view: 'list', filters: { search: 'اشارة ضعيفة & 5G', language: 'ar' } } as const;
    expect(parseRoute(formatRoute(arabic))).to.deep.equal(arabic);
  });

  it('shows the filtered view a shared URL names, and keeps filter changes in the URL without history entries', async () => {
    location.hash = '#/questions?category=network-quality&status=solved';
    const community = await renderCommunity();
    const list = await listReady(community);
    expect(list.filters).to.deep.equal({ search: '', category: 'network-quality', status: 'solved', language: '', tag: '', sort: 'activity' });
    await waitUntil(() => select(list, 'category-select').value === 'network-quality', 'the category filter was not restored');
    expect(select(list, 'status-select').value).to.equal('solved');

    const entries = history.length;
    choose(select(list, 'sort-select'), 'newest');
    expect(location.hash).to.equal('#/questions?category=network-quality&status=solved&sort=newest');

    const search = list.shadowRoot!.querySelector<HTMLInputElement>('[part~="search-input"]')!;
    for (const typed of ['e', 'es', 'esi', 'esim']) {
      search.value = typed;
      search.dispatchEvent(new Event('input', { bubbles: true }));
    }
    expect(location.hash, 'no URL per keystroke').to.not.contain('q=');
    await waitUntil(() => location.hash.includes('q=esim'), 'the search did not reach the URL');
    expect(location.hash).to.equal('#/questions?q=esim&category=network-quality&status=solved&sort=newest');
    expect(history.length, 'filters replace the entry').to.equal(entries);
  });

  it('opens a thread from a real link, and the browser’s Back restores the filters, pages, scroll and focus', async () => {
    location.hash = '#/questions?sort=newest';
    const community = await renderCommunity();
    const list = await listReady(community);
    part(list, 'more-button')!.click();
    await waitUntil(() => rows(list).length > 20, 'the second page did not load', { timeout: 5000 });
    const row = rows(list)[24];
    const id = row.dataset.questionId!;
    const link = titleOf(list, id);
    expect(link.localName).to.equal('a');
    expect(link.getAttribute('href')).to.equal(`#/questions/${id}`);
    link.scrollIntoView({ block: 'center' });
    const scrolled = window.scrollY;
    expect(scrolled).to.be.greaterThan(0);

    const entries = history.length;
    link.click();
    await threadShown(community, id);
    expect(location.hash).to.equal(`#/questions/${id}`);
    expect(history.length, 'opening a thread adds an entry').to.equal(entries + 1);

    history.back();
    await waitUntil(() => community.view === 'list', 'Back did not return to the list');
    await waitUntil(() => deepActive() === titleOf(list, id), 'focus did not return to the question’s title');
    await waitUntil(() => Math.abs(window.scrollY - scrolled) < 2, `scrolled to ${window.scrollY}, not ${scrolled}`);
    expect(location.hash).to.equal('#/questions?sort=newest');
    expect(rows(list).length, 'the pages loaded before stay').to.be.greaterThan(20);
    expect(select(list, 'sort-select').value).to.equal('newest');
  });

  it('comes back the same way with the Back link above the thread', async () => {
    location.hash = '#/questions?status=unanswered';
    const community = await renderCommunity();
    const list = await listReady(community);
    const id = rows(list).at(-1)!.dataset.questionId!;
    titleOf(list, id).scrollIntoView({ block: 'center' });
    const scrolled = window.scrollY;
    titleOf(list, id).click();
    await threadShown(community, id);
    part(community, 'back-button')!.click();
    await waitUntil(() => community.view === 'list', 'the Back link did not return to the list');
    await waitUntil(() => deepActive() === titleOf(list, id), 'focus did not return to the question’s title');
    await waitUntil(() => Math.abs(window.scrollY - scrolled) < 2, `scrolled to ${window.scrollY}, not ${scrolled}`);
    expect(location.hash).to.equal('#/questions?status=unanswered');
    expect(list.filters.status).to.equal('unanswered');
  });

  it('leaves modified clicks to the browser, and a plain click on an href-pattern link stays in the page', async () => {
    const community = await renderCommunity({ hrefPattern: '/support/community/{id}' });
    const list = await listReady(community);
    const link = titleOf(list, rows(list)[0].dataset.questionId!) as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.match(/^\/support\/community\/q-\d+$/);
    let navigations = 0;
    community.addEventListener('majlis-navigate', () => navigations++);
    const prevented: boolean[] = [];
    const watch = (event: Event) => {
      prevented.push(event.defaultPrevented);
      event.preventDefault(); // the test page stays
    };
    window.addEventListener('click', watch);
    try {
      for (const modifier of ['ctrlKey', 'metaKey', 'shiftKey'] as const) {
        link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, button: 0, [modifier]: true }));
      }
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, button: 1 }));
      expect(navigations, 'a modified click opens the link as the browser does').to.equal(0);
      expect(prevented).to.deep.equal([false, false, false, false]);
      link.click();
      expect(prevented.at(-1), 'a plain click is handled in the page').to.equal(true);
    } finally {
      window.removeEventListener('click', watch);
    }
    await waitUntil(() => community.view === 'question', 'the plain click did not open the thread');
  });

  it('opens an answer permalink scrolled to and focused', async () => {
    location.hash = '#/questions/q-1/answers/a-4';
    const community = await renderCommunity();
    await threadShown(community, 'q-1');
    await waitUntil(() => (deepActive()?.getRootNode() as ShadowRoot | null)?.host?.getAttribute('post-id') === 'a-4', 'the answer was not focused', {
      timeout: 5000,
    });
    const box = deepActive()!.getBoundingClientRect();
    expect(box.top).to.be.at.least(-1);
    expect(box.top).to.be.below(window.innerHeight);
  });

  it('gives each answer a Link that copies its address and says so, following it when copying fails', async () => {
    location.hash = '#/questions/q-1';
    const community = await renderCommunity();
    const thread = await threadShown(community, 'q-1');
    await waitUntil(() => thread.shadowRoot!.querySelector('[part~="answer-link"]'), 'no answer links');
    const links = [...thread.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="answer-link"]')];
    expect(links).to.have.length(4);
    const link = links[0];
    const answerId = link.closest('majlis-post')!.getAttribute('post-id')!;
    expect(link.getAttribute('href')).to.equal(`#/questions/q-1/answers/${answerId}`);
    expect(textOf(link)).to.equal('Link');
    expect(link.getAttribute('aria-label')).to.match(/^Link to the answer by /);

    const clipboard = navigator.clipboard as Clipboard & { writeText: Clipboard['writeText'] };
    const copied: string[] = [];
    Object.defineProperty(clipboard, 'writeText', { configurable: true, value: (text: string) => (copied.push(text), Promise.resolve()) });
    try {
      link.click();
      await waitUntil(() => copied.length === 1, 'nothing was copied');
      expect(copied[0]).to.equal(new URL(`#/questions/q-1/answers/${answerId}`, location.href).href);
      await waitUntil(() => textOf(thread.shadowRoot).includes('Link copied'), 'the copy was not announced');
      expect(location.hash, 'copying does not navigate').to.equal('#/questions/q-1');

      Object.defineProperty(clipboard, 'writeText', { configurable: true, value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
      links[1].click();
      const other = links[1].closest('majlis-post')!.getAttribute('post-id')!;
      await waitUntil(() => location.hash === `#/questions/q-1/answers/${other}`, 'a failed copy did not follow the link');
      await waitUntil(() => textOf(thread.shadowRoot).includes('could not be copied'), 'the failure was not announced');
    } finally {
      delete (clipboard as { writeText?: unknown }).writeText;
    }
  });

  it('sets document.title to the question with sync-title, and gives the page its title back on the list', async () => {
    document.title = 'Nuvo support';
    location.hash = '#/questions/q-3';
    const community = await renderCommunity({ syncTitle: true });
    await waitUntil(() => document.title.startsWith('MMS won'), `the title stayed “${document.title}”`, { timeout: 5000 });
    part(community, 'back-button')!.click();
    await waitUntil(() => community.view === 'list');
    await community.updateComplete;
    expect(document.title).to.equal('Nuvo support');
    community.removeAttribute('sync-title');
    location.hash = '#/questions/q-3';
    await threadShown(community, 'q-3');
    expect(document.title, 'without sync-title the title is the page’s').to.equal('Nuvo support');
  });

  for (const [lang, dir] of [
    ['en', 'ltr'],
    ['ar', 'rtl'],
  ]) {
    it(`is accessible with its links (${dir.toUpperCase()})`, async () => {
      const community = await renderCommunity({ lang, dir });
      await listReady(community);
      await expect(community).to.be.accessible();
      const id = rows(listOf(community))[0].dataset.questionId!;
      titleOf(listOf(community), id).click();
      const thread = await threadShown(community, id);
      await waitUntil(() => thread.shadowRoot!.querySelector('[part~="answer-link"], [part~="empty"]'), 'the answers did not render');
      await nextFrame();
      await expect(community).to.be.accessible();
    });
  }
});
