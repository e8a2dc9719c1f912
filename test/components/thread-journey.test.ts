import '../../src/index.js';
import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '../helpers/fixture.js';
import { demoAdapter } from '../helpers/community.js';
import { part } from '../helpers/provider.js';
import type { MemoryAdapter } from '../../src/adapters/memory.js';
import type { MajlisLoginRequestEvent } from '../../src/core/events.js';
import type { MajlisThread } from '../../src/components/thread/thread.js';
import type { MajlisPost } from '../../src/components/post/post.js';

const PERMALINK = '#/questions/{questionId}/answers/{answerId}';

async function renderThread(
  adapter: MemoryAdapter,
  { answerId = '', pageSize = 10, dir = 'ltr', lang = 'en', links = false } = {},
): Promise<MajlisThread> {
  const wrapper = await fixture<HTMLElement>(html`<div dir=${dir} lang=${lang}>
    <majlis-test-provider .adapter=${adapter}>
      <majlis-thread question-id="q-1" answer-id=${answerId} page-size=${pageSize} answer-href-pattern=${links ? PERMALINK : ''}></majlis-thread>
    </majlis-test-provider>
  </div>`);
  const thread = wrapper.querySelector('majlis-thread')!;
  await waitUntil(() => thread.shadowRoot!.querySelector('majlis-post[type="question"]'), 'the question did not render', { timeout: 5000 });
  await waitUntil(() => posts(thread).length > 0 && posts(thread).every((p) => p.shadowRoot?.querySelector('article')), 'no answers', {
    timeout: 5000,
  });
  return thread;
}

const posts = (thread: MajlisThread) => [...thread.shadowRoot!.querySelectorAll<MajlisPost>('majlis-post[type="answer"]')];
const post = (thread: MajlisThread, id: string) => thread.shadowRoot!.querySelector<MajlisPost>(`majlis-post[post-id="${id}"]`);

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether a loading skeleton appears in the thread while `watching`, i.e. the thread blanked. */
function watchSkeleton(thread: MajlisThread): { seen: () => boolean; stop: () => void } {
  let seen = false;
  const observer = new MutationObserver(() => (seen ||= Boolean(thread.shadowRoot!.querySelector('.skeleton'))));
  observer.observe(thread.shadowRoot!, { childList: true, subtree: true });
  return { seen: () => seen, stop: () => observer.disconnect() };
}

/** Makes the page tall enough to scroll, so a jump to the top would show. */
function tallPage(): () => void {
  const spacer = document.createElement('div');
  spacer.style.blockSize = '150vh';
  document.body.prepend(spacer);
  return () => spacer.remove();
}

describe('<majlis-thread>: permalinks and resuming after sign-in', () => {
  let removeSpacer = () => {};
  beforeEach(() => (removeSpacer = tallPage()));
  afterEach(() => {
    removeSpacer();
    window.scrollTo(0, 0);
  });

  it('scrolls to and focuses the answer a permalink names, loading further pages until it is there', async () => {
    const adapter = await demoAdapter('u-noura');
    const { items } = await adapter.listAnswers('q-1', { sort: 'votes', limit: 10 });
    const last = items.at(-1)!.id;
    const thread = await renderThread(adapter, { answerId: last, pageSize: 1 });
    await waitUntil(() => deepActive()?.closest('article') && (deepActive()!.getRootNode() as ShadowRoot).host === post(thread, last), 'the answer was not focused', {
      timeout: 5000,
    });
    expect(posts(thread).length, 'the later pages were loaded').to.be.greaterThan(1);
    const top = post(thread, last)!.getBoundingClientRect().top;
    expect(top).to.be.within(-1, window.innerHeight);
  });

  it('leaves a thread at its top for a permalink to an answer it does not have, without paging through all', async () => {
    const adapter = await demoAdapter('u-noura');
    const getAnswer = adapter.getAnswer.bind(adapter);
    let checked: Promise<unknown> | undefined;
    adapter.getAnswer = (...args: Parameters<MemoryAdapter['getAnswer']>) => (checked = getAnswer(...args));
    const thread = await renderThread(adapter, { answerId: 'a-999', pageSize: 2 });
    await waitUntil(() => checked !== undefined, 'the thread did not look the answer up');
    await checked!.catch(() => undefined);
    await nextFrame();
    await nextFrame();
    expect(part(thread, 'more-button')!.hasAttribute('disabled'), 'it went on paging').to.equal(false);
    expect(posts(thread)).to.have.length(2);
    expect(deepActive()?.closest('majlis-thread')).to.equal(null);
  });

  it('opens the composer, focused, after “Sign in to answer”, without blanking the thread or scrolling to the top', async () => {
    const adapter = await demoAdapter(null);
    const thread = await renderThread(adapter);
    const signIn = thread.shadowRoot!.querySelector<HTMLButtonElement>('[part~="sign-in-button"]')!;
    signIn.scrollIntoView({ block: 'center' });
    const scrolled = window.scrollY;
    expect(scrolled).to.be.greaterThan(0);
    signIn.focus();
    const requested = oneEvent<MajlisLoginRequestEvent>(thread, 'majlis-login-request');
    signIn.click();
    const event = await requested;
    expect(event.detail.reason).to.equal('answer');

    const skeleton = watchSkeleton(thread);
    adapter.setViewer('u-omar');
    await event.detail.signedIn();
    await waitUntil(() => deepActive()?.localName === 'textarea', 'the composer did not take focus', { timeout: 5000 });
    skeleton.stop();
    expect(skeleton.seen(), 'the thread blanked').to.equal(false);
    expect((deepActive()!.getRootNode() as ShadowRoot).host.localName).to.equal('majlis-composer');
    expect(window.scrollY, 'the page jumped to the top').to.be.greaterThan(scrolled / 2);
  });

  it('gives the kudos asked for before signing in, with focus kept on its button', async () => {
    const { items } = await (await demoAdapter('u-omar')).listAnswers('q-1', { sort: 'votes', limit: 10 });
    const target = items.find((a) => a.viewerCan.vote && !a.viewerHasVoted)!;
    const adapter = await demoAdapter(null);
    const thread = await renderThread(adapter);
    const answer = post(thread, target.id)!;
    await waitUntil(() => answer.shadowRoot!.querySelector('[part~="vote-count"]'));
    const button = answer.shadowRoot!.querySelector<HTMLButtonElement>('[part~="vote-button"]')!;
    const before = Number(button.textContent.trim());
    button.scrollIntoView({ block: 'center' });
    button.focus();
    const requested = oneEvent<MajlisLoginRequestEvent>(thread, 'majlis-login-request');
    button.click();
    const event = await requested;
    expect(event.detail.reason).to.equal('vote');

    const skeleton = watchSkeleton(thread);
    adapter.setViewer('u-omar');
    await event.detail.signedIn();
    skeleton.stop();
    await waitUntil(() => button.getAttribute('aria-pressed') === 'true', 'the kudos was not given');
    expect(Number(button.textContent.trim())).to.equal(before + 1);
    expect(deepActive(), 'focus moved').to.equal(button);
    expect(skeleton.seen(), 'the thread blanked').to.equal(false);
  });

  it('does nothing after a cancelled sign-in and gives focus back to the control', async () => {
    const adapter = await demoAdapter(null);
    const thread = await renderThread(adapter);
    const signIn = thread.shadowRoot!.querySelector<HTMLButtonElement>('[part~="sign-in-button"]')!;
    const requested = oneEvent<MajlisLoginRequestEvent>(thread, 'majlis-login-request');
    signIn.click();
    const event = await requested;
    (document.activeElement as HTMLElement | null)?.blur();
    event.detail.cancelled();
    expect(deepActive()).to.equal(signIn);
    expect(thread.shadowRoot!.querySelector('majlis-composer')).to.equal(null);
  });

  it('is accessible with answer links, in LTR and RTL', async () => {
    const ltr = await renderThread(await demoAdapter('u-noura'), { links: true });
    expect(ltr.shadowRoot!.querySelectorAll('[part~="answer-link"]')).to.have.length(4);
    await expect(ltr).to.be.accessible();
    const rtl = await renderThread(await demoAdapter('u-noura'), { links: true, dir: 'rtl', lang: 'ar' });
    await waitUntil(() => rtl.shadowRoot!.querySelector('[part~="answer-link"]')?.textContent?.includes('رابط'), 'Arabic did not load');
    await expect(rtl).to.be.accessible();
  });
});

describe('<majlis-ask-form>: resuming after sign-in', () => {
  it('shows the form with focus on its title once the host signed the viewer in', async () => {
    const adapter = await demoAdapter(null);
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><majlis-test-provider .adapter=${adapter}><majlis-ask-form></majlis-ask-form></majlis-test-provider></div>`);
    const form = wrapper.querySelector('majlis-ask-form')!;
    await waitUntil(() => form.shadowRoot?.querySelector('[part~="sign-in-button"]'), 'no sign-in prompt', { timeout: 5000 });
    const requested = oneEvent<MajlisLoginRequestEvent>(form, 'majlis-login-request');
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="sign-in-button"]')!.click();
    const event = await requested;
    expect(event.detail.reason).to.equal('ask');
    adapter.setViewer('u-omar');
    await event.detail.signedIn();
    await waitUntil(() => deepActive() === form.shadowRoot!.querySelector('#title'), 'the title did not take focus', { timeout: 5000 });
  });
});
