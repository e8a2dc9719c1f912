import { expect } from '../helpers/fixture.js';
import { FakeAdapter } from '../helpers/fake-adapter.js';
import { ModerationFakeAdapter } from '../helpers/moderation-adapter.js';
import { MajlisError } from '../../src/core/adapter.js';
import { MajlisStore } from '../../src/core/store.js';
import type { StoreChange, StoreErrorEvent } from '../../src/core/store.js';
import { deletePost, editPost, flagPost, listRevisions } from '../../src/core/moderating.js';

async function loadedStore(adapter = new ModerationFakeAdapter()) {
  const store = new MajlisStore(adapter);
  await store.loadViewer();
  await store.loadQuestion('q-1');
  await store.listAnswers('q-1');
  return { store, adapter };
}

function listen(store: MajlisStore) {
  const changes: StoreChange[] = [];
  const errors: StoreErrorEvent[] = [];
  store.subscribe((change) => changes.push(change));
  store.addEventListener('error', (event) => errors.push(event as StoreErrorEvent));
  const keys = () => changes.flatMap((c) => (c.type === 'reset' ? [] : [...c.keys]));
  return { changes, errors, keys };
}

describe('MajlisStore moderation (flag, editPost, deletePost, revisions)', () => {
  it('flags a post and caches what the adapter returns, naming the post’s key', async () => {
    const { store, adapter } = await loadedStore();
    const { keys } = listen(store);
    const post = await flagPost(store, { target: 'answer', id: 'a-1', reason: 'spam' });
    expect(adapter.calls.at(-1)).to.deep.equal({ method: 'flag', args: [{ target: 'answer', id: 'a-1', reason: 'spam' }] });
    expect(post.viewerHasFlagged).to.equal(true);
    expect(store.answer('a-1')?.viewerHasFlagged).to.equal(true);
    expect(store.answer('a-1')?.viewerCan.flag).to.equal(false);
    expect(keys()).to.include('answer:a-1');
  });

  it('takes a post hidden by the flag that reached the threshold', async () => {
    const { store, adapter } = await loadedStore();
    adapter.flagThreshold = 1;
    await flagPost(store, { target: 'question', id: 'q-1', reason: 'other', note: 'Phone number in the text' });
    expect(store.question('q-1')?.state).to.equal('hidden');
  });

  it('reports a refused flag on the error channel, leaving the post as it was', async () => {
    const { store, adapter } = await loadedStore();
    const { errors } = listen(store);
    adapter.refuse('flag', new MajlisError('forbidden', 'Suspended', { reason: 'suspended' }));
    const failure = await flagPost(store, { target: 'answer', id: 'a-1', reason: 'abusive' }).catch((e: unknown) => e);
    expect(failure).to.be.instanceOf(MajlisError);
    expect(errors.map((e) => [e.operation, e.error.reason])).to.deep.equal([['flag', 'suspended']]);
    expect(store.answer('a-1')?.viewerHasFlagged).to.equal(false);
  });

  it('edits a post (not optimistically) and caches the new text and revision count', async () => {
    const { store, adapter } = await loadedStore();
    adapter.autoResolve = true;
    const { keys } = listen(store);
    const editing = editPost(store, { target: 'answer', id: 'a-2', body: 'Restart the phone, then reset the APN.', reason: 'Clearer' });
    expect(store.answer('a-2')?.body, 'unchanged while the adapter works').to.contain('Switch');
    const post = await editing;
    expect(post.body).to.equal('Restart the phone, then reset the APN.');
    expect(store.answer('a-2')?.revisionCount).to.equal(1);
    expect(store.answer('a-2')?.editedAt).to.be.a('string');
    expect(keys()).to.include('answer:a-2');
  });

  it('edits a question’s title and tags', async () => {
    const { store } = await loadedStore();
    await editPost(store, { target: 'question', id: 'q-1', body: 'My 4G stopped after roaming in France.', title: 'No 4G after roaming', tags: ['roaming'] });
    const question = store.question('q-1')!;
    expect([question.title, question.tags]).to.deep.equal(['No 4G after roaming', ['roaming']]);
  });

  it('reports an edit refused for the edit window with its reason', async () => {
    const { store, adapter } = await loadedStore();
    const { errors } = listen(store);
    adapter.refuse('editPost', new MajlisError('forbidden', 'Too late', { reason: 'edit-window' }));
    await editPost(store, { target: 'answer', id: 'a-2', body: 'New text for the answer.' }).catch(() => undefined);
    expect(errors.map((e) => [e.operation, e.error.reason])).to.deep.equal([['edit-post', 'edit-window']]);
    expect(store.answer('a-2')?.body).to.contain('Switch');
  });

  it('deletes a post, caching the deleted state and telling recognition readers', async () => {
    const { store } = await loadedStore();
    const { keys } = listen(store);
    const before = store.recognitionRevision;
    const post = await deletePost(store, { target: 'answer', id: 'a-2' });
    expect(post.state).to.equal('deleted');
    expect(store.answer('a-2')?.state).to.equal('deleted');
    expect(keys()).to.include.members(['answer:a-2', 'recognition']);
    expect(store.recognitionRevision).to.equal(before + 1);
  });

  it('reports a delete refused for an accepted answer', async () => {
    const { store, adapter } = await loadedStore();
    adapter.answers[1].accepted = true;
    const { errors } = listen(store);
    await deletePost(store, { target: 'answer', id: 'a-2' }).catch(() => undefined);
    expect(errors.map((e) => [e.operation, e.error.code, e.error.reason])).to.deep.equal([['delete-post', 'conflict', 'accepted-answer']]);
  });

  it('reads revisions, oldest first', async () => {
    const { store } = await loadedStore();
    await editPost(store, { target: 'answer', id: 'a-2', body: 'Second version of the answer.' });
    const revisions = await listRevisions(store, 'answer', 'a-2');
    expect(revisions.map((r) => r.number)).to.deep.equal([1, 2]);
    expect(revisions[1].body).to.equal('Second version of the answer.');
  });

  it('says `unavailable` for an adapter without the capability, through the error channel for mutations', async () => {
    const store = new MajlisStore(new FakeAdapter());
    const { errors } = listen(store);
    const flagged = await flagPost(store, { target: 'answer', id: 'a-1', reason: 'spam' }).catch((e: unknown) => e);
    expect((flagged as MajlisError).code).to.equal('unavailable');
    expect(errors.map((e) => e.operation)).to.deep.equal(['flag']);
    const revisions = await listRevisions(store, 'answer', 'a-1').catch((e: unknown) => e);
    expect((revisions as MajlisError).code).to.equal('unavailable');
  });
});
