import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { expect, html, oneEvent, waitUntil } from '../helpers/fixture.js';
import { mountWith, part } from '../helpers/provider.js';
import { MemoryAdapter } from '../../src/adapters/memory.js';
import type { SimulationOptions } from '../../src/adapters/memory.js';
import type { MajlisErrorEvent } from '../../src/core/events.js';
import { loadElement } from '../../src/core/lazy.js';
import type { CommunitySeed } from '../../src/core/seed.js';
import { conformanceIdeas, conformanceSeed } from '../../src/testing/conformance.js';
import type { MajlisIdeas } from '../../src/components/ideas/ideas.js';
import type { MajlisIdeaForm } from '../../src/components/ideas/idea-form.js';
import type { IdeaQuery } from '../../src/core/types.js';

const TAG = 'majlis-ideas';

before(() => Promise.all([loadElement(TAG), loadElement('majlis-vote-button'), loadElement('majlis-user-card')]));

/** The conformance community with four of its questions as ideas: one planned, evaluated and a winner, one merged. */
const seed = (): CommunitySeed => ({ ...structuredClone(conformanceSeed), ideas: structuredClone([...conformanceIdeas]) });

function memory(viewerId: string | null = 'member', simulate: SimulationOptions = {}): MemoryAdapter {
  return new MemoryAdapter({ seed: seed(), viewerId, simulate });
}

const ltr = (inner: TemplateResult) => html`<div lang="en" dir="ltr">${inner}</div>`;
const rtl = (inner: TemplateResult) => html`<div lang="ar" dir="rtl">${inner}</div>`;
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const all = (el: MajlisIdeas, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const titles = (el: MajlisIdeas) => all(el, '[part~="idea-link"]').map((link) => link.dataset.idea);
const button = (el: MajlisIdeas, label: string) =>
  all(el, 'button').find((candidate) => text(candidate) === label) as HTMLButtonElement | undefined;

/** Resolves once the element shows a settled state: ideas, an empty message, an error or a detail. */
async function settled(el: MajlisIdeas, message = 'the ideas did not settle'): Promise<void> {
  await waitUntil(
    () =>
      !el.shadowRoot!.querySelector('.skeleton') &&
      !el.shadowRoot!.querySelector('.list.busy') &&
      (titles(el).length > 0 || part(el, 'empty') || part(el, 'error') || part(el, 'evaluation') || part(el, 'form')),
    message,
  );
  await el.updateComplete;
}

async function mount(adapter: MemoryAdapter, content: TemplateResult = html`<majlis-ideas></majlis-ideas>`, wrap = ltr): Promise<MajlisIdeas> {
  const el = await mountWith<MajlisIdeas>(adapter, content, TAG, wrap);
  await settled(el);
  return el;
}

async function openIdea(el: MajlisIdeas, id: string): Promise<void> {
  all(el, `[data-idea="${id}"]`)[0].click();
  await waitUntil(() => part(el, 'evaluation'), `the idea ${id} did not open`);
  await el.updateComplete;
}

function select(el: MajlisIdeas, selector: string, value: string): void {
  const field = el.shadowRoot!.querySelector<HTMLSelectElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The filter or order labelled `label`, if shown. */
const field = (el: MajlisIdeas, label: string) =>
  all(el, 'label.field').find((each) => text(each.querySelector('.label')) === label)?.querySelector('select') ?? undefined;
const optionsOf = (choice: HTMLSelectElement | undefined) => [...(choice?.options ?? [])].map((option) => text(option));

/** The queries `adapter` is asked to list. */
function recordLists(adapter: MemoryAdapter): IdeaQuery[] {
  const asked: IdeaQuery[] = [];
  const listIdeas = adapter.listIdeas.bind(adapter);
  adapter.listIdeas = (query, options) => {
    asked.push(query ?? {});
    return listIdeas(query, options);
  };
  return asked;
}

describe('<majlis-ideas>', () => {
  it('lists ideas by most kudos with their topic, status, note, comments and wins; merged ideas stay out of the roadmap', async () => {
    const el = await mount(memory());
    expect(titles(el)).to.have.members(['q-esim', 'q-nl', 'q-vi', 'q-ar']);
    const esim = all(el, '[part~="idea"]').find((card) => card.querySelector('[data-idea="q-esim"]'))!;
    expect(text(esim.querySelector('[part~="topic"]'))).to.equal('Products, services & promotions');
    expect(text(esim.querySelector('[part~="status"]'))).to.equal('Planned');
    expect(text(esim.querySelector('[part~="note"]'))).to.equal('eSIM for smartwatches comes in spring.');
    expect(text(esim.querySelector('[part~="winner-badge"]'))).to.equal('Idea of the month, January 2026');
    expect(text(esim)).to.contain('0 comments');
    expect(esim.querySelector('majlis-vote-button')).to.exist;
  });

  it('filters by topic and status and sorts, asking the adapter', async () => {
    const adapter = memory();
    const el = await mount(adapter);
    select(el, 'select', 'care');
    await waitUntil(() => titles(el).length === 1, 'the topic filter did not apply');
    expect(titles(el)).to.deep.equal(['q-vi']);
    expect(el.topic).to.equal('care');
    select(el, 'select', '');
    el.status = 'planned';
    await waitUntil(() => titles(el).length === 1 && titles(el)[0] === 'q-esim', 'the status filter did not apply');
    el.status = '';
    el.sort = 'newest';
    await waitUntil(() => titles(el).length === 4, 'the newest order did not load');
  });

  it('gives staff the top rated order and the evaluated filter, asking the adapter for them', async () => {
    const adapter = memory('staff');
    const asked = recordLists(adapter);
    const el = await mount(adapter);
    expect(optionsOf(field(el, 'Sort by'))).to.deep.equal(['Most kudos', 'Newest', 'Trending', 'Top rated']);
    expect(optionsOf(field(el, 'Evaluation'))).to.deep.equal(['All ideas', 'Evaluated', 'Not evaluated yet']);
    select(el, 'label.field:has(option[value="evaluation"]) select', 'evaluation');
    await waitUntil(() => asked.at(-1)?.sort === 'evaluation', 'the top rated order was not asked for');
    await settled(el);
    expect(el.sort).to.equal('evaluation');
    expect(titles(el)[0]).to.equal('q-esim');
    select(el, 'label.field:has(option[value="false"]) select', 'false');
    await waitUntil(() => titles(el).length === 3, 'the not evaluated filter did not apply');
    expect(asked.at(-1)).to.include({ evaluated: false, sort: 'evaluation' });
    expect(titles(el)).to.have.members(['q-nl', 'q-vi', 'q-ar']);
    expect(el.evaluated).to.equal('false');
    select(el, 'label.field:has(option[value="false"]) select', 'true');
    await waitUntil(() => titles(el).length === 1, 'the evaluated filter did not apply');
    expect(titles(el)).to.deep.equal(['q-esim']);
    expect(asked.at(-1)).to.include({ evaluated: true });
  });

  it('gives moderators the evaluation controls too, but not members: they list by most kudos', async () => {
    expect(optionsOf(field(await mount(memory('moderator')), 'Sort by'))).to.include('Top rated');
    const adapter = memory('member');
    const asked = recordLists(adapter);
    const el = await mount(adapter, html`<majlis-ideas sort="evaluation" evaluated="false"></majlis-ideas>`);
    expect(field(el, 'Evaluation')).to.equal(undefined);
    expect(optionsOf(field(el, 'Sort by'))).to.deep.equal(['Most kudos', 'Newest', 'Trending']);
    expect(asked.at(-1)?.sort).to.equal('votes');
    expect(asked.at(-1)).not.to.have.property('evaluated');
    expect(titles(el)).to.have.length(4);
  });

  it('shows a roadmap with one column per status', async () => {
    const el = await mount(memory(), html`<majlis-ideas view="roadmap"></majlis-ideas>`);
    const columns = all(el, '[part~="column"]');
    expect(columns.map((column) => column.dataset.status)).to.deep.equal(['new', 'under-review', 'planned', 'in-progress', 'delivered', 'declined']);
    const idsIn = (status: string) =>
      [...columns.find((column) => column.dataset.status === status)!.querySelectorAll<HTMLElement>('[data-idea]')].map((link) => link.dataset.idea);
    expect(idsIn('new')).to.deep.equal(['q-nl']);
    expect(idsIn('planned')).to.deep.equal(['q-esim']);
    expect(idsIn('under-review')).to.deep.equal(['q-vi']);
    expect(text(columns.find((column) => column.dataset.status === 'delivered'))).to.contain('Nothing here yet');
  });

  /** Opens the form to share an idea and resolves with its element, rendered. */
  async function openForm(el: MajlisIdeas): Promise<MajlisIdeaForm> {
    await waitUntil(() => part(el, 'share-button'), 'no “Share an idea” button');
    part(el, 'share-button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('majlis-idea-form')?.shadowRoot?.querySelector('form'), 'the form did not open');
    const form = el.shadowRoot!.querySelector('majlis-idea-form')!;
    await form.updateComplete;
    return form;
  }

  /** Types into a field of the form as a person does (one input event with the whole text). */
  function fill(form: MajlisIdeaForm, selector: string, value: string): void {
    const field = form.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  const formButton = (form: MajlisIdeaForm, label: string) =>
    [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => text(candidate) === label);

  it('lets a member submit an idea, then shows it, with focus in the title first', async () => {
    const adapter = memory('member');
    const el = await mount(adapter);
    const form = await openForm(el);
    await waitUntil(() => form.shadowRoot!.activeElement?.id === 'idea-title', 'focus is not in the title');
    fill(form, '#idea-title', 'Family plan with shared data for four');
    fill(form, '#idea-body', 'One bundle of data for the **whole family**, shared between four SIM cards.');
    const topic = form.shadowRoot!.querySelector<HTMLSelectElement>('select[name="topic"]')!;
    topic.value = 'products';
    formButton(form, 'Submit idea')!.click();
    await waitUntil(() => part(el, 'evaluation'), 'the new idea did not open');
    const page = await adapter.listIdeas({ topic: 'products', sort: 'newest' });
    expect(page.items[0].question.title).to.equal('Family plan with shared data for four');
    expect(page.items[0].question.body).to.equal('One bundle of data for the **whole family**, shared between four SIM cards.');
    expect(el.ideaId).to.equal(page.items[0].id);
    expect(text(part(el, 'status'))).to.equal('New');
    await waitUntil(() => text(el.shadowRoot!.querySelector('[aria-live="polite"]')).includes('Thank you! Your idea is in.'), 'not announced');
  });

  it('writes the description with the composer’s editor: toolbar, and a preview of the Markdown', async () => {
    const el = await mount(memory('member'));
    const form = await openForm(el);
    fill(form, '#idea-body', 'Roaming in **Oman** too');
    const tabs = [...form.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs.map(text)).to.deep.equal(['Write', 'Preview']);
    tabs[1].click();
    await waitUntil(() => form.shadowRoot!.querySelector('[role="tabpanel"]:not([hidden]) strong'), 'no preview');
    expect(text(form.shadowRoot!.querySelector('[role="tabpanel"]:not([hidden]) strong'))).to.equal('Oman');
    expect(form.shadowRoot!.querySelector('[role="toolbar"]'), 'the formatting toolbar').to.not.equal(null);
  });

  it('warns of a phone number in the description; “Mask them” masks it and the idea is shared masked', async () => {
    const adapter = memory('member');
    const el = await mount(adapter);
    const form = await openForm(el);
    fill(form, '#idea-title', 'Call me back about a data bundle for families');
    fill(form, '#idea-body', 'My number is +32 470 12 34 56, call me about a family bundle.');
    formButton(form, 'Submit idea')!.click();
    await waitUntil(() => part(form, 'personal-data-warning'), 'no personal-data warning');
    expect((await adapter.listIdeas({ sort: 'newest' })).items[0].question.title).to.not.equal('Call me back about a data bundle for families');
    part(form, 'personal-data-mask-button')!.click();
    await waitUntil(() => !form.shadowRoot!.querySelector<HTMLTextAreaElement>('#idea-body')!.value.includes('470 12 34'), 'not masked');
    formButton(form, 'Submit idea')!.click();
    await waitUntil(() => part(el, 'evaluation'), 'the masked idea was not shared');
    const shared = (await adapter.listIdeas({ sort: 'newest' })).items[0].question;
    expect(shared.title).to.equal('Call me back about a data bundle for families');
    expect(shared.body).to.not.contain('470 12 34');
  });

  it('keeps what was typed when the idea is refused, and says why', async () => {
    const adapter = memory('member', { failures: { submitIdea: 'network' } });
    const el = await mount(adapter);
    const form = await openForm(el);
    fill(form, '#idea-title', 'eSIM for smartwatches on every plan');
    fill(form, '#idea-body', 'Let my watch share the number of my phone.');
    formButton(form, 'Submit idea')!.click();
    await waitUntil(() => part(form, 'error'), 'no error shown');
    expect(text(part(form, 'error'))).to.contain('connection');
    expect(form.shadowRoot!.querySelector<HTMLInputElement>('#idea-title')!.value).to.equal('eSIM for smartwatches on every plan');
    expect(form.shadowRoot!.querySelector<HTMLTextAreaElement>('#idea-body')!.value).to.equal('Let my watch share the number of my phone.');
  });

  it('shows similar ideas while the title is typed, and opens one', async () => {
    const el = await mount(memory('member'));
    const form = await openForm(el);
    const title = form.shadowRoot!.querySelector<HTMLInputElement>('#idea-title')!;
    title.focus();
    await sendKeys({ type: 'APN settings on a new phone' });
    await waitUntil(() => part(form, 'similar'), 'no similar ideas shown', { timeout: 3000 });
    const found = [...part(form, 'similar')!.querySelectorAll('button')];
    expect(found.map(text)).to.include((await new MemoryAdapter({ seed: seed() }).getQuestion('q-esim')).title);
    found[0].click();
    await waitUntil(() => el.ideaId === 'q-esim' && part(el, 'evaluation'), 'the similar idea did not open');
  });

  it('gives kudos to an idea with the shared kudos button', async () => {
    const adapter = memory('member');
    const el = await mount(adapter);
    const card = all(el, '[part~="idea"]').find((each) => each.querySelector('[data-idea="q-nl"]'))!;
    const vote = card.querySelector('majlis-vote-button')!;
    await waitUntil(() => vote.shadowRoot?.querySelector('button:not([disabled])'), 'the kudos button did not load');
    vote.shadowRoot!.querySelector('button')!.click();
    await waitUntil(async () => (await adapter.getIdea('q-nl')).question.viewerHasVoted, 'the kudos did not reach the adapter');
  });

  it('shows an idea\'s answers as comments', async () => {
    const el = await mount(memory('member'), html`<majlis-ideas idea-id="q-nl"></majlis-ideas>`);
    const thread = el.shadowRoot!.querySelector('majlis-thread')!;
    await waitUntil(() => thread.shadowRoot?.querySelector('[part~="empty"]'), 'the thread did not load');
    expect(text(thread.shadowRoot!.querySelector('[part~="empty"]'))).to.equal('No comments yet — tell us what you think.');
  });

  it('shows the team controls to staff only; staff set a status with a note', async () => {
    const member = await mount(memory('member'), html`<majlis-ideas idea-id="q-nl"></majlis-ideas>`);
    expect(part(member, 'staff')).to.be.null;
    const adapter = memory('staff');
    const el = await mount(adapter, html`<majlis-ideas idea-id="q-nl"></majlis-ideas>`);
    expect(part(el, 'staff')).to.exist;
    select(el, '[part~="staff"] select[name="status"]', 'planned');
    el.shadowRoot!.querySelector<HTMLTextAreaElement>('[part~="staff"] textarea[name="note"]')!.value = 'Coming in May.';
    button(el, 'Update status')!.click();
    await waitUntil(() => text(part(el, 'status')) === 'Planned', 'the status did not change');
    await waitUntil(async () => (await adapter.getIdea('q-nl')).statusNote === 'Coming in May.', 'the note did not reach the adapter');
    await waitUntil(() => text(part(el, 'note')).includes('Coming in May.'), 'the note is not shown');
  });

  it('rolls a refused status change back and says why', async () => {
    const adapter = memory('staff', { failures: { setIdeaStatus: 'network' } });
    const el = await mount(adapter, html`<majlis-ideas idea-id="q-nl"></majlis-ideas>`);
    const failed = oneEvent<MajlisErrorEvent>(el, 'majlis-error');
    select(el, '[part~="staff"] select[name="status"]', 'declined');
    button(el, 'Update status')!.click();
    expect((await failed).detail.operation).to.equal('idea');
    await waitUntil(() => part(el, 'error'), 'no error shown');
    expect(text(part(el, 'status'))).to.equal('New');
  });

  it('shows the evaluation averages, and a staff evaluation changes them', async () => {
    const adapter = memory('staff');
    const el = await mount(adapter, html`<majlis-ideas idea-id="q-esim"></majlis-ideas>`);
    const evaluation = part(el, 'evaluation')!;
    expect(text(evaluation)).to.contain('by 2 team members');
    expect([...evaluation.querySelectorAll('.score')].map(text)).to.deep.equal([
      'Constructive 4.5 out of 5',
      'Creative 3.5 out of 5',
      'Feasible 4.5 out of 5',
      'Effective 4 out of 5',
    ]);
    expect(el.shadowRoot!.querySelector<HTMLSelectElement>('select[name="feasible"]')!.value).to.equal('5');
    select(el, 'select[name="feasible"]', '1');
    button(el, 'Save evaluation')!.click();
    await waitUntil(() => text(part(el, 'evaluation')).includes('Feasible 2.5 out of 5'), 'the averages did not change');
  });

  it('lets staff merge an idea into another, carrying its kudos', async () => {
    const adapter = memory('staff');
    adapter.setViewer('asker');
    await adapter.vote({ target: 'question', id: 'q-vi', voted: true });
    adapter.setViewer('staff');
    const before = (await adapter.getIdea('q-esim')).question.voteCount;
    const el = await mount(adapter, html`<majlis-ideas idea-id="q-vi"></majlis-ideas>`);
    await waitUntil(() => el.shadowRoot!.querySelector('select[name="into"] option[value="q-esim"]'), 'no merge candidates');
    select(el, 'select[name="into"]', 'q-esim');
    button(el, 'Merge')!.click();
    await waitUntil(() => text(part(el, 'status')) === 'Already exists', 'the idea was not merged');
    expect((await adapter.getIdea('q-esim')).question.voteCount).to.equal(before + 1);
    button(el, 'See the original idea')!.click();
    await waitUntil(() => el.ideaId === 'q-esim' && text(part(el, 'status')) === 'Planned', 'the original did not open');
  });

  it('shows the winners wall, and staff mark a winner', async () => {
    const adapter = memory('staff');
    const el = await mount(adapter, html`<majlis-ideas view="winners"></majlis-ideas>`);
    expect(text(part(el, 'winners'))).to.contain('Idea of the month, January 2026');
    expect(titles(el)).to.deep.equal(['q-esim']);
    await openIdea(el, 'q-esim');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="period"]')!.value = '2026-02';
    button(el, 'Mark as idea of the month')!.click();
    await waitUntil(() => all(el, '[part~="winner-badge"]').length === 2, 'the win is not shown');
    expect((await adapter.listIdeaWinners()).map((winner) => winner.period)).to.deep.equal(['2026-02', '2026-01']);
  });

  it('shows an error with a retry when ideas fail to load', async () => {
    const adapter = memory('member', { failures: { listIdeas: 'network' } });
    const el = await mount(adapter);
    expect(part(el, 'error')).to.exist;
    adapter.setSimulation({});
    part(el, 'retry-button')!.click();
    await waitUntil(() => titles(el).length === 4, 'the retry did not load the ideas');
  });

  it('tells a reader when the community has no ideas, and an anonymous reader to sign in', async () => {
    const el = await mount(memory(null));
    expect(button(el, 'Share an idea')).to.be.undefined;
    expect(text(el.shadowRoot!.querySelector('.hint'))).to.equal('Sign in to share an idea');
  });

  it('works with the keyboard: views are buttons, an idea opens with Enter and focus moves to the way back', async () => {
    const el = await mount(memory());
    const roadmap = button(el, 'Roadmap')!;
    roadmap.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'roadmap'), 'the roadmap did not open');
    expect(roadmap.getAttribute('aria-pressed')).to.equal('true');
    const link = el.shadowRoot!.querySelector<HTMLElement>('[data-idea="q-nl"]')!;
    link.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement === part(el, 'back-button'), 'focus did not move to the way back');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('data-idea') === 'q-nl', 'focus did not return to the idea');
  });

  for (const [name, wrap] of [['LTR', ltr], ['RTL', rtl]] as const) {
    it(`is accessible in ${name}: list (with the staff's evaluation filter and order), roadmap, winners and an idea with the team controls`, async () => {
      const el = await mount(memory('staff'), html`<majlis-ideas></majlis-ideas>`, wrap);
      await expect(el).to.be.accessible();
      el.sort = 'evaluation';
      el.evaluated = 'true';
      await waitUntil(() => titles(el).length === 1, 'the evaluated filter did not apply');
      await expect(el).to.be.accessible();
      el.view = 'roadmap';
      await settled(el);
      await expect(el).to.be.accessible();
      el.view = 'winners';
      await waitUntil(() => part(el, 'winners'), 'no winners');
      await expect(el).to.be.accessible();
      el.ideaId = 'q-esim';
      await waitUntil(() => part(el, 'staff'), 'no team controls');
      await expect(el).to.be.accessible();
      el.ideaId = '';
      el.view = 'list';
      await settled(el);
      const form = await openForm(el);
      fill(form, '#idea-body', 'Call +971 50 123 4567 about it');
      await waitUntil(() => part(form, 'personal-data-warning'), 'no personal-data warning while typing', { timeout: 3000 });
      await expect(el).to.be.accessible();
    });
  }
});
