import '../../src/index.js';
import { expect, html, oneEvent, waitUntil } from '../helpers/fixture.js';
import { textOf } from '../helpers/community.js';
import { loadDemoSeed } from '../helpers/fixture.js';
import { mountWith, part } from '../helpers/provider.js';
import { MemoryAdapter } from '../../src/adapters/memory.js';
import { storeFor } from '../../src/core/store.js';
import type { MajlisThread } from '../../src/components/thread/thread.js';
import type { MajlisAnswerPostedEvent } from '../../src/core/events.js';
import type { MajlisPost } from '../../src/components/post/post.js';
import type { MajlisPostMenu } from '../../src/components/post-menu/post-menu.js';

/** A thread on the in-browser adapter (the demo's community), as `viewerId`. */
async function openThread(adapter: MemoryAdapter): Promise<MajlisThread> {
  const thread = await mountWith<MajlisThread>(adapter, html`<majlis-thread question-id="q-1"></majlis-thread>`, 'majlis-thread');
  await waitUntil(() => thread.shadowRoot!.querySelectorAll('majlis-post[type="answer"]').length >= 4, 'the answers did not load', { timeout: 5000 });
  await customElements.whenDefined('majlis-post');
  return thread;
}

function postOf(thread: MajlisThread, id: string): MajlisPost {
  return thread.shadowRoot!.querySelector<MajlisPost>(`majlis-post[post-id="${id}"]`)!;
}

async function menuFor(post: MajlisPost): Promise<MajlisPostMenu> {
  await waitUntil(() => post.shadowRoot && part(post, 'actions-button'), 'no More actions', { timeout: 5000 });
  part(post, 'actions-button')!.click();
  await waitUntil(() => post.shadowRoot!.querySelector('majlis-post-menu')?.shadowRoot?.querySelector('[role="menu"]'), 'no menu', { timeout: 5000 });
  return post.shadowRoot!.querySelector<MajlisPostMenu>('majlis-post-menu')!;
}

async function chooseItem(post: MajlisPost, label: string): Promise<MajlisPostMenu> {
  const menu = await menuFor(post);
  const item = [...menu.shadowRoot!.querySelectorAll<HTMLElement>('[role="menuitem"]')].find((i) => textOf(i) === label);
  if (!item) throw new Error(`no ${label}`);
  item.click();
  await menu.updateComplete;
  return menu;
}

describe('moderation on the in-browser adapter (a member’s journey)', function () {
  this.timeout(30_000); // the first test also fetches the menu's, the editor's and the history's modules
  it('flags another member’s answer; at the threshold it is hidden for review', async () => {
    const adapter = new MemoryAdapter({ seed: await loadDemoSeed(), viewerId: 'u-noura', moderation: { flagThreshold: 1 } });
    const thread = await openThread(adapter);
    const answer = postOf(thread, 'a-1');
    const menu = await chooseItem(answer, 'Flag');
    await waitUntil(() => menu.shadowRoot!.querySelector('dialog')?.open);
    menu.shadowRoot!.querySelector<HTMLInputElement>('input[value="off-topic"]')!.click();
    const flagged = Promise.race([oneEvent(answer, 'majlis-flag'), oneEvent(answer, 'majlis-error')]);
    menu.shadowRoot!.querySelector<HTMLButtonElement>('dialog button[type="submit"]')!.click();
    const event = await flagged;
    expect(event.type, String((event.detail as { error?: Error }).error?.message)).to.equal('majlis-flag');
    expect((event.detail as { post: { state: string } }).post.state).to.equal('hidden');
    await waitUntil(() => part(answer, 'placeholder'), 'the answer is hidden');
    expect(textOf(part(answer, 'placeholder'))).to.equal('This post is hidden while moderators review it.');
  });

  it('answers, edits the answer with a note, reads its history, deletes it; readers then see the placeholder', async () => {
    const adapter = new MemoryAdapter({ seed: await loadDemoSeed(), viewerId: 'u-noura' });
    const thread = await openThread(adapter);
    const composer = thread.shadowRoot!.querySelector('majlis-composer')!;
    await waitUntil(() => composer.shadowRoot?.querySelector('textarea'), 'no composer', { timeout: 5000 });
    const field = composer.shadowRoot!.querySelector('textarea')!;
    field.value = 'Turn roaming off and on again, then restart the phone.';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await composer.updateComplete;
    const posted = oneEvent(composer, 'majlis-answer-posted');
    composer.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
    const { answer } = ((await posted) as MajlisAnswerPostedEvent).detail;
    await waitUntil(() => postOf(thread, answer.id)?.shadowRoot?.querySelector('article'));
    const mine = postOf(thread, answer.id);

    await chooseItem(mine, 'Edit');
    await waitUntil(() => mine.shadowRoot!.querySelector('majlis-post-editor')?.shadowRoot?.querySelector('#body'), 'no editor', { timeout: 5000 });
    const editor = mine.shadowRoot!.querySelector('majlis-post-editor')!;
    for (const [id, text] of [['body', 'Turn roaming off and on again, then restart the phone and check the APN.'], ['note', 'Added the APN']]) {
      const input = editor.shadowRoot!.getElementById(id) as HTMLInputElement;
      input.value = text;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }
    await editor.updateComplete;
    const edited = oneEvent(mine, 'majlis-post-edited');
    editor.shadowRoot!.querySelector<HTMLButtonElement>('[part~="save-button"]')!.click();
    expect((await edited).detail.post.revisionCount).to.equal(1);

    await waitUntil(() => part(mine, 'history-button'), 'Edited opens the history');
    part(mine, 'history-button')!.click();
    await waitUntil(() => mine.shadowRoot!.querySelector('majlis-revision-history')?.shadowRoot?.querySelector('ins'), 'no diff', { timeout: 5000 });
    const history = mine.shadowRoot!.querySelector('majlis-revision-history')!;
    expect(textOf(history.shadowRoot!.querySelector('ins'))).to.equal('Added: and check the APN End of change.');
    expect(textOf(history.shadowRoot!.querySelector('[part~="revision"]'))).to.contain('“Added the APN”');
    history.shadowRoot!.querySelector('dialog')!.close();
    await waitUntil(() => !mine.shadowRoot!.querySelector('majlis-revision-history'));

    const menu = await chooseItem(mine, 'Delete');
    await waitUntil(() => menu.shadowRoot!.querySelector('dialog')?.open);
    const deleted = oneEvent(mine, 'majlis-post-deleted');
    [...menu.shadowRoot!.querySelectorAll<HTMLButtonElement>('dialog button')].find((b) => textOf(b) === 'Delete post')!.click();
    expect((await deleted).detail.post.state).to.equal('deleted');
    await waitUntil(() => part(mine, 'status-banner'));
    expect(textOf(part(mine, 'status-banner'))).to.contain('Deleted by its author.');

    // An anonymous reader of the same community.
    adapter.setViewer(null);
    storeFor(adapter).reset();
    await waitUntil(() => part(postOf(thread, answer.id), 'placeholder'), 'readers see the placeholder', { timeout: 5000 });
    expect(textOf(part(postOf(thread, answer.id), 'placeholder'))).to.equal('Deleted by its author.');
    expect(part(postOf(thread, answer.id), 'actions-button')).to.equal(null);
  });
});
