import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { expect, html, oneEvent, waitUntil } from '../helpers/fixture.js';
import { demoAdapter } from '../helpers/community.js';
import { FakeAdapter } from '../helpers/fake-adapter.js';
import { ModerationAdapter, noura } from '../helpers/moderation-queue-adapter.js';
import { mountWith, part } from '../helpers/provider.js';
import { MajlisError } from '../../src/core/adapter.js';
import type { CommunityAdapter } from '../../src/core/adapter.js';
import type { MajlisErrorEvent } from '../../src/core/events.js';
import { loadElement } from '../../src/core/lazy.js';
import { storeFor } from '../../src/core/store.js';
import { questionIdFrom } from '../../src/components/moderation-queue/moderation-queue.js';
import type { MajlisModerationQueue } from '../../src/components/moderation-queue/moderation-queue.js';
import { moderate } from '../../src/core/moderating.js';

const TAG = 'majlis-moderation-queue';

before(() => Promise.all([loadElement(TAG), loadElement('majlis-user-card'), loadElement('majlis-relative-time')]));

const ltr = (inner: TemplateResult) => html`<div lang="en" dir="ltr">${inner}</div>`;
const rtl = (inner: TemplateResult) => html`<div lang="ar" dir="rtl">${inner}</div>`;
const dark = (inner: TemplateResult) => html`<div lang="en" style="color-scheme: dark; background: Canvas; color: CanvasText">${inner}</div>`;

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const all = (el: MajlisModerationQueue, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const items = (el: MajlisModerationQueue) => all(el, '[part~="item"]');
const item = (el: MajlisModerationQueue, key: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="item"][data-key="${key}"]`)!;
const keys = (el: MajlisModerationQueue) => items(el).map((row) => row.dataset.key);
const tabs = (el: MajlisModerationQueue) => all(el, '[role="tab"]');
const button = (scope: Element, action: string) => scope.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
const announced = (el: MajlisModerationQueue) => text(el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]'));
const focusedKey = (el: MajlisModerationQueue) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.key ?? 'nothing';

/** Resolves once the queue shows a settled state: items, an empty tab, a notice or an error. */
async function settled(el: MajlisModerationQueue): Promise<void> {
  await waitUntil(
    () =>
      part(el, 'queue')?.getAttribute('aria-busy') === 'false' &&
      !el.shadowRoot!.querySelector('.skeleton') &&
      (items(el).length > 0 || part(el, 'audit-log') || part(el, 'empty') || part(el, 'notice') || part(el, 'unsupported') || part(el, 'error')),
    'the queue did not settle',
  );
  await el.updateComplete;
}

async function mount(
  adapter: CommunityAdapter = new ModerationAdapter(),
  content: TemplateResult = html`<majlis-moderation-queue></majlis-moderation-queue>`,
  wrap = ltr,
): Promise<MajlisModerationQueue> {
  const el = await mountWith<MajlisModerationQueue>(adapter, content, TAG, wrap);
  await settled(el);
  return el;
}

function enter(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.focus();
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
}

async function submit(el: MajlisModerationQueue, scope: Element): Promise<void> {
  scope.querySelector<HTMLButtonElement>('[part~="action-form"] button[type="submit"]')!.click();
  await el.updateComplete;
}

describe('<majlis-moderation-queue>', () => {
  it('shows a reported post in context: its question, author with role and reputation, body, flags with reasons and notes', async () => {
    const adapter = new ModerationAdapter();
    const el = await mount(adapter, html`<majlis-moderation-queue href-pattern="/community/q/{id}"></majlis-moderation-queue>`);
    expect(text(part(el, 'heading'))).to.equal('Moderation');
    expect(adapter.queueQueries[0]).to.deep.equal({ tab: 'reported', limit: 20, cursor: null });
    expect(keys(el)).to.deep.equal(['answer:a-9', 'question:q-2']);
    const spam = item(el, 'answer:a-9');
    expect(spam.getAttribute('aria-label')).to.equal('Answer: Mobile data stopped working after roaming in France');
    const link = spam.querySelector<HTMLAnchorElement>('a[part~="title-link"]')!;
    expect(link.getAttribute('href')).to.equal('/community/q/q-1');
    // This adapter sends Markdown alone (no bodyHtml): the body is formatted once the parser (a lazy chunk) is there.
    await waitUntil(() => spam.querySelector('[part~="body"] strong'), 'the body is formatted');
    expect(text(spam.querySelector('[part~="body"]'))).to.contain('Cheap unlocked phones at unlock-now.example');
    expect(spam.querySelector('[part~="body"] strong') !== null, 'Markdown').to.be.true; // through markdown()
    const chip = spam.querySelector('majlis-user-card')!;
    await chip.updateComplete;
    expect(text(chip.shadowRoot!.querySelector('[part~="name"]'))).to.equal('Wouter Peeters');
    expect(text(spam.querySelector('.byline'))).to.contain('0 points');
    const flags = spam.querySelector('[part~="flags"]')!;
    // Named by its heading, and no landmark: every item of the queue has such a list.
    const list = flags.querySelector('ul')!;
    expect(text((flags.getRootNode() as ShadowRoot).getElementById(list.getAttribute('aria-labelledby')!))).to.equal('2 flags');
    expect(flags.matches('section, [role="region"], [aria-label]'), 'the flags are a landmark').to.equal(false);
    expect([...flags.querySelectorAll('[part~="flag"] strong')].map(text)).to.deep.equal(['Spam', 'Spam']);
    expect(text(flags.querySelector('.note'))).to.equal('Advertising, same text in three threads');
    expect(text(flags)).to.contain('by Noura Al-Shamsi');
    await waitUntil(() => tabs(el).every((tab, i) => i === 3 || tab.querySelector('[part~="tab-count"]')), 'no tab counts');
    expect(tabs(el).map(text)).to.deep.equal(['Reported 2', 'Awaiting approval 1', 'Hidden 1', 'Audit log']);
    expect(tabs(el)[0].getAttribute('aria-selected')).to.equal('true');
    expect(part(el, 'panel')!.getAttribute('aria-labelledby')).to.equal('tab-reported');
  });

  it('collapses a long post behind "Show more"', async () => {
    const adapter = new ModerationAdapter();
    adapter.queue.reported[0].answer!.body = 'Roaming tip. '.repeat(60);
    const el = await mount(adapter);
    const spam = item(el, 'answer:a-9');
    const body = spam.querySelector('[part~="body"]')!;
    expect(body.classList.contains('collapsed')).to.be.true;
    const more = spam.querySelector<HTMLButtonElement>('button.more')!;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.click();
    await el.updateComplete;
    expect(body.classList.contains('collapsed')).to.be.false;
    expect(text(more)).to.equal('Show less');
  });

  it('switches tabs with the arrow keys, reflecting `tab`, and mirrors them in right-to-left text', async () => {
    const adapter = new ModerationAdapter();
    const el = await mount(adapter);
    tabs(el)[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await settled(el);
    expect(el.getAttribute('tab')).to.equal('pending');
    expect(keys(el)).to.deep.equal(['question:q-3']);
    expect(el.shadowRoot!.activeElement?.id).to.equal('tab-pending');
    expect(text(item(el, 'question:q-3').querySelector('[part~="state-badge"]'))).to.equal('Awaiting approval');
    await sendKeys({ press: 'End' });
    await settled(el);
    expect(el.tab).to.equal('audit');
    await sendKeys({ press: 'Home' });
    await settled(el);
    expect(el.tab).to.equal('reported');

    const arabic = await mount(new ModerationAdapter(), undefined, rtl);
    tabs(arabic)[0].focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settled(arabic);
    expect(arabic.tab).to.equal('pending');
  });

  it('lists the hidden tab and a category only', async () => {
    const adapter = new ModerationAdapter();
    const el = await mount(adapter, html`<majlis-moderation-queue tab="hidden" category="network-quality"></majlis-moderation-queue>`);
    expect(adapter.queueQueries[0]).to.deep.equal({ tab: 'hidden', categoryId: 'network-quality', limit: 20, cursor: null });
    const hidden = item(el, 'answer:a-7');
    expect(text(hidden.querySelector('[part~="moderation"]'))).to.contain('Hidden automatically, after reaching the flag limit');
    expect(hidden.querySelector('[part~="body"]')!.getAttribute('dir')).to.equal('rtl');
  });

  it('approves a waiting post: calls the adapter, the item leaves, majlis-moderated fires, it is announced and focus moves on', async () => {
    const adapter = new ModerationAdapter();
    const el = await mount(adapter, html`<majlis-moderation-queue tab="pending"></majlis-moderation-queue>`);
    const moderated = oneEvent(el, 'majlis-moderated');
    button(item(el, 'question:q-3'), 'approve').click();
    const { detail } = await moderated;
    expect(detail.input).to.deep.equal({ action: 'approve', target: 'question', id: 'q-3' });
    expect(detail.result.question!.state).to.equal('published');
    await waitUntil(() => part(el, 'empty'), 'the item did not leave');
    expect(text(part(el, 'empty'))).to.equal('No posts are waiting for approval.');
    await waitUntil(() => announced(el) === 'Post approved');
    expect(el.shadowRoot!.activeElement === part(el, 'empty'), 'focus').to.be.true;
    expect(storeFor(adapter).question('q-3')!.state).to.equal('published');
  });

  it('hides a post only with a reason, which goes to the adapter', async () => {
    const adapter = new ModerationAdapter();
    const el = await mount(adapter);
    const spam = item(el, 'answer:a-9');
    button(spam, 'hide').click();
    await el.updateComplete;
    const reason = spam.querySelector<HTMLTextAreaElement>('[part~="action-form"] textarea')!;
    expect(el.shadowRoot!.activeElement === reason, 'focus').to.be.true;
    expect(button(spam, 'hide').getAttribute('aria-expanded')).to.equal('true');
    expect(text(spam.querySelector('.hint'))).to.equal('Readers see “Hidden by a moderator” with this reason.');
    await submit(el, spam);
    expect(adapter.moderated).to.deep.equal([]);
    expect(reason.getAttribute('aria-invalid')).to.equal('true');
    expect(text(spam.querySelector('.field-error'))).to.equal('Please give a reason.');
    enter(reason, '  Advertising for an unlock service  ');
    await submit(el, spam);
    await waitUntil(() => !item(el, 'answer:a-9'), 'the hidden post stayed in the reported tab');
    expect(adapter.moderated).to.deep.equal([{ action: 'hide', target: 'answer', id: 'a-9', reason: 'Advertising for an unlock service' }]);
    expect(focusedKey(el)).to.equal('question:q-2');
    expect(storeFor(adapter).answer('a-9')!.state).to.equal('hidden');
    await waitUntil(() => text(tabs(el)[2]) === 'Hidden 2', 'the counts did not follow');
    expect(text(tabs(el)[0])).to.equal('Reported 1');
  });

  it('refuses a reason over 500 characters', async () => {
    const adapter = new ModerationAdapter();
    const el = await mount(adapter);
    const spam = item(el, 'answer:a-9');
    button(spam, 'delete').click();
    await el.updateComplete;
    enter(spam.querySelector('textarea')!, 'x'.repeat(503));
    await submit(el, spam);
    expect(text(spam.querySelector('.field-error'))).to.equal('The reason is 3 characters too long.');
    expect(adapter.moderated).to.have.length(0);
  });

  it('deletes with a reason, and restores a hidden post', async () => {
    const adapter = new ModerationAdapter();
    const el = await mount(adapter);
    const question = item(el, 'question:q-2');
    button(question, 'delete').click();
    await el.updateComplete;
    enter(question.querySelector('textarea')!, 'Personal data; the member was told to ask again without it');
    await submit(el, question);
    await waitUntil(() => !item(el, 'question:q-2'));
    expect(adapter.moderated.at(-1)).to.deep.equal({ action: 'delete', target: 'question', id: 'q-2', reason: 'Personal data; the member was told to ask again without it' });

    el.tab = 'hidden';
    await waitUntil(() => item(el, 'answer:a-7'), 'the hidden tab did not show');
    button(item(el, 'answer:a-7'), 'restore').click();
    await waitUntil(() => part(el, 'empty'));
    expect(adapter.moderated.at(-1)).to.deep.equal({ action: 'restore', target: 'answer', id: 'a-7' });
  });

  it('dismisses flags', async () => {
    const adapter = new ModerationAdapter();
    const el = await mount(adapter);
    button(item(el, 'question:q-2'), 'dismiss-flags').click();
    await waitUntil(() => !item(el, 'question:q-2'));
    expect(adapter.moderated).to.deep.equal([{ action: 'dismiss-flags', target: 'question', id: 'q-2' }]);
    await waitUntil(() => announced(el) === 'Flags dismissed');
  });

  it('locks and unlocks, pins and unpins the thread; the item stays and every element sees the new state', async () => {
    const adapter = new ModerationAdapter();
    const el = await mount(adapter);
    const spam = () => item(el, 'answer:a-9');
    button(spam(), 'lock').click();
    await waitUntil(() => text(spam().querySelector('.item-head')).includes('Locked'), 'no locked badge');
    expect(adapter.moderated.at(-1)).to.deep.equal({ action: 'lock', target: 'question', id: 'q-1' });
    expect(storeFor(adapter).question('q-1')!.status).to.equal('locked');
    button(spam(), 'unlock').click();
    await waitUntil(() => !text(spam().querySelector('.item-head')).includes('Locked'));
    button(spam(), 'pin').click();
    await waitUntil(() => text(spam().querySelector('.item-head')).includes('Pinned'));
    button(spam(), 'unpin').click();
    await waitUntil(() => !text(spam().querySelector('.item-head')).includes('Pinned'));
    expect(adapter.moderated.map((input) => input.action)).to.deep.equal(['lock', 'unlock', 'pin', 'unpin']);
    expect(keys(el)).to.deep.equal(['answer:a-9', 'question:q-2']);
  });

  it('moves a question to the chosen category', async () => {
    const adapter = new ModerationAdapter();
    const el = await mount(adapter);
    const question = item(el, 'question:q-2');
    button(question, 'move').click();
    await el.updateComplete;
    const select = question.querySelector<HTMLSelectElement>('[part~="action-form"] select')!;
    expect(el.shadowRoot!.activeElement === select, 'focus').to.be.true;
    select.value = 'network-quality';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await submit(el, question);
    await waitUntil(() => adapter.moderated.length === 1);
    expect(adapter.moderated[0]).to.deep.equal({ action: 'move', target: 'question', id: 'q-2', categoryId: 'network-quality' });
  });

  it('marks a duplicate of a question given by id or link, after checking it exists', async () => {
    const adapter = new ModerationAdapter();
    const el = await mount(adapter);
    const question = item(el, 'question:q-2');
    button(question, 'mark-duplicate').click();
    await el.updateComplete;
    const field = question.querySelector<HTMLInputElement>('[part~="action-form"] input')!;
    await submit(el, question);
    expect(text(question.querySelector('.field-error'))).to.equal('Enter the id or link of the original question.');
    enter(field, 'q-2');
    await submit(el, question);
    expect(text(question.querySelector('.field-error'))).to.equal('A question can’t be a duplicate of itself.');
    enter(field, 'q-404');
    await submit(el, question);
    await waitUntil(() => text(question.querySelector('.field-error')) === 'There is no question with this id.');
    expect(adapter.moderated).to.have.length(0);
    enter(field, 'https://nuvo.example/community#/questions/q-1');
    await submit(el, question);
    await waitUntil(() => adapter.moderated.length === 1);
    expect(adapter.moderated[0]).to.deep.equal({ action: 'mark-duplicate', target: 'question', id: 'q-2', duplicateOf: 'q-1' });
    await waitUntil(() => text(item(el, 'question:q-2').querySelector('.item-head')).includes('Duplicate'));
  });

  it('reads a question id from an id or a link', () => {
    expect(questionIdFrom(' q-12 ')).to.equal('q-12');
    expect(questionIdFrom('https://x.example/#/questions/q-7/answers/a-2')).to.equal('q-7');
    expect(questionIdFrom('/community/q/q%2D9')).to.equal('q-9');
  });

  it('suspends the author for a period with a reason', async () => {
    const adapter = new ModerationAdapter();
    const el = await mount(adapter);
    const spam = item(el, 'answer:a-9');
    button(spam, 'suspend').click();
    await el.updateComplete;
    const radios = [...spam.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((radio) => radio.value)).to.deep.equal(['day', 'week', 'month', 'indefinite']);
    expect(radios.find((radio) => radio.checked)!.value).to.equal('week');
    radios[2].click();
    enter(spam.querySelector('textarea')!, 'Repeated advertising');
    const before = Date.now();
    await submit(el, spam);
    await waitUntil(() => adapter.moderated.length === 1);
    const input = adapter.moderated[0];
    expect({ ...input, until: undefined }).to.deep.equal({ action: 'suspend', target: 'user', id: 'u-wouter', reason: 'Repeated advertising', until: undefined });
    const days = (Date.parse(input.until!) - before) / 86_400_000;
    expect(days).to.be.within(29.99, 30.01);
    await waitUntil(() => text(item(el, 'answer:a-9').querySelector('.byline')).includes('Author suspended until'));
  });

  it('suspends indefinitely', async () => {
    const adapter = new ModerationAdapter();
    const el = await mount(adapter);
    const spam = item(el, 'answer:a-9');
    button(spam, 'suspend').click();
    await el.updateComplete;
    spam.querySelector<HTMLInputElement>('input[value="indefinite"]')!.click();
    enter(spam.querySelector('textarea')!, 'Spam account');
    await submit(el, spam);
    await waitUntil(() => adapter.moderated.length === 1);
    expect(adapter.moderated[0].until).to.equal(null);
    await waitUntil(() => text(item(el, 'answer:a-9').querySelector('.byline')).includes('Author suspended indefinitely'));
  });

  it('opens the thread to edit through a cancelable majlis-navigate', async () => {
    const el = await mount();
    const navigated = oneEvent(el, 'majlis-navigate');
    button(item(el, 'answer:a-9'), 'edit').click();
    expect((await navigated).detail).to.deep.equal({ view: 'question', questionId: 'q-1', answerId: 'a-9' });
    const titled = oneEvent(el, 'majlis-navigate');
    item(el, 'question:q-2').querySelector<HTMLButtonElement>('[part~="title-link"]')!.click();
    expect((await titled).detail).to.deep.equal({ view: 'question', questionId: 'q-2' });
  });

  it('keeps the form and the reason when an action fails, says why, and retries', async () => {
    const adapter = new ModerationAdapter();
    adapter.failFor.set('a-9', new MajlisError('network', 'offline'));
    const errors: MajlisErrorEvent[] = [];
    const el = await mount(adapter, html`<majlis-moderation-queue @majlis-error=${(e: MajlisErrorEvent) => errors.push(e)}></majlis-moderation-queue>`);
    const spam = item(el, 'answer:a-9');
    button(spam, 'hide').click();
    await el.updateComplete;
    enter(spam.querySelector('textarea')!, 'Advertising');
    await submit(el, spam);
    await waitUntil(() => spam.querySelector('[part~="item-error"]'), 'no error on the item');
    expect(text(spam.querySelector('[part~="item-error"]'))).to.contain('We couldn’t reach the community.');
    expect(errors.map((e) => [e.detail.error.code, e.detail.operation])).to.deep.equal([['network', 'moderate']]);
    expect(spam.querySelector<HTMLTextAreaElement>('[part~="action-form"] textarea')!.value).to.equal('Advertising');
    adapter.failFor.clear();
    spam.querySelector<HTMLButtonElement>('[part~="item-error"] [part~="retry-button"]')!.click();
    await waitUntil(() => !item(el, 'answer:a-9'), 'the retry did not hide the post');
    expect(adapter.moderated.map((input) => input.reason)).to.deep.equal(['Advertising', 'Advertising']);
  });

  it('acts on a selection with one reason and reports a partial failure on its post', async () => {
    const adapter = new ModerationAdapter();
    adapter.failFor.set('q-2', new MajlisError('forbidden', 'no'));
    const el = await mount(adapter);
    const bar = part(el, 'bulk-bar')!;
    const selectAll = bar.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    selectAll.click();
    await el.updateComplete;
    expect(items(el).every((row) => row.querySelector<HTMLInputElement>('[part~="select"]')!.checked)).to.be.true;
    expect(text(bar)).to.contain('2 selected');
    const hide = [...bar.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === 'Hide')!;
    hide.click();
    await el.updateComplete;
    const form = bar.querySelector('form')!;
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    expect(text(form.querySelector('.field-error'))).to.equal('Please give a reason.');
    enter(form.querySelector('textarea')!, 'Cleaning up a spam wave');
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => keys(el).length === 1, 'the hidden post did not leave');
    expect(adapter.moderated).to.deep.equal([
      { action: 'hide', target: 'answer', id: 'a-9', reason: 'Cleaning up a spam wave' },
      { action: 'hide', target: 'question', id: 'q-2', reason: 'Cleaning up a spam wave' },
    ]);
    const failed = item(el, 'question:q-2');
    expect(text(failed.querySelector('[part~="item-error"]'))).to.equal('You don’t have permission to do that. Try again');
    expect(failed.querySelector<HTMLInputElement>('[part~="select"]')!.checked).to.be.true;
    await waitUntil(() => text(part(el, 'bulk-bar')!.querySelector('.summary')) === 'Done for 1 post. 1 post failed; it says why.');
    expect(focusedKey(el)).to.equal('question:q-2');
    expect(part(el, 'bulk-bar')!.querySelector<HTMLTextAreaElement>('textarea')!.value).to.equal('Cleaning up a spam wave');
  });

  it('approves a selection in the pending tab', async () => {
    const adapter = new ModerationAdapter();
    const el = await mount(adapter, html`<majlis-moderation-queue tab="pending"></majlis-moderation-queue>`);
    item(el, 'question:q-3').querySelector<HTMLInputElement>('[part~="select"]')!.click();
    await el.updateComplete;
    [...part(el, 'bulk-bar')!.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === 'Approve')!.click();
    await waitUntil(() => part(el, 'empty'));
    expect(adapter.moderated).to.deep.equal([{ action: 'approve', target: 'question', id: 'q-3' }]);
  });

  it('works from the keyboard: j/k move, x selects, d dismisses, h asks for a reason, a approves, ? lists the keys', async () => {
    const adapter = new ModerationAdapter();
    const el = await mount(adapter);
    expect(button(item(el, 'answer:a-9'), 'hide').getAttribute('aria-keyshortcuts')).to.equal('h');
    expect(button(item(el, 'answer:a-9'), 'dismiss-flags').getAttribute('aria-keyshortcuts')).to.equal('d');
    tabs(el)[0].focus();
    await sendKeys({ press: 'j' });
    expect(focusedKey(el)).to.equal('answer:a-9');
    await sendKeys({ press: 'j' });
    expect(focusedKey(el)).to.equal('question:q-2');
    await sendKeys({ press: 'k' });
    expect(focusedKey(el)).to.equal('answer:a-9');
    await sendKeys({ press: 'x' });
    await el.updateComplete;
    expect(item(el, 'answer:a-9').querySelector<HTMLInputElement>('[part~="select"]')!.checked).to.be.true;
    await sendKeys({ press: 'h' });
    await el.updateComplete;
    const reason = item(el, 'answer:a-9').querySelector<HTMLTextAreaElement>('textarea')!;
    expect(el.shadowRoot!.activeElement === reason, 'focus').to.be.true;
    await sendKeys({ type: 'jkxad' }); // typed into the reason, not taken as shortcuts
    expect(reason.value).to.equal('jkxad');
    expect(adapter.moderated).to.have.length(0);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(item(el, 'answer:a-9').querySelector('[part~="action-form"]') === null, 'the form closed').to.be.true;
    expect(el.shadowRoot!.activeElement === button(item(el, 'answer:a-9'), 'hide'), 'focus').to.be.true;
    await sendKeys({ press: 'j' });
    await sendKeys({ press: 'd' });
    await waitUntil(() => adapter.moderated.length === 1);
    expect(adapter.moderated[0]).to.deep.equal({ action: 'dismiss-flags', target: 'question', id: 'q-2' });
    await sendKeys({ press: '?' });
    await el.updateComplete;
    const shortcuts = part(el, 'shortcuts') as HTMLDetailsElement;
    expect(shortcuts.open).to.be.true;
    expect([...shortcuts.querySelectorAll('kbd')].map(text)).to.deep.equal(['j', 'k', 'x', 'a', 'h', 'd', '?']);

    const pending = await mount(adapter, html`<majlis-moderation-queue tab="pending"></majlis-moderation-queue>`);
    item(pending, 'question:q-3').focus();
    await sendKeys({ press: 'a' });
    await waitUntil(() => adapter.moderated.length === 2);
    expect(adapter.moderated[1]).to.deep.equal({ action: 'approve', target: 'question', id: 'q-3' });
  });

  it('shows the audit log newest first, paged, and one post’s history', async () => {
    const adapter = new ModerationAdapter();
    const el = await mount(adapter, html`<majlis-moderation-queue tab="audit"></majlis-moderation-queue>`);
    expect(adapter.auditQueries[0]).to.deep.equal({ limit: 20, cursor: null });
    const entries = () => all(el, '[part~="audit-entry"]');
    expect(entries()).to.have.length(20);
    const [first, second] = entries();
    expect(text(first)).to.contain('Moved');
    expect(text(first)).to.contain('Sophie Lambert (Moderator)');
    expect(text(first.querySelector('.details'))).to.equal('From Network quality To customer-care');
    expect(text(second)).to.contain('Hidden');
    expect(text(second)).to.contain('Reason: Advertising');
    expect(text(entries()[4])).to.contain('Hidden by flags');
    expect(text(entries()[4])).to.contain('Automatic');
    (part(el, 'load-more') as HTMLButtonElement).click();
    await waitUntil(() => entries().length === 25, 'no second page');
    expect(adapter.auditQueries[1]).to.deep.equal({ limit: 20, cursor: '20' });
    expect(part(el, 'load-more') === null, 'no more pages').to.be.true;
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.key).to.equal('log-5');

    const queue = await mount(adapter);
    button(item(queue, 'answer:a-9'), 'history').click();
    await settled(queue);
    expect(queue.tab).to.equal('audit');
    expect(adapter.auditQueries.at(-1)).to.deep.equal({ targetId: 'a-9', limit: 20, cursor: null });
    expect(text(part(queue, 'audit-filter'))).to.contain('History of: Mobile data stopped working after roaming in France');
    expect(queue.shadowRoot!.activeElement === part(queue, 'audit-filter'), 'focus').to.be.true;
    (part(queue, 'audit-filter')!.querySelector('button') as HTMLButtonElement).click();
    await waitUntil(() => adapter.auditQueries.at(-1)!.targetId === undefined);
  });

  it('refreshes the audit log after an action', async () => {
    const adapter = new ModerationAdapter();
    const el = await mount(adapter, html`<majlis-moderation-queue tab="audit"></majlis-moderation-queue>`);
    const store = storeFor(adapter);
    await moderate(store, { action: 'lock', target: 'question', id: 'q-1' });
    await waitUntil(() => text(all(el, '[part~="audit-entry"]')[0]) .includes('Locked'), 'the log did not show the new entry');
  });

  it('drops an item acted on elsewhere on the page', async () => {
    const adapter = new ModerationAdapter();
    const el = await mount(adapter);
    await moderate(storeFor(adapter), { action: 'dismiss-flags', target: 'answer', id: 'a-9' });
    await waitUntil(() => keys(el).length === 1);
    expect(keys(el)).to.deep.equal(['question:q-2']);
  });

  it('works the in-browser adapter: flagged into the queue, hidden out of it, written to the audit log', async () => {
    const adapter = await demoAdapter('u-noura');
    const answer = (await adapter.listAnswers('q-1')).items.find((a) => a.author.id !== 'u-noura' && a.author.role === 'member')
      ?? (await adapter.listAnswers('q-1')).items.find((a) => a.author.id !== 'u-noura')!;
    await adapter.flag({ target: 'answer', id: answer.id, reason: 'spam', note: 'Links to a reseller' });
    adapter.setViewer('u-sophie');
    const el = await mount(adapter);
    const row = () => item(el, `answer:${answer.id}`);
    await waitUntil(() => row(), 'the flagged answer is not in the reported tab');
    expect(text(row().querySelector('[part~="flags"]'))).to.contain('Links to a reseller');
    button(row(), 'hide').click();
    await el.updateComplete;
    enter(row().querySelector('textarea')!, 'Advertising');
    await submit(el, row());
    await waitUntil(() => !row(), 'the hidden answer stayed in the reported tab');
    expect((await adapter.getAnswer(answer.id)).state).to.equal('hidden');
    el.tab = 'audit';
    await waitUntil(() => text(all(el, '[part~="audit-entry"]')[0]).includes('Advertising'), 'the audit log does not show the action');
    expect(text(all(el, '[part~="audit-entry"]')[0])).to.contain('Sophie Lambert (Moderator)');
  });

  it('asks an anonymous viewer to sign in, then shows the queue', async () => {
    const adapter = new ModerationAdapter();
    adapter.viewer = null;
    const el = await mount(adapter);
    expect(text(part(el, 'notice'))).to.contain('Sign in with a moderator account to work the moderation queue.');
    expect(adapter.queueQueries).to.have.length(0);
    const requested = oneEvent(el, 'majlis-login-request');
    (part(el, 'sign-in-button') as HTMLButtonElement).click();
    const { detail } = await requested;
    expect(detail.reason).to.equal('moderate');
    adapter.viewer = { ...noura, id: 'u-sophie', name: 'Sophie Lambert', role: 'moderator' };
    await detail.signedIn();
    await waitUntil(() => items(el).length === 2, 'the queue did not show after the sign-in');
  });

  it('tells a member that only moderators and staff see the queue', async () => {
    const adapter = new ModerationAdapter();
    adapter.viewer = noura;
    const el = await mount(adapter);
    expect(text(part(el, 'notice'))).to.equal('Only moderators and staff can see the moderation queue.');
    expect(adapter.queueQueries).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('explains that the community has no moderation queue without the capability', async () => {
    const el = await mount(new FakeAdapter());
    expect(text(part(el, 'unsupported'))).to.equal('This community doesn’t have a moderation queue.');
    expect(part(el, 'tabs') === null, 'no tabs').to.be.true;
    await expect(el).to.be.accessible();
  });

  it('shows a localized error with a retry when the queue cannot load', async () => {
    const adapter = new ModerationAdapter();
    adapter.failQueue = new MajlisError('network', 'offline');
    const errors: MajlisErrorEvent[] = [];
    const el = await mount(adapter, html`<majlis-moderation-queue @majlis-error=${(e: MajlisErrorEvent) => errors.push(e)}></majlis-moderation-queue>`);
    expect(text(part(el, 'error'))).to.contain('We couldn’t reach the community.');
    expect(errors[0].detail.operation).to.equal('load');
    adapter.failQueue = null;
    (part(el, 'retry-button') as HTMLButtonElement).click();
    await waitUntil(() => items(el).length === 2, 'the retry did not load the queue');
  });

  it('speaks Arabic, with its plurals', async () => {
    const el = await mount(new ModerationAdapter(), undefined, rtl);
    await waitUntil(() => text(part(el, 'heading')) === 'الإشراف', 'the Arabic texts did not load');
    expect(text(item(el, 'answer:a-9').querySelector('[part~="flags"] .flags-heading'))).to.equal('بلاغان');
    expect(text(tabs(el)[1])).to.contain('بانتظار الموافقة');
  });

  for (const [name, wrap] of [
    ['left-to-right', ltr],
    ['right-to-left', rtl],
    ['a dark colour scheme', dark],
  ] as const) {
    it(`is accessible in ${name}: the queue with a form open and a selection, and the audit log`, async () => {
      const el = await mount(new ModerationAdapter(), undefined, wrap);
      const spam = item(el, 'answer:a-9');
      spam.querySelector<HTMLInputElement>('[part~="select"]')!.click();
      button(spam, 'hide').click();
      await el.updateComplete;
      spam.querySelector<HTMLButtonElement>('[part~="more-actions"]')!.click();
      await el.updateComplete;
      (part(el, 'shortcuts') as HTMLDetailsElement).open = true;
      await expect(el).to.be.accessible();
      const log = await mount(new ModerationAdapter(), html`<majlis-moderation-queue tab="audit"></majlis-moderation-queue>`, wrap);
      await expect(log).to.be.accessible();
    });
  }
});
