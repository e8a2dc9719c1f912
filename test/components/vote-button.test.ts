import type { TemplateResult } from 'lit';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '../helpers/fixture.js';
import { FakeAdapter, deferred, makeAnswer } from '../helpers/fake-adapter.js';
import { mountWith, part } from '../helpers/provider.js';
import { MajlisError } from '../../src/core/adapter.js';
import { defineOnce } from '../../src/core/element.js';
import { MajlisErrorEvent, MajlisLoginRequestEvent, MajlisVoteEvent } from '../../src/core/events.js';
import { en, formattersFor, loadMessages, SUPPORTED_LOCALES } from '../../src/core/i18n/index.js';
import { storeFor } from '../../src/core/store.js';
import type { Answer } from '../../src/core/types.js';
import { MajlisVoteButton } from '../../src/components/vote-button/vote-button.js';

defineOnce('majlis-vote-button', MajlisVoteButton);

const voteButton = (target = 'answer', id = 'a-1') =>
  html`<majlis-vote-button target=${target} target-id=${id}></majlis-vote-button>`;

const mount = (adapter: FakeAdapter, content: TemplateResult = voteButton(), wrap?: (inner: TemplateResult) => TemplateResult) =>
  mountWith<MajlisVoteButton>(adapter, content, 'majlis-vote-button', wrap);

/** Mounts and waits until the button shows the post's count. */
async function mountReady(...args: Parameters<typeof mount>): Promise<MajlisVoteButton> {
  const el = await mount(...args);
  await waitUntil(() => part(el, 'vote-count'), 'the kudos count never appeared');
  return el;
}


const button = (el: MajlisVoteButton) => part(el, 'vote-button') as HTMLButtonElement;
const count = (el: MajlisVoteButton) => part(el, 'vote-count')?.textContent ?? '';
const voteCalls = (adapter: FakeAdapter) => adapter.calls.filter((c) => c.method === 'vote');

describe('<majlis-vote-button>', () => {
  it('shows the count and whether the viewer gave kudos', async () => {
    const adapter = new FakeAdapter();
    adapter.answers[0] = makeAnswer({ voteCount: 12, viewerHasVoted: true });
    const el = await mountReady(adapter);
    expect(count(el)).to.equal('12');
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
    expect(button(el).getAttribute('aria-label')).to.equal('Give kudos, 12 kudos');
    expect(button(el).querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(el.matches(':state(voted)')).to.equal(true);
    expect(el.matches(':state(pending)')).to.equal(false);
  });

  it('announces the saved result with the new count, in the reader’s language (LTR and RTL)', async () => {
    const adapter = new FakeAdapter();
    const el = await mountReady(adapter);
    const status = () => el.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim();
    expect(status(), 'announced before any kudos').to.equal('');
    button(el).click();
    await waitUntil(() => status() === 'Kudos given, 6 kudos now', `announced “${status()}”`);
    button(el).click();
    await waitUntil(() => status() === 'Kudos taken back, 5 kudos now', `announced “${status()}”`);
    await expect(el).to.be.accessible();

    await loadMessages('ar');
    const arabic = await mountReady(new FakeAdapter(), voteButton(), (inner) => html`<div lang="ar" dir="rtl">${inner}</div>`);
    button(arabic).click();
    // A bare `ar` writes Latin digits in every engine (README, "Digits").
    const announced = () => arabic.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim();
    await waitUntil(() => announced() === 'سُجّل إعجابك، والمجموع الآن 6 إعجابات', 'no Arabic announcement');
    await expect(arabic).to.be.accessible();
  });

  it('announces nothing when the kudos fails (the error says it)', async () => {
    const adapter = new FakeAdapter();
    adapter.failWith = new MajlisError('network', 'offline');
    const el = await mountReady(adapter);
    button(el).click();
    await waitUntil(() => part(el, 'vote-error')?.textContent?.trim(), 'no error shown');
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim()).to.equal('');
  });

  it('works for questions too', async () => {
    const adapter = new FakeAdapter();
    const el = await mountReady(adapter, voteButton('question', 'q-1'));
    expect(count(el)).to.equal('3');
    button(el).click();
    await oneEvent<MajlisVoteEvent>(el, MajlisVoteEvent.type);
    expect(voteCalls(adapter).map((c) => c.args[0])).to.deep.equal([{ target: 'question', id: 'q-1', voted: true }]);
  });

  it('changes the count at once, then fires majlis-vote when the adapter confirms', async () => {
    const adapter = new FakeAdapter();
    adapter.autoResolve = false;
    const el = await mountReady(adapter);
    expect(count(el)).to.equal('5');
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');

    button(el).click();
    await el.updateComplete;
    expect(count(el)).to.equal('6');
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
    expect(button(el).getAttribute('aria-label')).to.equal('Give kudos, 6 kudos');
    expect(button(el).getAttribute('aria-busy')).to.equal('true');
    expect(el.matches(':state(pending)')).to.equal(true);
    expect(el.matches(':state(voted)')).to.equal(true);

    const voted = oneEvent<MajlisVoteEvent>(el, MajlisVoteEvent.type);
    await waitUntil(() => adapter.waiting === 1, 'the vote never reached the adapter');
    adapter.release();
    const event = await voted;
    expect(event).to.be.instanceOf(MajlisVoteEvent);
    expect(event.detail).to.deep.equal({ target: 'answer', id: 'a-1', voted: true, voteCount: 6 });
    await el.updateComplete;
    expect(button(el).hasAttribute('aria-busy')).to.equal(false);
    expect(el.matches(':state(pending)')).to.equal(false);
  });

  it('takes kudos back on a second click', async () => {
    const adapter = new FakeAdapter();
    const el = await mountReady(adapter);
    button(el).click();
    await oneEvent<MajlisVoteEvent>(el, MajlisVoteEvent.type);
    const undone = oneEvent<MajlisVoteEvent>(el, MajlisVoteEvent.type);
    button(el).click();
    expect((await undone).detail).to.deep.equal({ target: 'answer', id: 'a-1', voted: false, voteCount: 5 });
    await el.updateComplete;
    expect(count(el)).to.equal('5');
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    expect(el.matches(':state(voted)')).to.equal(false);
  });

  it('rolls back a refused vote, says why and fires majlis-error', async () => {
    const adapter = new FakeAdapter();
    adapter.autoResolve = false;
    adapter.failWith = new MajlisError('network', 'offline');
    const el = await mountReady(adapter);
    expect(part(el, 'vote-error')!.textContent.trim()).to.equal('');

    button(el).click();
    await el.updateComplete;
    expect(count(el)).to.equal('6');
    const failed = oneEvent<MajlisErrorEvent>(el, MajlisErrorEvent.type);
    await waitUntil(() => adapter.waiting === 1);
    adapter.release();
    const event = await failed;
    expect(event.detail.operation).to.equal('vote');
    expect(event.detail.error.code).to.equal('network');
    await el.updateComplete;
    expect(count(el)).to.equal('5');
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    const message = part(el, 'vote-error')!;
    expect(message.getAttribute('role')).to.equal('alert');
    expect(message.textContent.trim()).to.equal(en.error.network);

    // The next attempt clears the message.
    adapter.failWith = null;
    adapter.autoResolve = true;
    button(el).click();
    await oneEvent<MajlisVoteEvent>(el, MajlisVoteEvent.type);
    await el.updateComplete;
    expect(part(el, 'vote-error')!.textContent.trim()).to.equal('');
    expect(count(el)).to.equal('6');
  });

  it('is unavailable on the viewer’s own post, stays focusable and says why', async () => {
    const adapter = new FakeAdapter();
    adapter.viewer = structuredClone(adapter.answers[1].author); // a-2 is the viewer's own answer
    const el = await mountReady(adapter, voteButton('answer', 'a-2'));
    const btn = button(el);
    expect(btn.getAttribute('aria-disabled')).to.equal('true');
    expect(btn.disabled).to.equal(false);
    expect(btn.title).to.equal(en.vote.ownPost);
    const description = el.shadowRoot!.getElementById(btn.getAttribute('aria-describedby')!);
    expect(description?.textContent).to.equal(en.vote.ownPost);
    btn.focus();
    expect(el.shadowRoot!.activeElement === btn, "the button keeps focus").to.equal(true);

    let loginRequested = false;
    el.addEventListener(MajlisLoginRequestEvent.type, () => (loginRequested = true));
    btn.click();
    await aTimeout(20);
    expect(voteCalls(adapter)).to.have.length(0);
    expect(loginRequested).to.equal(false);
    expect(count(el)).to.equal('1');
    expect(btn.getAttribute('aria-pressed')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('gives a general reason when a signed-in viewer may not vote for another reason', async () => {
    const adapter = new FakeAdapter();
    const el = await mountReady(adapter, voteButton('answer', 'a-2')); // not the viewer's, but viewerCan.vote is false
    expect(button(el).getAttribute('aria-disabled')).to.equal('true');
    expect(button(el).title).to.equal(en.vote.notAllowed);
    button(el).click();
    await aTimeout(20);
    expect(voteCalls(adapter)).to.have.length(0);
  });

  it('asks an anonymous viewer to sign in and changes nothing', async () => {
    const adapter = new FakeAdapter();
    adapter.viewer = null;
    adapter.answers[0].viewerCan.vote = false;
    const el = await mountReady(adapter);
    expect(button(el).hasAttribute('aria-disabled')).to.equal(false);
    expect(button(el).hasAttribute('title')).to.equal(false);

    const requested = oneEvent<MajlisLoginRequestEvent>(el, MajlisLoginRequestEvent.type);
    button(el).click();
    const event = await requested;
    expect(event.detail.reason).to.equal('vote');
    expect(event.cancelable).to.equal(true);
    await aTimeout(20);
    expect(voteCalls(adapter)).to.have.length(0);
    expect(count(el)).to.equal('5');
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
  });

  describe('resuming after the sign-in it asked for', () => {
    /** An anonymous viewer on a post they may not vote on yet; `signIn()` makes them a member who may. */
    async function anonymous(voted = false) {
      const adapter = new FakeAdapter();
      adapter.viewer = null;
      adapter.answers[0].viewerCan.vote = false;
      const el = await mountReady(adapter);
      const signIn = () => {
        adapter.viewer = { ...adapter.answers[1].author, id: 'u-member', name: 'Member' };
        adapter.answers[0].viewerCan.vote = true;
        adapter.answers[0].viewerHasVoted = voted;
      };
      return { adapter, el, signIn };
    }

    async function press(el: MajlisVoteButton): Promise<MajlisLoginRequestEvent> {
      const requested = oneEvent<MajlisLoginRequestEvent>(el, MajlisLoginRequestEvent.type);
      button(el).focus();
      button(el).click();
      return requested;
    }

    it('gives the kudos once the host signed the viewer in, and focus stays on the button', async () => {
      const { adapter, el, signIn } = await anonymous();
      const event = await press(el);
      signIn();
      const voted = oneEvent<MajlisVoteEvent>(el, MajlisVoteEvent.type);
      await event.detail.signedIn();
      expect((await voted).detail).to.include({ id: 'a-1', voted: true, voteCount: 6 });
      expect(voteCalls(adapter).map((c) => c.args[0])).to.deep.equal([{ target: 'answer', id: 'a-1', voted: true }]);
      await el.updateComplete;
      expect(count(el)).to.equal('6');
      expect(button(el).getAttribute('aria-pressed')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal(button(el));
    });

    it('resumes when the host reads the viewer again itself (store.refreshViewer)', async () => {
      const { adapter, el, signIn } = await anonymous();
      await press(el);
      signIn();
      await storeFor(adapter).refreshViewer();
      expect(voteCalls(adapter)).to.have.length(1);
    });

    it('does not take back kudos the member had already given', async () => {
      const { adapter, el, signIn } = await anonymous(true);
      const event = await press(el);
      signIn();
      await event.detail.signedIn();
      await el.updateComplete;
      expect(voteCalls(adapter)).to.have.length(0);
      expect(button(el).getAttribute('aria-pressed')).to.equal('true');
    });

    it('does nothing after a cancelled sign-in, and focus returns to the button', async () => {
      const { adapter, el } = await anonymous();
      const event = await press(el);
      button(el).blur();
      event.detail.cancelled();
      expect(el.shadowRoot!.activeElement).to.equal(button(el));
      await storeFor(adapter).refreshViewer(); // still anonymous, and the request was forgotten
      await event.detail.signedIn(); // too late: the sign-in ended
      expect(voteCalls(adapter)).to.have.length(0);
      expect(count(el)).to.equal('5');
    });
  });

  it('loads a post that is not cached, with a quiet placeholder meanwhile', async () => {
    const adapter = new FakeAdapter();
    const response = deferred<Answer>();
    adapter.getAnswer = (id: string) => {
      adapter.calls.push({ method: 'getAnswer', args: [id] });
      return response.promise;
    };
    const el = await mount(adapter);
    const placeholder = button(el);
    expect(placeholder.disabled).to.equal(true);
    expect(placeholder.textContent.trim()).to.equal(en.common.loading);
    expect(part(el, 'vote-count')).to.equal(null);

    response.resolve(makeAnswer({ voteCount: 42 }));
    await waitUntil(() => count(el) === '42', 'the loaded count was not shown');
    expect(button(el).disabled).to.equal(false);
    expect(adapter.calls.filter((c) => c.method === 'getAnswer')).to.deep.equal([{ method: 'getAnswer', args: ['a-1'] }]);
    expect(adapter.calls.filter((c) => c.method === 'getViewer')).to.have.length(1);
  });

  it('uses a cached post without asking the adapter again', async () => {
    const adapter = new FakeAdapter();
    await storeFor(adapter).listAnswers('q-1');
    const el = await mountReady(adapter);
    expect(count(el)).to.equal('5');
    expect(adapter.calls.filter((c) => c.method === 'getAnswer')).to.have.length(0);
  });

  it('shows a failed load with a retry that works', async () => {
    const adapter = new FakeAdapter();
    const getAnswer = adapter.getAnswer.bind(adapter);
    let failures = 1;
    adapter.getAnswer = (id: string) =>
      failures-- > 0 ? Promise.reject(new MajlisError('unavailable', 'down for maintenance')) : getAnswer(id);
    const errors: MajlisErrorEvent[] = [];
    const onError = (event: MajlisErrorEvent) => errors.push(event);
    document.addEventListener(MajlisErrorEvent.type, onError);
    try {
      const el = await mount(adapter);
      await waitUntil(() => part(el, 'error'), 'no load error was shown');
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(part(el, 'error')!.textContent).to.contain(en.error.unavailable);
      expect(errors.map((e) => [e.detail.operation, e.detail.error.code])).to.deep.equal([['load', 'unavailable']]);
      await expect(el).to.be.accessible();

      part(el, 'retry-button')!.click();
      await waitUntil(() => count(el) === '5', 'retry did not load the post');
      expect(part(el, 'error')).to.equal(null);
    } finally {
      document.removeEventListener(MajlisErrorEvent.type, onError);
    }
  });

  it('explains a missing data source instead of rendering nothing', async () => {
    const el = await fixture<MajlisVoteButton>(voteButton());
    await waitUntil(() => part(el, 'error'), 'never explained the missing data source', { timeout: 5000 });
    expect(part(el, 'error')!.textContent).to.contain(en.config.noAdapter);
    expect(part(el, 'vote-button')).to.equal(null);
  });

  it('shows the same count in two buttons for the same post', async () => {
    const adapter = new FakeAdapter();
    adapter.autoResolve = false;
    const first = await mountReady(adapter, html`${voteButton()}${voteButton()}`);
    const second = first.parentElement!.querySelectorAll('majlis-vote-button')[1];
    await waitUntil(() => count(second) === '5');

    button(first).click();
    await Promise.all([first.updateComplete, second.updateComplete]);
    expect([count(first), count(second)]).to.deep.equal(['6', '6']);
    expect(button(second).getAttribute('aria-pressed')).to.equal('true');
    expect(second.matches(':state(pending)')).to.equal(true);

    await waitUntil(() => adapter.waiting === 1);
    adapter.release(new MajlisError('conflict', 'changed meanwhile'));
    await waitUntil(() => count(second) === '5', 'the rollback did not reach the second button');
    expect(count(first)).to.equal('5');
    // Only the button the viewer used reports the failure.
    expect(part(first, 'vote-error')!.textContent.trim()).to.equal(en.error.conflict);
    expect(part(second, 'vote-error')!.textContent.trim()).to.equal('');
  });

  it('speaks Arabic, right to left', async () => {
    const adapter = new FakeAdapter();
    adapter.viewer = structuredClone(adapter.answers[1].author);
    const rtl = (inner: TemplateResult) => html`<div lang="ar" dir="rtl">${inner}</div>`;
    const el = await mountReady(adapter, html`${voteButton()}${voteButton('answer', 'a-2')}`, rtl);
    const own = el.parentElement!.querySelectorAll('majlis-vote-button')[1];
    const five = new Intl.NumberFormat('ar-u-nu-latn').format(5);
    await waitUntil(
      () => button(el).getAttribute('aria-label') === `أعجبني، ${five} إعجابات`,
      `the label stayed “${button(el).getAttribute('aria-label')}”`,
    );
    expect(count(el)).to.equal(five);
    await waitUntil(() => part(own, 'vote-count'));
    expect(button(own).title).to.equal('لا يمكنك الإعجاب بمشاركتك');
    expect(getComputedStyle(button(el)).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('writes the visible number into the accessible name in every locale and plural form', async () => {
    for (const locale of SUPPORTED_LOCALES) {
      const msg = await loadMessages(locale);
      const fmt = formattersFor(locale);
      for (const n of [0, 1, 2, 3, 11, 100, 101, 1_000_000]) {
        expect(msg.vote.label(n, fmt), `${locale} ${n}`).to.contain(fmt.number(n));
      }
    }
  });

  it('is accessible left to right', async () => {
    const el = await mountReady(new FakeAdapter());
    await expect(el).to.be.accessible();
    button(el).click();
    await oneEvent<MajlisVoteEvent>(el, MajlisVoteEvent.type);
    await expect(el).to.be.accessible();
  });

  it('is accessible in a dark colour scheme', async () => {
    const adapter = new FakeAdapter();
    adapter.answers[0].viewerHasVoted = true;
    const dark = (inner: TemplateResult) => html`<div style="color-scheme: dark; background: Canvas">${inner}</div>`;
    const el = await mountReady(adapter, voteButton(), dark);
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
  });
});
