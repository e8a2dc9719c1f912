/**
 * Recognition as data: the default rules (reputation points, ranks, badges) and the pure functions every backend
 * and the UI apply alike — a member's rank, the badges their figures earn, whether an operator's rules make
 * sense, and where a leaderboard's period starts in a viewer's time zone. The schemas are in
 * `contract/recognition.ts`. Kept free of schemas so the elements that explain reputation stay small.
 */
import { MajlisError } from './adapter.js';
import { DEFAULT_REPUTATION } from './types.js';
import type {
  BadgeDefinition,
  BadgeMetric,
  LeaderboardMetric,
  LeaderboardMode,
  LeaderboardPeriod,
  LeaderboardQuery,
  RankDefinition,
  RecognitionRules,
  ReputationRules,
} from './types.js';
import { timeZoneFormatter, wallClock } from './time-zone.js';

// The points live with the domain types (first render needs nothing of this module); re-exported here.
export { DEFAULT_REPUTATION, REPUTATION } from './types.js';

export const BADGE_METRICS = ['answers', 'solutions', 'kudosReceived', 'helpfulLanguages', 'questions'] as const;
export const LEADERBOARD_MODES = ['members', 'answers'] as const;
export const LEADERBOARD_PERIODS = ['week', 'month', 'all'] as const;
export const LEADERBOARD_METRICS = ['reputation', 'solutions', 'kudos'] as const;
/** Bounds of a leaderboard's `limit`. */
export const LEADERBOARD_LIMIT = { default: 10, min: 1, max: 50 } as const;

/** The rules a backend applies unless its operator configures others. */
export const DEFAULT_RECOGNITION: Readonly<RecognitionRules> = Object.freeze({
  reputation: DEFAULT_REPUTATION,
  ranks: [
    { id: 'newcomer', threshold: 0 },
    { id: 'member', threshold: 50 },
    { id: 'helper', threshold: 200 },
    { id: 'expert', threshold: 1000 },
    { id: 'guru', threshold: 5000 },
  ],
  badges: [
    { id: 'first-question', metric: 'questions', threshold: 1 },
    { id: 'first-answer', metric: 'answers', threshold: 1 },
    { id: 'first-solution', metric: 'solutions', threshold: 1 },
    { id: 'ten-solutions', metric: 'solutions', threshold: 10 },
    { id: 'hundred-kudos', metric: 'kudosReceived', threshold: 100 },
    { id: 'polyglot', metric: 'helpfulLanguages', threshold: 3 },
  ],
});

/** What an operator may configure: any part of the rules; what is left out keeps its default. */
export interface RecognitionOptions {
  reputation?: Partial<ReputationRules>;
  /** Replaces the default ranks (the first must start at 0). */
  ranks?: RankDefinition[];
  /** Replaces the default badges. */
  badges?: BadgeDefinition[];
}

/** A member's rank for a reputation, the next rank and how many points are missing to reach it. */
export interface RankStanding {
  rank: RankDefinition;
  /** The next rank up, or null at the top. */
  next: RankDefinition | null;
  /** Points still needed for `next`, or null at the top. */
  pointsToNext: number | null;
}

/** A member's figures, by what badges count. */
export type BadgeFigures = Record<BadgeMetric, number>;

/** The rank held at `reputation`: the last whose threshold it reaches (`ranks` ordered as validated). */
export function rankFor(reputation: number, ranks: readonly RankDefinition[]): RankStanding {
  if (ranks.length === 0) throw new Error('rankFor: the rules define no rank');
  let index = 0;
  while (index + 1 < ranks.length && reputation >= ranks[index + 1].threshold) index += 1;
  const next = ranks[index + 1] ?? null;
  return { rank: ranks[index], next, pointsToNext: next === null ? null : next.threshold - Math.max(0, reputation) };
}

/** The badges `figures` earn, in the order of `badges`. */
export function badgesEarned(figures: Readonly<BadgeFigures>, badges: readonly BadgeDefinition[]): BadgeDefinition[] {
  return badges.filter((badge) => (figures[badge.metric] ?? 0) >= badge.threshold);
}

function fail(message: string): never {
  throw new Error(`Invalid recognition rules: ${message}`);
}

function isPoints(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function checkNames(names: unknown, path: string): void {
  if (names === undefined) return;
  if (typeof names !== 'object' || names === null || Array.isArray(names)) {
    throw new Error(`${path}.names must be an object of names by language, e.g. { "en": "Mentor" }`);
  }
  for (const [language, name] of Object.entries(names)) {
    if (typeof name !== 'string' || name.trim() === '') throw new Error(`${path}.names.${language} must be a non-empty string`);
  }
}

function checkId(id: unknown, path: string, seen: Set<string>): void {
  if (typeof id !== 'string' || id.trim() === '') throw new Error(`${path}.id must be a non-empty string`);
  if (seen.has(id)) throw new Error(`${path}.id "${id}" is used twice; ids must be unique`);
  seen.add(id);
}

/**
 * Checks an operator's rules and returns them, or throws an `Error` whose message names the setting at fault:
 * points that are not whole numbers ≥ 0, no ranks, a first rank not at 0, thresholds not strictly ascending
 * (unsorted or duplicate), duplicate ids, unknown badge metrics, badge thresholds below 1. Checks the values
 * themselves, so rules read from JSON can be passed as they are.
 */
export function validateRules(rules: RecognitionRules): RecognitionRules {
  try {
    const reputation = (rules as Partial<RecognitionRules> | null)?.reputation;
    if (typeof reputation !== 'object' || reputation === null || Array.isArray(reputation)) fail('reputation must be an object');
    const known = ['answerKudos', 'questionKudos', 'acceptedAnswer', 'questionAsked', 'dailyKudosCap'];
    const unknown = Object.keys(reputation).filter((key) => !known.includes(key));
    if (unknown.length > 0) fail(`reputation has unknown settings ${unknown.join(', ')} (known: ${known.join(', ')})`);
    for (const key of ['answerKudos', 'questionKudos', 'acceptedAnswer', 'questionAsked'] as const) {
      if (!isPoints(reputation[key])) fail(`reputation.${key} must be a whole number ≥ 0, got ${JSON.stringify(reputation[key])}`);
    }
    if (reputation.dailyKudosCap !== null && !isPoints(reputation.dailyKudosCap)) {
      fail(`reputation.dailyKudosCap must be a whole number ≥ 0 or null (no cap), got ${JSON.stringify(reputation.dailyKudosCap)}`);
    }
    const { ranks, badges } = rules;
    if (!Array.isArray(ranks) || ranks.length === 0) fail('ranks must be a non-empty array');
    const rankIds = new Set<string>();
    ranks.forEach((rank, index) => {
      const path = `ranks[${index}]`;
      if (typeof rank !== 'object' || rank === null) fail(`${path} must be an object`);
      checkId(rank.id, path, rankIds);
      if (!isPoints(rank.threshold)) fail(`${path}.threshold must be a whole number ≥ 0, got ${JSON.stringify(rank.threshold)}`);
      if (index === 0 && rank.threshold !== 0) fail(`${path}.threshold must be 0: the first rank is where every member starts`);
      const previous = ranks[index - 1];
      if (previous !== undefined && rank.threshold <= previous.threshold) {
        fail(
          `${path}.threshold (${rank.threshold}) must be greater than ranks[${index - 1}].threshold ` +
            `(${previous.threshold}): ranks are listed by threshold, ascending, without duplicates`,
        );
      }
      checkNames(rank.names, path);
    });
    if (!Array.isArray(badges)) fail('badges must be an array');
    const badgeIds = new Set<string>();
    badges.forEach((badge, index) => {
      const path = `badges[${index}]`;
      if (typeof badge !== 'object' || badge === null) fail(`${path} must be an object`);
      checkId(badge.id, path, badgeIds);
      if (!(BADGE_METRICS as readonly unknown[]).includes(badge.metric)) {
        fail(`${path}.metric must be one of ${BADGE_METRICS.join(', ')}, got ${JSON.stringify(badge.metric)}`);
      }
      if (!isPoints(badge.threshold) || badge.threshold < 1) {
        fail(`${path}.threshold must be a whole number ≥ 1, got ${JSON.stringify(badge.threshold)}`);
      }
      checkNames(badge.names, path);
    });
  } catch (error) {
    if (error instanceof Error && !error.message.startsWith('Invalid recognition rules')) fail(error.message);
    throw error;
  }
  return rules;
}

/** The defaults with an operator's `options` over them, validated (`validateRules`). */
export function recognitionRules(options: RecognitionOptions = {}): RecognitionRules {
  const { reputation } = options as { reputation?: unknown };
  if (reputation !== undefined && (typeof reputation !== 'object' || reputation === null || Array.isArray(reputation))) {
    fail('reputation must be an object of points, e.g. { "answerKudos": 10 }');
  }
  return validateRules({
    reputation: { ...DEFAULT_REPUTATION, ...options.reputation },
    ranks: (options.ranks ?? DEFAULT_RECOGNITION.ranks).map((rank) => ({ ...rank })),
    badges: (options.badges ?? DEFAULT_RECOGNITION.badges).map((badge) => ({ ...badge })),
  });
}

// Periods

function invalidZone(timeZone: string): MajlisError {
  return new MajlisError('invalid', `timeZone must be an IANA time zone such as "Europe/Brussels", got ${JSON.stringify(timeZone)}`, {
    field: 'timeZone',
  });
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') throw invalidZone(timeZone);
  try {
    return timeZoneFormatter(timeZone);
  } catch {
    throw invalidZone(timeZone);
  }
}

/** The first instant of the day that starts at wall-clock `wall` (a local midnight, written as UTC) in the zone. */
function startOfLocalDay(wall: number, formatter: Intl.DateTimeFormat): number {
  const offsetAt = (ms: number) => wallClock(ms, formatter) - Math.floor(ms / 1000) * 1000;
  const first = offsetAt(wall);
  let instant = wall - first;
  const second = offsetAt(instant);
  if (second !== first) instant = wall - second;
  if (wallClock(instant, formatter) === wall) {
    // A day whose clocks are turned back just after midnight has it twice; the earlier one starts the day.
    const earlier = wall - Math.max(first, second);
    return earlier < instant && wallClock(earlier, formatter) === wall ? earlier : instant;
  }
  // Midnight does not exist that day (clocks jump over it): the day starts at the jump, the first instant whose
  // wall clock is past midnight. It lies between the two offsets' readings of midnight.
  let low = wall - Math.max(first, second);
  let high = wall - Math.min(first, second);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (wallClock(middle, formatter) >= wall) high = middle;
    else low = middle;
  }
  return high;
}

/**
 * The instant a leaderboard period that contains `now` starts in `timeZone` (IANA): Monday 00:00 for `week`,
 * the 1st 00:00 for `month`, null for `all`. Correct across daylight-saving changes (a day whose midnight is
 * skipped starts when the clocks jump). Throws MajlisError `invalid` on field `timeZone` for an unknown zone.
 */
export function periodStart(period: LeaderboardPeriod, now: Date, timeZone: string): Date | null {
  const formatter = formatterFor(timeZone);
  if (period === 'all') return null;
  const today = new Date(wallClock(now.getTime(), formatter));
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth();
  const day = period === 'month' ? 1 : today.getUTCDate() - ((today.getUTCDay() + 6) % 7);
  return new Date(startOfLocalDay(Date.UTC(year, month, day), formatter));
}

// Leaderboard queries

/** A leaderboard query with its defaults applied and checked. */
export interface ResolvedLeaderboardQuery {
  mode: LeaderboardMode;
  period: LeaderboardPeriod;
  metric: LeaderboardMetric;
  categoryId?: string;
  language?: string;
  timeZone: string;
  limit: number;
}

function oneOf<V extends string>(value: unknown, allowed: readonly V[], fallback: V, field: string): V {
  if (value === undefined) return fallback;
  if (!(allowed as readonly unknown[]).includes(value)) {
    throw new MajlisError('invalid', `${field} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`, { field });
  }
  return value as V;
}

/**
 * `query` with the defaults (`members`, `month`, `reputation`, `UTC`, `LEADERBOARD_LIMIT``.default`), or
 * MajlisError `invalid` naming the field: an unknown mode, period or metric, a limit that is not a whole number
 * in `LEADERBOARD_LIMIT`, an unknown time zone. Answers are always ranked by kudos (`metric: 'kudos'`).
 */
export function readLeaderboardQuery(query: LeaderboardQuery = {}): ResolvedLeaderboardQuery {
  const mode = oneOf(query.mode, LEADERBOARD_MODES, 'members', 'mode');
  const period = oneOf(query.period, LEADERBOARD_PERIODS, 'month', 'period');
  const metric = mode === 'answers' ? 'kudos' : oneOf(query.metric, LEADERBOARD_METRICS, 'reputation', 'metric');
  const { limit = LEADERBOARD_LIMIT.default, timeZone = 'UTC' } = query;
  if (!Number.isInteger(limit) || limit < LEADERBOARD_LIMIT.min || limit > LEADERBOARD_LIMIT.max) {
    throw new MajlisError(
      'invalid',
      `limit must be a whole number from ${LEADERBOARD_LIMIT.min} to ${LEADERBOARD_LIMIT.max}, got ${JSON.stringify(limit)}`,
      { field: 'limit' },
    );
  }
  formatterFor(timeZone);
  const resolved: ResolvedLeaderboardQuery = { mode, period, metric, timeZone, limit };
  for (const field of ['categoryId', 'language'] as const) {
    const value = query[field];
    if (value === undefined || value === '') continue;
    if (typeof value !== 'string') throw new MajlisError('invalid', `${field} must be a string`, { field });
    resolved[field] = value;
  }
  return resolved;
}
