import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { expect, html, waitUntil } from '../helpers/fixture.js';
import { demoAdapter, textOf } from '../helpers/community.js';
import { mountWith, part } from '../helpers/provider.js';
import { loadElement } from '../../src/core/lazy.js';
import type { MajlisQuestionList } from '../../src/components/question-list/question-list.js';
import type { MajlisUserCard } from '../../src/components/user-card/user-card.js';

const TAG = 'majlis-question-list';
const SELECTS = ['category-select', 'status-select', 'language-select', 'sort-select'];

before(() => loadElement(TAG));

const rows = (list: MajlisQuestionList) => [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part~="row"]')];
const visible = (element: Element | null) => Boolean(element?.checkVisibility());
const toggle = (list: MajlisQuestionList) => part(list, 'filters-button') as HTMLButtonElement;

/**
 * The list on a support page `width` px wide (a phone: 375), under the site's header (logo, breadcrumb, page title)
 * as in the demo. The filters follow the list's width (a container query), so a page of that width stands for the
 * screen (and works in every engine: WebDriver cannot resize the window).
 */
async function mount( width: number, { dir = 'ltr', lang = 'en', scheme = 'light', header = 160 } = {}): Promise<MajlisQuestionList> {
  const list = await mountWith<MajlisQuestionList>(
    await demoAdapter(),
    html`<majlis-question-list page-size="8"></majlis-question-list>`,
    TAG,
    (inner) => html`<div class="page" dir=${dir} lang=${lang} style="inline-size: ${width}px; color-scheme: ${scheme}; background: Canvas; color: CanvasText">
      <header style="block-size: ${header}px">Nuvo · Support · Community</header>
      <main style="padding-inline: 16px">${inner}</main>
    </div>`,
  );
  await waitUntil(() => rows(list).length > 0 && !list.shadowRoot!.querySelector('[aria-busy="true"]'), 'no rows');
  if (lang !== 'en') await waitUntil(() => toggle(list)?.textContent?.trim() !== 'Filters', 'catalog did not load');
  return list;
}

function choose(list: MajlisQuestionList, name: string, value: string): void {
  const select = part(list, name) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<majlis-question-list> on narrow and wide screens', () => {
  it('at 375 px shows the search box and a "Filters" button, and the first question within the first screen', async () => {
    const list = await mount(375);
    expect(visible(part(list, 'search-input')), 'search box').to.be.true;
    expect(visible(toggle(list)), 'Filters button').to.be.true;
    for (const name of SELECTS) expect(visible(part(list, name)), name).to.be.false;
    expect(toggle(list).getAttribute('aria-expanded')).to.equal('false');
    const [first] = rows(list);
    const page = list.closest('.page')!;
    const screen = page.getBoundingClientRect().top + 667; // a 375 × 667 phone screen, from the top of the page
    expect(first.getBoundingClientRect().bottom, 'the first question ends below the first screen').to.be.at.most(screen);
    expect(page.scrollWidth, 'horizontal scrolling').to.be.at.most(375);
  });

  it('shows and hides the selects with the button, which names what it controls', async () => {
    const list = await mount(375);
    const button = toggle(list);
    const controlled = list.shadowRoot!.getElementById(button.getAttribute('aria-controls')!);
    expect(controlled?.contains(part(list, 'category-select')), 'aria-controls does not name the selects').to.be.true;
    button.click();
    await list.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    for (const name of SELECTS) expect(visible(part(list, name)), name).to.be.true;
    // From the keyboard too.
    button.focus();
    await sendKeys({ press: 'Enter' });
    await list.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    for (const name of SELECTS) expect(visible(part(list, name)), name).to.be.false;
  });

  it('counts on the button the selects that differ from their default', async () => {
    const list = await mount(375);
    expect(part(list, 'filters-count'), 'a count with nothing chosen').to.equal(null);
    expect(textOf(toggle(list))).to.equal('Filters');
    toggle(list).click();
    await list.updateComplete;
    choose(list, 'category-select', 'network-quality');
    choose(list, 'status-select', 'solved');
    await list.updateComplete;
    expect(textOf(part(list, 'filters-count'))).to.equal('2');
    expect(textOf(toggle(list)), 'accessible name').to.equal('Filters22 active');
    choose(list, 'sort-select', 'votes');
    await list.updateComplete;
    expect(textOf(part(list, 'filters-count'))).to.equal('3');
    choose(list, 'status-select', 'all');
    await list.updateComplete;
    expect(textOf(part(list, 'filters-count'))).to.equal('2');
  });

  it('at 1280 px shows every select and no button, as before', async () => {
    const list = await mount(1280);
    expect(visible(toggle(list)), 'Filters button on a wide screen').to.be.false;
    for (const name of SELECTS) expect(visible(part(list, name)), name).to.be.true;
    // The four selects share one line under the search box.
    const tops = SELECTS.map((name) => Math.round(part(list, name)!.getBoundingClientRect().top));
    expect(new Set(tops).size, 'the selects wrap').to.equal(1);
  });

  it('says the count in Arabic, right to left', async () => {
    const list = await mount(375, { dir: 'rtl', lang: 'ar' });
    toggle(list).click();
    await list.updateComplete;
    choose(list, 'language-select', 'ar');
    await list.updateComplete;
    expect(textOf(toggle(list))).to.equal(`عوامل التصفية${new Intl.NumberFormat('ar-u-nu-latn').format(1)}عامل واحد مفعّل`);
    const search = part(list, 'search-input')!.getBoundingClientRect();
    expect(toggle(list).getBoundingClientRect().right, 'the button is not at the search box’s end (left)').to.be.at.most(search.left);
  });

  for (const [dir, lang] of [
    ['ltr', 'en'],
    ['rtl', 'ar'],
  ] as const) {
    for (const scheme of ['light', 'dark']) {
      it(`is accessible at 375 px, folded and open (${dir}, ${scheme})`, async () => {
        const list = await mount(375, { dir, lang, scheme });
        await expect(list).to.be.accessible();
        toggle(list).click();
        choose(list, 'status-select', 'solved');
        await list.updateComplete;
        await expect(list).to.be.accessible();
      });
    }
  }

  it('opens an author’s card above the rows below it', async () => {
    const list = await mount(375, { header: 0 });
    const cards = rows(list).map((row) => row.querySelector<MajlisUserCard>('majlis-user-card')!);
    const chipOf = (card: MajlisUserCard) => card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="user-card"]')!;
    // The second row's author: above or below it (the card flips to fit), the card reaches over another row.
    const first = cards[1];
    chipOf(first).click();
    await waitUntil(() => first.shadowRoot!.querySelector('[part~="stats"]'), 'the card did not open', { timeout: 5000 });
    const card = first.shadowRoot!.querySelector<HTMLElement>('[part~="popover"]')!;
    await waitUntil(() => card.dataset['placement'], 'the card was not placed');
    await Promise.all(first.shadowRoot!.getAnimations().map((animation) => animation.finished));
    const box = card.getBoundingClientRect();
    const r = (box: DOMRect) => [box.left, box.top, box.right, box.bottom] as const;
    const [left, top, right, bottom] = r(box);
    // Every point of the card a pointer can reach is the card's: its centre, and where it overlaps each row below.
    const points: [number, number][] = [[(left + right) / 2, (top + bottom) / 2]];
    for (const row of rows(list).filter((_, index) => index !== 1)) {
      const [l, t, rr, b] = r(row.getBoundingClientRect());
      if (t < bottom && b > top) points.push([(Math.max(l, left) + Math.min(rr, right)) / 2, (Math.max(t, top) + Math.min(b, bottom)) / 2]);
      const chip = row.querySelector<MajlisUserCard>('majlis-user-card');
      const c = chip && chipOf(chip).getBoundingClientRect();
      if (c && c.top < bottom && c.bottom > top && c.left < right && c.right > left) {
        points.push([(Math.max(c.left, left) + Math.min(c.right, right)) / 2, (Math.max(c.top, top) + Math.min(c.bottom, bottom)) / 2]);
      }
    }
    expect(points.length, 'the card does not reach over another row').to.be.at.least(2);
    for (const [x, y] of points) {
      const hit = first.shadowRoot!.elementFromPoint(x, y);
      expect(card.contains(hit), `at ${Math.round(x)},${Math.round(y)}: ${hit?.outerHTML.slice(0, 80)}`).to.be.true;
    }
  });
});
