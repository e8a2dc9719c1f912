// WCAG 2.2: pointer targets of at least 24 × 24 CSS px (2.5.8) and no horizontal scrolling at 320 px (1.4.10), in
// every view of the community, for a moderator (who gets every control), in LTR and RTL.
import '../../src/index.js';
import { loadElement } from '../../src/core/lazy.js';
import { expect, fixture, html, waitUntil } from '../helpers/fixture.js';
import { demoAdapter } from '../helpers/community.js';
import '../helpers/provider.js';
import type { MajlisCommunity } from '../../src/components/community/community.js';

const INTERACTIVE = 'button, a[href], select, input, textarea, [role="tab"], [tabindex="0"]';
/** Links inside running text are exempt (2.5.8 "inline"): a post's body, a list's excerpt. */
const RUNNING_TEXT = '[part~="body"], [part~="excerpt"], p';

/** Every visible interactive element under `root`, through shadow roots, with where it sits. */
function targets(root: ParentNode, inText = false): { element: HTMLElement; inText: boolean }[] {
  const found: { element: HTMLElement; inText: boolean }[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    const text = inText || Boolean(element.closest(RUNNING_TEXT));
    if (element.matches(INTERACTIVE) && element.checkVisibility()) found.push({ element, inText: text });
    if (element.shadowRoot) found.push(...targets(element.shadowRoot, text));
  }
  return found;
}

const describeTarget = (element: HTMLElement) =>
  `${element.localName}${element.getAttribute('part') ? `[part="${element.getAttribute('part')}"]` : ''} “${(element.textContent ?? element.getAttribute('aria-label') ?? '').trim().slice(0, 30)}”`;

function smallTargets(root: ParentNode): string[] {
  return targets(root)
    .filter(({ inText }) => !inText)
    // A radio or checkbox inside its label is pressed through the label: the label is the target.
    .map(({ element }) => ({ element, box: (element.matches('input') ? (element.closest('label') ?? element) : element).getBoundingClientRect() }))
    .filter(({ box }) => box.width < 24 || box.height < 24)
    .map(({ element, box }) => `${describeTarget(element)}: ${Math.round(box.width)} × ${Math.round(box.height)}`);
}

async function mount(dir: 'ltr' | 'rtl'): Promise<{ community: MajlisCommunity; page: HTMLElement }> {
  await loadElement('majlis-community');
  const page = await fixture<HTMLElement>(html`<div lang=${dir === 'rtl' ? 'ar' : 'en'} dir=${dir} style="inline-size: 320px; overflow: auto">
    <majlis-community .adapter=${await demoAdapter('u-sophie')} routing="none" heading-level="1"></majlis-community>
  </div>`);
  return { community: page.querySelector<MajlisCommunity>('majlis-community')!, page };
}

const ready = (community: MajlisCommunity, part: string) =>
  waitUntil(() => targets(community.shadowRoot!).some(({ element }) => element.matches(`[part~="${part}"]`)), `no ${part}`, { timeout: 5000 });

/** The list, a thread and the ask form in turn: none may have `problems`, nor make the page wider than `width`. */
async function everyView(
  community: MajlisCommunity,
  page: HTMLElement,
  { width, listReady, problems }: { width: number; listReady: string; problems: (root: ShadowRoot) => string[] },
): Promise<void> {
  const views = [
    ['list', listReady, 'the list'],
    ['question', 'accept-button', 'a thread'],
    ['ask', 'submit-button', 'the ask form'],
  ] as const;
  for (const [view, part, name] of views) {
    community.questionId = 'q-1';
    community.view = view;
    await ready(community, part);
    expect(problems(community.shadowRoot!), name).to.deep.equal([]);
    expect(page.scrollWidth, `${name} scrolls sideways`).to.be.at.most(width);
  }
}

describe('targets and reflow at 320 px', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    it(`the list, a thread and the ask form: targets of 24 px or more, no horizontal scrolling (${dir})`, async () => {
      const { community, page } = await mount(dir);
      await everyView(community, page, { width: 320, listReady: 'filters-button', problems: smallTargets });
    });
  }

  for (const [tag, part] of [
    ['majlis-leaderboard', 'metric-select'],
    ['majlis-moderation-queue', 'tab'],
  ] as const) {
    it(`<${tag}>: targets of 24 px or more, no horizontal scrolling (rtl)`, async () => {
      await loadElement(tag);
      const adapter = await demoAdapter('u-sophie');
      const page = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl" style="inline-size: 320px; overflow: auto">
        <majlis-test-provider .adapter=${adapter}>${tag === 'majlis-leaderboard' ? html`<majlis-leaderboard></majlis-leaderboard>` : html`<majlis-moderation-queue></majlis-moderation-queue>`}</majlis-test-provider>
      </div>`);
      const element = page.querySelector(tag)!;
      await waitUntil(() => targets(element.shadowRoot!).some((target) => target.element.matches(`[part~="${part}"]`)), `no ${part}`, { timeout: 5000 });
      await waitUntil(() => !element.shadowRoot!.querySelector('[aria-busy="true"]'), 'still loading', { timeout: 5000 });
      expect(smallTargets(element.shadowRoot!)).to.deep.equal([]);
      expect(page.scrollWidth, 'scrolls sideways').to.be.at.most(320);
    });
  }

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`a post with a long code line and a wide table: the code wraps, the table scrolls by keyboard too (${dir})`, async () => {
      const adapter = await demoAdapter('u-noura');
      const question = await adapter.askQuestion({
        title: 'My APN settings after the firmware update',
        body: [
          'The log says:',
          '```',
          'E/RIL(1234): SETUP_DATA_CALL failed apn=internet.operator.example.com cause=MISSING_UNKNOWN_APN retry=30000ms',
          '```',
          // Sixteen columns: more than 320 px can hold even with every cell broken to a letter a line.
          `| ${['Name', 'APN', 'MMSC', 'Proxy', 'Port', 'MCC', 'MNC', 'Type', 'Auth', 'User', 'Pass', 'Bearer', 'MVNO', 'Protocol', 'Roaming', 'Server'].join(' | ')} |`,
          `|${'---|'.repeat(16)}`,
          `| ${['Operator', 'internet', 'http://mms.operator.example/mmsc', '10.151.0.1', '8080', '206', '10', 'default', 'PAP', 'web', 'web', 'LTE', 'none', 'IPv4v6', 'IPv4', '*'].join(' | ')} |`,
        ].join('\n'),
        categoryId: 'other',
        language: 'en',
      });
      await loadElement('majlis-thread');
      const page = await fixture<HTMLElement>(html`<div lang=${dir === 'rtl' ? 'ar' : 'en'} dir=${dir} style="inline-size: 320px; overflow: auto">
        <majlis-test-provider .adapter=${adapter}><majlis-thread question-id=${question.id}></majlis-thread></majlis-test-provider>
      </div>`);
      const thread = page.querySelector('majlis-thread')!;
      const body = () => thread.shadowRoot!.querySelector('majlis-post[type="question"]')?.shadowRoot?.querySelector('[part~="body"]');
      await waitUntil(() => body()?.querySelector('table'), 'the table never rendered', { timeout: 5000 });
      const pre = body()!.querySelector('pre')!;
      const table = body()!.querySelector('table')!;
      expect(pre.scrollWidth, 'the code scrolls sideways').to.be.at.most(pre.clientWidth);
      expect(table.scrollWidth, 'this table is wide enough to scroll').to.be.above(table.clientWidth);
      expect(table.tabIndex, 'the scrolling table is focusable').to.equal(0);
      expect(page.scrollWidth, 'the page scrolls sideways').to.be.at.most(320);
      await expect(thread).to.be.accessible();
    });
  }

  it('finds a small target', async () => {
    const small = await fixture<HTMLElement>(html`<div><button style="inline-size: 20px; block-size: 20px; padding: 0">×</button></div>`);
    expect(smallTargets(small)).to.deep.equal(['button “×”: 20 × 20']);
  });
});

/** Elements under `root` whose text is cut off: content larger than a box that hides its overflow. */
function clipped(root: ParentNode): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    if (element.shadowRoot) found.push(...clipped(element.shadowRoot));
    if (!element.checkVisibility() || element.matches('.visually-hidden, [aria-hidden="true"] *') || !element.textContent?.trim()) continue;
    const style = getComputedStyle(element);
    const hides = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
    const cutX = hides(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
    const cutY = hides(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
    if (cutX || cutY) found.push(`${describeTarget(element)}: ${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight}`);
  }
  return found;
}

// WCAG 1.4.4: text resized to 200 % (the reader's default font size doubled, as "zoom text only" does) loses nothing.
describe('text at 200 %', () => {
  let fontSize = '';
  beforeEach(() => {
    fontSize = document.documentElement.style.fontSize;
    document.documentElement.style.fontSize = '200%';
  });
  afterEach(() => {
    document.documentElement.style.fontSize = fontSize;
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`the list, a thread and the ask form: nothing cut off, no sideways scrolling at 1280 px (${dir})`, async () => {
      await loadElement('majlis-community');
      const page = await fixture<HTMLElement>(html`<div lang=${dir === 'rtl' ? 'ar' : 'en'} dir=${dir} style="inline-size: 1280px; overflow: auto; font-size: 1rem">
        <majlis-community .adapter=${await demoAdapter('u-sophie')} routing="none" heading-level="1"></majlis-community>
      </div>`);
      const community = page.querySelector<MajlisCommunity>('majlis-community')!;
      await ready(community, 'search-input');
      const list = community.shadowRoot!.querySelector('majlis-question-list')!.shadowRoot!;
      await waitUntil(() => list.querySelector('[part~="title"]'), 'no question in the list', { timeout: 5000 });
      expect(parseFloat(getComputedStyle(list.querySelector('[part~="title"]')!).fontSize), 'a title at 200 %').to.be.at.least(28);
      await everyView(community, page, { width: 1280, listReady: 'search-input', problems: clipped });
    });
  }

  it('finds text cut off', async () => {
    const box = await fixture<HTMLElement>(html`<div><p style="inline-size: 40px; overflow: hidden; white-space: nowrap">A title far too long</p></div>`);
    expect(clipped(box)).to.have.length(1);
  });
});
