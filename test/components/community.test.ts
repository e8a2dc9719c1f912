import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { expect, fixture, html, oneEvent, waitUntil } from '../helpers/fixture.js';
import { demoAdapter, headingLevelOf, textOf } from '../helpers/community.js';
import { loadDemoSeed } from '../helpers/fixture.js';
import { part } from '../helpers/provider.js';
import { formatRoute, HashRouteController, parseRoute } from '../../src/core/controllers/route-controller.js';
import { loadElement } from '../../src/core/lazy.js';
import type { MajlisCommunity } from '../../src/components/community/community.js';
import type { MajlisPost } from '../../src/components/post/post.js';

async function renderCommunity(routing: 'hash' | 'none' = 'hash', attrs = { lang: 'en', dir: 'ltr' }) {
  await loadElement('majlis-community');
  const adapter = await demoAdapter('u-noura');
  const wrapper = await fixture<HTMLElement>(html`<div lang=${attrs.lang} dir=${attrs.dir}>
    <majlis-community .adapter=${adapter} routing=${routing}></majlis-community>
  </div>`);
  const community = wrapper.querySelector('majlis-community')!;
  await community.updateComplete;
  return community;
}

const navButton = (community: MajlisCommunity, text: string) =>
  [...community.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="nav-button"]')].find((b) => textOf(b) === text)!;

const questionTitle = (community: MajlisCommunity) => {
  const thread = community.shadowRoot!.querySelector('majlis-thread');
  const post = thread?.shadowRoot?.querySelector<MajlisPost>('majlis-post[type="question"]');
  return textOf(post?.shadowRoot?.querySelector('[part="title"]'));
};

describe('<majlis-community>', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('maps views to hash routes and back', () => {
    expect(parseRoute('#/questions/q-12')).to.deep.equal({ view: 'question', questionId: 'q-12' });
    expect(parseRoute('#/ask')).to.deep.equal({ view: 'ask' });
    expect(parseRoute('')).to.deep.equal({ view: 'list' });
    expect(parseRoute('#/elsewhere')).to.deep.equal({ view: 'list' });
    expect(formatRoute({ view: 'question', questionId: 'q 1' })).to.equal('#/questions/q%201');
    expect(parseRoute(formatRoute({ view: 'question', questionId: 'q 1' }))).to.deep.equal({ view: 'question', questionId: 'q 1' });
  });

  it('starts on the list and opens the ask view with focus on its heading', async () => {
    const community = await renderCommunity();
    expect(community.view).to.equal('list');
    expect(textOf(part(community, 'view-heading'))).to.equal('Community questions');
    navButton(community, 'Ask a question').click();
    await waitUntil(() => community.view === 'ask', 'did not open the ask view');
    expect(location.hash).to.equal('#/ask');
    await community.updateComplete;
    expect(community.shadowRoot!.activeElement === part(community, 'view-heading'), 'focus on the heading').to.equal(true);
  });

  it('gives its views the heading level the page asks for, with rows and answers one below', async () => {
    await loadElement('majlis-community');
    const wrapper = await fixture<HTMLElement>(html`<div lang="en">
      <majlis-community .adapter=${await demoAdapter('u-noura')} routing="none" heading-level="1"></majlis-community>
    </div>`);
    const community = wrapper.querySelector('majlis-community')!;
    await community.updateComplete;
    expect(part(community, 'view-heading')!.getAttribute('aria-level')).to.equal('1');
    const list = community.shadowRoot!.querySelector('majlis-question-list')!;
    await waitUntil(() => list.shadowRoot?.querySelector('[part~="row"] [role="heading"]'), 'no rows', { timeout: 5000 });
    expect(list.shadowRoot!.querySelector('[part~="row"] [role="heading"]')!.getAttribute('aria-level')).to.equal('2');

    community.questionId = 'q-3';
    community.view = 'question';
    await waitUntil(() => questionTitle(community).startsWith('MMS won'), 'the thread did not render', { timeout: 5000 });
    const thread = community.shadowRoot!.querySelector('majlis-thread')!;
    const question = thread.shadowRoot!.querySelector<MajlisPost>('majlis-post[type="question"]')!;
    expect(headingLevelOf(question.shadowRoot!.querySelector('[part="title"]'))).to.equal(1);
    await waitUntil(() => thread.shadowRoot!.querySelector('#answers-heading'), 'no answers heading');
    expect(thread.shadowRoot!.querySelector('#answers-heading')!.getAttribute('aria-level')).to.equal('2');
  });

  it('shows a thread for #/questions/<id>, goes back with the back button and the browser’s', async () => {
    location.hash = '#/questions/q-3';
    const community = await renderCommunity();
    expect(community.view).to.equal('question');
    await waitUntil(() => questionTitle(community).startsWith('MMS won'), 'the thread did not render', { timeout: 5000 });
    part(community, 'back-button')!.click();
    await waitUntil(() => community.view === 'list', 'back button did not return to the list');
    history.back();
    await waitUntil(() => community.view === 'question' && community.questionId === 'q-3', 'browser back did not return to the thread');
  });

  it('offers the way back below the thread too, which returns to the list', async () => {
    location.hash = '#/questions/q-3';
    const community = await renderCommunity();
    await waitUntil(() => questionTitle(community).startsWith('MMS won'), 'the thread did not render', { timeout: 5000 });
    const backs = [...community.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="back-button"]')];
    expect(backs.map((button) => button.textContent?.trim())).to.deep.equal(['Back to all questions', 'Back to all questions']);
    const thread = community.shadowRoot!.querySelector('majlis-thread')!;
    expect(thread.compareDocumentPosition(backs[1]) & Node.DOCUMENT_POSITION_FOLLOWING, 'the second is after the thread').to.not.equal(0);
    backs[1].focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => community.view === 'list', 'Enter on the way back below the thread did not show the list');
  });

  it('returns to the list with the browser’s Back after the page replaced its query string on the first thread', async () => {
    const community = await renderCommunity();
    const search = location.search;
    await waitUntil(() => community.view === 'list');
    community.shadowRoot!.querySelector('nav')!.dispatchEvent(
      new (await import('../../src/core/events.js')).MajlisNavigateEvent({ view: 'question', questionId: 'q-3' }),
    );
    await waitUntil(() => questionTitle(community).startsWith('MMS won'), 'the thread did not render', { timeout: 5000 });
    // The host page records its own state in the query string; Back then differs in more than the hash.
    history.replaceState(null, '', `${location.pathname}${search}${search ? '&' : '?'}thread=q-3${location.hash}`);
    const popped = oneEvent(window, 'popstate');
    history.back();
    await popped;
    try {
      await waitUntil(() => community.view === 'list', `browser back left the view on ${community.view}`);
      expect(textOf(part(community, 'view-heading'))).to.equal('Community questions');
    } finally {
      history.replaceState(null, '', location.pathname + search);
    }
  });

  it('routes each history step once, though a hash change fires both popstate and hashchange', async () => {
    const routes: string[] = [];
    const host = { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) };
    const router = new HashRouteController(host, (route) => routes.push(route.view), () => true);
    router.hostConnected();
    try {
      const changed = oneEvent(window, 'hashchange');
      location.hash = '#/ask';
      await changed;
      const back = oneEvent(window, 'hashchange');
      history.back();
      await back;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(routes).to.deep.equal(['list', 'ask', 'list']);
    } finally {
      router.hostDisconnected();
    }
  });

  it('opens the list filtered by a tag chosen in a thread, and keeps that filter while a thread is open', async () => {
    location.hash = '#/questions/q-3';
    const community = await renderCommunity();
    await waitUntil(() => questionTitle(community).startsWith('MMS won'), 'the thread did not render', { timeout: 5000 });
    const post = community.shadowRoot!.querySelector('majlis-thread')!.shadowRoot!.querySelector<MajlisPost>('majlis-post[type="question"]')!;
    const tag = [...post.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="tag"]')].find((button) => textOf(button) === 'iphone')!;
    tag.click();
    await waitUntil(() => community.view === 'list', 'the tag did not open the list');
    const list = community.shadowRoot!.querySelector('majlis-question-list')!;
    expect(list.tag).to.equal('iphone');
    await waitUntil(() => textOf(part(list, 'active-tag')).includes('iphone'), 'the list did not show the tag filter');
    location.hash = '#/questions/q-3';
    await waitUntil(() => community.view === 'question', 'the thread did not open');
    part(community, 'back-button')!.click();
    await waitUntil(() => community.view === 'list', 'back button did not return to the list');
    expect(community.shadowRoot!.querySelector('majlis-question-list')!.tag).to.equal('iphone');
  });

  it('moves focus to the question after navigating to it', async () => {
    const community = await renderCommunity();
    community.shadowRoot!.querySelector('nav')!.dispatchEvent(
      new (await import('../../src/core/events.js')).MajlisNavigateEvent({ view: 'question', questionId: 'q-1' }),
    );
    await waitUntil(() => questionTitle(community).startsWith('Mobile data'), 'the thread did not render', { timeout: 5000 });
    const thread = community.shadowRoot!.querySelector('majlis-thread')!;
    const post = thread.shadowRoot!.querySelector<MajlisPost>('majlis-post[type="question"]')!;
    await waitUntil(() => post.shadowRoot!.activeElement?.localName === 'article', 'focus did not move to the question');
  });

  it('leaves the URL alone with routing="none" and lets the host cancel a navigation', async () => {
    const community = await renderCommunity('none');
    const hash = location.hash;
    const cancel = (event: Event) => event.preventDefault();
    document.addEventListener('majlis-navigate', cancel, { once: true });
    navButton(community, 'Ask a question').click();
    await community.updateComplete;
    expect(community.view, 'a cancelled navigation changes nothing').to.equal('list');
    const event = oneEvent(community, 'majlis-navigate');
    navButton(community, 'Ask a question').click();
    expect((await event).detail).to.deep.equal({ view: 'ask' });
    await waitUntil(() => community.view === 'ask');
    expect(location.hash).to.equal(hash);
  });

  it('provides its adapter to the elements inside it', async () => {
    location.hash = '#/questions/q-2';
    const community = await renderCommunity();
    await waitUntil(() => questionTitle(community).includes('التجوال'), 'the thread inside did not get the adapter', {
      timeout: 5000,
    });
  });

  it('talks to a REST backend given by its endpoint attribute', async () => {
    const { createHttpBackend } = await import('../helpers/http-backend.js');
    const backend = createHttpBackend(await loadDemoSeed(), 'https://community.nuvo.example/api');
    const realFetch = window.fetch.bind(window);
    window.fetch = backend.fetch;
    try {
      await loadElement('majlis-community');
      location.hash = '#/questions/q-3';
      const community = await fixture<MajlisCommunity>(html`<majlis-community endpoint="https://community.nuvo.example/api"></majlis-community>`);
      await waitUntil(() => questionTitle(community).startsWith('MMS won'), 'the thread did not load over REST', { timeout: 5000 });
      expect(backend.requests.some((r) => r.url.endsWith('/questions/q-3'))).to.equal(true);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('explains a missing data source', async () => {
    await loadElement('majlis-community');
    const community = await fixture<MajlisCommunity>(html`<majlis-community routing="none"></majlis-community>`);
    await waitUntil(() => part(community, 'error'), 'never explained the missing data source', { timeout: 5000 });
    expect(textOf(part(community, 'error'))).to.contain('no data source');
  });

  it('is accessible in LTR and RTL', async function () {
    this.timeout(30_000); // two whole boards through axe
    const ltr = await renderCommunity('none');
    await expect(ltr).to.be.accessible();
    const rtl = await renderCommunity('none', { lang: 'ar', dir: 'rtl' });
    await waitUntil(() => textOf(part(rtl, 'view-heading')) === 'أسئلة المجتمع', 'Arabic strings did not load');
    await expect(rtl).to.be.accessible();
  });
});
