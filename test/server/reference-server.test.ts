// <majlis-thread> against the real reference server (server/, PGlite, demo seed), started for this browser
// session by test/helpers/reference-server-plugin.mjs: a reader, then a member who gives kudos and answers,
// then the same page when the server is down.
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { expect, fixture, html, waitUntil } from '../helpers/fixture.js';
import { textOf } from '../helpers/community.js';
import '../helpers/provider.js';
import { RestAdapter } from '../../src/adapters/rest.js';
import type { MajlisThread } from '../../src/components/thread/thread.js';
import type { MajlisPost } from '../../src/components/post/post.js';
import type { MajlisComposer } from '../../src/components/composer/composer.js';
import type { Answer, Page } from '../../src/core/types.js';

let endpoint = '';

async function signIn(userId: string): Promise<string> {
  const response = await fetch(`${endpoint}/dev/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  expect(response.status, 'dev login').to.equal(200);
  return ((await response.json()) as { token: string }).token;
}

/** What the server itself says, read with a fresh request (no Majlis cache in between). */
async function serverAnswers(token: string): Promise<Answer[]> {
  const response = await fetch(`${endpoint}/questions/q-1/answers?limit=50`, { headers: { Authorization: `Bearer ${token}` } });
  return ((await response.json()) as Page<Answer>).items;
}

async function renderThread(adapter: RestAdapter | null, lang = 'en'): Promise<MajlisThread> {
  const wrapper = await fixture<HTMLElement>(
    adapter
      ? html`<div lang=${lang}><majlis-test-provider .adapter=${adapter}><majlis-thread question-id="q-1"></majlis-thread></majlis-test-provider></div>`
      : html`<div lang=${lang}><majlis-thread endpoint=${endpoint} question-id="q-1"></majlis-thread></div>`,
  );
  return wrapper.querySelector('majlis-thread')!;
}

const answerPosts = (thread: MajlisThread) => [...thread.shadowRoot!.querySelectorAll<MajlisPost>('majlis-post[type="answer"]')];
const answerPost = (thread: MajlisThread, id: string) => answerPosts(thread).find((post) => post.postId === id);
const voteButton = (post: MajlisPost) =>
  post.shadowRoot!.querySelector<HTMLButtonElement>('[part~="vote-button"]')!;

describe('<majlis-thread> on the reference server', function () {
  this.timeout(60_000);

  before(async function () {
    this.timeout(180_000); // the server's first start compiles it: slow on a busy machine
    for (;;) {
      const started = await executeServerCommand<{ endpoint?: string; starting?: true }, undefined>('majlis-server-start');
      if (started?.endpoint) {
        endpoint = started.endpoint;
        return;
      }
      if (!started?.starting) throw new Error(`majlis-server-start answered ${JSON.stringify(started)}`);
    }
  });

  after(async () => {
    await executeServerCommand('majlis-server-stop');
  });

  it('reads a thread anonymously through the endpoint attribute', async () => {
    const thread = await renderThread(null);
    await waitUntil(() => answerPosts(thread).length === 4, 'the answers did not load from the server', { timeout: 15_000 });
    const question = thread.shadowRoot!.querySelector<MajlisPost>('majlis-post[type="question"]')!;
    await waitUntil(() => question.shadowRoot?.querySelector('[part="title"]'), 'the question did not render');
    expect(textOf(question.shadowRoot!.querySelector('[part="title"]'))).to.equal('Mobile data not working after switching to Nuvo – which APN settings?');
    expect(answerPosts(thread)[0].postId, 'the accepted answer comes first').to.equal('a-2');
  });

  it('lets a member give kudos and post an answer, and the server keeps both', async () => {
    const token = await signIn('u-sophie');
    const thread = await renderThread(new RestAdapter({ endpoint, getToken: () => token }));
    await waitUntil(() => answerPost(thread, 'a-4')?.shadowRoot?.querySelector('[part~="vote-button"]'));
    const before = (await serverAnswers(token)).find((answer) => answer.id === 'a-4')!;
    expect(before.viewerHasVoted).to.equal(false);

    const button = voteButton(answerPost(thread, 'a-4')!);
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    button.click();
    await waitUntil(() => button.getAttribute('aria-pressed') === 'true', 'the kudos was not shown');
    await waitUntil(async () => (await serverAnswers(token)).find((answer) => answer.id === 'a-4')!.voteCount === before.voteCount + 1, 'the server did not count the kudos');
    expect((await serverAnswers(token)).find((answer) => answer.id === 'a-4')!.viewerHasVoted).to.equal(true);

    const composer = thread.shadowRoot!.querySelector<MajlisComposer>('majlis-composer')!;
    await waitUntil(() => composer.shadowRoot?.querySelector('textarea'));
    const field = composer.shadowRoot!.querySelector('textarea')!;
    const text = 'Restarting after the APN change fixed it for me too (Pixel 8).';
    field.focus();
    field.setRangeText(text, 0, field.value.length, 'end');
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
    await composer.updateComplete;
    composer.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
    await waitUntil(() => answerPosts(thread).length === 5, 'the new answer did not appear');
    const posted = (await serverAnswers(token)).find((answer) => answer.body === text);
    expect(posted, 'the server kept the answer').to.exist;
    expect(posted!.author.id).to.equal('u-sophie');
    expect(answerPosts(thread).some((post) => post.postId === posted!.id)).to.equal(true);
  });

  it('says so, readably and in the page language, when the server is down', async () => {
    await executeServerCommand('majlis-server-stop');
    const thread = await renderThread(new RestAdapter({ endpoint, retryDelayMs: 20 }), 'ar');
    await waitUntil(() => thread.shadowRoot!.querySelector('[part="error"]'), 'no error was shown', { timeout: 15_000 });
    expect(textOf(thread.shadowRoot!.querySelector('[part="error"]'))).to.contain('تعذّر الوصول إلى المجتمع');
    expect(thread.shadowRoot!.querySelector('[part="retry-button"]')).to.exist;
    await expect(thread).to.be.accessible();
  });
});
