// Selective re-rendering: a store change re-renders only the elements that read what changed, and every
// visible number stays right (lists, counts, the author's card, acceptance, pending states, reset).
import '../../src/index.js';
import { LitElement, html as litHtml } from 'lit';
import type { ReactiveElement } from 'lit';
import { expect, fixture, html, loadDemoSeed, oneEvent, waitUntil } from '../helpers/fixture.js';
import { demoAdapter, textOf } from '../helpers/community.js';
import { FakeAdapter } from '../helpers/fake-adapter.js';
import { MemoryAdapter } from '../../src/adapters/memory.js';
import '../helpers/provider.js';
import { loadElement } from '../../src/core/lazy.js';
import { StoreController } from '../../src/core/controllers/store-controller.js';
import { MajlisError } from '../../src/core/adapter.js';
import { MajlisVoteEvent } from '../../src/core/events.js';
import { storeFor } from '../../src/core/store.js';
import type { StoreChange , MajlisStore} from '../../src/core/store.js';
import type { CommunityAdapter } from '../../src/core/adapter.js';
import type { MajlisThread } from '../../src/components/thread/thread.js';
import type { MajlisPost } from '../../src/components/post/post.js';
import { acceptAnswer } from '../../src/core/accepting.js';
import { askQuestion, postAnswer } from '../../src/core/writing.js';
import { vote } from '../../src/core/voting.js';

/** Counts the element's updates (renders) from now on. */
function countUpdates(el: ReactiveElement): { count: number } {
  const counter = { count: 0 };
  const host = el as unknown as { update(changed: unknown): void };
  const update = host.update.bind(el);
  host.update = (changed) => {
    counter.count += 1;
    update(changed);
  };
  return counter;
}

/** Lets every pending Lit update run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** A test element reading one answer's count, and deriving whether another answer has more kudos. */
class StoreReader extends LitElement {
  static override properties = { answerId: { attribute: 'answer-id' } };
  answerId = 'a-1';
  readonly data = new StoreController(this);
  readonly leads = this.data.derive(() => {
    const store = this.data.store;
    return (store?.answer('a-2')?.voteCount ?? 0) > (store?.answer(this.answerId)?.voteCount ?? 0);
  });
  override render() {
    const answer = this.data.store?.answer(this.answerId);
    return litHtml`<span>${answer?.voteCount ?? '–'}</span> <b>${this.leads() ? 'behind' : 'ahead'}</b>`;
  }
}
customElements.define('test-store-reader', StoreReader);

async function mountReader(adapter: FakeAdapter): Promise<{ reader: StoreReader; store: MajlisStore }> {
  const store = storeFor(adapter);
  await store.loadViewer();
  await store.loadQuestion('q-1');
  await store.listAnswers('q-1');
  const wrapper = await fixture<HTMLElement>(html`<majlis-test-provider .adapter=${adapter}><test-store-reader></test-store-reader></majlis-test-provider>`);
  const reader = wrapper.querySelector<StoreReader>('test-store-reader')!;
  await waitUntil(() => reader.shadowRoot!.querySelector('span')!.textContent !== '–', 'the reader never got its answer');
  return { reader, store };
}

async function renderThread(adapter: CommunityAdapter, extra = html``): Promise<MajlisThread> {
  const wrapper = await fixture<HTMLElement>(html`<div dir="ltr" lang="en">
    <majlis-test-provider .adapter=${adapter}>
      <majlis-thread question-id="q-1"></majlis-thread>
      ${extra}
    </majlis-test-provider>
  </div>`);
  const thread = wrapper.querySelector('majlis-thread')!;
  // The first thread of a page fetches its lazy chunks: allow for a busy machine.
  const patience = { timeout: 5000 };
  await waitUntil(() => answerPosts(thread).length > 0 && allPosts(thread).every((p) => p.shadowRoot?.querySelector('article')), 'thread did not render', patience);
  await waitUntil(() => voteButtons(thread).length === allPosts(thread).length && voteButtons(thread).every((b) => b!.querySelector('[part="vote-count"]')), 'kudos buttons did not render', patience);
  return thread;
}

const allPosts = (thread: MajlisThread) => [...thread.shadowRoot!.querySelectorAll<MajlisPost>('majlis-post')];
const answerPosts = (thread: MajlisThread) => allPosts(thread).filter((p) => p.type === 'answer');
const postOf = (thread: MajlisThread, id: string) => allPosts(thread).find((p) => p.postId === id)!;
/** A post's kudos toggle, rendered in the post's own template. */
const voteButtonOf = (post: MajlisPost) => post.shadowRoot!.querySelector<HTMLButtonElement>('[part="vote-button"]');
const voteButtons = (thread: MajlisThread) => allPosts(thread).map(voteButtonOf).filter(Boolean);
const countOf = (post: MajlisPost) => voteButtonOf(post)?.querySelector('[part="vote-count"]')?.textContent ?? '';
const clickVote = (post: MajlisPost) => voteButtonOf(post)!.click();
const helpfulIds = (thread: MajlisThread) => answerPosts(thread).filter((p) => p.mostHelpful).map((p) => p.postId);

describe('store changes and re-rendering', () => {
  describe('StoreController', () => {
    it('re-renders its host only for changes to what it read', async () => {
      const { reader, store } = await mountReader(new FakeAdapter());
      await settle();
      const updates = countUpdates(reader);
      await vote(store, 'answer', 'a-2', true).catch(() => undefined);
      await settle();
      expect(updates.count, 'a kudos on another answer').to.equal(0);
      await vote(store, 'answer', 'a-1', true);
      await settle();
      expect(updates.count, 'a kudos on the answer it shows').to.be.greaterThan(0);
      expect(reader.shadowRoot!.querySelector('span')!.textContent).to.equal('6');
    });

    it('re-renders for a derived value only when the value changes', async () => {
      const { reader, store } = await mountReader(new FakeAdapter());
      const before = store.answer('a-2')!.voteCount;
      expect(before).to.be.lessThan(store.answer('a-1')!.voteCount);
      reader.answerId = 'a-3'; // not in the cache: a-2 leads
      await settle();
      expect(reader.shadowRoot!.querySelector('b')!.textContent).to.equal('behind');
      reader.answerId = 'a-1';
      await settle();
      expect(reader.shadowRoot!.querySelector('b')!.textContent).to.equal('ahead');
      const updates = countUpdates(reader);
      const changes: StoreChange[] = [];
      store.subscribe((change) => changes.push(change));
      await vote(store, 'answer', 'a-2', true); // a-2 read only by the derived value, which stays `ahead`
      await settle();
      expect(changes.some((c) => c.type !== 'reset' && c.keys.has('answer:a-2'))).to.equal(true);
      expect(updates.count).to.equal(0);
    });

    it('re-renders every reader on reset', async () => {
      const { reader, store } = await mountReader(new FakeAdapter());
      await settle();
      const updates = countUpdates(reader);
      store.reset();
      await settle();
      expect(updates.count).to.be.greaterThan(0);
    });
  });

  describe('in a thread', () => {
    it('a kudos on one answer re-renders neither the thread nor the other posts (kudos toggles included), and every number is right', async () => {
      const adapter = await demoAdapter('u-noura');
      const thread = await renderThread(adapter);
      await settle();
      const target = postOf(thread, 'a-3');
      const others = allPosts(thread).filter((p) => p !== target);
      const countsBefore = new Map(allPosts(thread).map((p) => [p.postId, countOf(p)]));
      const heading = textOf(thread.shadowRoot!.querySelector('[role="heading"]'));
      const helpful = helpfulIds(thread);
      const threadUpdates = countUpdates(thread);
      // Each post renders its kudos toggle in its own template: counting the posts' renders counts the toggles'.
      const otherUpdates = others.map(countUpdates);
      const targetUpdates = countUpdates(target);

      const voted = oneEvent<MajlisVoteEvent>(target, MajlisVoteEvent.type);
      clickVote(target);
      await voted;
      await settle();

      expect(threadUpdates.count, 'thread renders').to.equal(0);
      expect(otherUpdates.map((u) => u.count), 'renders of the other posts and their kudos toggles').to.deep.equal(otherUpdates.map(() => 0));
      expect(targetUpdates.count, 'renders of the post given kudos').to.be.greaterThan(0);
      expect(countOf(target)).to.equal(String(Number(countsBefore.get('a-3')) + 1));
      for (const post of others) expect(countOf(post), post.postId).to.equal(countsBefore.get(post.postId));
      expect(textOf(thread.shadowRoot!.querySelector('[role="heading"]'))).to.equal(heading);
      expect(helpfulIds(thread)).to.deep.equal(helpful);
    });

    it('a kudos that changes the "Most helpful" answer re-renders the thread and moves the flag', async () => {
      // a-1 (5 kudos, one of them the viewer's) out-kudos the accepted a-2 (4) by one.
      const seed = await loadDemoSeed();
      let others = 4;
      seed.votes = (seed.votes ?? []).filter((v) => v.targetId !== 'a-1' || v.userId === 'u-noura' || others-- > 0);
      const thread = await renderThread(new MemoryAdapter({ seed, viewerId: 'u-noura' }));
      expect(helpfulIds(thread)).to.deep.equal(['a-1']);
      expect(countOf(postOf(thread, 'a-1'))).to.equal('5');
      clickVote(postOf(thread, 'a-1')); // takes the viewer's kudos back: 4, no more than the accepted answer
      await waitUntil(() => helpfulIds(thread).length === 0, `most helpful was ${helpfulIds(thread).join()}`);
      expect(countOf(postOf(thread, 'a-1'))).to.equal('4');
    });

    it('the same question in a list and in a thread shows one count', async () => {
      const adapter = await demoAdapter('u-noura');
      await loadElement('majlis-question-list');
      const thread = await renderThread(adapter, html`<majlis-question-list page-size="50"></majlis-question-list>`);
      const list = thread.parentElement!.querySelector('majlis-question-list')!;
      const row = () => list.shadowRoot?.querySelector('[part="row"][data-question-id="q-1"]');
      await waitUntil(() => row(), 'the list did not render');
      const question = postOf(thread, 'q-1');
      const before = Number(countOf(question));
      const listCount = () => textOf(row());
      const listBefore = listCount();
      expect(listBefore).to.contain(String(before));
      clickVote(question);
      await waitUntil(() => listCount() !== listBefore, 'the list kept the old count');
      expect(listCount()).to.contain(String(before + 1));
      expect(countOf(question)).to.equal(String(before + 1));
    });

    it('a question asked elsewhere on the page appears in the list', async () => {
      const adapter = await demoAdapter('u-noura');
      await loadElement('majlis-question-list');
      const wrapper = await fixture<HTMLElement>(html`<majlis-test-provider .adapter=${adapter}><majlis-question-list></majlis-question-list></majlis-test-provider>`);
      const list = wrapper.querySelector('majlis-question-list')!;
      await waitUntil(() => list.shadowRoot?.querySelector('[part="row"]'), 'the list did not render');
      const { id } = await askQuestion(storeFor(adapter), {
        title: 'eSIM profile lost after a factory reset',
        body: 'My eSIM disappeared after resetting the phone. How do I get it back?',
        categoryId: 'network-quality',
        language: 'en',
      });
      await waitUntil(() => list.shadowRoot!.querySelector(`[part="row"][data-question-id="${id}"]`), 'the new question did not appear');
    });

    it("the author's open card shows their new reputation after a kudos on their answer", async () => {
      const adapter = await demoAdapter('u-noura');
      const thread = await renderThread(adapter);
      const target = postOf(thread, 'a-3');
      // The post renders its author's chip and card in its own template.
      const card = target;
      const chip = card.shadowRoot!.querySelector<HTMLButtonElement>('[part="user-card"]')!;
      chip.click();
      const reputation = () => {
        const stats = card.shadowRoot!.querySelector('[part="stats"]');
        return stats ? textOf(stats) : '';
      };
      // The first open fetches the card's and Floating UI's modules: allow for a slow machine.
      await waitUntil(() => reputation().includes('point'), 'the card never opened', { timeout: 5000 });
      const before = reputation();
      clickVote(target);
      await waitUntil(() => reputation() !== before, `the card kept "${before}"`);
      const number = (text: string) => Number(/([\d,]+) point/.exec(text)![1].replace(/,/g, ''));
      expect(number(reputation())).to.be.greaterThan(number(before));
    });

    it('posting an answer updates the count and shows the answer; accepting moves it first', async () => {
      const adapter = await demoAdapter('u-raj');
      const thread = await renderThread(adapter);
      const store = storeFor(adapter);
      const answer = await postAnswer(store, { questionId: 'q-1', body: 'Check that *Data roaming* is off at home.', language: 'en' });
      await waitUntil(() => textOf(thread.shadowRoot!.querySelector('[role="heading"]')) === '5 answers', 'the count did not grow');
      await waitUntil(() => answerPosts(thread).some((p) => p.postId === answer.id), 'the new answer did not appear');
      void acceptAnswer(store, answer.id, true);
      await waitUntil(() => answerPosts(thread)[0]?.postId === answer.id, 'the accepted answer did not move first');
      const first = answerPosts(thread)[0];
      await waitUntil(() => first.shadowRoot!.querySelector('[part="accepted-badge"]'), 'no accepted badge');
      await waitUntil(() => answerPosts(thread).filter((p) => p.shadowRoot!.querySelector('[part="accepted-badge"]')).length === 1, 'the old accepted answer kept its badge');
    });

    it('shows an accept waiting for the adapter on every accept button of the question, and its rollback', async () => {
      const adapter = await demoAdapter('u-raj');
      let release: (() => void) | undefined;
      adapter.acceptAnswer = () => new Promise((_, reject) => (release = () => reject(new MajlisError('conflict', 'changed meanwhile'))));
      const thread = await renderThread(adapter);
      const buttons = () => answerPosts(thread).map((p) => p.shadowRoot!.querySelector('majlis-accept-button')?.shadowRoot?.querySelector('[part="accept-button"]'));
      await waitUntil(() => buttons().every(Boolean), 'accept buttons did not render');
      const order = answerPosts(thread).map((p) => p.postId).join();
      (buttons()[3] as HTMLButtonElement).click();
      await waitUntil(() => buttons().every((b) => b?.getAttribute('aria-busy') === 'true'), 'not every accept button showed the pending accept');
      await waitUntil(() => release !== undefined);
      release!();
      await waitUntil(() => buttons().every((b) => !b?.hasAttribute('aria-busy')), 'the pending state stayed');
      await waitUntil(() => answerPosts(thread).map((p) => p.postId).join() === order, 'the rollback did not restore the order');
    });

    it('after reset (another viewer) every post and button shows the new viewer’s view', async () => {
      const adapter = await demoAdapter(null);
      const thread = await renderThread(adapter);
      const button = voteButtonOf(postOf(thread, 'a-3'))!;
      expect(button.getAttribute('aria-disabled')).to.equal(null);
      adapter.setViewer('u-raj'); // wrote a-3: kudos on their own answer are not allowed
      storeFor(adapter).reset();
      await waitUntil(
        () => voteButtonOf(postOf(thread, 'a-3'))?.getAttribute('aria-disabled') === 'true',
        'the kudos button kept the anonymous view',
      );
    });
  });
});
