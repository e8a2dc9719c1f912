import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { expect, fixture, html, oneEvent, waitUntil } from '../helpers/fixture.js';
import { demoAdapter, headingLevelOf, textOf } from '../helpers/community.js';
import '../helpers/provider.js';
import { MajlisError } from '../../src/core/adapter.js';
import type { CommunityAdapter } from '../../src/core/adapter.js';
import { storeFor } from '../../src/core/store.js';
import type { MajlisThread } from '../../src/components/thread/thread.js';
import type { MajlisPost } from '../../src/components/post/post.js';
import { acceptAnswer } from '../../src/core/accepting.js';
import { postAnswer } from '../../src/core/writing.js';

async function renderThread(adapter: CommunityAdapter, attrs: { questionId?: string; pageSize?: number; sort?: string; dir?: string; lang?: string } = {}) {
  const wrapper = await fixture<HTMLElement>(html`<div dir=${attrs.dir ?? 'ltr'} lang=${attrs.lang ?? 'en'}>
    <majlis-test-provider .adapter=${adapter}>
      <majlis-thread question-id=${attrs.questionId ?? 'q-1'} page-size=${attrs.pageSize ?? 10} sort=${attrs.sort ?? 'votes'}></majlis-thread>
    </majlis-test-provider>
  </div>`);
  const thread = wrapper.querySelector('majlis-thread')!;
  // The first thread of a file loads the post chunk's modules one by one from the dev server: give it time.
  await waitUntil(() => thread.shadowRoot!.querySelector('majlis-post[type="question"]'), 'question did not render', { timeout: 5000 });
  await waitUntil(() => answerPosts(thread).every((p) => p.shadowRoot?.querySelector('article')), 'answers did not render', { timeout: 5000 });
  return thread;
}

function answerPosts(thread: MajlisThread): MajlisPost[] {
  return [...thread.shadowRoot!.querySelectorAll<MajlisPost>('majlis-post[type="answer"]')];
}

const answerIds = (thread: MajlisThread) => answerPosts(thread).map((p) => p.postId);

describe('<majlis-thread>', () => {
  it('shows the question title as a heading, its body and its answers', async () => {
    const thread = await renderThread(await demoAdapter());
    const question = thread.shadowRoot!.querySelector<MajlisPost>('majlis-post[type="question"]')!;
    const heading = question.shadowRoot!.querySelector('[part~="title"]');
    expect(textOf(heading)).to.equal('Mobile data not working after switching to Nuvo – which APN settings?');
    expect(headingLevelOf(heading)).to.equal(2);
    expect(textOf(question.shadowRoot!.querySelector('[part="body"]'))).to.contain('no mobile data at all');
    expect(question.shadowRoot!.querySelector('[part="body"] table')).to.exist;
    expect(answerPosts(thread)).to.have.length(4);
    expect(textOf(thread.shadowRoot!.querySelector('[role="heading"]'))).to.equal('4 answers');
  });

  it('puts the accepted solution first, says who accepted it, and flags a more helpful answer', async () => {
    const thread = await renderThread(await demoAdapter());
    const [first, second] = answerPosts(thread);
    expect(first.postId).to.equal('a-2');
    const badge = first.shadowRoot!.querySelector('[part="accepted-badge"]');
    expect(textOf(badge)).to.contain('Accepted solution');
    expect(textOf(badge)).to.contain('Accepted by the person who asked');
    expect(second.postId).to.equal('a-1');
    expect(second.mostHelpful).to.equal(true);
    expect(textOf(second.shadowRoot!.querySelector('[part="helpful-badge"]'))).to.equal('Most helpful');
    expect(answerPosts(thread).filter((p) => p.mostHelpful)).to.have.length(1);
  });

  it('reorders the other answers with the sort control, keeping the accepted one on top', async () => {
    const thread = await renderThread(await demoAdapter());
    const select = thread.shadowRoot!.querySelector<HTMLSelectElement>('select[part="sort-select"]')!;
    expect(select.value).to.equal('votes');
    select.value = 'newest';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => answerIds(thread).join() === 'a-2,a-4,a-3,a-1', `order was ${answerIds(thread).join()}`);
    expect(thread.getAttribute('sort')).to.equal('newest');
    thread.sort = 'oldest';
    await waitUntil(() => answerIds(thread).join() === 'a-2,a-1,a-3,a-4', `order was ${answerIds(thread).join()}`);
  });

  it('pages answers with "Show more answers" and moves focus to the first new one', async () => {
    const thread = await renderThread(await demoAdapter(), { pageSize: 2 });
    expect(answerIds(thread)).to.deep.equal(['a-2', 'a-1']);
    const more = thread.shadowRoot!.querySelector<HTMLButtonElement>('[part="more-button"]')!;
    expect(textOf(more)).to.equal('Show 2 more answers');
    more.click();
    await waitUntil(() => answerPosts(thread).length === 4, 'second page did not load');
    expect(thread.shadowRoot!.querySelector('[part="more-button"]')).to.equal(null);
    const third = answerPosts(thread)[2];
    await waitUntil(() => third.shadowRoot!.activeElement?.tagName === 'ARTICLE', 'focus did not move to the new answer');
  });

  it('shows another thread when question-id changes', async () => {
    const thread = await renderThread(await demoAdapter());
    thread.questionId = 'q-3';
    await waitUntil(() => {
      const question = thread.shadowRoot!.querySelector<MajlisPost>('majlis-post[type="question"]');
      return textOf(question?.shadowRoot?.querySelector('[part~="title"]')).startsWith('MMS won');
    }, 'q-3 did not render');
    await waitUntil(() => answerPosts(thread).length === 3 && answerIds(thread)[0] === 'a-8');
  });

  it('says when there are no answers yet', async () => {
    const thread = await renderThread(await demoAdapter(), { questionId: 'q-33' });
    expect(textOf(thread.shadowRoot!.querySelector('[part="empty"]'))).to.equal('No answers yet — be the first to help.');
  });

  it('explains a question that does not exist', async () => {
    const adapter = await demoAdapter();
    const el = await fixture<HTMLElement>(html`<majlis-test-provider .adapter=${adapter}>
      <majlis-thread question-id="q-404"></majlis-thread>
    </majlis-test-provider>`);
    const thread = el.querySelector('majlis-thread')!;
    await waitUntil(() => thread.shadowRoot!.querySelector('[part="empty"]'));
    expect(textOf(thread.shadowRoot!.querySelector('[part="empty"]'))).to.contain('couldn’t find this question');
  });

  it('shows a readable error with a retry when the adapter fails, and fires majlis-error', async () => {
    const adapter = await demoAdapter();
    const original = adapter.getQuestion.bind(adapter);
    let failures = 1;
    adapter.getQuestion = (id, options) =>
      failures-- > 0 ? Promise.reject(new MajlisError('network', 'offline')) : original(id, options);
    const el = await fixture<HTMLElement>(html`<majlis-test-provider .adapter=${adapter}></majlis-test-provider>`);
    const thread = document.createElement('majlis-thread');
    thread.questionId = 'q-1';
    const errorEvent = oneEvent(thread, 'majlis-error');
    el.append(thread);
    const { detail } = await errorEvent;
    expect(detail.error.code).to.equal('network');
    expect(detail.operation).to.equal('load');
    await waitUntil(() => thread.shadowRoot!.querySelector('[part="error"]'));
    expect(textOf(thread.shadowRoot!.querySelector('[part="error"]'))).to.contain('couldn’t reach the community');
    thread.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitUntil(() => answerPosts(thread).length === 4, 'retry did not load the thread');
  });

  it('aborts its in-flight reads when question-id changes and when it leaves the page', async () => {
    const adapter = await demoAdapter();
    const original = adapter.getQuestion.bind(adapter);
    const reads: { id: string; signal: AbortSignal }[] = [];
    // q-1 hangs until aborted, so the thread is always mid-request for it.
    adapter.getQuestion = (id, options) => {
      reads.push({ id, signal: options!.signal! });
      if (id !== 'q-1') return original(id, options);
      return new Promise((_resolve, reject) =>
        options!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    };
    const root = await fixture<HTMLElement>(html`<majlis-test-provider .adapter=${adapter}></majlis-test-provider>`);
    const thread = document.createElement('majlis-thread');
    thread.questionId = 'q-1';
    root.append(thread);
    await waitUntil(() => reads.length === 1, 'the question was not requested');
    expect(reads[0].signal.aborted).to.equal(false);

    thread.questionId = 'q-3';
    await waitUntil(() => reads[0].signal.aborted, 'changing question-id did not abort the read of the old question');
    await waitUntil(() => thread.shadowRoot!.querySelector('majlis-post[type="question"]')?.getAttribute('post-id') === 'q-3');
    expect(reads.map((read) => read.id)).to.deep.equal(['q-1', 'q-3']);

    thread.questionId = 'q-1';
    await waitUntil(() => reads.length === 3, 'q-1 was not requested again');
    thread.remove();
    expect(reads[2].signal.aborted, 'leaving the page aborts the read').to.equal(true);
  });

  it('shows a newly posted answer without a reload', async () => {
    const adapter = await demoAdapter('u-noura');
    const thread = await renderThread(adapter);
    await postAnswer(storeFor(adapter), { questionId: 'q-1', body: 'Also check that *Data roaming* is off at home.', language: 'en' });
    await waitUntil(() => answerPosts(thread).length === 5, 'new answer did not appear');
    expect(textOf(thread.shadowRoot!.querySelector('[role="heading"]'))).to.equal('5 answers');
  });

  it('moves a newly accepted answer to the top', async () => {
    const adapter = await demoAdapter('u-raj');
    const thread = await renderThread(adapter);
    void acceptAnswer(storeFor(adapter), 'a-4', true);
    await waitUntil(() => answerIds(thread)[0] === 'a-4', `order was ${answerIds(thread).join()}`);
    expect(answerPosts(thread)[0].shadowRoot!.querySelector('[part="accepted-badge"]')).to.exist;
  });

  it('keeps focus on the answer just accepted with the keyboard as it moves to the top', async () => {
    const adapter = await demoAdapter('u-raj');
    const thread = await renderThread(adapter);
    expect(answerIds(thread).slice(0, 2)).to.deep.equal(['a-2', 'a-1']);
    const acceptOf = (post: MajlisPost) => post.shadowRoot!.querySelector('majlis-accept-button')!;
    await waitUntil(() => acceptOf(answerPosts(thread)[1]).shadowRoot?.querySelector('button'), 'no accept button');
    acceptOf(answerPosts(thread)[1]).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => answerIds(thread)[0] === 'a-1', `order was ${answerIds(thread).join()}`);
    const focusedPost = () => thread.shadowRoot!.activeElement as MajlisPost | null;
    await waitUntil(() => focusedPost()?.postId === 'a-1', `focus is on ${focusedPost()?.postId}`);
    const button = acceptOf(focusedPost()!).shadowRoot!.activeElement;
    expect(button?.getAttribute('part')).to.equal('accept-button');
    expect(button?.getAttribute('aria-pressed')).to.equal('true');
    // A second Enter undoes this answer's acceptance rather than accepting the one that took its place.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => storeFor(adapter).answer('a-1')?.accepted === false, 'a-1 is still accepted');
    expect(storeFor(adapter).answer('a-2')?.accepted).to.equal(false);
  });

  it('renders hostile Markdown inert', async () => {
    const adapter = await demoAdapter('u-noura');
    const question = await adapter.askQuestion({
      title: 'Is this link safe to open on my phone?',
      body: 'Click [here](javascript:window.__xss=1) <img src=x onerror="window.__xss=1"> <script>window.__xss=1</script>',
      categoryId: 'other',
      language: 'en',
    });
    const thread = await renderThread(adapter, { questionId: question.id });
    const post = thread.shadowRoot!.querySelector<MajlisPost>('majlis-post[type="question"]')!;
    const body = post.shadowRoot!.querySelector('[part="body"]')!;
    expect(body.querySelector('script, img[onerror]')).to.equal(null);
    expect(body.querySelector('a[href^="javascript"]')).to.equal(null);
    expect(textOf(body)).to.contain('<script>');
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('explains a missing data source instead of rendering nothing, once the page had its chance to configure', async () => {
    const thread = await fixture<MajlisThread>(html`<majlis-thread question-id="q-1"></majlis-thread>`);
    // A page may still call configure() after an await: meanwhile the thread is loading, not failing.
    expect(thread.shadowRoot!.querySelector('[part="error"]'), 'an alert before the page settled').to.equal(null);
    expect(thread.shadowRoot!.querySelector('[aria-busy="true"]'), 'the loading state').to.not.equal(null);
    await waitUntil(() => thread.shadowRoot!.querySelector('[part="error"]'), 'never explained the missing data source', { timeout: 5000 });
    expect(textOf(thread.shadowRoot!.querySelector('[part="error"]'))).to.contain('no data source');
  });

  it('fits a phone-width column: a code block wraps inside the post instead of widening it', async () => {
    const thread = await renderThread(await demoAdapter());
    (thread.closest('div') as HTMLElement).style.inlineSize = '280px';
    await thread.updateComplete;
    const question = thread.shadowRoot!.querySelector<MajlisPost>('majlis-post[type="question"]')!;
    const pre = question.shadowRoot!.querySelector<HTMLElement>('[part="body"] pre')!;
    expect(pre.scrollWidth, 'the ping output scrolls sideways').to.be.at.most(pre.clientWidth);
    for (const post of [question, ...answerPosts(thread)]) {
      expect(post.getBoundingClientRect().width, post.postId).to.be.at.most(280);
    }
    expect(thread.getBoundingClientRect().width).to.be.at.most(280);
  });

  it('is accessible in LTR', async () => {
    const thread = await renderThread(await demoAdapter('u-raj'));
    await expect(thread).to.be.accessible();
  });

  it('is accessible in RTL, in Arabic', async () => {
    const thread = await renderThread(await demoAdapter(), { questionId: 'q-2', dir: 'rtl', lang: 'ar' });
    await waitUntil(() => textOf(thread.shadowRoot!.querySelector('[role="heading"]')).includes('إجابات'), 'Arabic strings did not load');
    await expect(thread).to.be.accessible();
  });

  it('is accessible on a themed support page: its own text colour on a light grey background', async () => {
    const thread = await renderThread(await demoAdapter());
    const page = thread.closest('div') as HTMLElement;
    page.style.setProperty('--majlis-color-text', '#1d1b24');
    page.style.background = '#eeedf2';
    page.style.color = '#1d1b24';
    await expect(thread).to.be.accessible();
  });

  it('is accessible in a dark colour scheme', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="color-scheme: dark; background: Canvas; color: CanvasText">
      <majlis-test-provider .adapter=${await demoAdapter()}><majlis-thread question-id="q-6"></majlis-thread></majlis-test-provider>
    </div>`);
    const thread = wrapper.querySelector('majlis-thread')!;
    await waitUntil(() => answerPosts(thread).length === 3 && answerPosts(thread).every((p) => p.shadowRoot?.querySelector('article')));
    await expect(thread).to.be.accessible();
  });
});
