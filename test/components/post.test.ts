import '../../src/index.js';
import { expect, fixture, html, oneEvent, waitUntil } from '../helpers/fixture.js';
import { demoAdapter, headingLevelOf, textOf } from '../helpers/community.js';
import '../helpers/provider.js';
import type { CommunityAdapter } from '../../src/core/adapter.js';
import type { MajlisPost } from '../../src/components/post/post.js';

async function renderPost(adapter: CommunityAdapter, type: 'question' | 'answer', id: string, lang = 'en', dir = 'ltr') {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir}>
    <majlis-test-provider .adapter=${adapter}><majlis-post type=${type} post-id=${id}></majlis-post></majlis-test-provider>
  </div>`);
  const post = wrapper.querySelector('majlis-post')!;
  await waitUntil(() => post.shadowRoot?.querySelector('article'), `${type} ${id} did not render`);
  return post;
}

describe('<majlis-post>', () => {
  it('loads and renders a standalone answer with its author, time and body', async () => {
    const post = await renderPost(await demoAdapter(), 'answer', 'a-1');
    const article = post.shadowRoot!.querySelector('article')!;
    expect(article.getAttribute('aria-label')).to.equal('Answer by Khalid Al-Mansouri');
    expect(post.shadowRoot!.querySelector('time[part="time"]')!.getAttribute('datetime')).to.equal('2026-06-04T06:53:00.000Z');
    expect(textOf(post.shadowRoot!.querySelector('[part="body"]'))).to.contain('web.nuvo');
    const kudos = post.shadowRoot!.querySelector('[part~="vote-button"]')!;
    expect(kudos.getAttribute('aria-pressed')).to.equal('false');
    expect(kudos.querySelector('[part="vote-count"]')!.textContent).to.equal(String(post.post!.voteCount));
  });

  it('marks an edited post and gives the edit date', async () => {
    const post = await renderPost(await demoAdapter(), 'answer', 'a-1');
    const edited = post.shadowRoot!.querySelector('.edited')!;
    expect(textOf(edited)).to.equal('Edited');
    expect(edited.getAttribute('title')).to.match(/^Edited on /);
  });

  it('names the language of a post written in another language than the page', async () => {
    const post = await renderPost(await demoAdapter(), 'question', 'q-2');
    expect(textOf(post.shadowRoot!.querySelector('header'))).to.contain('Arabic');
    expect(post.shadowRoot!.querySelector('[part="body"]')!.getAttribute('lang')).to.equal('ar');
    const title = post.shadowRoot!.querySelector('[part~="title"]')!;
    expect(title.getAttribute('dir')).to.equal('auto');
  });

  it('gives a question title the heading level asked for, 1 to 6, and level 2 for anything else', async () => {
    const adapter = await demoAdapter();
    const levels: [string, number][] = [['1', 1], ['2', 2], ['3', 3], ['4', 4], ['5', 5], ['6', 6], ['7', 6], ['0', 2], ['-1', 1], ['4.5', 4], ['x', 2]];
    const wrapper = await fixture<HTMLElement>(html`<majlis-test-provider .adapter=${adapter}>
      ${levels.map(([level]) => html`<majlis-post type="question" post-id="q-2" heading-level=${level}></majlis-post>`)}
    </majlis-test-provider>`);
    const posts = [...wrapper.querySelectorAll('majlis-post')];
    await waitUntil(() => posts.every((post) => post.shadowRoot?.querySelector('article')), 'posts did not render');
    const shown = posts.map((post) => headingLevelOf(post.shadowRoot!.querySelector('[part~="title"]')));
    expect(shown).to.deep.equal(levels.map(([, expected]) => expected));
    const title = posts[5].shadowRoot!.querySelector('[part~="title"]')!;
    expect(textOf(title)).to.equal(textOf(posts[0].shadowRoot!.querySelector('[part~="title"]')));
    expect(posts[5].shadowRoot!.querySelector('article')!.getAttribute('aria-labelledby')).to.equal(title.id);
    await expect(posts[5]).to.be.accessible();
  });

  it('shows the category of a question in the page language', async () => {
    const post = await renderPost(await demoAdapter(), 'question', 'q-2', 'ar', 'rtl');
    await waitUntil(() => textOf(post.shadowRoot!.querySelector('header')).includes('المنتجات') || textOf(post.shadowRoot!.querySelector('header')).includes('العروض'), textOf(post.shadowRoot!.querySelector('header')));
  });

  it('says who accepted a solution when it was not the asker', async () => {
    const post = await renderPost(await demoAdapter(), 'answer', 'a-17');
    await waitUntil(() => post.shadowRoot!.querySelector('[part="accepted-badge"]'));
    expect(textOf(post.shadowRoot!.querySelector('[part="accepted-badge"]'))).to.match(/Accepted by (Nuvo|Sophie)/);
  });

  it('keeps code left to right inside Arabic text, so a USSD code reads *177#', async () => {
    const post = await renderPost(await demoAdapter(), 'answer', 'a-5', 'ar', 'rtl');
    const code = [...post.shadowRoot!.querySelectorAll('[part="body"] code')].find((el) => el.textContent === '*177#')!;
    expect(code, 'the answer has the code *177#').to.exist;
    const text = code.firstChild!;
    const left = (offset: number) => {
      const range = document.createRange();
      range.setStart(text, offset);
      range.setEnd(text, offset + 1);
      return range.getBoundingClientRect().left;
    };
    expect(left(0), '* is drawn before (left of) #').to.be.below(left(4));
    expect(getComputedStyle(code).direction).to.equal('ltr');
  });

  it('shows an error with a retry for an unknown post', async () => {
    const wrapper = await fixture<HTMLElement>(html`<majlis-test-provider .adapter=${await demoAdapter()}>
      <majlis-post type="answer" post-id="a-nope"></majlis-post>
    </majlis-test-provider>`);
    const post = wrapper.querySelector<MajlisPost>('majlis-post')!;
    await waitUntil(() => post.shadowRoot!.querySelector('[part="error"]'));
    expect(textOf(post.shadowRoot!.querySelector('[part="error"]'))).to.contain('couldn’t find');
    expect(post.shadowRoot!.querySelector('[part="retry-button"]')).to.exist;
  });

  it('shows a question’s tags as buttons that ask for the list filtered by the tag (majlis-navigate)', async () => {
    const post = await renderPost(await demoAdapter(), 'question', 'q-3');
    const tags = [...post.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="tag"]')];
    expect(tags.map((tag) => textOf(tag))).to.deep.equal(['mms', 'iphone']);
    expect(post.shadowRoot!.querySelector('[part~="tags"]')!.getAttribute('aria-label')).to.equal('Tags');
    setTimeout(() => tags[1].click());
    const event = await oneEvent(post, 'majlis-navigate');
    expect(event.detail).to.deep.equal({ view: 'list', filters: { tag: 'iphone' } });
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    const answer = await renderPost(await demoAdapter(), 'answer', 'a-1');
    expect(answer.shadowRoot!.querySelector('[part~="tag"]')).to.equal(null);
  });

  it('is accessible in LTR and RTL', async () => {
    await expect(await renderPost(await demoAdapter('u-raj'), 'answer', 'a-2')).to.be.accessible();
    const rtl = await renderPost(await demoAdapter(), 'question', 'q-4', 'ar', 'rtl');
    expect(rtl.shadowRoot!.querySelectorAll('[part~="tag"]').length).to.be.greaterThan(0);
    await expect(rtl).to.be.accessible();
    await expect(await renderPost(await demoAdapter(), 'question', 'q-3')).to.be.accessible();
  });
});
