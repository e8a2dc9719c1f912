// Hosts change any string without rebuilding: configure({ messages }) per language, and an element's `messages`
// for that element and the Majlis elements inside it. A page of its own: registered strings are page-wide.
import '../../src/index.js';
import { configure } from '../../src/index.js';
import { expect, fixture, html, waitUntil } from '../helpers/fixture.js';
import { demoAdapter, textOf } from '../helpers/community.js';
import '../helpers/provider.js';
import type { MajlisThread } from '../../src/components/thread/thread.js';
import type { MajlisPost } from '../../src/components/post/post.js';

async function renderThread(lang: string, dir = 'ltr') {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir}>
    <majlis-test-provider .adapter=${await demoAdapter()}><majlis-thread question-id="q-1"></majlis-thread></majlis-test-provider>
  </div>`);
  const thread = wrapper.querySelector('majlis-thread')!;
  await waitUntil(() => answers(thread).length > 0 && answers(thread).every((post) => post.shadowRoot?.querySelector('article')), 'the thread did not render', {
    timeout: 5000,
  });
  return thread;
}

const answers = (thread: MajlisThread) => [...thread.shadowRoot!.querySelectorAll<MajlisPost>('majlis-post[type="answer"]')];
const DUTCH_SORT_LABEL = 'Antwoorden sorteren';
const sortLabel = (thread: MajlisThread) => textOf(thread.shadowRoot!.querySelector('label.sort'));
const answerLabels = (thread: MajlisThread) => answers(thread).map((post) => post.shadowRoot!.querySelector('article')!.getAttribute('aria-label'));

describe('message overrides', () => {
  it('configure({ messages }) changes a string in one language and leaves the others', async () => {
    expect(configure({ messages: { en: { thread: { sortLabel: 'Order the replies' } } } }), 'configure without an adapter returned a store').to.equal(undefined);
    const english = await renderThread('en');
    expect(sortLabel(english)).to.match(/^Order the replies Most kudos/);
    const dutch = await renderThread('nl');
    await waitUntil(() => sortLabel(dutch).startsWith(DUTCH_SORT_LABEL), 'Dutch did not load');
  });

  it('an element’s messages apply to it and to the posts inside it, in any language, and can be taken back', async () => {
    const thread = await renderThread('ar', 'rtl');
    await waitUntil(() => answerLabels(thread).every((label) => label && !label.startsWith('Answer by')), 'Arabic did not load');
    thread.messages = { post: { answerBy: (name: string) => `رد ${name}` }, thread: { noAnswers: 'unused' } };
    await waitUntil(() => answerLabels(thread).every((label) => label?.startsWith('رد ')), 'the posts inside the thread kept the catalog’s text');
    const other = await renderThread('ar', 'rtl');
    expect(answerLabels(other).some((label) => label?.startsWith('رد ')), 'another thread took the overrides').to.equal(false);
    thread.messages = undefined;
    await waitUntil(() => answerLabels(thread).every((label) => !label?.startsWith('رد ')), 'the catalog’s text did not come back');
    await expect(thread).to.be.accessible();
  });

  it('an inner element’s messages win over its ancestor’s', async () => {
    const thread = await renderThread('en');
    thread.messages = { post: { answerBy: (name: string) => `Reply from ${name}` } };
    answers(thread)[0].messages = { post: { answerBy: (name: string) => `Best reply from ${name}` } };
    await waitUntil(() => answerLabels(thread)[0]?.startsWith('Best reply from'), 'the inner element’s override lost');
    expect(answerLabels(thread).slice(1).every((label) => label?.startsWith('Reply from ')), 'the other posts lost the thread’s override').to.equal(true);
  });
});
