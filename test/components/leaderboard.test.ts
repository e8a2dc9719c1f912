import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { expect, html, oneEvent, waitUntil } from '../helpers/fixture.js';
import { demoAdapter } from '../helpers/community.js';
import { FakeAdapter } from '../helpers/fake-adapter.js';
import { mountWith, part } from '../helpers/provider.js';
import { RecognitionAdapter, answersBoard, earned, membersBoard } from '../helpers/recognition-adapter.js';
import { MajlisError } from '../../src/core/adapter.js';
import type { CommunityAdapter } from '../../src/core/adapter.js';
import type { MajlisErrorEvent } from '../../src/core/events.js';
import { loadElement } from '../../src/core/lazy.js';
import { storeFor } from '../../src/core/store.js';
import type { MajlisLeaderboard } from '../../src/components/leaderboard/leaderboard.js';
import { vote } from '../../src/core/voting.js';

const TAG = 'majlis-leaderboard';

before(() => Promise.all([loadElement(TAG), loadElement('majlis-user-card')]));

const ltr = (inner: TemplateResult) => html`<div lang="en" dir="ltr">${inner}</div>`;

const rows = (board: MajlisLeaderboard) => [...board.shadowRoot!.querySelectorAll<HTMLElement>('[part~="row"]')];
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const radios = (board: MajlisLeaderboard) => [...board.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const checkedPeriod = (board: MajlisLeaderboard) => radios(board).find((radio) => radio.checked)?.value;
const announced = (board: MajlisLeaderboard) => text(board.shadowRoot!.querySelector('[role="status"][aria-live="polite"]'));

/** Resolves once the board shows a settled state (rows, empty, unsupported or error), not loading. */
async function settled(board: MajlisLeaderboard, message = 'the leaderboard did not settle'): Promise<void> {
  await waitUntil(
    () =>
      !board.shadowRoot!.querySelector('.skeleton') &&
      board.shadowRoot!.querySelector('[part~="leaderboard"]')?.getAttribute('aria-busy') === 'false' &&
      (rows(board).length > 0 || part(board, 'empty') || part(board, 'unsupported') || part(board, 'error')),
    message,
  );
  await board.updateComplete;
}

async function mount(
  adapter: CommunityAdapter = new RecognitionAdapter(),
  content: TemplateResult = html`<majlis-leaderboard></majlis-leaderboard>`,
  wrap = ltr,
): Promise<MajlisLeaderboard> {
  const board = await mountWith<MajlisLeaderboard>(adapter, content, TAG, wrap);
  await settled(board);
  return board;
}

describe('<majlis-leaderboard>', () => {
  it('shows a skeleton, busy, while the first board loads', async () => {
    const adapter = new RecognitionAdapter();
    adapter.gated = true;
    const board = await mountWith<MajlisLeaderboard>(adapter, html`<majlis-leaderboard></majlis-leaderboard>`, TAG, ltr);
    await waitUntil(() => adapter.queries.length === 1, 'no leaderboard call');
    await board.updateComplete;
    expect(board.shadowRoot!.querySelector('.skeleton')).to.exist;
    expect(part(board, 'leaderboard')!.getAttribute('aria-busy')).to.equal('true');
    expect(text(board.shadowRoot!.querySelector('.skeleton [role="status"]'))).to.equal('Loading the leaderboard…');
    expect(board.matches(':state(loading)')).to.be.true;
    adapter.open();
    await settled(board);
    expect(rows(board)).to.have.length(4);
    expect(board.matches(':state(loading)')).to.be.false;
  });

  it('lists members with position, name, role, badges and a localized figure', async () => {
    const board = await mount();
    expect(text(part(board, 'heading'))).to.equal('Top contributors');
    const [first, second, third, fourth] = rows(board);
    expect(first.getAttribute('part')).to.equal('row top-row');
    expect(fourth.getAttribute('part')).to.equal('row');
    expect(text(first.querySelector('[part~="position"] .visually-hidden'))).to.equal('Position 1');
    expect(first.querySelector('[part~="position"]')!.classList.contains('medal--1')).to.be.true;
    const chip = first.querySelector('majlis-user-card')!;
    await chip.updateComplete;
    expect(text(chip.shadowRoot!.querySelector('[part~="name"]'))).to.equal('Layla (Nuvo Support)');
    expect(text(chip.shadowRoot!.querySelector('[part~="role-badge"]'))).to.equal('Staff');
    const badges = first.querySelector('[part~="badges"]')!;
    expect(badges.getAttribute('aria-label')).to.equal('Badges');
    expect([...badges.querySelectorAll('[part~="badge"] span:not(.visually-hidden)')].map(text)).to.deep.equal(['First solution', 'Hundred kudos']);
    expect(badges.querySelector('[part~="badge"]')!.getAttribute('title')).to.equal('Earned on November 20, 2026');
    expect(text(first.querySelector('[part~="value"]'))).to.equal('120 points');
    expect(text(second.querySelector('[part~="value"]'))).to.equal('45 points');
    expect(third.querySelector('[part~="badges"]')).to.be.null;
  });

  it('sends mode, period, metric, category, language, limit and the viewer’s time zone', async () => {
    const adapter = new RecognitionAdapter();
    await mount(adapter, html`<majlis-leaderboard category="network-quality" language="nl" limit="5" period="week" metric="kudos"></majlis-leaderboard>`);
    expect(adapter.queries.at(-1)!.query).to.deep.equal({
      mode: 'members',
      period: 'week',
      metric: 'kudos',
      categoryId: 'network-quality',
      language: 'nl',
      limit: 5,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    expect(adapter.queries.at(-1)!.signal).to.be.instanceOf(AbortSignal);
  });

  it('switches the period with the arrow keys, reflecting it and firing majlis-leaderboard-change', async () => {
    const adapter = new RecognitionAdapter();
    adapter.board = (query) => membersBoard({ period: query.period ?? 'month' });
    const board = await mount(adapter);
    expect(checkedPeriod(board)).to.equal('month');
    radios(board).find((radio) => radio.checked)!.focus();
    const changed = oneEvent(board, 'majlis-leaderboard-change');
    await sendKeys({ press: 'ArrowRight' });
    expect((await changed).detail).to.deep.equal({ period: 'all', metric: 'reputation' });
    await settled(board);
    expect(board.getAttribute('period')).to.equal('all');
    expect(adapter.queries.at(-1)!.query.period).to.equal('all');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await settled(board);
    expect(board.period).to.equal('week');
    expect(checkedPeriod(board)).to.equal('week');
    expect(adapter.queries.at(-1)!.query.period).to.equal('week');
  });

  it('moves the period the other way in right-to-left text', async () => {
    const board = await mount(new RecognitionAdapter(), undefined, (inner) => html`<div lang="ar" dir="rtl">${inner}</div>`);
    radios(board).find((radio) => radio.checked)!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settled(board);
    expect(board.period).to.equal('all');
  });

  it('changes the metric with the select and shows its unit', async () => {
    const adapter = new RecognitionAdapter();
    adapter.board = (query) => membersBoard({ metric: query.metric ?? 'reputation' });
    const board = await mount(adapter);
    const select = part(board, 'metric-select') as HTMLSelectElement;
    select.focus();
    const changed = oneEvent(board, 'majlis-leaderboard-change');
    select.value = 'solutions';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect((await changed).detail).to.deep.equal({ period: 'month', metric: 'solutions' });
    await waitUntil(() => adapter.queries.at(-1)!.query.metric === 'solutions', 'no query with the new metric');
    await settled(board);
    expect(board.getAttribute('metric')).to.equal('solutions');
    expect(text(rows(board)[0].querySelector('[part~="value"]'))).to.equal('120 solutions');
    expect(text(rows(board)[3].querySelector('[part~="value"]'))).to.equal('5 solutions');
  });

  it('aborts the request of a period left before it answered', async () => {
    const adapter = new RecognitionAdapter();
    const board = await mount(adapter);
    adapter.gated = true;
    board.period = 'week';
    await waitUntil(() => adapter.queries.length === 2);
    board.period = 'all';
    await waitUntil(() => adapter.queries.length === 3);
    expect(adapter.queries[1].signal!.aborted).to.be.true;
    expect(adapter.queries[2].signal!.aborted).to.be.false;
    adapter.open();
    adapter.open();
    await settled(board);
  });

  it('uses plural rules for figures (Arabic)', async () => {
    const adapter = new RecognitionAdapter();
    adapter.board = () => membersBoard({ metric: 'kudos' });
    const board = await mount(adapter, html`<majlis-leaderboard metric="kudos"></majlis-leaderboard>`, (inner) => html`<div lang="ar" dir="rtl">${inner}</div>`);
    await waitUntil(() => text(part(board, 'heading')) === 'أبرز المساهمين', 'the Arabic catalog did not load');
    const n = (value: number) => new Intl.NumberFormat('ar-u-nu-latn').format(value); // a bare `ar` writes Latin digits in every engine
    expect(rows(board).map((row) => text(row.querySelector('[part~="value"]')))).to.deep.equal([
      `${n(120)} إعجابًا`,
      `${n(45)} إعجابًا`,
      `${n(15)} إعجابًا`,
      `${n(5)} إعجابات`,
    ]);
  });

  it('says so when nobody earned anything in the period', async () => {
    const adapter = new RecognitionAdapter();
    adapter.board = (query) => membersBoard({ period: query.period ?? 'month', entries: [] });
    const board = await mount(adapter, html`<majlis-leaderboard period="week"></majlis-leaderboard>`);
    expect(text(part(board, 'empty'))).to.equal('No kudos given this week yet — help someone out and you could be first.');
    expect(board.matches(':state(empty)')).to.be.true;
  });

  it('shows a localized error with a retry, and fires majlis-error', async () => {
    const adapter = new RecognitionAdapter();
    adapter.failBoard = new MajlisError('network', 'offline');
    const errors: MajlisErrorEvent[] = [];
    const board = await mountWith<MajlisLeaderboard>(adapter, html`<majlis-leaderboard @majlis-error=${(e: MajlisErrorEvent) => errors.push(e)}></majlis-leaderboard>`, TAG, ltr);
    await settled(board);
    expect(text(part(board, 'error'))).to.contain('We couldn’t reach the community.');
    expect(errors.map((e) => [e.detail.error.code, e.detail.operation])).to.deep.equal([['network', 'load']]);
    (part(board, 'retry-button') as HTMLButtonElement).click();
    await waitUntil(() => rows(board).length === 4, 'retry did not load the board');
    expect(adapter.queries).to.have.length(2);
  });

  it('explains that the community has no leaderboard without the capability', async () => {
    const board = await mount(new FakeAdapter());
    expect(text(part(board, 'unsupported'))).to.equal('This community doesn’t offer a leaderboard.');
    expect(part(board, 'periods')).to.be.null;
    await expect(board).to.be.accessible();
  });

  it('refreshes after a kudos is confirmed, so its figures move', async () => {
    const adapter = new RecognitionAdapter();
    let points = 120;
    adapter.board = () => {
      const board = membersBoard();
      board.entries[0].value = points;
      return board;
    };
    const board = await mount(adapter);
    const before = adapter.queries.length;
    points = 130;
    const store = storeFor(adapter);
    await store.loadQuestion('q-1');
    await store.listAnswers('q-1');
    await vote(store, 'answer', 'a-1', true);
    await waitUntil(() => text(rows(board)[0].querySelector('[part~="value"]')) === '130 points', 'the board did not refresh after the kudos');
    expect(adapter.queries.length).to.equal(before + 1);
  });

  it('moves with a kudos on the in-browser adapter', async () => {
    const adapter = await demoAdapter('u-noura');
    const board = await mount(adapter, html`<majlis-leaderboard period="all" limit="50"></majlis-leaderboard>`);
    const figureOf = (name: string) => {
      const row = rows(board).find((candidate) => candidate.querySelector('majlis-user-card')!.user?.name === name);
      return row ? text(row.querySelector('[part~="value"]')) : undefined;
    };
    const store = storeFor(adapter);
    const question = (await store.listQuestions({ limit: 50 })).items.find((q) => q.answerCount > 0 && q.author.id !== 'u-noura')!;
    const answer = (await store.listAnswers(question.id)).items.find((a) => !a.viewerHasVoted && a.author.id !== 'u-noura')!;
    const before = figureOf(answer.author.name) ?? '0 points';
    await vote(store, 'answer', answer.id, true);
    await waitUntil(() => figureOf(answer.author.name) !== before, 'the figure did not move after the kudos');
    expect(Number.parseInt(figureOf(answer.author.name)!.replace(/\D/g, ''), 10)).to.be.above(Number.parseInt(before.replace(/\D/g, ''), 10) || 0);
  });

  it('lists the most helpful answers, accepted first, linking to their threads', async () => {
    const adapter = new RecognitionAdapter();
    adapter.board = () => answersBoard();
    const board = await mount(adapter, html`<majlis-leaderboard mode="answers" period="week" href-pattern="/community/q/{id}"></majlis-leaderboard>`);
    expect(adapter.queries.at(-1)!.query).to.not.have.property('metric');
    expect(text(part(board, 'heading'))).to.equal('Most helpful answers');
    expect(part(board, 'metric-select')).to.be.null;
    const [first, second] = rows(board);
    const link = first.querySelector<HTMLAnchorElement>('a[part~="answer-link"]')!;
    expect(link.getAttribute('href')).to.equal('/community/q/q-1');
    expect(text(first.querySelector('[part~="accepted-badge"]'))).to.equal('Accepted solution');
    expect(second.querySelector('[part~="accepted-badge"]')).to.be.null;
    expect(second.querySelector('[part~="answer-link"]')!.getAttribute('lang')).to.equal('vi');
    expect(text(first.querySelector('[part~="value"]'))).to.equal('7 kudos');
    board.addEventListener('majlis-navigate', (event) => event.preventDefault(), { once: true });
    const navigated = oneEvent(board, 'majlis-navigate');
    link.click();
    expect((await navigated).detail).to.deep.equal({ view: 'question', questionId: 'q-1' });
  });

  it('opens a thread from a button without href-pattern', async () => {
    const adapter = new RecognitionAdapter();
    adapter.board = () => answersBoard();
    const board = await mount(adapter, html`<majlis-leaderboard mode="answers"></majlis-leaderboard>`);
    const button = rows(board)[1].querySelector<HTMLButtonElement>('button[part~="answer-link"]')!;
    const navigated = oneEvent(board, 'majlis-navigate');
    button.click();
    expect((await navigated).detail).to.deep.equal({ view: 'question', questionId: 'q-7' });
  });

  it('announces a badge the viewer earned, once', async () => {
    localStorage.removeItem('majlis:announced-badges:u-viewer');
    const adapter = new RecognitionAdapter();
    adapter.badges['u-viewer'] = [earned('first-answer')];
    const board = await mount(adapter);
    await waitUntil(() => announced(board) === 'You earned a badge: First answer', 'no announcement');
    const again = await mount(adapter);
    await waitUntil(() => adapter.calls.filter((call) => call.method === 'getUser').length >= 1);
    await again.updateComplete;
    expect(announced(again)).to.equal('');
    localStorage.removeItem('majlis:announced-badges:u-viewer');
  });

  for (const [name, wrap] of [
    ['left-to-right', ltr],
    ['right-to-left', (inner: TemplateResult) => html`<div lang="ar" dir="rtl">${inner}</div>`],
    ['a dark colour scheme', (inner: TemplateResult) => html`<div lang="en" style="color-scheme: dark; background: Canvas; color: CanvasText">${inner}</div>`],
  ] as const) {
    it(`is accessible in ${name}, in both modes`, async () => {
      const members = await mount(new RecognitionAdapter(), undefined, wrap);
      await expect(members).to.be.accessible();
      const adapter = new RecognitionAdapter();
      adapter.board = () => answersBoard();
      const answers = await mount(adapter, html`<majlis-leaderboard mode="answers" href-pattern="#/questions/{id}"></majlis-leaderboard>`, wrap);
      await expect(answers).to.be.accessible();
    });
  }
});
