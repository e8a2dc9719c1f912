import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { expect, html, oneEvent, waitUntil } from '../helpers/fixture.js';
import { mountWith, part } from '../helpers/provider.js';
import { MemoryAdapter } from '../../src/adapters/memory.js';
import type { SimulationOptions } from '../../src/adapters/memory.js';
import type { MajlisErrorEvent, MajlisLoginRequestEvent } from '../../src/core/events.js';
import { loadElement } from '../../src/core/lazy.js';
import type { CommunitySeed } from '../../src/core/seed.js';
import { conformanceSeed } from '../../src/testing/conformance.js';
import type { MajlisLiveSession } from '../../src/components/live-session/live-session.js';
import type { MajlisSessionAskForm } from '../../src/components/live-session/session-ask-form.js';

const TAG = 'majlis-live-session';

// The ask form's element loads up front here (test/components/session-ask-form.test.ts covers its loading on focus).
before(async () => {
  await Promise.all([loadElement(TAG), loadElement('majlis-vote-button')]);
  await loadElement('majlis-session-ask-form'); // registered by the live session's module
});

/** The clock of every test: Monday 2 March 2026, 09:00 UTC, while `ls-live` runs. */
const NOW = new Date('2026-03-02T09:00:00.000Z');

/** The conformance community with a session running now, one tomorrow and one that ended yesterday. */
function seed(): CommunitySeed {
  const base = structuredClone(conformanceSeed);
  return {
    ...base,
    votes: [...base.votes, { userId: 'member', target: 'question', targetId: 'q-nl' }],
    liveSessions: [
      {
        id: 'ls-live',
        title: 'Ask the network team: 5G and coverage',
        description: 'Our engineers answer your questions about **5G**.',
        hashtag: 'AskNetwork',
        hostIds: ['expert', 'staff'],
        startsAt: '2026-03-02T08:00:00.000Z',
        endsAt: '2026-03-02T10:00:00.000Z',
        questionIds: ['q-ar', 'q-nl', 'q-vi', 'q-nl-wifi'],
      },
      {
        id: 'ls-upcoming',
        title: 'Roaming before the holidays',
        hashtag: 'AskRoaming',
        hostIds: ['expert'],
        startsAt: '2026-03-03T09:00:00.000Z',
        endsAt: '2026-03-03T10:00:00.000Z',
      },
      {
        id: 'ls-ended',
        title: 'Billing questions, answered',
        hashtag: 'AskBilling',
        hostIds: ['expert', 'staff'],
        startsAt: '2026-03-01T09:00:00.000Z',
        endsAt: '2026-03-01T10:00:00.000Z',
        questionIds: ['q-open', 'q-solved'],
      },
    ],
  };
}

function memory(viewerId: string | null = 'member', simulate: SimulationOptions = {}): MemoryAdapter {
  return new MemoryAdapter({ seed: seed(), viewerId, simulate, now: () => NOW });
}

const ltr = (inner: TemplateResult) => html`<div lang="en" dir="ltr">${inner}</div>`;
const rtl = (inner: TemplateResult) => html`<div lang="ar" dir="rtl">${inner}</div>`;
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const all = (el: MajlisLiveSession, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const questionIds = (el: MajlisLiveSession) => all(el, '[part~="question"]').map((item) => item.dataset.question);
const button = (el: MajlisLiveSession, label: string) =>
  all(el, 'button').find((candidate) => text(candidate) === label) as HTMLButtonElement | undefined;

/** Resolves once the session and its questions (or summary) show. */
async function settled(el: MajlisLiveSession): Promise<void> {
  await waitUntil(
    () =>
      !el.shadowRoot!.querySelector('.skeleton') &&
      !el.shadowRoot!.querySelector('.list.busy') &&
      (part(el, 'error') || (part(el, 'header') && (part(el, 'list') || part(el, 'empty') || part(el, 'summary')))),
    'the session did not settle',
  );
  await el.updateComplete;
}

async function mount(adapter: MemoryAdapter, id = 'ls-live', wrap = ltr): Promise<MajlisLiveSession> {
  const el = await mountWith<MajlisLiveSession>(
    adapter,
    html`<majlis-live-session session-id=${id} time-zone="Europe/Brussels"></majlis-live-session>`,
    TAG,
    wrap,
  );
  await settled(el);
  return el;
}

function select(el: MajlisLiveSession, name: 'filter' | 'sort', value: string): void {
  const field = all(el, '[part~="filters"] select')[name === 'filter' ? 0 : 1] as HTMLSelectElement;
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The ask form's element, rendered (null where the session takes no question from the viewer). */
async function askForm(el: MajlisLiveSession): Promise<MajlisSessionAskForm | null> {
  const form = el.shadowRoot!.querySelector('majlis-session-ask-form');
  await form?.updateComplete;
  return form;
}

const control = (form: MajlisSessionAskForm, name: 'title' | 'body') =>
  form.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!;

/** Text entered as typing gives it (the whole text, one input event: WebKit's driver drops spaces when it types). */
function enter(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
}

async function fill(el: MajlisLiveSession, title: string, body: string): Promise<MajlisSessionAskForm> {
  const form = (await askForm(el))!;
  enter(control(form, 'title'), title);
  enter(control(form, 'body'), body);
  await form.updateComplete;
  return form;
}

const submit = (form: MajlisSessionAskForm) => form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

describe('<majlis-live-session>', () => {
  it('before: shows the title, hosts, time in the reader’s time zone, the Upcoming badge and hashtag, and takes a question', async () => {
    const adapter = memory();
    const el = await mount(adapter, 'ls-upcoming');
    expect(text(part(el, 'heading'))).to.equal('Roaming before the holidays');
    expect(text(part(el, 'phase'))).to.equal('Upcoming');
    expect(text(part(el, 'hashtag'))).to.equal('#AskRoaming');
    expect(text(part(el, 'hosts'))).to.equal('Hosted by Samir Benali');
    expect(text(part(el, 'time'))).to.contain('Tuesday, March 3, 2026').and.to.contain('10:00');
    expect(part(el, 'calendar-button')).to.exist;
    expect(text(part(el, 'empty'))).to.equal('No questions yet. Be the first to ask!');
    const form = await fill(el, 'Does my bundle work in Morocco?', 'I travel to Marrakech in April with a Travel bundle.');
    submit(form);
    await waitUntil(() => questionIds(el).length === 1, 'the question asked did not show');
    const [entry] = all(el, '[part~="question"]');
    expect(text(entry.querySelector('[part~="question-state"]'))).to.equal('Waiting');
    expect(entry.querySelector('majlis-vote-button')).to.exist;
    expect(control(form, 'title').value).to.equal('');
    expect(control(form, 'body').value).to.equal('');
    await waitUntil(() => text(el.shadowRoot!.querySelector('[aria-live]')).includes('Your question is in'), 'the question was not announced');
  });

  it('during: most wanted first, hosts’ answers highlighted with a Host label, Answered / Waiting filters', async () => {
    const el = await mount(memory());
    expect(text(part(el, 'phase'))).to.equal('Live now');
    expect(questionIds(el).slice(0, 2)).to.deep.equal(['q-nl', 'q-ar']);
    const ar = all(el, '[part~="question"]').find((item) => item.dataset.question === 'q-ar')!;
    expect(text(ar.querySelector('[part~="question-state"]'))).to.equal('Answered');
    expect(text(ar.querySelector('[part~="host-label"]'))).to.equal('Host');
    const wifi = all(el, '[part~="question"]').find((item) => item.dataset.question === 'q-nl-wifi')!;
    expect(wifi.querySelector('[part~="host-answer"]'), 'a member’s answer is not a host’s').to.equal(null);
    select(el, 'filter', 'answered');
    await waitUntil(() => questionIds(el).length === 1, 'the answered filter did not apply');
    expect(questionIds(el)).to.deep.equal(['q-ar']);
    expect(el.filter).to.equal('answered');
    select(el, 'filter', 'waiting');
    await waitUntil(() => questionIds(el).length === 3, 'the waiting filter did not apply');
    expect(questionIds(el)).not.to.include('q-ar');
    select(el, 'sort', 'newest');
    await waitUntil(() => el.sort === 'newest' && !el.shadowRoot!.querySelector('.list.busy'), 'the newest order did not apply');
  });

  it('during: a host’s answer arrives live, highlighted and announced', async () => {
    const adapter = memory();
    const el = await mount(adapter);
    adapter.setViewer('expert');
    await adapter.postAnswer({ questionId: 'q-vi', body: 'Trong hầm gửi xe, hãy bật gọi qua Wi-Fi.', language: 'vi' });
    adapter.setViewer('member');
    await waitUntil(() => all(el, '[data-question="q-vi"] [part~="host-answer"]').length === 1, 'the host’s answer did not arrive');
    const vi = all(el, '[part~="question"]').find((item) => item.dataset.question === 'q-vi')!;
    expect(text(vi.querySelector('[part~="question-state"]'))).to.equal('Answered');
    expect(vi.querySelector('.host-answer.fresh')).to.exist;
    await waitUntil(() => text(el.shadowRoot!.querySelector('[aria-live]')).includes('answered'), 'the answer was not announced');
    expect(text(el.shadowRoot!.querySelector('[aria-live]'))).to.contain('Samir Benali answered');
  });

  it('after: the archive shows the summary and the most wanted questions, and no form', async () => {
    const el = await mount(memory(), 'ls-ended');
    expect(text(part(el, 'phase'))).to.equal('Ended');
    expect(await askForm(el)).to.equal(null);
    expect(part(el, 'ask-form'), 'nor its light form').to.equal(null);
    expect(part(el, 'calendar-button')).to.equal(null);
    const summary = text(part(el, 'summary'));
    expect(summary).to.contain('2 questions asked').and.to.contain('2 answered by the hosts').and.to.contain('3 answers from the hosts');
    expect(questionIds(el)).to.deep.equal(['q-open', 'q-solved']);
  });

  it('keeps the text of a question the adapter refused, and says why', async () => {
    const el = await mount(memory('member', { failures: { askInSession: 'network' }, latency: 200 }));
    const form = await fill(el, 'Why does 5G drop on the E40?', 'Between Leuven and Brussels my phone falls back to 4G.');
    const failed = oneEvent<MajlisErrorEvent>(el, 'majlis-error');
    submit(form);
    await waitUntil(() => text(form.shadowRoot!.querySelector('button[type="submit"]')) === 'Sending…', 'no pending state');
    expect(control(form, 'title').readOnly, 'the question is read-only while it is sent').to.equal(true);
    expect((await failed).detail.operation).to.equal('live-session');
    await waitUntil(() => !control(form, 'title').readOnly && part(form, 'error'), 'the form did not come back with the refusal');
    expect(text(part(form, 'error'))).to.contain('connection');
    expect(control(form, 'title').value).to.equal('Why does 5G drop on the E40?');
    expect(control(form, 'body').value).to.equal('Between Leuven and Brussels my phone falls back to 4G.');
  });

  it('says the session has ended when a question is sent after its end, keeping the text', async () => {
    let now = NOW;
    const el = await mount(new MemoryAdapter({ seed: seed(), viewerId: 'member', now: () => now }));
    now = new Date('2026-03-02T10:00:00.000Z');
    const form = await fill(el, 'Will 5G reach Geel this year?', 'My village still has 4G only.');
    submit(form);
    await waitUntil(() => part(form, 'error'), 'the refusal did not show');
    expect(text(part(form, 'error'))).to.equal('This session has ended: it takes no more questions.');
    expect(control(form, 'title').value).to.equal('Will 5G reach Geel this year?');
  });

  it('gives staff only "Edit session" and "New session"; an edit shows at once', async () => {
    const member = await mount(memory());
    expect(part(member, 'edit-button')).to.equal(null);
    expect(part(member, 'create-button')).to.equal(null);
    const el = await mount(memory('staff'));
    part(el, 'edit-button')!.click();
    await waitUntil(() => part(el, 'session-form'), 'the form did not open');
    await el.updateComplete;
    const title = part(el, 'session-form')!.querySelector<HTMLInputElement>('input[name="title"]')!;
    expect(el.shadowRoot!.activeElement).to.equal(title);
    title.value = 'Ask the network team: 5G, coverage and Wi-Fi calling';
    button(el, 'Save session')!.click();
    await waitUntil(() => text(part(el, 'heading')) === 'Ask the network team: 5G, coverage and Wi-Fi calling', 'the edit did not show');
    expect(part(el, 'session-form')).to.equal(null);
  });

  it('asks an anonymous reader to sign in', async () => {
    const el = await mount(memory(null));
    expect(await askForm(el)).to.equal(null);
    const request = oneEvent<MajlisLoginRequestEvent>(el, 'majlis-login-request');
    part(el, 'sign-in-button')!.click();
    expect((await request).detail.reason).to.equal('ask');
  });

  it('is usable with the keyboard: type a question, Tab past the editor\'s tabs and toolbar to its details, then to Ask', async () => {
    const el = await mount(memory(), 'ls-upcoming');
    const form = (await askForm(el))!;
    form.focus();
    expect(form.shadowRoot!.activeElement).to.equal(control(form, 'title'));
    enter(control(form, 'title'), 'Can I keep my number abroad?');
    await sendKeys({ press: 'Tab' }); // the Write tab
    await sendKeys({ press: 'Tab' }); // the toolbar
    await sendKeys({ press: 'Tab' });
    expect(form.shadowRoot!.activeElement).to.equal(control(form, 'body'));
    enter(control(form, 'body'), 'I move to Lyon in May for two years.');
    await sendKeys({ press: 'Tab' });
    expect(form.shadowRoot!.activeElement).to.equal(form.shadowRoot!.querySelector('button[type="submit"]'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => questionIds(el).length === 1, 'the question sent with the keyboard did not show');
  });

  for (const [name, wrap] of [
    ['LTR', ltr],
    ['RTL', rtl],
  ] as const) {
    it(`is accessible in ${name}: during (with a staff member's controls and form) and after`, async () => {
      const el = await mount(memory('staff'), 'ls-live', wrap);
      part(el, 'create-button')!.click();
      await waitUntil(() => part(el, 'session-form'), 'the form did not open');
      await expect(el).to.be.accessible();
      await expect(await mount(memory(), 'ls-ended', wrap)).to.be.accessible();
    });
  }
});
