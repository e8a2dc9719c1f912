import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '../helpers/fixture.js';
import { FakeAdapter, deferred } from '../helpers/fake-adapter.js';
import { RecognitionAdapter, earned } from '../helpers/recognition-adapter.js';
import '../helpers/provider.js';
import { MajlisError } from '../../src/core/adapter.js';
import { defineOnce } from '../../src/core/element.js';
import type { MajlisErrorEvent } from '../../src/core/events.js';
import type { Role, User, UserProfile } from '../../src/core/types.js';
import { MajlisUserCard } from '../../src/components/user-card/user-card.js';

defineOnce('majlis-user-card', MajlisUserCard);

const layla: User = { id: 'u-layla', name: 'Layla (Nuvo Support)', role: 'staff', reputation: 1200, joinedAt: '2021-03-01T00:00:00Z' };
const sam: User = { id: 'u-sam', name: 'Sam Peeters', role: 'member', reputation: 40, joinedAt: '2024-05-10T00:00:00Z' };

interface Mounted {
  root: HTMLElement;
  card: MajlisUserCard;
  adapter: FakeAdapter;
}

/** A user card inside a store provider, inside a padded wrapper (`dir`, `lang`, extra style). */
async function mount(
  card: TemplateResult,
  { adapter = new FakeAdapter(), dir = 'ltr', lang = 'en', style = '' } = {},
): Promise<Mounted> {
  const root = await fixture<HTMLElement>(html`<div dir=${dir} lang=${lang} style="padding: 40px 120px; ${style}">
    <button id="before" type="button">Before</button>
    <majlis-test-provider .adapter=${adapter}>${card}</majlis-test-provider>
    <button id="after" type="button">After</button>
  </div>`);
  const element = root.querySelector('majlis-user-card')!;
  await element.updateComplete;
  return { root, card: element, adapter };
}

const part = (card: MajlisUserCard, name: string) => card.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const chip = (card: MajlisUserCard) => part(card, 'user-card') as HTMLButtonElement;
/** The card: rendered once its code has loaded (the first hover, focus or click of the chip). */
const popover = (card: MajlisUserCard) => part(card, 'popover')!;
const inChip = (card: MajlisUserCard, name: string) => chip(card).querySelector<HTMLElement>(`[part~="${name}"]`);

/** Waits until the popover is open, positioned, showing its figures and done animating in. */
async function opened(card: MajlisUserCard): Promise<void> {
  // The first open fetches the card's and Floating UI's modules: allow for a slow machine.
  await waitUntil(() => part(card, 'popover')?.dataset['placement'] && part(card, 'stats'), 'the popover did not open with stats', {
    timeout: 5000,
  });
  await Promise.all(card.shadowRoot!.getAnimations().map((animation) => animation.finished));
}

function stats(card: MajlisUserCard): Record<string, string> {
  const rows = [...part(card, 'stats')!.querySelectorAll('dt')];
  return Object.fromEntries(rows.map((dt) => [dt.textContent.trim(), dt.nextElementSibling!.textContent.trim()]));
}

function centre(element: Element): [number, number] {
  const r = element.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

/** The sRGB channels of any CSS colour, as the engine paints it. */
function rgb(color: string): [number, number, number] {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = rgb(color).map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('<majlis-user-card>', () => {
  afterEach(async () => {
    await resetMouse();
  });

  // First in this file: no chip has been pointed at, focused or clicked on this page yet.
  it('loads the card’s code only when a chip is first pointed at, focused or clicked', async () => {
    const requested = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('user-card-popover'));
    const { card } = await mount(html`<majlis-user-card .user=${layla}></majlis-user-card>`);
    expect(requested(), 'requested before any intent').to.be.false;
    await sendMouse({ type: 'move', position: centre(chip(card)) });
    await opened(card);
    expect(requested()).to.be.true;
  });

  describe('chip', () => {
    it('shows initials, the name and no badge for a member', async () => {
      const { card } = await mount(html`<majlis-user-card .user=${sam}></majlis-user-card>`);
      expect(inChip(card, 'avatar')!.textContent.trim()).to.equal('SP');
      expect(inChip(card, 'avatar')!.getAttribute('aria-hidden')).to.equal('true');
      expect(inChip(card, 'name')!.localName).to.equal('bdi');
      expect(inChip(card, 'name')!.textContent).to.equal('Sam Peeters');
      expect(inChip(card, 'role-badge') === null, 'a member has a badge').to.be.true;
      expect(chip(card).localName).to.equal('button');
    });

    it('shows a localized badge for staff, experts and moderators', async () => {
      const expected: [Role, string][] = [
        ['staff', 'Staff'],
        ['expert', 'Expert'],
        ['moderator', 'Moderator'],
      ];
      for (const [role, text] of expected) {
        const { card } = await mount(html`<majlis-user-card .user=${{ ...layla, role }}></majlis-user-card>`);
        expect(inChip(card, 'role-badge')?.textContent, role).to.equal(text);
      }
      const { card } = await mount(html`<majlis-user-card .user=${layla}></majlis-user-card>`, { lang: 'fr' });
      await waitUntil(() => inChip(card, 'role-badge')?.textContent === 'Équipe', 'French badge');
    });

    it('takes initials from the first two words that have a letter', async () => {
      const { card } = await mount(html`<majlis-user-card .user=${layla}></majlis-user-card>`);
      expect(inChip(card, 'avatar')!.textContent.trim()).to.equal('LN');
      card.user = { ...sam, name: 'đặng  văn  an' };
      await card.updateComplete;
      expect(inChip(card, 'avatar')!.textContent.trim()).to.equal('ĐV');
    });

    it('takes the first letter of each of the first two words of an Arabic name, unjoined', async () => {
      const user: User = { ...sam, id: 'u-ar', name: 'ليلى حداد الشمري' };
      const { card } = await mount(html`<majlis-user-card .user=${user}></majlis-user-card>`, { dir: 'rtl', lang: 'ar' });
      expect(inChip(card, 'avatar')!.textContent.trim()).to.equal('ل\u200cح');
    });

    it('colours initials by id, readable in light and dark', async () => {
      const ids = ['u-1', 'u-2', 'u-3', 'u-4', 'u-5', 'u-6'];
      const backgrounds = new Set<string>();
      for (const scheme of ['light', 'dark']) {
        for (const id of ids) {
          const { card } = await mount(html`<majlis-user-card .user=${{ ...sam, id }}></majlis-user-card>`, {
            style: `color-scheme: ${scheme}`,
          });
          const style = getComputedStyle(inChip(card, 'avatar')!);
          backgrounds.add(style.backgroundColor);
          expect(contrast(style.color, style.backgroundColor), `${id} ${scheme}`).to.be.at.least(4.5);
        }
      }
      expect(backgrounds.size).to.be.at.least(8);
    });

    it('shows an absolute http(s) avatar, and initials for relative or broken ones', async () => {
      const { card } = await mount(
        html`<majlis-user-card .user=${{ ...sam, avatarUrl: 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg"/%3E' }}></majlis-user-card>`,
      );
      expect(inChip(card, 'avatar')!.localName, 'data: URL').to.equal('span');

      card.user = { ...sam, avatarUrl: '/avatars/sam.png' };
      await card.updateComplete;
      expect(inChip(card, 'avatar')!.localName, 'relative URL').to.equal('span');

      card.user = { ...sam, avatarUrl: new URL('/missing-avatar.png', location.origin).href };
      await card.updateComplete;
      const img = inChip(card, 'avatar') as HTMLImageElement;
      expect(img.localName).to.equal('img');
      expect(img.getAttribute('alt')).to.equal('');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
      await waitUntil(() => inChip(card, 'avatar')!.localName === 'span', 'no fallback after the image failed');
      expect(inChip(card, 'avatar')!.textContent.trim()).to.equal('SP');
    });

    it('loads a member it only has the id of, showing a placeholder meanwhile', async () => {
      const adapter = new FakeAdapter();
      const gate = deferred<void>();
      const getUser = adapter.getUser.bind(adapter);
      adapter.getUser = async (id) => {
        await gate.promise;
        return getUser(id);
      };
      const { card } = await mount(html`<majlis-user-card user-id="u-sam"></majlis-user-card>`, { adapter });
      expect(inChip(card, 'name') === null, 'a name before loading').to.be.true;
      expect(chip(card).textContent).to.contain('Loading…');
      expect(card.matches(':state(loading)')).to.be.true;
      gate.resolve();
      await waitUntil(() => inChip(card, 'name')?.textContent === 'Sam Peeters', 'the member did not load');
      expect(adapter.calls.filter((c) => c.method === 'getUser')).to.deep.equal([{ method: 'getUser', args: ['u-sam'] }]);
      expect(card.matches(':state(loading)')).to.be.false;
    });

    it('does not fetch a member passed as a property until the card opens', async () => {
      const { card, adapter } = await mount(html`<majlis-user-card .user=${layla}></majlis-user-card>`);
      expect(adapter.calls.some((c) => c.method === 'getUser')).to.be.false;
      chip(card).click();
      await opened(card);
      expect(adapter.calls.filter((c) => c.method === 'getUser')).to.have.length(1);
    });
  });

  describe('popover', () => {
    it('opens on click with the profile’s figures, formatted', async () => {
      const { card } = await mount(html`<majlis-user-card user-id="u-layla"></majlis-user-card>`);
      expect(chip(card).getAttribute('aria-expanded')).to.equal('false');
      // The card is rendered once its code has loaded (on the first hover, focus or click): a chip controls it from then on.
      expect(part(card, 'popover'), 'a card before its code loaded').to.equal(null);
      expect(chip(card).hasAttribute('aria-controls')).to.be.false;
      chip(card).click();
      await opened(card);
      expect(chip(card).getAttribute('aria-expanded')).to.equal('true');
      expect(chip(card).getAttribute('aria-controls')).to.equal(popover(card).id);
      expect(card.matches(':state(open)')).to.be.true;
      expect(stats(card)).to.deep.equal({
        Reputation: '1,200 points',
        Position: '#1 in the community',
        'Accepted solutions': '1',
        'Kudos received': '9',
        'Member since': 'March 2021',
      });
      const labelledBy = card.shadowRoot!.getElementById(popover(card).getAttribute('aria-labelledby')!);
      expect(labelledBy?.textContent).to.equal('Layla (Nuvo Support)');
      expect(popover(card).querySelector('[part~="role-badge"]')?.textContent).to.equal('Staff');
    });

    it('shows the figures in Arabic, right to left', async () => {
      const { card } = await mount(html`<majlis-user-card user-id="u-layla"></majlis-user-card>`, { dir: 'rtl', lang: 'ar' });
      await waitUntil(() => inChip(card, 'role-badge')?.textContent === 'موظف', 'Arabic catalog');
      chip(card).click();
      await opened(card);
      const n = (value: number) => new Intl.NumberFormat('ar-u-nu-latn').format(value);
      expect(stats(card)).to.deep.equal({
        السمعة: `${n(1200)} نقطة`,
        المركز: `المرتبة ${n(1)} في المجتمع`,
        'الحلول المقبولة': n(1),
        'الإعجابات المتلقّاة': n(9),
        'عضو منذ': new Intl.DateTimeFormat('ar-u-nu-latn', { year: 'numeric', month: 'long' }).format(new Date('2021-03-01T00:00:00Z')),
      });
    });

    it('opens on keyboard focus; Enter keeps it open', async () => {
      const { root, card } = await mount(html`<majlis-user-card .user=${layla}></majlis-user-card>`);
      root.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      await opened(card);
      expect(card.shadowRoot!.activeElement === chip(card), 'focus is not on the chip').to.be.true;
      expect(chip(card).getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Enter' });
      await card.updateComplete;
      expect(chip(card).getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Enter' });
      await card.updateComplete;
      expect(chip(card).getAttribute('aria-expanded'), 'a second Enter closes it').to.equal('false');
    });

    it('closes on Escape and returns focus to the chip', async () => {
      const { card } = await mount(html`<majlis-user-card .user=${layla}></majlis-user-card>`);
      chip(card).click();
      await opened(card);
      await sendKeys({ press: 'Escape' });
      await card.updateComplete;
      expect(popover(card).hidden).to.be.true;
      expect(chip(card).getAttribute('aria-expanded')).to.equal('false');
      expect(card.shadowRoot!.activeElement === chip(card), 'focus is not on the chip').to.be.true;
    });

    it('closes on a click outside, not on a click inside', async () => {
      const { root, card } = await mount(html`<majlis-user-card .user=${layla}></majlis-user-card>`);
      await sendMouse({ type: 'click', position: centre(chip(card)) });
      await opened(card);
      await sendMouse({ type: 'click', position: centre(part(card, 'stats')!) });
      expect(popover(card).hidden).to.be.false;
      await sendMouse({ type: 'click', position: centre(root.querySelector('#after')!) });
      await card.updateComplete;
      expect(popover(card).hidden).to.be.true;
    });

    it('opens when the pointer rests on the chip for a moment, and closes when it leaves', async () => {
      const { card } = await mount(html`<majlis-user-card .user=${layla}></majlis-user-card>`);
      const start = performance.now();
      await sendMouse({ type: 'move', position: centre(chip(card)) });
      await aTimeout(120);
      expect(part(card, 'popover')?.hidden ?? true, 'opened too soon').to.be.true;
      await opened(card);
      expect(performance.now() - start).to.be.at.least(280);
      await sendMouse({ type: 'move', position: [2, 2] });
      await waitUntil(() => popover(card).hidden, 'did not close after the pointer left');
    });

    it('sits below the chip, aligned to its start edge: left in LTR, right in RTL', async () => {
      for (const dir of ['ltr', 'rtl']) {
        const { card } = await mount(html`<majlis-user-card .user=${layla}></majlis-user-card>`, { dir });
        chip(card).click();
        await opened(card);
        const c = chip(card).getBoundingClientRect();
        const p = popover(card).getBoundingClientRect();
        expect(p.top, dir).to.be.within(c.bottom, c.bottom + 12);
        if (dir === 'ltr') expect(p.left, dir).to.be.closeTo(c.left, 1);
        else expect(p.right, dir).to.be.closeTo(c.right, 1);
        expect(getComputedStyle(popover(card)).position).to.equal('fixed');
      }
    });

    it('flips above the chip at the bottom of the viewport', async () => {
      const { card } = await mount(html`<majlis-user-card .user=${layla}></majlis-user-card>`, {
        style: 'position: fixed; inset-block-end: 0; inset-inline-start: 0; padding: 4px 120px',
      });
      chip(card).click();
      await opened(card);
      const c = chip(card).getBoundingClientRect();
      const p = popover(card).getBoundingClientRect();
      expect(p.bottom).to.be.within(c.top - 12, c.top);
      expect(p.top).to.be.at.least(0);
    });

    it('stays above the author chips of the rows below it, each in a stacking context of its own', async () => {
      // A question list's rows: every chip is lifted (`position: relative; z-index: 1`) over its row's link.
      const { root } = await mount(html`<ol style="margin: 0; padding: 0; list-style: none">
        ${[layla, sam, layla, sam, layla, sam, layla, sam].map(
          (user) => html`<li style="position: relative; padding-block: 2px">
            <majlis-user-card .user=${user} style="position: relative; z-index: 1"></majlis-user-card>
          </li>`,
        )}
      </ol>`);
      const [first, ...below] = [...root.querySelectorAll('majlis-user-card')];
      chip(first).click();
      await opened(first);
      const card = popover(first);
      const box = card.getBoundingClientRect();
      const covered = below.filter((other) => {
        const c = chip(other).getBoundingClientRect();
        return c.top < box.bottom && c.bottom > box.top;
      });
      expect(covered.length, 'the card does not reach over the rows below').to.be.at.least(2);
      // What a pointer finds at the card's centre, and where it overlaps each chip below, is the card.
      const hit = (x: number, y: number) => first.shadowRoot!.elementFromPoint(x, y);
      const [x, y] = centre(card);
      expect(card.contains(hit(x, y)), `the card's centre hits ${hit(x, y)?.outerHTML.slice(0, 60)}`).to.be.true;
      for (const other of covered) {
        const c = chip(other).getBoundingClientRect();
        const px = (Math.max(c.left, box.left) + Math.min(c.right, box.right)) / 2;
        const py = (Math.max(c.top, box.top) + Math.min(c.bottom, box.bottom)) / 2;
        expect(card.contains(hit(px, py)), 'a chip below shows through the card').to.be.true;
      }
      // The keyboard still works through it: Escape closes and focus goes back to the chip.
      await sendKeys({ press: 'Escape' });
      await first.updateComplete;
      expect(card.hidden).to.be.true;
      expect(first.shadowRoot!.activeElement === chip(first), 'focus is not on the chip').to.be.true;
    });

    it('shows a localized error with a retry that works', async () => {
      const adapter = new FakeAdapter();
      const getUser = adapter.getUser.bind(adapter);
      let failures = 1;
      adapter.getUser = (id) => (failures-- > 0 ? Promise.reject(new MajlisError('network', 'offline')) : getUser(id));
      const { card } = await mount(html`<majlis-user-card .user=${layla}></majlis-user-card>`, { adapter });
      const failed = oneEvent<MajlisErrorEvent>(card, 'majlis-error');
      chip(card).click();
      expect((await failed).detail).to.include({ operation: 'load' });
      await waitUntil(() => part(card, 'error'), 'no error shown');
      expect(part(card, 'error')!.textContent).to.contain('couldn’t reach the community');
      expect(part(card, 'stats') === null, 'figures despite the error').to.be.true;
      part(card, 'retry-button')!.click();
      await opened(card);
      expect(stats(card)['Position']).to.equal('#1 in the community');
    });

    it('returns focus from inside the popover to the chip on Escape', async () => {
      const adapter = new FakeAdapter();
      adapter.getUser = () => Promise.reject(new MajlisError('unavailable', 'down'));
      const { card } = await mount(html`<majlis-user-card .user=${layla}></majlis-user-card>`, { adapter });
      chip(card).click();
      await waitUntil(() => part(card, 'retry-button'), 'no retry button');
      part(card, 'retry-button')!.focus();
      await sendKeys({ press: 'Escape' });
      await card.updateComplete;
      expect(popover(card).hidden).to.be.true;
      expect(card.shadowRoot!.activeElement === chip(card), 'focus is not on the chip').to.be.true;
    });
  });

  describe('recognition', () => {
    it('shows the named rank, the points to the next one and the earned badges with their dates', async () => {
      const adapter = new RecognitionAdapter();
      adapter.badges['u-sam'] = [earned('first-question', '2024-05-11T08:00:00Z'), earned('first-answer', '2024-06-02T08:00:00Z')];
      const { card } = await mount(html`<majlis-user-card user-id="u-sam"></majlis-user-card>`, { adapter });
      chip(card).click();
      await opened(card);
      await waitUntil(() => part(card, 'next-rank'), 'no rank shown');
      expect(stats(card)['Rank']).to.equal('Newcomer10 points to Member');
      expect(part(card, 'next-rank')!.textContent.trim()).to.equal('10 points to Member');
      const badges = [...popover(card).querySelectorAll('[part~="badge"]')];
      expect(badges.map((badge) => badge.querySelector('span')!.textContent)).to.deep.equal(['First question', 'First answer']);
      expect(badges[0].getAttribute('title')).to.equal('Earned on May 11, 2024');
      expect(badges[0].textContent).to.contain('Earned on May 11, 2024');
    });

    it('uses an operator’s own rank and badge names, and says nothing of a next rank at the top', async () => {
      const adapter = new RecognitionAdapter();
      adapter.rules.ranks = [
        { id: 'starter', threshold: 0, names: { en: 'Starter', ar: 'مبتدئ' } },
        { id: 'mentor', threshold: 1000, names: { en: 'Mentor', ar: 'مرشد' } },
      ];
      adapter.rules.badges = [{ id: 'roaming-hero', metric: 'solutions', threshold: 5, names: { en: 'Roaming hero' } }];
      adapter.badges['u-layla'] = [earned('roaming-hero')];
      const { card } = await mount(html`<majlis-user-card user-id="u-layla"></majlis-user-card>`, { adapter });
      chip(card).click();
      await opened(card);
      await waitUntil(() => stats(card)['Rank'], 'no rank shown');
      expect(stats(card)['Rank']).to.equal('Mentor');
      expect(part(card, 'next-rank')).to.be.null;
      expect(popover(card).querySelector('[part~="badge"] span')!.textContent).to.equal('Roaming hero');
    });

    it('explains how reputation works from the rules, in a disclosure', async () => {
      const adapter = new RecognitionAdapter();
      adapter.rules.reputation = { answerKudos: 10, questionKudos: 5, acceptedAnswer: 15, questionAsked: 2, dailyKudosCap: 200 };
      const { card } = await mount(html`<majlis-user-card user-id="u-layla"></majlis-user-card>`, { adapter });
      chip(card).click();
      await opened(card);
      await waitUntil(() => part(card, 'rules'), 'no rules');
      const rules = part(card, 'rules') as HTMLDetailsElement;
      expect(rules.open).to.be.false;
      const summary = rules.querySelector('summary')!;
      expect(summary.textContent).to.equal('How reputation works');
      summary.focus();
      await sendKeys({ press: 'Enter' });
      expect(rules.open).to.be.true;
      expect(popover(card).hidden, 'the card stays open').to.be.false;
      const lines = [...rules.querySelectorAll('.points li')].map((li) => li.textContent);
      expect(lines).to.deep.equal([
        '+10 points for each kudos on an answer',
        '+5 points for each kudos on a question',
        '+15 points for an accepted solution',
        '+2 points for each question asked',
        'At most 200 points a day from kudos',
      ]);
      const [ranks, badges] = [...rules.querySelectorAll('dl')].map((dl) =>
        Object.fromEntries([...dl.querySelectorAll('div')].map((row) => [row.querySelector('dt')!.textContent, row.querySelector('dd')!.textContent])),
      );
      expect(ranks).to.deep.equal({
        Newcomer: 'from 0 points',
        Member: 'from 50 points',
        Helper: 'from 200 points',
        Expert: 'from 1,000 points',
        Guru: 'from 5,000 points',
      });
      expect(badges['First solution']).to.equal('Have an answer accepted as the solution');
      expect(badges['Ten solutions']).to.equal('Have 10 answers accepted as solutions');
      expect(badges['Hundred kudos']).to.equal('Receive 100 kudos');
      expect(badges['Polyglot']).to.equal('Give helpful answers in 3 languages');
      await expect(card).to.be.accessible();
    });

    it('leaves out asking and the cap when they earn or limit nothing', async () => {
      const adapter = new RecognitionAdapter();
      adapter.rules.reputation = { ...adapter.rules.reputation, questionAsked: 0, dailyKudosCap: null };
      const { card } = await mount(html`<majlis-user-card user-id="u-layla"></majlis-user-card>`, { adapter });
      chip(card).click();
      await opened(card);
      await waitUntil(() => part(card, 'rules'), 'no rules');
      expect(part(card, 'rules')!.querySelectorAll('.points li')).to.have.length(3);
    });

    it('shows the rank and rules in Arabic, right to left, accessibly', async () => {
      const adapter = new RecognitionAdapter();
      adapter.badges['u-layla'] = [earned('first-solution')];
      const { card } = await mount(html`<majlis-user-card user-id="u-layla"></majlis-user-card>`, { adapter, dir: 'rtl', lang: 'ar' });
      await waitUntil(() => inChip(card, 'role-badge')?.textContent === 'موظف', 'Arabic catalog');
      chip(card).click();
      await opened(card);
      await waitUntil(() => part(card, 'rules'), 'no rules');
      expect(stats(card)['الرتبة']).to.contain('خبير');
      expect(part(card, 'next-rank')!.textContent).to.contain('مرجع');
      expect(popover(card).querySelector('[part~="badge"] span')!.textContent).to.equal('الحل الأول');
      (part(card, 'rules') as HTMLDetailsElement).open = true;
      await expect(card).to.be.accessible();
    });

    it('shows no rank and no rules without the recognition capability', async () => {
      const { card } = await mount(html`<majlis-user-card user-id="u-layla"></majlis-user-card>`);
      chip(card).click();
      await opened(card);
      expect(stats(card)).to.not.have.property('Rank');
      expect(part(card, 'rules')).to.be.null;
    });
  });

  describe('accessibility', () => {
    for (const dir of ['ltr', 'rtl']) {
      for (const scheme of ['light', 'dark']) {
        it(`passes axe closed and open (${dir}, ${scheme})`, async () => {
          const user: UserProfile = {
            ...layla,
            ...(dir === 'rtl' ? { name: 'ليلى حداد' } : {}),
            rank: 3,
            stats: { questions: 4, answers: 80, acceptedAnswers: 31, kudosReceived: 512 },
          };
          const { card } = await mount(html`<majlis-user-card .user=${user}></majlis-user-card>`, {
            dir,
            lang: dir === 'rtl' ? 'ar' : 'en',
            style: `color-scheme: ${scheme}; background: Canvas; color: CanvasText`,
          });
          await expect(card).to.be.accessible();
          chip(card).click();
          await opened(card);
          await expect(card).to.be.accessible();
        });
      }
    }
  });
});
