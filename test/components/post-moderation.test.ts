import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { expect, html, oneEvent, waitUntil } from '../helpers/fixture.js';
import { textOf } from '../helpers/community.js';
import { FakeAdapter } from '../helpers/fake-adapter.js';
import { ModerationFakeAdapter } from '../helpers/moderation-adapter.js';
import { mountWith, part } from '../helpers/provider.js';
import '../helpers/provider.js';
import { MajlisError } from '../../src/core/adapter.js';
import { FLAG_REASONS } from '../../src/core/moderation.js';
import type { CommunityAdapter } from '../../src/core/adapter.js';
import type { MajlisPost } from '../../src/components/post/post.js';
import type { MajlisPostMenu } from '../../src/components/post-menu/post-menu.js';
import type { MajlisPostEditor } from '../../src/components/post-editor/post-editor.js';
import type { MajlisRevisionHistory } from '../../src/components/revision-history/revision-history.js';
import type { FlagReason, Post } from '../../src/core/types.js';

interface Options {
  lang?: string;
  dir?: string;
}

async function renderPost(adapter: CommunityAdapter, type: 'question' | 'answer', id: string, { lang = 'en', dir = 'ltr' }: Options = {}) {
  const post = await mountWith<MajlisPost>(adapter, html`<majlis-post type=${type} post-id=${id}></majlis-post>`, 'majlis-post', (inner) =>
    html`<div lang=${lang} dir=${dir}>${inner}</div>`,
  );
  await waitUntil(() => post.shadowRoot?.querySelector('article'), `${type} ${id} did not render`);
  await post.updateComplete;
  return post;
}

/** The post once the viewer is known (the "More actions" button depends on it). */
async function renderSignedIn(adapter: CommunityAdapter, type: 'question' | 'answer', id: string, options?: Options) {
  const post = await renderPost(adapter, type, id, options);
  await waitUntil(() => part(post, 'actions-button'), 'no More actions button');
  return post;
}

const trigger = (post: MajlisPost) => part(post, 'actions-button')!;
const menuOf = (post: MajlisPost) => post.shadowRoot!.querySelector<MajlisPostMenu>('majlis-post-menu');
const items = (menu: MajlisPostMenu) => [...menu.shadowRoot!.querySelectorAll<HTMLElement>('[role="menuitem"]')];
const itemTexts = (menu: MajlisPostMenu) => items(menu).map((item) => textOf(item));
/** What has focus inside the menu, by text (elements in failing assertions hang the browser). */
const focusedItem = (menu: MajlisPostMenu) => textOf(menu.shadowRoot!.activeElement);

async function openMenu(post: MajlisPost): Promise<MajlisPostMenu> {
  trigger(post).click();
  await post.updateComplete;
  await waitUntil(() => menuOf(post)?.shadowRoot?.querySelector('[role="menu"]'), 'the menu did not open');
  const menu = menuOf(post)!;
  await menu.updateComplete;
  return menu;
}

async function choose(post: MajlisPost, label: string): Promise<MajlisPostMenu> {
  const menu = await openMenu(post);
  const item = items(menu).find((i) => textOf(i) === label);
  if (!item) throw new Error(`no item ${label} in ${itemTexts(menu).join(', ')}`);
  item.click();
  await menu.updateComplete;
  await post.updateComplete;
  return menu;
}

const dialogOf = (menu: MajlisPostMenu) => menu.shadowRoot!.querySelector('dialog');

async function pickReason(menu: MajlisPostMenu, reason: FlagReason): Promise<void> {
  const radio = menu.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${reason}"]`)!;
  radio.click();
  await menu.updateComplete;
}

async function enterText(host: HTMLElement & { updateComplete: Promise<boolean> }, selector: string, text: string): Promise<void> {
  const field = host.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  field.focus();
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  await host.updateComplete;
}

async function submitFlag(menu: MajlisPostMenu): Promise<void> {
  dialogOf(menu)!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await menu.updateComplete;
}

const callsOf = (adapter: FakeAdapter, method: string) => adapter.calls.filter((c) => c.method === method).map((c) => c.args);

describe('<majlis-post> moderation: More actions', () => {
  it('is not offered to an anonymous reader', async () => {
    const adapter = new ModerationFakeAdapter();
    adapter.viewer = null;
    const post = await renderPost(adapter, 'answer', 'a-1');
    await waitUntil(() => callsOf(adapter, 'getViewer').length > 0);
    await post.updateComplete;
    expect(part(post, 'actions-button')).to.equal(null);
  });

  it('is not offered when the adapter can neither flag nor edit', async () => {
    const adapter = new FakeAdapter();
    adapter.answers[0].viewerCan = { ...adapter.answers[0].viewerCan, flag: true };
    const post = await renderPost(adapter, 'answer', 'a-1');
    await waitUntil(() => callsOf(adapter, 'getViewer').length > 0);
    await post.updateComplete;
    expect(part(post, 'actions-button')).to.equal(null);
  });

  it('opens a menu from a button with aria-haspopup; arrows move, Escape closes and gives focus back', async () => {
    const post = await renderSignedIn(new ModerationFakeAdapter(), 'answer', 'a-2');
    const button = trigger(post);
    expect([button.getAttribute('aria-haspopup'), button.getAttribute('aria-expanded'), button.getAttribute('aria-label')]).to.deep.equal([
      'menu',
      'false',
      'More actions',
    ]);
    button.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => menuOf(post)?.shadowRoot?.querySelector('[role="menu"]'));
    const menu = menuOf(post)!;
    await menu.updateComplete;
    expect(trigger(post).getAttribute('aria-expanded')).to.equal('true');
    expect(itemTexts(menu), 'the author’s own post: no Flag').to.deep.equal(['Edit', 'Delete']);
    await waitUntil(() => focusedItem(menu) === 'Edit', 'the first item gets focus');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedItem(menu)).to.equal('Delete');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedItem(menu), 'wraps around').to.equal('Edit');
    await sendKeys({ press: 'End' });
    expect(focusedItem(menu)).to.equal('Delete');
    await sendKeys({ press: 'Escape' });
    await post.updateComplete;
    await waitUntil(() => post.shadowRoot!.activeElement === trigger(post), 'focus back on More actions');
    expect(trigger(post).getAttribute('aria-expanded')).to.equal('false');
    expect(menu.shadowRoot!.querySelector('[role="menu"]')).to.equal(null);
  });

  it('closes when the viewer clicks elsewhere', async () => {
    const post = await renderSignedIn(new ModerationFakeAdapter(), 'answer', 'a-1');
    const menu = await openMenu(post);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await post.updateComplete;
    await menu.updateComplete;
    expect(menu.shadowRoot!.querySelector('[role="menu"]')).to.equal(null);
  });
});

describe('<majlis-post> moderation: flagging', () => {
  for (const reason of FLAG_REASONS) {
    it(`flags a post for “${reason}”, once the adapter stored it`, async () => {
      const adapter = new ModerationFakeAdapter();
      const post = await renderSignedIn(adapter, 'answer', 'a-1');
      const menu = await openMenu(post);
      expect(itemTexts(menu), 'another member’s post').to.deep.equal(['Flag']);
      items(menu)[0].click();
      await menu.updateComplete;
      await waitUntil(() => dialogOf(menu)?.open, 'the flag dialog did not open');
      await pickReason(menu, reason);
      if (reason === 'other') await enterText(menu, '#note', 'Shares a customer’s SIM number');
      const fired = oneEvent(post, 'majlis-flag');
      await submitFlag(menu);
      const event = await fired;
      expect(event.detail).to.include({ target: 'answer', id: 'a-1', reason });
      expect(event.detail.post.viewerHasFlagged).to.equal(true);
      expect(callsOf(adapter, 'flag')).to.deep.equal([
        [reason === 'other' ? { target: 'answer', id: 'a-1', reason, note: 'Shares a customer’s SIM number' } : { target: 'answer', id: 'a-1', reason }],
      ]);
      await waitUntil(() => !dialogOf(menu), 'the dialog closes');
    });
  }

  it('asks for a reason, and for details when the reason is “Something else”', async () => {
    const adapter = new ModerationFakeAdapter();
    const post = await renderSignedIn(adapter, 'question', 'q-1');
    const menu = await choose(post, 'Flag');
    await waitUntil(() => dialogOf(menu)?.open);
    await submitFlag(menu);
    expect(textOf(dialogOf(menu)!.querySelector('#reason-message'))).to.equal('Choose a reason.');
    await pickReason(menu, 'other');
    await submitFlag(menu);
    const note = menu.shadowRoot!.querySelector('#note')!;
    expect(note.getAttribute('aria-invalid')).to.equal('true');
    expect(textOf(menu.shadowRoot!.querySelector('#note-message'))).to.contain('Say what is wrong');
    expect(menu.shadowRoot!.activeElement?.id).to.equal('note');
    await enterText(menu, '#note', '   ');
    await submitFlag(menu);
    expect(callsOf(adapter, 'flag'), 'blank details are not details').to.deep.equal([]);
    await enterText(menu, '#note', 'Copied from another forum');
    await submitFlag(menu);
    await waitUntil(() => callsOf(adapter, 'flag').length === 1);
  });

  it('flags once: the item then reads “Flagged” and does nothing', async () => {
    const adapter = new ModerationFakeAdapter();
    const post = await renderSignedIn(adapter, 'answer', 'a-1');
    let menu = await choose(post, 'Flag');
    await waitUntil(() => dialogOf(menu)?.open);
    await pickReason(menu, 'spam');
    await submitFlag(menu);
    await waitUntil(() => !dialogOf(menu));
    await waitUntil(() => post.shadowRoot!.activeElement === trigger(post), 'focus back on More actions after the dialog');
    menu = await openMenu(post);
    const [flagged] = items(menu);
    expect([textOf(flagged), flagged.getAttribute('aria-disabled')]).to.deep.equal(['Flagged', 'true']);
    flagged.click();
    await menu.updateComplete;
    expect(dialogOf(menu)).to.equal(null);
    expect(callsOf(adapter, 'flag')).to.have.length(1);
  });

  it('cancels with Escape, sending nothing', async () => {
    const adapter = new ModerationFakeAdapter();
    const post = await renderSignedIn(adapter, 'answer', 'a-1');
    const menu = await choose(post, 'Flag');
    await waitUntil(() => dialogOf(menu)?.open);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogOf(menu), 'Escape closes the dialog');
    await waitUntil(() => post.shadowRoot!.activeElement === trigger(post));
    expect(callsOf(adapter, 'flag')).to.deep.equal([]);
  });

  it('says why a flag was refused, in the dialog, keeping the choice', async () => {
    const adapter = new ModerationFakeAdapter();
    adapter.refuse('flag', new MajlisError('forbidden', 'Suspended', { reason: 'suspended' }));
    const post = await renderSignedIn(adapter, 'answer', 'a-1');
    const menu = await choose(post, 'Flag');
    await waitUntil(() => dialogOf(menu)?.open);
    await pickReason(menu, 'abusive');
    const failed = oneEvent(post, 'majlis-error');
    await submitFlag(menu);
    expect((await failed).detail.operation).to.equal('flag');
    await menu.updateComplete;
    expect(textOf(part(menu, 'error'))).to.equal('Your account is suspended: you can read, but not post, vote or flag.');
    expect(part(menu, 'retry-button'), 'trying again will not help').to.equal(null);
    expect(menu.shadowRoot!.querySelector<HTMLInputElement>('input[value="abusive"]')!.checked).to.equal(true);
  });

  it('takes the post hidden by the flag that reached the threshold', async () => {
    const adapter = new ModerationFakeAdapter();
    adapter.flagThreshold = 1;
    const post = await renderSignedIn(adapter, 'answer', 'a-1');
    const menu = await choose(post, 'Flag');
    await waitUntil(() => dialogOf(menu)?.open);
    await pickReason(menu, 'spam');
    await submitFlag(menu);
    await waitUntil(() => part(post, 'placeholder'), 'the post becomes a placeholder');
    expect(textOf(part(post, 'placeholder'))).to.equal('This post is hidden while moderators review it.');
  });
});

describe('<majlis-post> moderation: editing', () => {
  const editorOf = (post: MajlisPost) => post.shadowRoot!.querySelector<MajlisPostEditor>('majlis-post-editor');

  async function startEditing(post: MajlisPost): Promise<MajlisPostEditor> {
    await choose(post, 'Edit');
    await waitUntil(() => editorOf(post)?.shadowRoot?.querySelector('form'), 'the editor did not open');
    const editor = editorOf(post)!;
    await editor.updateComplete;
    return editor;
  }

  it('swaps an answer’s body for the editor, saves with a note and fires majlis-post-edited', async () => {
    const adapter = new ModerationFakeAdapter();
    const post = await renderSignedIn(adapter, 'answer', 'a-2');
    const editor = await startEditing(post);
    expect(part(post, 'body'), 'the body is replaced').to.equal(null);
    const textarea = editor.shadowRoot!.querySelector<HTMLTextAreaElement>('#body')!;
    expect(textarea.value).to.contain('Switch **Data roaming** off');
    await waitUntil(() => editor.shadowRoot!.activeElement === textarea, 'the text gets focus');
    expect(part(editor, 'tabs'), 'the shared Markdown editor').to.exist;
    await enterText(editor, '#body', 'Switch **Data roaming** on, then reset the APN to `web.nuvo`.');
    await enterText(editor, '#note', 'The APN changed');
    const edited = oneEvent(post, 'majlis-post-edited');
    part(editor, 'save-button')!.click();
    const event = await edited;
    expect(event.detail.post.body).to.contain('web.nuvo');
    expect(callsOf(adapter, 'editPost')).to.deep.equal([
      [{ target: 'answer', id: 'a-2', body: 'Switch **Data roaming** on, then reset the APN to `web.nuvo`.', reason: 'The APN changed' }],
    ]);
    await waitUntil(() => part(post, 'body'), 'the body is back');
    expect(textOf(part(post, 'body'))).to.contain('web.nuvo');
    await waitUntil(() => textOf(post.shadowRoot!.querySelector('[role="status"]')) === 'Your changes were saved.');
    await waitUntil(() => post.shadowRoot!.activeElement === trigger(post), 'focus back on More actions');
    expect(part(post, 'history-button'), 'Edited now opens the history').to.exist;
  });

  it('lets a moderator edit a question’s title and tags', async () => {
    const adapter = new ModerationFakeAdapter();
    adapter.question.viewerCan = { ...adapter.question.viewerCan, edit: true, moderate: true };
    const post = await renderSignedIn(adapter, 'question', 'q-1');
    const editor = await startEditing(post);
    await waitUntil(() => editor.shadowRoot!.activeElement?.id === 'title', 'the title gets focus');
    await enterText(editor, '#title', 'No mobile data after roaming in France');
    await enterText(editor, '#tags', 'roaming, 4g');
    part(editor, 'save-button')!.click();
    await waitUntil(() => callsOf(adapter, 'editPost').length === 1);
    expect(callsOf(adapter, 'editPost')[0][0]).to.deep.include({ title: 'No mobile data after roaming in France', tags: ['roaming', '4g'] });
    await waitUntil(() => textOf(part(post, 'title')) === 'No mobile data after roaming in France');
  });

  it('keeps the text and says when the time to edit has passed', async () => {
    const adapter = new ModerationFakeAdapter();
    adapter.refuse('editPost', new MajlisError('forbidden', 'Edit window passed', { reason: 'edit-window' }));
    const post = await renderSignedIn(adapter, 'answer', 'a-2');
    const editor = await startEditing(post);
    await enterText(editor, '#body', 'A better answer, typed with care.');
    part(editor, 'save-button')!.click();
    await waitUntil(() => part(editor, 'error'), 'the refusal is shown');
    expect(textOf(part(editor, 'error'))).to.equal('The time to edit this post has passed.');
    expect(editor.shadowRoot!.querySelector<HTMLTextAreaElement>('#body')!.value).to.equal('A better answer, typed with care.');
    expect(editorOf(post), 'still editing').to.equal(editor);
  });

  it('checks the text before sending it', async () => {
    const adapter = new ModerationFakeAdapter();
    const post = await renderSignedIn(adapter, 'answer', 'a-2');
    const editor = await startEditing(post);
    await enterText(editor, '#body', ' ');
    part(editor, 'save-button')!.click();
    await editor.updateComplete;
    expect(textOf(part(editor, 'message'))).to.contain('2');
    expect(callsOf(adapter, 'editPost')).to.deep.equal([]);
  });

  it('cancels with Escape, leaving the post as it was', async () => {
    const adapter = new ModerationFakeAdapter();
    const post = await renderSignedIn(adapter, 'answer', 'a-2');
    const editor = await startEditing(post);
    await enterText(editor, '#body', 'Something I changed my mind about');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => part(post, 'body'), 'the body is back');
    expect(textOf(part(post, 'body'))).to.contain('Switch Data roaming off');
    expect(callsOf(adapter, 'editPost')).to.deep.equal([]);
    await waitUntil(() => post.shadowRoot!.activeElement === trigger(post));
  });
});

describe('<majlis-post> moderation: history', () => {
  const historyOf = (post: MajlisPost) => post.shadowRoot!.querySelector<MajlisRevisionHistory>('majlis-revision-history');

  async function editedAdapter(): Promise<ModerationFakeAdapter> {
    const adapter = new ModerationFakeAdapter();
    await adapter.editPost({ target: 'answer', id: 'a-2', body: 'Switch **Data roaming** on and reset the APN.', reason: 'Roaming must be on' });
    adapter.calls = [];
    return adapter;
  }

  async function openHistory(post: MajlisPost): Promise<MajlisRevisionHistory> {
    part(post, 'history-button')!.click();
    await post.updateComplete;
    await waitUntil(() => historyOf(post)?.shadowRoot?.querySelector('[part~="diff"]'), 'the history did not load');
    return historyOf(post)!;
  }

  it('shows a plain “Edited” where the adapter keeps no revisions', async () => {
    const adapter = new FakeAdapter();
    adapter.answers[0].editedAt = '2026-11-02T10:00:00Z';
    const post = await renderPost(adapter, 'answer', 'a-1');
    expect(textOf(post.shadowRoot!.querySelector('.edited'))).to.equal('Edited');
    expect(part(post, 'history-button')).to.equal(null);
  });

  it('lists the revisions and shows what the latest removed and added, for screen readers too', async () => {
    const adapter = await editedAdapter();
    adapter.viewer = null; // readers see the history too
    const post = await renderPost(adapter, 'answer', 'a-2');
    const button = part(post, 'history-button')!;
    expect([textOf(button), button.getAttribute('aria-label')]).to.deep.equal(['Edited', 'Edited: show the edit history']);
    const history = await openHistory(post);
    expect(callsOf(adapter, 'listRevisions')).to.deep.equal([['answer', 'a-2']]);
    expect(history.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    const revisions = [...history.shadowRoot!.querySelectorAll('[part~="revision"]')].map((r) => textOf(r));
    expect(revisions[0]).to.match(/^Revision 2 Edited by Viewer · .+ “Roaming must be on”$/);
    expect(revisions[1]).to.match(/^Original Written by Viewer · /);
    const diff = history.shadowRoot!.querySelector('[part~="diff"]')!;
    expect(textOf(diff.querySelector('del'))).to.equal('Removed: off End of change.');
    expect(textOf(diff.querySelector('ins'))).to.equal('Added: on End of change.');
    expect(diff.textContent, 'the Markdown source, not HTML').to.contain('**Data roaming**');
    history.shadowRoot!.querySelectorAll<HTMLElement>('[part~="revision"]')[1].click();
    await history.updateComplete;
    expect(history.shadowRoot!.querySelector('del, ins'), 'the original has no changes of its own').to.equal(null);
  });

  it('closes with Escape and gives focus back to “Edited”', async () => {
    const adapter = await editedAdapter();
    const post = await renderPost(adapter, 'answer', 'a-2');
    await openHistory(post);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !historyOf(post), 'the history closes');
    await waitUntil(() => post.shadowRoot!.activeElement === part(post, 'history-button'));
  });

  it('says when the history could not be loaded, with a retry', async () => {
    const adapter = await editedAdapter();
    adapter.refuse('listRevisions', new MajlisError('network', 'Offline'));
    const post = await renderPost(adapter, 'answer', 'a-2');
    part(post, 'history-button')!.click();
    await waitUntil(() => historyOf(post)?.shadowRoot?.querySelector('[part~="error"]'));
    const history = historyOf(post)!;
    part(history, 'retry-button')!.click();
    await waitUntil(() => history.shadowRoot!.querySelector('[part~="diff"]'), 'loaded on retry');
  });
});

describe('<majlis-post> moderation: deleting', () => {
  it('deletes the author’s own post after a confirmation, firing majlis-post-deleted', async () => {
    const adapter = new ModerationFakeAdapter();
    const post = await renderSignedIn(adapter, 'answer', 'a-2');
    const menu = await choose(post, 'Delete');
    await waitUntil(() => dialogOf(menu)?.open);
    const dialog = dialogOf(menu)!;
    expect(dialog.getAttribute('role')).to.equal('alertdialog');
    expect(textOf(dialog.querySelector('#delete-title'))).to.equal('Delete this post?');
    await waitUntil(() => textOf(menu.shadowRoot!.activeElement) === 'Cancel', 'focus starts on the safe choice');
    const deleted = oneEvent(post, 'majlis-post-deleted');
    [...dialog.querySelectorAll('button')].find((b) => textOf(b) === 'Delete post')!.click();
    expect((await deleted).detail.post.state).to.equal('deleted');
    expect(callsOf(adapter, 'deletePost')).to.deep.equal([[{ target: 'answer', id: 'a-2' }]]);
    // Its author still sees it, with the status.
    await waitUntil(() => part(post, 'status-banner'));
    expect(textOf(part(post, 'status-banner'))).to.equal('Deleted by its author. Only its author and the moderators can see it.');
    expect(post.shadowRoot!.querySelector('majlis-vote-button'), 'no kudos on a deleted post').to.equal(null);
  });

  it('says why an accepted answer cannot be deleted', async () => {
    const adapter = new ModerationFakeAdapter();
    Object.assign(adapter.answers[1], { accepted: true, acceptedBy: adapter.viewer, acceptedAt: '2026-11-02T00:00:00Z' });
    adapter.answers[1].viewerCan = { ...adapter.answers[1].viewerCan, delete: false };
    const post = await renderSignedIn(adapter, 'answer', 'a-2');
    const menu = await choose(post, 'Delete');
    await waitUntil(() => dialogOf(menu)?.open);
    const dialog = dialogOf(menu)!;
    expect(textOf(dialog.querySelector('#delete-title'))).to.equal('This answer can’t be deleted');
    expect([...dialog.querySelectorAll('button')].map((b) => textOf(b))).to.deep.equal(['Close']);
  });

  it('shows the adapter’s refusal of an accepted answer', async () => {
    const adapter = new ModerationFakeAdapter();
    const post = await renderSignedIn(adapter, 'answer', 'a-2');
    adapter.answers[1].accepted = true; // accepted meanwhile, elsewhere
    const menu = await choose(post, 'Delete');
    await waitUntil(() => dialogOf(menu)?.open);
    [...dialogOf(menu)!.querySelectorAll('button')].find((b) => textOf(b) === 'Delete post')!.click();
    await waitUntil(() => part(menu, 'error'));
    expect(textOf(part(menu, 'error'))).to.equal('An accepted answer can’t be deleted. It has to be unaccepted first.');
  });
});

describe('<majlis-post> moderation: what readers and authors see', () => {
  function withState(adapter: ModerationFakeAdapter, post: Post, changes: Partial<Post>): void {
    Object.assign(post, changes);
    if (changes.state === 'hidden' || changes.state === 'deleted') {
      post.body = '';
      if (post.type === 'question') post.title = '';
    }
    void adapter;
  }

  const moderator = { id: 'u-mod', name: 'Noura (moderator)', role: 'moderator' as const, reputation: 900, joinedAt: '2020-01-01T00:00:00Z' };

  const cases: [string, Partial<Post>, string][] = [
    ['hidden by a moderator, with the reason', { state: 'hidden', moderation: { reason: 'Shares a phone number', by: moderator, at: '2026-11-03T00:00:00Z' } }, 'This post is hidden by a moderator: Shares a phone number'],
    ['hidden by flags, pending review', { state: 'hidden', moderation: { reason: null, by: null, at: '2026-11-03T00:00:00Z' } }, 'This post is hidden while moderators review it.'],
    ['deleted by its author', { state: 'deleted', moderation: { reason: null, by: null, at: '2026-11-03T00:00:00Z' } }, 'Deleted by its author.'],
    ['deleted by a moderator, with the reason', { state: 'deleted', moderation: { reason: 'Spam', by: moderator, at: '2026-11-03T00:00:00Z' } }, 'Deleted by a moderator: Spam'],
  ];
  for (const [what, changes, text] of cases) {
    it(`shows readers a placeholder for an answer ${what}, without kudos`, async () => {
      const adapter = new ModerationFakeAdapter();
      adapter.viewer = null;
      withState(adapter, adapter.answers[0], changes);
      const post = await renderPost(adapter, 'answer', 'a-1');
      await waitUntil(() => part(post, 'placeholder'));
      expect(textOf(part(post, 'placeholder'))).to.equal(text);
      expect(post.shadowRoot!.querySelector('majlis-vote-button')).to.equal(null);
      expect(part(post, 'body')).to.equal(null);
    });
  }

  it('gives a hidden question’s placeholder as its heading', async () => {
    const adapter = new ModerationFakeAdapter();
    adapter.viewer = null;
    withState(adapter, adapter.question, cases[0][1]);
    const post = await renderPost(adapter, 'question', 'q-1');
    await waitUntil(() => part(post, 'placeholder'));
    const title = part(post, 'title')!;
    expect([title.getAttribute('role'), textOf(title)]).to.deep.equal(['heading', cases[0][2]]);
    await expect(post).to.be.accessible();
  });

  it('shows the author their pending post with “Awaiting approval”', async () => {
    const adapter = new ModerationFakeAdapter();
    Object.assign(adapter.answers[1], { state: 'pending', moderation: { reason: null, by: null, at: '2026-11-03T00:00:00Z' } });
    const post = await renderSignedIn(adapter, 'answer', 'a-2');
    await waitUntil(() => part(post, 'status-banner'), 'no status banner');
    expect(textOf(part(post, 'status-banner'))).to.equal('Awaiting approval Only its author and the moderators can see it.');
    expect(textOf(part(post, 'body'))).to.contain('Switch Data roaming off');
  });

  it('shows a moderator a hidden post’s content under its status', async () => {
    const adapter = new ModerationFakeAdapter();
    adapter.answers[0] = { ...adapter.answers[0], state: 'hidden', moderation: { reason: null, by: null, at: '2026-11-03T00:00:00Z' } };
    adapter.answers[0].viewerCan = { ...adapter.answers[0].viewerCan, moderate: true };
    const post = await renderSignedIn(adapter, 'answer', 'a-1');
    await waitUntil(() => part(post, 'status-banner'), 'no status banner');
    expect(textOf(part(post, 'status-banner'))).to.contain('This post is hidden while moderators review it.');
    expect(textOf(part(post, 'body'))).to.contain('Switch Data roaming off');
  });
});

describe('<majlis-post> moderation: accessibility', () => {
  for (const [lang, dir] of [
    ['en', 'ltr'],
    ['ar', 'rtl'],
  ] as const) {
    it(`is accessible with the menu, the flag dialog, the editor and the history open (${dir})`, async () => {
      const adapter = new ModerationFakeAdapter();
      await adapter.editPost({ target: 'answer', id: 'a-1', body: 'Switch **Data roaming** on.' });
      const post = await renderSignedIn(adapter, 'answer', 'a-1', { lang, dir });
      let menu = await openMenu(post);
      await expect(post).to.be.accessible();
      const flag = items(menu).find((item) => item.textContent.trim() !== '')!;
      flag.click();
      await menu.updateComplete;
      await waitUntil(() => dialogOf(menu)?.open);
      if (dir === 'rtl') expect(dialogOf(menu)!.getAttribute('dir')).to.equal('rtl');
      await pickReason(menu, 'other');
      await submitFlag(menu);
      await expect(post).to.be.accessible();
      dialogOf(menu)!.close();
      await waitUntil(() => !dialogOf(menu));
      part(post, 'history-button')!.click();
      await waitUntil(() => post.shadowRoot!.querySelector('majlis-revision-history')?.shadowRoot?.querySelector('[part~="diff"]'));
      await expect(post).to.be.accessible();
      post.shadowRoot!.querySelector('majlis-revision-history')!.shadowRoot!.querySelector('dialog')!.close();
      await waitUntil(() => !post.shadowRoot!.querySelector('majlis-revision-history'));
      // The viewer's own answer: the editor.
      const own = await renderSignedIn(adapter, 'answer', 'a-2', { lang, dir });
      menu = await openMenu(own);
      items(menu)[0].click();
      await waitUntil(() => own.shadowRoot!.querySelector('majlis-post-editor')?.shadowRoot?.querySelector('form'));
      await expect(own).to.be.accessible();
    });
  }
});
