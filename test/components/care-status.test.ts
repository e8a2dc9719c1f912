import { aTimeout, expect, html, oneEvent, waitUntil } from '../helpers/fixture.js';
import { mountWith, part } from '../helpers/provider.js';
import { MemoryAdapter } from '../../src/adapters/memory.js';
import type { CommunityAdapter } from '../../src/core/adapter.js';
import type { CareSchedule } from '../../src/core/care-schedule.js';
import { defineOnce } from '../../src/core/element.js';
import { MajlisUnansweredEvent } from '../../src/core/care.js';
import type { CareStats } from '../../src/core/types.js';
import { conformanceSeed } from '../../src/testing/conformance.js';
import { MajlisCareStatus } from '../../src/components/care-status/care-status.js';

defineOnce('majlis-care-status', MajlisCareStatus);

const always: CareSchedule = { timeZone: 'Asia/Dubai', always: true };
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
/** Every day in UTC, but today and tomorrow are holidays: experts are back the day after tomorrow at midnight UTC. */
const closedTwoDays = (): CareSchedule => ({ timeZone: 'UTC', always: true, holidays: [day(0), day(1)] });

/** The in-browser adapter, its `careStats` answering `stats` (or failing) and counting its calls. */
function adapterWith(stats: CareStats | Error | null): CommunityAdapter & { statsCalls: number } {
  const adapter = new MemoryAdapter({ seed: structuredClone(conformanceSeed), viewerId: null }) as MemoryAdapter & { statsCalls: number };
  adapter.statsCalls = 0;
  if (stats === null) {
    Object.defineProperty(adapter, 'careStats', { value: undefined });
  } else {
    adapter.careStats = () => {
      adapter.statsCalls++;
      return stats instanceof Error ? Promise.reject(stats) : Promise.resolve(stats);
    };
  }
  return adapter;
}

const ninetyMinutes: CareStats = { days: 30, answered: 12, medianFirstReplySeconds: 5400 };

async function mount(adapter: CommunityAdapter, schedule: CareSchedule | string, { lang = 'en-GB', dir = 'ltr' } = {}) {
  const el = await mountWith<MajlisCareStatus>(
    adapter,
    html`<majlis-care-status time-zone="UTC" .schedule=${schedule}></majlis-care-status>`,
    'majlis-care-status',
    (inner) => html`<div lang=${lang} dir=${dir}>${inner}</div>`,
  );
  await el.updateComplete;
  return el;
}

const text = (el: MajlisCareStatus) => part(el, 'status')?.textContent?.replace(/\s+/g, ' ').trim();

describe('<majlis-care-status>', () => {
  it('says experts are online around the clock, with the typical reply time from the adapter', async () => {
    const adapter = adapterWith(ninetyMinutes);
    const el = await mount(adapter, always);
    await waitUntil(() => text(el)?.includes('within'), 'the reply time never showed');
    expect(text(el)).to.equal('Our experts are online — typical reply within 2 hours');
    expect(el.matches(':state(online)')).to.equal(true);
    expect(adapter.statsCalls).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('takes the schedule as JSON in its attribute', async () => {
    const el = await mount(adapterWith(null), '{ "timeZone": "Asia/Ho_Chi_Minh", "always": true }');
    expect(text(el)).to.equal('Our experts are online');
  });

  it('leaves the reply time out when the adapter cannot tell or fails', async () => {
    expect(text(await mount(adapterWith(null), always))).to.equal('Our experts are online');
    const failing = adapterWith(new Error('offline'));
    const el = await mount(failing, always);
    await waitUntil(() => failing.statsCalls === 1, 'careStats was never asked');
    await el.updateComplete;
    expect(text(el)).to.equal('Our experts are online');
    expect(part(el, 'error')).to.equal(null);
  });

  it('says when experts are back, in the reader’s time zone, and that members may answer sooner', async () => {
    const el = await mount(adapterWith(ninetyMinutes), closedTwoDays());
    const weekday = new Date(`${day(2)}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
    expect(text(el)).to.match(new RegExp(`^Back ${weekday} 00:00 \\(in \\d+ (hours|days)\\); members may answer sooner$`));
    expect(el.matches(':state(online)')).to.equal(false);
    expect(part(el, 'indicator')).to.exist;
  });

  it('explains a schedule that is not valid as a configuration error', async () => {
    const el = await mount(adapterWith(null), { timeZone: 'Mars/Olympus', always: true });
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent?.trim()).to.equal('The customer care hours of this page are not set up correctly.');
    expect(part(el, 'status')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('fires majlis-unanswered once for a question older than its hours without an answer by staff or an expert', async () => {
    const schedule = { ...always, unansweredHours: { default: 24, roaming: 2 } };
    const events: MajlisUnansweredEvent[] = [];
    const record = (event: MajlisUnansweredEvent) => events.push(event);
    document.addEventListener(MajlisUnansweredEvent.type, record);
    const unanswered = conformanceSeed.questions.find((question) => question.id === 'q-vi')!;
    const fired = oneEvent(document, MajlisUnansweredEvent.type);
    const el = await mountWith<MajlisCareStatus>(
      adapterWith(null),
      html`<majlis-care-status .schedule=${schedule} question-id="q-vi"></majlis-care-status>`,
      'majlis-care-status',
    );
    expect(((await fired) as MajlisUnansweredEvent).detail).to.deep.equal({
      questionId: 'q-vi',
      askedAt: new Date(unanswered.createdAt).toISOString(),
      hours: unanswered.categoryId === 'roaming' ? 2 : 24,
    });
    el.requestUpdate();
    await el.updateComplete;
    // q-open has answers by an expert and staff: never unanswered.
    await mountWith<MajlisCareStatus>(
      adapterWith(null),
      html`<majlis-care-status .schedule=${schedule} question-id="q-open"></majlis-care-status>`,
      'majlis-care-status',
    );
    await aTimeout(100);
    document.removeEventListener(MajlisUnansweredEvent.type, record);
    expect(events.map((event) => event.detail.questionId)).to.deep.equal(['q-vi']);
  });

  for (const [lang, dir, expected] of [
    ['en', 'ltr', 'Our experts are online — typical reply within 2 hours'],
    ['ar', 'rtl', 'خبراؤنا متّصلون الآن — نردّ عادةً خلال ساعتين'],
  ] as const) {
    it(`is accessible in ${dir} (${lang}), online and away`, async () => {
      const online = await mount(adapterWith(ninetyMinutes), always, { lang, dir });
      await waitUntil(() => text(online) === expected, `expected "${expected}", got "${text(online)}"`);
      await expect(online).to.be.accessible();
      const away = await mount(adapterWith(ninetyMinutes), closedTwoDays(), { lang, dir });
      await waitUntil(() => text(away) && text(away) !== 'Back', 'the away text never showed');
      await expect(away).to.be.accessible();
    });
  }
});
