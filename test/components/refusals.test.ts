import '../../src/index.js';
import { expect, html, oneEvent, waitUntil } from '../helpers/fixture.js';
import { textOf } from '../helpers/community.js';
import { FakeAdapter } from '../helpers/fake-adapter.js';
import { ModerationFakeAdapter } from '../helpers/moderation-adapter.js';
import { mountWith, part } from '../helpers/provider.js';
import { MajlisError } from '../../src/core/adapter.js';
import type { MajlisComposer } from '../../src/components/composer/composer.js';
import type { MajlisAskForm } from '../../src/components/ask-form/ask-form.js';
import type { MajlisThread } from '../../src/components/thread/thread.js';
import type { Answer, PostAnswerInput, Viewer } from '../../src/core/types.js';

/** A FakeAdapter whose viewer may carry a suspension. */
class SuspendableAdapter extends FakeAdapter {
  suspension: Viewer['suspension'] = null;
  override getViewer() {
    return super.getViewer().then((viewer) => ({ ...viewer, suspension: this.suspension }));
  }
}

async function mountComposer(adapter: FakeAdapter, dir = 'ltr'): Promise<MajlisComposer> {
  const el = await mountWith<MajlisComposer>(adapter, html`<majlis-composer question-id="q-1"></majlis-composer>`, 'majlis-composer', (inner) =>
    html`<div lang=${dir === 'rtl' ? 'ar' : 'en'} dir=${dir}>${inner}</div>`,
  );
  await customElements.whenDefined('majlis-composer');
  await waitUntil(() => part(el, 'composer'), 'the composer did not load', { timeout: 5000 });
  return el;
}

async function write(el: HTMLElement & { updateComplete: Promise<boolean> }, id: string, text: string): Promise<void> {
  const field = el.shadowRoot!.getElementById(id) as HTMLInputElement | HTMLTextAreaElement;
  field.focus();
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  await el.updateComplete;
}

/** An ask form with a valid question typed in, ready to send. */
async function filledAskForm(adapter: FakeAdapter): Promise<MajlisAskForm> {
  const el = await mountWith<MajlisAskForm>(adapter, html`<majlis-ask-form></majlis-ask-form>`, 'majlis-ask-form');
  await customElements.whenDefined('majlis-ask-form');
  await waitUntil(() => part(el, 'form'), 'the ask form did not load', { timeout: 5000 });
  await write(el, 'title', 'No mobile data after roaming in France');
  await write(el, 'body', 'Since I came back my 4G does not connect.');
  const category = el.shadowRoot!.getElementById('category') as HTMLSelectElement;
  category.value = 'network-quality';
  category.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
  return el;
}

async function post(el: MajlisComposer): Promise<void> {
  part(el, 'submit-button')!.click();
  await waitUntil(() => !el.shadowRoot!.querySelector('form[aria-busy="true"]'));
  await el.updateComplete;
}

const TEXT = 'Dial *177# to see your roaming data bundle.';

describe('refused posts keep the text and say why', () => {
  const cases: [string, MajlisError, string][] = [
    ['posting too often', new MajlisError('rate-limited', 'Too many posts', { retryAfter: 2400 }), 'You’re doing that too often. Please try again in 40 minutes.'],
    [
      'too many links for a new member',
      new MajlisError('invalid', 'Too many links', { field: 'body', reason: 'too-many-links' }),
      'New members can only put a few links in a post. Remove some links and try again.',
    ],
    ['the same text again', new MajlisError('conflict', 'Duplicate', { reason: 'duplicate' }), 'You just posted the same text. Change it, or wait a while before posting it again.'],
  ];
  for (const [what, error, text] of cases) {
    it(`in the composer: ${what}`, async () => {
      const adapter = new FakeAdapter();
      const el = await mountComposer(adapter);
      await write(el, 'body', TEXT);
      adapter.failWith = error;
      const failed = oneEvent(el, 'majlis-error');
      await post(el);
      expect((await failed).detail.operation).to.equal('post-answer');
      await waitUntil(() => part(el, 'error'));
      expect(textOf(part(el, 'error')).startsWith(text), textOf(part(el, 'error'))).to.equal(true);
      expect((el.shadowRoot!.getElementById('body') as HTMLTextAreaElement).value).to.equal(TEXT);
      expect(Boolean(part(el, 'retry-button')), 'a retry only where waiting helps').to.equal(error.code === 'rate-limited');
    });
  }

  it('in the composer: says until when the viewer is suspended', async () => {
    const adapter = new SuspendableAdapter();
    adapter.suspension = { until: '2030-01-15T12:00:00Z', reason: 'Spam' };
    const el = await mountComposer(adapter);
    await write(el, 'body', TEXT);
    adapter.failWith = new MajlisError('forbidden', 'Suspended', { reason: 'suspended' });
    await post(el);
    await waitUntil(() => part(el, 'error'));
    expect(textOf(part(el, 'error'))).to.match(/^Your account is suspended until Jan 15, 2030, .+: you can read, but not post, vote or flag\.$/);
    expect((el.shadowRoot!.getElementById('body') as HTMLTextAreaElement).value).to.equal(TEXT);
    await expect(el).to.be.accessible();
  });

  it('in the composer, in Arabic and right to left', async () => {
    const adapter = new FakeAdapter();
    const el = await mountComposer(adapter, 'rtl');
    await write(el, 'body', 'اطلب *177# لمعرفة باقة التجوال.');
    adapter.failWith = new MajlisError('conflict', 'Duplicate', { reason: 'duplicate' });
    await post(el);
    await waitUntil(() => textOf(part(el, 'error')).includes('لقد نشرت النص نفسه للتو'), 'the Arabic refusal');
    await expect(el).to.be.accessible();
  });

  it('in the ask form: the same question again keeps every field', async () => {
    const adapter = new FakeAdapter();
    const el = await filledAskForm(adapter);
    adapter.failWith = new MajlisError('conflict', 'Duplicate', { reason: 'duplicate' });
    part(el, 'submit-button')!.click();
    await waitUntil(() => part(el, 'error'), 'the refusal is shown');
    expect(textOf(part(el, 'error'))).to.equal('You just posted the same text. Change it, or wait a while before posting it again.');
    expect((el.shadowRoot!.getElementById('title') as HTMLInputElement).value).to.equal('No mobile data after roaming in France');
    expect((el.shadowRoot!.getElementById('body') as HTMLTextAreaElement).value).to.equal('Since I came back my 4G does not connect.');
  });
});

describe('pre-moderation: the author’s view', () => {
  /** Answers by the viewer come back `pending`, as with pre-moderation on. */
  class PremoderatedAdapter extends ModerationFakeAdapter {
    override async postAnswer(input: PostAnswerInput): Promise<Answer> {
      const answer = await super.postAnswer(input);
      const pending: Answer = {
        ...answer,
        author: this.viewer!,
        state: 'pending',
        moderation: { reason: null, by: null, at: answer.createdAt },
        viewerCan: { ...answer.viewerCan, vote: false, accept: false, edit: true, delete: true, flag: false },
      };
      this.answers[this.answers.length - 1] = pending;
      return structuredClone(pending);
    }
  }

  it('says the answer awaits approval and shows it to its author with the banner', async () => {
    const adapter = new PremoderatedAdapter();
    const thread = await mountWith<MajlisThread>(adapter, html`<majlis-thread question-id="q-1"></majlis-thread>`, 'majlis-thread');
    await waitUntil(() => thread.shadowRoot!.querySelector('majlis-composer')?.shadowRoot?.querySelector('form'), 'no composer', { timeout: 5000 });
    const composer = thread.shadowRoot!.querySelector('majlis-composer')!;
    await write(composer, 'body', TEXT);
    const posted = oneEvent(composer, 'majlis-answer-posted');
    part(composer, 'submit-button')!.click();
    expect((await posted).detail.answer.state).to.equal('pending');
    await composer.updateComplete;
    expect(textOf(part(composer, 'pending-notice'))).to.equal(
      'Your answer is awaiting a moderator’s approval. Until then, only you and the moderators can see it.',
    );
    await waitUntil(() => textOf(composer.shadowRoot!.querySelector('[role="status"]')).startsWith('Your answer is awaiting'), 'announced');
    const id = (await adapter.listAnswers('q-1')).items.at(-1)!.id;
    await waitUntil(() => thread.shadowRoot!.querySelector(`majlis-post[post-id="${id}"]`)?.shadowRoot?.querySelector('[part~="status-banner"]'));
    const mine = thread.shadowRoot!.querySelector(`majlis-post[post-id="${id}"]`)!;
    expect(textOf(part(mine, 'status-banner'))).to.equal('Awaiting approval Only its author and the moderators can see it.');
    expect(textOf(part(mine, 'body'))).to.contain('*177#');
    await write(composer, 'body', 'Another thought');
    expect(part(composer, 'pending-notice'), 'gone once the viewer writes again').to.equal(null);
  });

  it('announces a question that awaits approval', async () => {
    const adapter = new FakeAdapter();
    const ask = adapter.askQuestion.bind(adapter);
    adapter.askQuestion = async (input) => ({ ...(await ask(input)), state: 'pending' as const });
    const el = await filledAskForm(adapter);
    const asked = oneEvent(el, 'majlis-question-asked');
    part(el, 'submit-button')!.click();
    expect((await asked).detail.question.state).to.equal('pending');
    await waitUntil(() => textOf(el.shadowRoot!.querySelector('[role="status"]')).startsWith('Your question is awaiting a moderator’s approval'));
  });
});

