import { expect } from '../helpers/fixture.js';
import { FakeAdapter } from '../helpers/fake-adapter.js';
import { MajlisError } from '../../src/core/adapter.js';
import { MajlisStore, recordReads, storeFor } from '../../src/core/store.js';
import type { StoreChange, StoreErrorEvent, StoreKey } from '../../src/core/store.js';
import { acceptAnswer, isAcceptPending } from '../../src/core/accepting.js';
import { askQuestion, postAnswer } from '../../src/core/writing.js';
import { loadLeaderboard } from '../../src/core/controllers/leaderboard-controller.js';
import { isVotePending, vote } from '../../src/core/voting.js';
import { loadUser, recognitionRules } from '../../src/core/profiles.js';

const keysOf = (change: StoreChange | undefined) => (change && change.type !== 'reset' ? [...change.keys].sort() : []);

async function loadedStore(adapter = new FakeAdapter()) {
  const store = new MajlisStore(adapter);
  await store.loadViewer();
  await store.loadQuestion('q-1');
  await store.listAnswers('q-1');
  return { store, adapter };
}

/** A loaded store whose question already has an accepted answer (a-2); mutations wait for `release()`. */
async function storeWithAcceptedA2() {
  const adapter = new FakeAdapter();
  adapter.answers[1].accepted = true;
  adapter.question.acceptedAnswerId = 'a-2';
  const { store } = await loadedStore(adapter);
  adapter.autoResolve = false;
  return { store, adapter };
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('MajlisStore', () => {
  it('is one per adapter', () => {
    const adapter = new FakeAdapter();
    expect(storeFor(adapter)).to.equal(storeFor(adapter));
    expect(storeFor(new FakeAdapter())).not.to.equal(storeFor(adapter));
  });

  it('caches entities by id and their authors', async () => {
    const { store } = await loadedStore();
    expect(store.question('q-1')?.title).to.contain('roaming');
    expect(store.answer('a-2')?.author.name).to.equal('Sam Peeters');
    expect(store.user('u-layla')?.role).to.equal('staff');
  });

  it('shares one answer between list and thread readers (same numbers everywhere)', async () => {
    const { store, adapter } = await loadedStore();
    await vote(store, 'answer', 'a-1', true);
    await store.listAnswers('q-1');
    expect(store.answer('a-1')?.voteCount).to.equal(6);
    expect(adapter.calls.filter((c) => c.method === 'vote')).to.have.length(1);
  });

  it('applies a vote at once and keeps it when the adapter confirms', async () => {
    const { store, adapter } = await loadedStore();
    adapter.autoResolve = false;
    const changes: StoreChange[] = [];
    store.subscribe((change) => changes.push(change));
    const done = vote(store, 'answer', 'a-1', true);
    expect(store.answer('a-1')).to.include({ voteCount: 6, viewerHasVoted: true });
    expect(isVotePending(store, 'answer', 'a-1')).to.equal(true);
    await settle();
    adapter.release();
    const post = await done;
    expect(post.voteCount).to.equal(6);
    expect(store.answer('a-1')).to.include({ voteCount: 6, viewerHasVoted: true });
    expect(isVotePending(store, 'answer', 'a-1')).to.equal(false);
    expect(changes.length).to.be.greaterThan(1);
  });

  it('rolls a refused vote back and reports the error', async () => {
    const { store, adapter } = await loadedStore();
    adapter.autoResolve = false;
    adapter.failWith = new MajlisError('forbidden', 'You cannot vote on your own post');
    const errors: StoreErrorEvent[] = [];
    store.addEventListener('error', (e) => errors.push(e as StoreErrorEvent));
    const done = vote(store, 'answer', 'a-1', true);
    expect(store.answer('a-1')?.voteCount).to.equal(6);
    await settle();
    adapter.release();
    const error = await done.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(MajlisError);
    expect((error as MajlisError).code).to.equal('forbidden');
    expect(store.answer('a-1')).to.include({ voteCount: 5, viewerHasVoted: false });
    expect(errors).to.have.length(1);
    expect(errors[0].operation).to.equal('vote');
  });

  it('turns junk thrown by an adapter into an `unavailable` MajlisError', async () => {
    const { store, adapter } = await loadedStore();
    adapter.vote = () => Promise.reject(new Error('socket hang up'));
    const error = await vote(store, 'question', 'q-1', true).catch((e: unknown) => e);
    expect((error as MajlisError).code).to.equal('unavailable');
    expect(store.question('q-1')?.voteCount).to.equal(3);
  });

  it('coalesces identical votes in flight into one adapter call', async () => {
    const { store, adapter } = await loadedStore();
    adapter.autoResolve = false;
    const first = vote(store, 'answer', 'a-1', true);
    const second = vote(store, 'answer', 'a-1', true);
    expect(second).to.equal(first);
    await settle();
    adapter.release();
    await first;
    expect(adapter.calls.filter((c) => c.method === 'vote')).to.have.length(1);
    expect(store.answer('a-1')?.voteCount).to.equal(6);
  });

  it('runs a vote and an undo in order and ends on the last one', async () => {
    const { store, adapter } = await loadedStore();
    adapter.autoResolve = false;
    const up = vote(store, 'answer', 'a-1', true);
    const down = vote(store, 'answer', 'a-1', false);
    expect(store.answer('a-1')).to.include({ voteCount: 5, viewerHasVoted: false });
    await settle();
    expect(adapter.waiting).to.equal(1);
    adapter.release();
    await up;
    expect(store.answer('a-1')).to.include({ voteCount: 5, viewerHasVoted: false });
    await settle();
    adapter.release();
    await down;
    expect(store.answer('a-1')).to.include({ voteCount: 5, viewerHasVoted: false });
  });

  it('rolls back only the failed step of a vote then undo', async () => {
    const { store, adapter } = await loadedStore();
    adapter.autoResolve = false;
    const up = vote(store, 'answer', 'a-1', true).catch(() => 'failed');
    const down = vote(store, 'answer', 'a-1', false);
    await settle();
    adapter.release();
    await up;
    await settle();
    adapter.failWith = new MajlisError('network', 'offline');
    adapter.release();
    await down.catch(() => undefined);
    expect(store.answer('a-1')).to.include({ voteCount: 6, viewerHasVoted: true });
  });

  it('accepts optimistically: one accepted answer, the question points at it', async () => {
    const { store, adapter } = await storeWithAcceptedA2();
    const done = acceptAnswer(store, 'a-1', true);
    expect(store.question('q-1')?.acceptedAnswerId).to.equal('a-1');
    expect(store.answer('a-1')?.accepted).to.equal(true);
    expect(store.answer('a-1')?.acceptedBy?.name).to.equal('Viewer');
    expect(store.answer('a-2')?.accepted).to.equal(false);
    await settle();
    adapter.release();
    const result = await done;
    expect(result.previous?.id).to.equal('a-2');
    expect(store.answer('a-2')?.accepted).to.equal(false);
  });

  it('names what each change touched: the voted post, then its confirmed copy, author and recognition', async () => {
    const { store, adapter } = await loadedStore();
    adapter.autoResolve = false;
    const changes: StoreChange[] = [];
    store.subscribe((change) => changes.push(change));
    const done = vote(store, 'answer', 'a-1', true);
    expect(keysOf(changes[0])).to.deep.equal(['answer:a-1']);
    await settle();
    adapter.release();
    await done;
    expect(keysOf(changes.at(-1))).to.deep.equal(['answer:a-1', 'recognition', `user:${store.answer('a-1')!.author.id}`]);
  });

  it('tells which accept is pending, naming the question, both answers and the pending state', async () => {
    const { store, adapter } = await storeWithAcceptedA2();
    const changes: StoreChange[] = [];
    store.subscribe((change) => changes.push(change));
    const done = acceptAnswer(store, 'a-1', true);
    expect(isAcceptPending(store, 'q-1')).to.equal(true);
    expect(isAcceptPending(store, 'q-2')).to.equal(false);
    expect(isVotePending(store, 'answer', 'a-1')).to.equal(false);
    expect(keysOf(changes[0])).to.include.members(['accept:q-1', 'question:q-1', 'answer:a-1', 'answer:a-2']);
    await settle();
    adapter.release();
    await done;
    expect(isAcceptPending(store, 'q-1')).to.equal(false);
    expect(keysOf(changes.at(-1))).to.include.members(['accept:q-1', 'question:q-1', 'answer:a-1', 'answer:a-2']);
  });

  it('records the key of every read while recording', async () => {
    const { store } = await loadedStore();
    const keys = new Set<StoreKey>();
    const stop = recordReads(keys);
    store.question('q-1');
    store.post('answer', 'a-9');
    store.user('u-layla');
    void store.currentViewer;
    isAcceptPending(store, 'q-1');
    stop();
    store.answer('a-2');
    expect([...keys].sort()).to.deep.equal(['accept:q-1', 'answer:a-9', 'question:q-1', 'user:u-layla', 'viewer']);
  });

  it('rolls a refused accept back', async () => {
    const { store, adapter } = await loadedStore();
    adapter.failWith = new MajlisError('forbidden', 'Only the asker or staff can accept');
    const error = await acceptAnswer(store, 'a-1', true).catch((e: unknown) => e);
    expect((error as MajlisError).code).to.equal('forbidden');
    expect(store.question('q-1')?.acceptedAnswerId).to.equal(null);
    expect(store.answer('a-1')?.accepted).to.equal(false);
  });

  it('adds a posted answer, counts it and tells subscribers', async () => {
    const { store } = await loadedStore();
    const heard: StoreChange[] = [];
    store.subscribe((change) => heard.push(change));
    const answer = await postAnswer(store, { questionId: 'q-1', body: 'Restart the phone after the APN reset.', language: 'en' });
    expect(store.answer(answer.id)?.body).to.contain('Restart');
    expect(store.question('q-1')?.answerCount).to.equal(3);
    expect(heard.some((c) => c.type === 'answer-posted' && c.answer.id === answer.id)).to.equal(true);
  });

  it('rejects a failed post with the error and keeps nothing half-done', async () => {
    const { store, adapter } = await loadedStore();
    adapter.failWith = new MajlisError('rate-limited', 'Slow down', { retryAfter: 30 });
    const error = await postAnswer(store, { questionId: 'q-1', body: 'Try again later', language: 'en' }).catch((e: unknown) => e);
    expect((error as MajlisError).retryAfter).to.equal(30);
    expect(store.question('q-1')?.answerCount).to.equal(2);
  });

  it('loads a user profile once and shares the request', async () => {
    const { store, adapter } = await loadedStore();
    const [a, b] = await Promise.all([loadUser(store, 'u-layla'), loadUser(store, 'u-layla')]);
    expect(a).to.equal(b);
    expect(a.stats.kudosReceived).to.equal(9);
    expect(adapter.calls.filter((c) => c.method === 'getUser')).to.have.length(1);
  });

  it('forgets a failed shared read so it can be retried', async () => {
    const { store } = await loadedStore();
    const first = await loadUser(store, 'u-nobody').catch((e: unknown) => e);
    expect((first as MajlisError).code).to.equal('not-found');
    const second = await loadUser(store, 'u-nobody').catch((e: unknown) => e);
    expect(second).not.to.equal(first);
  });

  it('reset() empties the cache and announces it', async () => {
    const { store } = await loadedStore();
    let heard: StoreChange | undefined;
    store.subscribe((change) => (heard = change));
    store.reset();
    expect(store.question('q-1')).to.equal(undefined);
    expect(store.currentViewer).to.equal(undefined);
    expect(heard?.type).to.equal('reset');
  });
});

describe('MajlisStore recognition', () => {
  it('reads the leaderboard through the adapter, caching its members, and rejects without the capability', async () => {
    const { RecognitionAdapter } = await import('../helpers/recognition-adapter.js');
    const adapter = new RecognitionAdapter();
    const store = new MajlisStore(adapter);
    const board = await loadLeaderboard(store, { period: 'week' });
    expect(board.entries).to.have.length(4);
    expect(store.user('u-linh')?.name).to.equal('Nguyễn Thị Linh');
    const plain = new MajlisStore(new FakeAdapter());
    const error = await loadLeaderboard(plain).catch((e: unknown) => e);
    expect((error as MajlisError).code).to.equal('unavailable');
  });

  it('fetches the recognition rules once, and null without the capability', async () => {
    const { RecognitionAdapter } = await import('../helpers/recognition-adapter.js');
    const adapter = new RecognitionAdapter();
    const store = new MajlisStore(adapter);
    const [a, b] = await Promise.all([recognitionRules(store), recognitionRules(store)]);
    expect(a).to.equal(b);
    expect(a?.ranks.map((rank) => rank.id)).to.deep.equal(['newcomer', 'member', 'helper', 'expert', 'guru']);
    expect(adapter.calls.filter((call) => call.method === 'getRecognitionRules')).to.have.length(1);
    expect(await recognitionRules(new MajlisStore(new FakeAdapter()))).to.be.null;
  });

  it('names the recognition key when a kudos, an accept, an answer or a question is confirmed, not while pending', async () => {
    const { store, adapter } = await loadedStore();
    const changes: StoreChange[] = [];
    store.subscribe((change) => changes.push(change));
    const reads = new Set<StoreKey>();
    const stop = recordReads(reads);
    const before = store.recognitionRevision;
    stop();
    expect([...reads]).to.deep.equal(['recognition']);
    adapter.autoResolve = false;
    const voting = vote(store, 'answer', 'a-1', true);
    expect(keysOf(changes.at(-1))).to.not.include('recognition');
    await settle();
    adapter.release();
    await voting;
    expect(keysOf(changes.at(-1))).to.include('recognition');
    adapter.autoResolve = true;
    await acceptAnswer(store, 'a-1', true);
    expect(keysOf(changes.at(-1))).to.include('recognition');
    await postAnswer(store, { questionId: 'q-1', body: 'Restart after resetting the APN.', language: 'en' });
    expect(keysOf(changes.at(-1))).to.include('recognition');
    await askQuestion(store, { title: 'Roaming in Morocco', body: 'Is Morocco in my plan?', categoryId: 'network-quality', language: 'en' });
    expect(keysOf(changes.at(-1))).to.include('recognition');
    expect(store.recognitionRevision).to.equal(before + 4);
  });

  it('loads a profile afresh when asked', async () => {
    const adapter = new FakeAdapter();
    const store = new MajlisStore(adapter);
    await loadUser(store, 'u-sam');
    await loadUser(store, 'u-sam');
    await loadUser(store, 'u-sam', { fresh: true });
    expect(adapter.calls.filter((call) => call.method === 'getUser')).to.have.length(2);
  });
});
