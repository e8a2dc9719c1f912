import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { expect, html, loadDemoSeed, waitUntil } from '../helpers/fixture.js';
import { textOf } from '../helpers/community.js';
import { mountWith, part } from '../helpers/provider.js';
import { MemoryAdapter } from '../../src/adapters/memory.js';
import { MajlisError } from '../../src/core/adapter.js';
import type { MajlisPost } from '../../src/components/post/post.js';
import type { MajlisPostMenu } from '../../src/components/post-menu/post-menu.js';
import type { MajlisModerationQueue } from '../../src/components/moderation-queue/moderation-queue.js';
import type { ModerationInput, ModerationResult } from '../../src/core/types.js';

/** The demo's q-30 was handed to customer care by Pieter (staff); q-1 was not. */
const HANDED = 'q-30';
const NOTE = 'Our care team will e-mail you within a working day about this charge.';

async function renderQuestion(adapter: MemoryAdapter, id: string, lang = 'en', dir = 'ltr'): Promise<MajlisPost> {
  const post = await mountWith<MajlisPost>(adapter, html`<majlis-post type="question" post-id=${id}></majlis-post>`, 'majlis-post', (inner) =>
    html`<div lang=${lang} dir=${dir}>${inner}</div>`,
  );
  await waitUntil(() => post.shadowRoot?.querySelector('article'), `question ${id} did not render`, { timeout: 5000 });
  return post;
}

const noticeHost = (post: MajlisPost) => post.shadowRoot!.querySelector('majlis-handoff-notice');
const notice = (post: MajlisPost) => noticeHost(post)?.shadowRoot?.querySelector<HTMLElement>('[part~="handoff-notice"]') ?? null;
const menuOf = (post: MajlisPost) => post.shadowRoot!.querySelector<MajlisPostMenu>('majlis-post-menu');
const dialogOf = (post: MajlisPost) => menuOf(post)?.shadowRoot?.querySelector('dialog') ?? null;
const focusedText = (root: ShadowRoot | null | undefined) => textOf(root?.activeElement ?? null);

/** Opens the question's "More actions" with the keyboard and chooses `label` with the arrow keys and Enter. */
async function chooseWithKeyboard(post: MajlisPost, label: string): Promise<void> {
  await waitUntil(() => part(post, 'actions-button'), 'no More actions', { timeout: 5000 });
  part(post, 'actions-button')!.focus();
  await sendKeys({ press: 'ArrowDown' });
  await waitUntil(() => menuOf(post)?.shadowRoot?.querySelector('[role="menu"]'), 'the menu did not open', { timeout: 5000 });
  const menu = menuOf(post)!;
  await waitUntil(() => focusedText(menu.shadowRoot) !== '', 'no item has focus');
  for (let i = 0; i < 6 && focusedText(menu.shadowRoot) !== label; i++) await sendKeys({ press: 'ArrowDown' });
  expect(focusedText(menu.shadowRoot)).to.equal(label);
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => dialogOf(post)?.open, `the dialog of ${label} did not open`);
}

/** Writes the note as one input, as typing does (WebKit's WebDriver drops spaces and doubled letters when it types). */
function typeNote(menu: Element, text: string): void {
  const field = menu.shadowRoot!.querySelector<HTMLTextAreaElement>('#note')!;
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('<majlis-handoff-notice> in a question', function () {
  this.timeout(20_000); // the first test fetches the notice's and the menu's chunks

  for (const [lang, dir, title] of [
    ['en', 'ltr', 'Handed to customer care'],
    ['ar', 'rtl', 'أُحيل إلى خدمة العملاء'],
  ] as const) {
    it(`shows every reader the care team's note, who and when (${dir})`, async () => {
      const adapter = new MemoryAdapter({ seed: await loadDemoSeed(), viewerId: null });
      const post = await renderQuestion(adapter, HANDED, lang, dir);
      // The reader's language: its texts may arrive after the first render.
      await waitUntil(() => textOf(notice(post)?.querySelector('#title') ?? null) === title, 'no hand-off notice in the language', { timeout: 5000 });
      const shown = notice(post)!;
      expect(shown.getAttribute('role')).to.equal('note');
      expect(shown.getAttribute('dir')).to.equal(dir);
      expect(shown.querySelector('svg'), 'an icon, not colour alone').to.not.equal(null);
      expect(textOf(shown.querySelector('.note'))).to.contain('klantenserviceteam');
      expect(textOf(shown.querySelector('.by'))).to.contain('Nuvo Care – Pieter');
      await expect(post).to.be.accessible();
    });
  }

  it('shows nothing on a question that was not handed over', async () => {
    const adapter = new MemoryAdapter({ seed: await loadDemoSeed(), viewerId: null });
    const post = await renderQuestion(adapter, 'q-1');
    expect(noticeHost(post)).to.equal(null);
  });

  it('lets staff hand a question over from More actions with the keyboard, then give it back', async () => {
    const adapter = new MemoryAdapter({ seed: await loadDemoSeed(), viewerId: 'u-layla' });
    const post = await renderQuestion(adapter, 'q-1');
    await chooseWithKeyboard(post, 'Hand to customer care');
    const menu = menuOf(post)!;
    const dialog = dialogOf(post)!;
    expect(dialog.getAttribute('part')).to.equal('handoff-dialog');
    // An empty note is refused in the form.
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => dialog.querySelector('#note-message'), 'no message for the missing note');
    expect(textOf(dialog.querySelector('#note-message'))).to.equal('Please write a note for readers.');
    expect(menu.shadowRoot!.activeElement?.id, 'focus on the note').to.equal('note');
    typeNote(menu, NOTE); // WebKit's driver drops spaces when it types
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focusedText(menu.shadowRoot)).to.equal('Hand over');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => notice(post), 'the notice did not appear', { timeout: 5000 });
    expect(textOf(notice(post)!.querySelector('.note'))).to.equal(NOTE);
    expect(textOf(notice(post)!.querySelector('.by'))).to.contain('Nuvo Support – Layla');
    await waitUntil(() => post.shadowRoot!.activeElement === part(post, 'actions-button'), 'focus back on More actions');
    expect((await adapter.getQuestion('q-1')).handoff?.note).to.equal(NOTE);

    await chooseWithKeyboard(post, 'Back to the community');
    const back = dialogOf(post)!;
    expect(back.getAttribute('part')).to.equal('return-dialog');
    [...back.querySelectorAll('button')].find((button) => textOf(button) === 'Back to the community')!.click();
    await waitUntil(() => !noticeHost(post), 'the notice did not go', { timeout: 5000 });
    await waitUntil(() => post.shadowRoot!.activeElement === part(post, 'actions-button'), 'focus back on More actions');
    expect((await adapter.getQuestion('q-1')).handoff).to.equal(null);
  });

  it('keeps the note and says why when the hand-over is refused; the question stays as it was', async () => {
    class RefusingAdapter extends MemoryAdapter {
      override moderate(input: ModerationInput): Promise<ModerationResult> {
        return input.action === 'hand-to-care'
          ? Promise.reject(new MajlisError('forbidden', 'Only staff and moderators act'))
          : super.moderate(input);
      }
    }
    const adapter = new RefusingAdapter({ seed: await loadDemoSeed(), viewerId: 'u-layla' });
    const post = await renderQuestion(adapter, 'q-1', 'ar', 'rtl');
    await chooseWithKeyboard(post, 'إحالة إلى خدمة العملاء');
    const menu = menuOf(post)!;
    const dialog = dialogOf(post)!;
    expect(dialog.getAttribute('dir')).to.equal('rtl');
    typeNote(menu, NOTE); // WebKit's driver drops spaces when it types
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => part(menu, 'error'), 'no error', { timeout: 5000 });
    expect(textOf(part(menu, 'error'))).to.not.equal('');
    expect(dialog.querySelector('textarea')!.value, 'the note is kept').to.equal(NOTE);
    expect(dialog.open).to.equal(true);
    expect(noticeHost(post), 'no notice').to.equal(null);
    expect((await adapter.getQuestion('q-1')).handoff).to.equal(null);
    await expect(post).to.be.accessible();
  });

  it('names both actions readably in the moderation queue’s audit log', async () => {
    const adapter = new MemoryAdapter({ seed: await loadDemoSeed(), viewerId: 'u-layla' });
    await adapter.moderate({ action: 'hand-to-care', target: 'question', id: 'q-1', reason: NOTE });
    await adapter.moderate({ action: 'return-from-care', target: 'question', id: 'q-1' });
    const queue = await mountWith<MajlisModerationQueue>(adapter, html`<majlis-moderation-queue tab="audit"></majlis-moderation-queue>`, 'majlis-moderation-queue');
    const entries = () => [...(queue.shadowRoot?.querySelectorAll('[part~="audit-entry"]') ?? [])].map((entry) => textOf(entry));
    await waitUntil(() => entries().length >= 2, 'the audit log did not load', { timeout: 5000 });
    expect(entries()[0]).to.contain('Back to the community');
    expect(entries()[1]).to.contain('Handed to customer care');
    expect(entries()[1]).to.contain(NOTE);
  });
});
