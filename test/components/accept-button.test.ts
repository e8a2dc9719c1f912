import type { TemplateResult } from 'lit';
import { expect, html, oneEvent, waitUntil } from '../helpers/fixture.js';
import { FakeAdapter, deferred, makeAnswer } from '../helpers/fake-adapter.js';
import { mountWith, part } from '../helpers/provider.js';
import { MajlisError } from '../../src/core/adapter.js';
import { defineOnce } from '../../src/core/element.js';
import { MajlisAcceptEvent, MajlisErrorEvent } from '../../src/core/events.js';
import { en } from '../../src/core/i18n/index.js';
import { storeFor } from '../../src/core/store.js';
import type { Answer } from '../../src/core/types.js';
import { MajlisAcceptButton } from '../../src/components/accept-button/accept-button.js';

defineOnce('majlis-accept-button', MajlisAcceptButton);

const acceptButton = (id = 'a-1') => html`<majlis-accept-button answer-id=${id}></majlis-accept-button>`;

const mount = (adapter: FakeAdapter, content: TemplateResult = acceptButton(), wrap?: (inner: TemplateResult) => TemplateResult) =>
  mountWith<MajlisAcceptButton>(adapter, content, 'majlis-accept-button', wrap);

/** Mounts and waits until the button is shown. */
async function mountReady(...args: Parameters<typeof mount>): Promise<MajlisAcceptButton> {
  const el = await mount(...args);
  await waitUntil(() => part(el, 'accept-button'), 'the accept button never appeared');
  return el;
}


const button = (el: MajlisAcceptButton) => part(el, 'accept-button') as HTMLButtonElement;
const label = (el: MajlisAcceptButton) => button(el).textContent.trim();
const announced = (el: MajlisAcceptButton) => el.shadowRoot!.querySelector('[role="status"]')?.textContent ?? '';
const acceptCalls = (adapter: FakeAdapter) => adapter.calls.filter((c) => c.method === 'acceptAnswer');

describe('<majlis-accept-button>', () => {
  it('is shown to a viewer allowed to accept', async () => {
    const el = await mountReady(new FakeAdapter());
    expect(el.hidden).to.equal(false);
    expect(label(el)).to.equal(en.accept.mark);
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    expect(button(el).querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(el.matches(':state(accepted)')).to.equal(false);
  });

  it('shows an accepted answer as pressed, with the way back', async () => {
    const adapter = new FakeAdapter();
    adapter.answers[0] = makeAnswer({ accepted: true });
    const el = await mountReady(adapter);
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
    expect(label(el)).to.equal(en.accept.unmark);
    expect(el.matches(':state(accepted)')).to.equal(true);
  });

  it('renders nothing and hides itself without the accept permission', async () => {
    const adapter = new FakeAdapter();
    adapter.answers[0].viewerCan.accept = false;
    const el = await mount(adapter);
    const store = storeFor(adapter);
    await waitUntil(() => store.answer('a-1') && store.currentViewer, 'the answer and viewer never loaded');
    await el.updateComplete;
    expect(el.hidden).to.equal(true);
    expect(part(el, 'accept-button')).to.equal(null);
    expect(el.shadowRoot!.children).to.have.length(0);
  });

  it('never shows to an anonymous viewer', async () => {
    const adapter = new FakeAdapter();
    adapter.viewer = null;
    adapter.answers[0].viewerCan.accept = false;
    await storeFor(adapter).listAnswers('q-1');
    await storeFor(adapter).loadViewer();
    const el = await mount(adapter);
    expect(el.hidden).to.equal(true);
    expect(part(el, 'accept-button')).to.equal(null);
  });

  it('accepts at once, then fires majlis-accept and announces it when the adapter confirms', async () => {
    const adapter = new FakeAdapter();
    adapter.autoResolve = false;
    const el = await mountReady(adapter);

    button(el).click();
    await el.updateComplete;
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
    expect(label(el)).to.equal(en.accept.unmark);
    expect(button(el).getAttribute('aria-busy')).to.equal('true');
    expect(el.matches(':state(accepted)')).to.equal(true);
    expect(el.matches(':state(pending)')).to.equal(true);
    expect(announced(el)).to.equal('');

    const accepted = oneEvent<MajlisAcceptEvent>(el, MajlisAcceptEvent.type);
    await waitUntil(() => adapter.waiting === 1, 'the accept never reached the adapter');
    adapter.release();
    const event = await accepted;
    expect(event).to.be.instanceOf(MajlisAcceptEvent);
    expect(event.detail).to.deep.equal({ questionId: 'q-1', answerId: 'a-1', accepted: true });
    expect(acceptCalls(adapter).map((c) => c.args[0])).to.deep.equal([{ answerId: 'a-1', accepted: true }]);
    await waitUntil(() => announced(el) === en.accept.marked, 'the accept was not announced');
    expect(button(el).hasAttribute('aria-busy')).to.equal(false);
    expect(el.matches(':state(pending)')).to.equal(false);
  });

  it('undoes an accept', async () => {
    const adapter = new FakeAdapter();
    adapter.answers[0] = makeAnswer({ accepted: true });
    adapter.question.acceptedAnswerId = 'a-1';
    const el = await mountReady(adapter);

    const unaccepted = oneEvent<MajlisAcceptEvent>(el, MajlisAcceptEvent.type);
    button(el).click();
    expect((await unaccepted).detail).to.deep.equal({ questionId: 'q-1', answerId: 'a-1', accepted: false });
    await waitUntil(() => announced(el) === en.accept.unmarked, 'the undo was not announced');
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    expect(label(el)).to.equal(en.accept.mark);
    expect(el.matches(':state(accepted)')).to.equal(false);
  });

  it('rolls back a refused accept, says why and fires majlis-error', async () => {
    const adapter = new FakeAdapter();
    adapter.autoResolve = false;
    adapter.failWith = new MajlisError('forbidden', 'only the asker may accept');
    const el = await mountReady(adapter);

    button(el).click();
    await el.updateComplete;
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
    const failed = oneEvent<MajlisErrorEvent>(el, MajlisErrorEvent.type);
    await waitUntil(() => adapter.waiting === 1);
    adapter.release();
    const event = await failed;
    expect(event.detail.operation).to.equal('accept');
    expect(event.detail.error.code).to.equal('forbidden');
    await el.updateComplete;
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    expect(label(el)).to.equal(en.accept.mark);
    const message = part(el, 'accept-error')!;
    expect(message.getAttribute('role')).to.equal('alert');
    expect(message.textContent.trim()).to.equal(en.error.forbidden);
    expect(announced(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('loads an answer that is not cached', async () => {
    const adapter = new FakeAdapter();
    const response = deferred<Answer>();
    adapter.getAnswer = (id: string) => {
      adapter.calls.push({ method: 'getAnswer', args: [id] });
      return response.promise;
    };
    const el = await mount(adapter);
    expect(el.hidden).to.equal(true);
    response.resolve(makeAnswer({ accepted: true }));
    await waitUntil(() => part(el, 'accept-button'), 'the loaded answer was not shown');
    expect(el.hidden).to.equal(false);
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
    expect(adapter.calls.filter((c) => c.method === 'getAnswer')).to.deep.equal([{ method: 'getAnswer', args: ['a-1'] }]);
  });

  it('shows a failed load with a retry that works', async () => {
    const adapter = new FakeAdapter();
    const getAnswer = adapter.getAnswer.bind(adapter);
    let failures = 1;
    adapter.getAnswer = (id: string) =>
      failures-- > 0 ? Promise.reject(new MajlisError('network', 'offline')) : getAnswer(id);
    const el = await mount(adapter);
    await waitUntil(() => part(el, 'error'), 'no load error was shown');
    expect(el.hidden).to.equal(false);
    expect(part(el, 'error')!.textContent).to.contain(en.error.network);

    part(el, 'retry-button')!.click();
    await waitUntil(() => part(el, 'accept-button'), 'retry did not load the answer');
    expect(part(el, 'error')).to.equal(null);
  });

  it('speaks Arabic, right to left', async () => {
    const rtl = (inner: TemplateResult) => html`<div lang="ar" dir="rtl">${inner}</div>`;
    const el = await mountReady(new FakeAdapter(), acceptButton(), rtl);
    await waitUntil(() => label(el) === 'قبول كحل', `the label stayed “${label(el)}”`);
    expect(getComputedStyle(button(el)).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
    button(el).click();
    await waitUntil(() => announced(el) === 'تم قبول الإجابة كحل', 'the Arabic announcement did not come');
    expect(label(el)).to.equal('حل مقبول — تراجع');
  });

  it('is accessible left to right', async () => {
    const el = await mountReady(new FakeAdapter());
    await expect(el).to.be.accessible();
  });

  it('is accessible in a dark colour scheme, accepted', async () => {
    const adapter = new FakeAdapter();
    adapter.answers[0] = makeAnswer({ accepted: true });
    const dark = (inner: TemplateResult) => html`<div style="color-scheme: dark; background: Canvas">${inner}</div>`;
    const el = await mountReady(adapter, acceptButton(), dark);
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
  });
});
