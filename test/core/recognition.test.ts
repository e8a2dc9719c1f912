import { expect } from '../helpers/fixture.js';
import { supports } from '../../src/core/adapter.js';
import type { CommunityAdapter } from '../../src/core/adapter.js';
import {
  DEFAULT_RECOGNITION,
  REPUTATION,
  badgesEarned,
  periodStart,
  rankFor,
  readLeaderboardQuery,
  recognitionRules,
  validateRules,
} from '../../src/core/recognition.js';
import { leaderboardShape, recognitionRulesShape } from '../../src/core/shapes.js';
import type { RecognitionRules } from '../../src/core/types.js';

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** The wall-clock time of `date` in `timeZone`, `YYYY-MM-DD HH:MM` (for readable checks). */
function wall(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(date)
      .map(({ type, value }) => [type, value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

describe('recognition rules', () => {
  it('default to the documented points, ranks and badges', () => {
    expect(DEFAULT_RECOGNITION.reputation).to.deep.equal({
      answerKudos: 10,
      questionKudos: 5,
      acceptedAnswer: 15,
      questionAsked: 0,
      dailyKudosCap: 200,
    });
    expect(DEFAULT_RECOGNITION.ranks.map((rank) => [rank.id, rank.threshold])).to.deep.equal([
      ['newcomer', 0],
      ['member', 50],
      ['helper', 200],
      ['expert', 1000],
      ['guru', 5000],
    ]);
    expect(DEFAULT_RECOGNITION.badges.map((badge) => badge.id)).to.deep.equal([
      'first-question',
      'first-answer',
      'first-solution',
      'ten-solutions',
      'hundred-kudos',
      'polyglot',
    ]);
    expect(REPUTATION).to.deep.equal({ answerKudos: 10, questionKudos: 5, acceptedAnswer: 15 });
    expect(() => validateRules(DEFAULT_RECOGNITION)).not.to.throw();
    expect(recognitionRulesShape(DEFAULT_RECOGNITION, '')).to.deep.equal(DEFAULT_RECOGNITION);
  });

  it('merge an operator’s options over the defaults', () => {
    const rules = recognitionRules({ reputation: { questionAsked: 2, dailyKudosCap: null }, ranks: [{ id: 'all', threshold: 0 }] });
    expect(rules.reputation).to.deep.equal({ ...DEFAULT_RECOGNITION.reputation, questionAsked: 2, dailyKudosCap: null });
    expect(rules.ranks).to.deep.equal([{ id: 'all', threshold: 0 }]);
    expect(rules.badges).to.deep.equal(DEFAULT_RECOGNITION.badges);
  });

  const broken: [string, (rules: RecognitionRules) => void, RegExp][] = [
    ['negative points', (r) => (r.reputation.answerKudos = -1), /reputation\.answerKudos must be a whole number ≥ 0, got -1/],
    ['fractional points', (r) => (r.reputation.acceptedAnswer = 1.5), /reputation\.acceptedAnswer/],
    ['a negative cap', (r) => (r.reputation.dailyKudosCap = -5), /reputation\.dailyKudosCap .* or null/],
    ['no ranks', (r) => (r.ranks = []), /ranks must be a non-empty array/],
    ['a first rank above 0', (r) => (r.ranks[0].threshold = 10), /ranks\[0\]\.threshold must be 0/],
    ['unsorted thresholds', (r) => (r.ranks[2].threshold = 40), /ranks\[2\]\.threshold \(40\) must be greater than ranks\[1\]\.threshold \(50\)/],
    ['duplicate thresholds', (r) => (r.ranks[2].threshold = 50), /ranks\[2\]\.threshold \(50\) must be greater/],
    ['duplicate rank ids', (r) => (r.ranks[1].id = 'newcomer'), /ranks\[1\]\.id "newcomer" is used twice/],
    ['duplicate badge ids', (r) => (r.badges[1].id = 'first-question'), /badges\[1\]\.id "first-question" is used twice/],
    ['a badge threshold of 0', (r) => (r.badges[0].threshold = 0), /badges\[0\]\.threshold must be a whole number ≥ 1/],
    ['an unknown metric', (r) => (r.badges[0].metric = 'likes' as 'answers'), /badges\[0\]\.metric must be one of answers/],
    ['names that are not strings', (r) => (r.ranks[0].names = { en: 3 as unknown as string }), /ranks\[0\]\.names\.en/],
  ];
  for (const [what, breakIt, message] of broken) {
    it(`refuse ${what} with a clear error`, () => {
      const rules = structuredClone(DEFAULT_RECOGNITION) as RecognitionRules;
      breakIt(rules);
      expect(() => validateRules(rules)).to.throw(Error, /^Invalid recognition rules: /);
      expect(() => validateRules(rules)).to.throw(message);
    });
  }

  it('refuse rules that are not an object at all', () => {
    expect(() => validateRules(null as unknown as RecognitionRules)).to.throw(/Invalid recognition rules: reputation must be an object/);
  });
});

describe('rankFor()', () => {
  const { ranks } = DEFAULT_RECOGNITION;
  it('gives the rank reached, the next one and the points missing', () => {
    expect(rankFor(0, ranks)).to.deep.equal({ rank: ranks[0], next: ranks[1], pointsToNext: 50 });
    expect(rankFor(49, ranks).rank.id).to.equal('newcomer');
    expect(rankFor(50, ranks)).to.deep.equal({ rank: ranks[1], next: ranks[2], pointsToNext: 150 });
    expect(rankFor(230, ranks)).to.deep.equal({ rank: ranks[2], next: ranks[3], pointsToNext: 770 });
    expect(rankFor(5000, ranks)).to.deep.equal({ rank: ranks[4], next: null, pointsToNext: null });
    expect(rankFor(123_456, ranks).rank.id).to.equal('guru');
  });
});

describe('badgesEarned()', () => {
  it('lists the badges whose figure reaches the threshold', () => {
    const figures = { questions: 0, answers: 3, solutions: 10, kudosReceived: 99, helpfulLanguages: 3 };
    expect(badgesEarned(figures, DEFAULT_RECOGNITION.badges).map((badge) => badge.id)).to.deep.equal([
      'first-answer',
      'first-solution',
      'ten-solutions',
      'polyglot',
    ]);
    expect(badgesEarned({ ...figures, answers: 0, solutions: 0, helpfulLanguages: 0 }, DEFAULT_RECOGNITION.badges)).to.deep.equal([]);
  });
});

describe('periodStart()', () => {
  it('is null for all time', () => {
    expect(periodStart('all', new Date('2026-12-02T10:00:00Z'), 'UTC')).to.equal(null);
  });

  it('starts weeks on Monday 00:00 and months on the 1st 00:00 in UTC', () => {
    // 2026-12-02 is a Wednesday.
    expect(iso(periodStart('week', new Date('2026-12-02T10:00:00Z'), 'UTC'))).to.equal('2026-11-30T00:00:00.000Z');
    expect(iso(periodStart('week', new Date('2026-11-30T00:00:00Z'), 'UTC'))).to.equal('2026-11-30T00:00:00.000Z');
    expect(iso(periodStart('week', new Date('2026-11-29T23:59:59.999Z'), 'UTC'))).to.equal('2026-11-23T00:00:00.000Z');
    expect(iso(periodStart('month', new Date('2026-12-02T10:00:00Z'), 'UTC'))).to.equal('2026-12-01T00:00:00.000Z');
    expect(iso(periodStart('month', new Date('2027-01-01T00:00:00Z'), 'UTC'))).to.equal('2027-01-01T00:00:00.000Z');
  });

  it('counts in Europe/Brussels across the spring and autumn clock changes', () => {
    const zone = 'Europe/Brussels';
    // Sunday 29 March 2026, 02:00 CET → 03:00 CEST: the week began on Monday 23 March, at 00:00 CET.
    expect(iso(periodStart('week', new Date('2026-03-29T12:00:00Z'), zone))).to.equal('2026-03-22T23:00:00.000Z');
    // The next week begins on Monday 30 March at 00:00 CEST (UTC+2).
    expect(iso(periodStart('week', new Date('2026-03-31T12:00:00Z'), zone))).to.equal('2026-03-29T22:00:00.000Z');
    // Sunday 25 October 2026, 03:00 CEST → 02:00 CET: still the week of Monday 19 October, 00:00 CEST.
    expect(iso(periodStart('week', new Date('2026-10-25T12:00:00Z'), zone))).to.equal('2026-10-18T22:00:00.000Z');
    // Just past Sunday midnight local time, a new week (Monday 26 October, 00:00 CET).
    expect(iso(periodStart('week', new Date('2026-10-25T23:00:00Z'), zone))).to.equal('2026-10-25T23:00:00.000Z');
    expect(iso(periodStart('week', new Date('2026-10-25T22:59:59Z'), zone))).to.equal('2026-10-18T22:00:00.000Z');
    // Month boundaries: 1 April begins at 00:00 CEST, 1 November at 00:00 CET.
    expect(iso(periodStart('month', new Date('2026-04-15T12:00:00Z'), zone))).to.equal('2026-03-31T22:00:00.000Z');
    expect(iso(periodStart('month', new Date('2026-10-31T23:30:00Z'), zone))).to.equal('2026-10-31T23:00:00.000Z');
    expect(iso(periodStart('month', new Date('2026-10-31T22:59:00Z'), zone))).to.equal('2026-09-30T22:00:00.000Z');
  });

  it('counts in Asia/Riyadh (UTC+3) and Asia/Ho_Chi_Minh (UTC+7), ahead of UTC', () => {
    // Sunday 2026-11-29 21:00 UTC is already Monday 00:00 in Riyadh.
    expect(iso(periodStart('week', new Date('2026-11-29T21:00:00Z'), 'Asia/Riyadh'))).to.equal('2026-11-29T21:00:00.000Z');
    expect(iso(periodStart('week', new Date('2026-11-29T20:59:59Z'), 'Asia/Riyadh'))).to.equal('2026-11-22T21:00:00.000Z');
    expect(iso(periodStart('month', new Date('2026-11-30T21:30:00Z'), 'Asia/Riyadh'))).to.equal('2026-11-30T21:00:00.000Z');
    // Monday 7 December, 03:00 in Ho Chi Minh City is Sunday evening in UTC.
    expect(iso(periodStart('week', new Date('2026-12-06T20:00:00Z'), 'Asia/Ho_Chi_Minh'))).to.equal('2026-12-06T17:00:00.000Z');
    expect(iso(periodStart('month', new Date('2026-12-31T17:00:00Z'), 'Asia/Ho_Chi_Minh'))).to.equal('2026-12-31T17:00:00.000Z');
    expect(iso(periodStart('month', new Date('2026-12-31T16:59:59Z'), 'Asia/Ho_Chi_Minh'))).to.equal('2026-11-30T17:00:00.000Z');
  });

  it('counts in America/Los_Angeles, behind UTC, across its clock changes', () => {
    const zone = 'America/Los_Angeles';
    // Monday 2026-11-02 00:30 UTC is still Sunday 1 November in LA (clocks went back that morning):
    // the week began on Monday 26 October at 00:00 PDT, the month on 1 November at 00:00 PDT.
    expect(iso(periodStart('week', new Date('2026-11-02T00:30:00Z'), zone))).to.equal('2026-10-26T07:00:00.000Z');
    expect(iso(periodStart('month', new Date('2026-11-02T00:30:00Z'), zone))).to.equal('2026-11-01T07:00:00.000Z');
    // The next Monday starts at 00:00 PST (UTC−8).
    expect(iso(periodStart('week', new Date('2026-11-03T12:00:00Z'), zone))).to.equal('2026-11-02T08:00:00.000Z');
    // Sunday 8 March 2026, 02:00 PST → 03:00 PDT; the week after starts at 00:00 PDT (UTC−7).
    expect(iso(periodStart('week', new Date('2026-03-10T12:00:00Z'), zone))).to.equal('2026-03-09T07:00:00.000Z');
  });

  it('starts a day whose midnight is skipped when the clocks jump', () => {
    // Paraguay moved its clocks from 00:00 to 01:00 on Sunday 1 October 2017: that month began at 01:00 local.
    const start = periodStart('month', new Date('2017-10-15T12:00:00Z'), 'America/Asuncion');
    expect(iso(start)).to.equal('2017-10-01T04:00:00.000Z');
    expect(wall(start!, 'America/Asuncion')).to.equal('2017-10-01 01:00');
    expect(wall(new Date(start!.getTime() - 1000), 'America/Asuncion')).to.equal('2017-09-30 23:59');
  });

  it('refuses an unknown time zone with an `invalid` error on timeZone', () => {
    for (const zone of ['Mars/Olympus', '', 'not a zone']) {
      try {
        periodStart('week', new Date(), zone);
        expect.fail(`accepted ${zone}`);
      } catch (error) {
        expect(error).to.include({ name: 'MajlisError', code: 'invalid', field: 'timeZone' });
      }
    }
  });
});

describe('readLeaderboardQuery()', () => {
  it('applies the defaults', () => {
    expect(readLeaderboardQuery()).to.deep.equal({ mode: 'members', period: 'month', metric: 'reputation', timeZone: 'UTC', limit: 10 });
    expect(readLeaderboardQuery({ mode: 'answers', metric: 'solutions' }).metric).to.equal('kudos');
  });

  it('refuses a bad field by name', () => {
    const fieldOf = (query: object) => {
      try {
        readLeaderboardQuery(query);
        return null;
      } catch (error) {
        return (error as { field?: string }).field;
      }
    };
    expect(fieldOf({ limit: 0 })).to.equal('limit');
    expect(fieldOf({ limit: 51 })).to.equal('limit');
    expect(fieldOf({ limit: 2.5 })).to.equal('limit');
    expect(fieldOf({ period: 'year' })).to.equal('period');
    expect(fieldOf({ mode: 'people' })).to.equal('mode');
    expect(fieldOf({ metric: 'answers' })).to.equal('metric');
    expect(fieldOf({ timeZone: 'Nowhere/Town' })).to.equal('timeZone');
    expect(fieldOf({ limit: 50, timeZone: 'Europe/Brussels' })).to.equal(null);
  });
});

describe('the recognition contract', () => {
  it('names the capabilities leaderboard and recognition', () => {
    const adapter = { leaderboard: () => Promise.resolve(), getRecognitionRules: () => Promise.resolve() } as unknown as CommunityAdapter;
    expect(supports(adapter, 'leaderboard')).to.equal(true);
    expect(supports(adapter, 'recognition')).to.equal(true);
    expect(supports({} as CommunityAdapter, 'recognition')).to.equal(false);
  });

  it('decodes a leaderboard and refuses a malformed one', () => {
    const user = { id: 'u-1', name: 'Jan', role: 'member', reputation: 12, joinedAt: '2026-01-01T00:00:00Z' };
    const board = {
      mode: 'members',
      period: 'week',
      metric: 'reputation',
      since: '2026-11-30T00:00:00.000Z',
      entries: [{ position: 1, value: 10, user, badges: [{ id: 'first-answer', awardedAt: '2026-11-30T10:00:00Z' }], answer: null }],
    };
    expect(leaderboardShape(board, '')).to.deep.equal(board);
    expect(() => leaderboardShape({ ...board, entries: [{ ...board.entries[0], position: 0 }] }, '')).to.throw(/entries\[0\]\.position/);
    expect(() => leaderboardShape({ ...board, period: 'year' }, '')).to.throw(/period/);
  });
});
