import '../../src/index.js';
import { expect, fixture, html, waitUntil } from '../helpers/fixture.js';
import { demoAdapter } from '../helpers/community.js';
import '../helpers/provider.js';
import type { CommunityAdapter } from '../../src/core/adapter.js';
import type { JsonLdQAPage } from '../../src/core/structured-data.js';

async function renderThread(adapter: CommunityAdapter, dir = 'ltr') {
  const wrapper = await fixture<HTMLElement>(html`<div dir=${dir} lang=${dir === 'rtl' ? 'ar' : 'en'}>
    <majlis-test-provider .adapter=${adapter}>
      <majlis-thread question-id="q-1" structured-data answer-href-pattern="/community/questions/{questionId}#answer-{answerId}"></majlis-thread>
    </majlis-test-provider>
  </div>`);
  const thread = wrapper.querySelector('majlis-thread')!;
  await waitUntil(() => scripts().length === 1, 'the JSON-LD was not written', { timeout: 5000 });
  return thread;
}

/** Every JSON-LD script in the document, as a crawler finds them. */
const scripts = () => [...document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];
const data = (): JsonLdQAPage => JSON.parse(scripts()[0].textContent) as JsonLdQAPage;

describe('<majlis-thread structured-data>', () => {
  it('writes one QAPage script of the question and its answers into the light DOM, where crawlers read it', async () => {
    const thread = await renderThread(await demoAdapter());
    const [script] = scripts();
    expect(script.parentElement).to.equal(thread);
    const { mainEntity } = data();
    expect(mainEntity.name).to.equal('Mobile data not working after switching to Nuvo – which APN settings?');
    expect(mainEntity.text).to.contain('no mobile data at all');
    expect(mainEntity.text, 'plain text, no markup').to.not.match(/[<*|]/);
    expect(mainEntity.answerCount).to.equal(4);
    expect(mainEntity.acceptedAnswer?.url).to.equal(new URL('/community/questions/q-1#answer-a-2', document.baseURI).href);
    expect(mainEntity.suggestedAnswer).to.have.length(3);
    expect(mainEntity.suggestedAnswer?.every((answer) => answer.text !== '' && answer.author.name !== '')).to.equal(true);
    await expect(thread).to.be.accessible();
  });

  it('replaces it when the thread shows another question, and removes it with the attribute', async () => {
    const thread = await renderThread(await demoAdapter(), 'rtl');
    await expect(thread).to.be.accessible();
    thread.questionId = 'q-3';
    await waitUntil(() => scripts().length === 1 && data().mainEntity.name !== 'Mobile data not working after switching to Nuvo – which APN settings?', 'not replaced', { timeout: 5000 });
    expect(scripts()).to.have.length(1);
    expect(data().mainEntity.name).to.equal(thread.shadowRoot!.querySelector('majlis-post[type="question"]')!.shadowRoot!.querySelector('[part~="title"]')!.textContent.trim());
    thread.structuredData = false;
    await waitUntil(() => scripts().length === 0, 'not removed with the attribute');
  });

  it('leaves the page with the element, and writes nothing without the attribute', async () => {
    const thread = await renderThread(await demoAdapter());
    thread.remove();
    expect(scripts()).to.have.length(0);
    const adapter = await demoAdapter();
    const wrapper = await fixture<HTMLElement>(html`<majlis-test-provider .adapter=${adapter}><majlis-thread question-id="q-1"></majlis-thread></majlis-test-provider>`);
    const plain = wrapper.querySelector('majlis-thread')!;
    await waitUntil(() => plain.shadowRoot!.querySelector('majlis-post[type="question"]'), 'question did not render', { timeout: 5000 });
    await plain.updateComplete;
    expect(scripts()).to.have.length(0);
  });

  it('takes the place of the static thread it wraps (the crawler page), which stays in the light DOM for crawlers', async () => {
    const wrapper = await fixture<HTMLElement>(html`<majlis-test-provider .adapter=${await demoAdapter()}>
      <majlis-thread question-id="q-1"><article><h1>Static copy of the question</h1></article></majlis-thread>
    </majlis-test-provider>`);
    const thread = wrapper.querySelector('majlis-thread')!;
    await waitUntil(() => thread.shadowRoot!.querySelector('majlis-post[type="question"]'), 'question did not render', { timeout: 5000 });
    const fallback = thread.querySelector('article')!;
    expect(fallback.isConnected).to.equal(true);
    expect(fallback.getClientRects()).to.have.length(0);
    await expect(thread).to.be.accessible();
  });
});
