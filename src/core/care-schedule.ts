/**
 * Customer care hours: when the operator's experts answer, from a schedule in the page's configuration, and
 * when they are back. Pure: every function takes the clock as an argument, so the maths is tested at fixed
 * times across time zones and daylight-saving changes.
 *
 * A schedule, as JSON (`<majlis-care-status schedule='…'>`, `<majlis-thread care-schedule='…'>`):
 * `{ "timeZone": "Asia/Dubai", "always": true }`, or weekly hours in the operator's time zone with holidays:
 * `{ "timeZone": "Europe/Brussels", "hours": { "mon": "09:00-17:30", "sat": ["10:00-12:00", "13:00-16:00"] },
 *    "holidays": ["2026-12-25"] }`.
 * A range that ends at or before it starts runs past midnight (`"22:00-02:00"`); `24:00` ends a day. A holiday
 * (a date in the schedule's time zone) closes the ranges that start on it, also for `always`.
 */
import { formatDate, formattersFor } from './i18n/format.js';
import { timeZoneFormatter, wallClock } from './time-zone.js';
import type { Messages } from './i18n/messages/types.js';

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A schedule as an operator writes it (see the module's comment). */
export interface CareSchedule {
  /** IANA time zone of the hours and holidays (`Asia/Riyadh`). */
  timeZone: string;
  /** Experts answer around the clock (holidays aside); `hours` is then ignored. */
  always?: boolean;
  /** Per weekday, one range `"HH:MM-HH:MM"` or several. A day left out is closed. */
  hours?: Partial<Record<Weekday, string | readonly string[]>>;
  /** Dates (`YYYY-MM-DD`, in `timeZone`) when no range opens. */
  holidays?: readonly string[];
  /**
   * Hours after which a question without an answer by staff or an expert is unanswered (`majlis-unanswered`): one
   * number, or per category id with `default` for the others (as the server's `MAJLIS_ESCALATION_HOURS`).
   */
  unansweredHours?: number | Readonly<Record<string, number>>;
}

/** Whether experts answer at a moment, and if not, when they are back (`null`: no opening in the coming year). */
export type CareState = { readonly online: true } | { readonly online: false; readonly opensAt: Date | null };

const RANGE = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY = 86_400_000;
/** How far ahead an opening is looked for: a year of days, whatever holidays close. */
const HORIZON_DAYS = 370;

interface Range {
  readonly start: number;
  readonly end: number;
}

function fail(message: string): never {
  throw new RangeError(`Invalid care schedule: ${message}`);
}

function minutesOf(hours: string, minutes: string, max: number, range: string): number {
  const value = Number(hours) * 60 + Number(minutes);
  if (Number(minutes) > 59 || value > max) fail(`"${range}" is not a time range HH:MM-HH:MM`);
  return value;
}

/** `"09:00-17:30"` as minutes of the day; an end at or before the start is on the next day. */
function parseRange(range: unknown): Range {
  const match = typeof range === 'string' ? RANGE.exec(range) : null;
  if (!match) fail(`${JSON.stringify(range)} is not a time range HH:MM-HH:MM`);
  const start = minutesOf(match[1], match[2], 23 * 60 + 59, range as string);
  const end = minutesOf(match[3], match[4], 24 * 60, range as string);
  return { start, end: end <= start ? end + 24 * 60 : end };
}

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  try {
    return timeZoneFormatter(timeZone);
  } catch {
    return fail(`unknown time zone ${JSON.stringify(timeZone)}`);
  }
}

/**
 * Checks a schedule (an object or its JSON text) and returns it; throws a `RangeError` naming what is wrong, so a
 * page's configuration mistake is explained rather than shown as "closed".
 */
export function parseCareSchedule(value: unknown): CareSchedule {
  let schedule = value;
  if (typeof value === 'string') {
    try {
      schedule = JSON.parse(value);
    } catch {
      fail('not JSON');
    }
  }
  if (typeof schedule !== 'object' || schedule === null || Array.isArray(schedule)) fail('expected an object');
  const { timeZone, always, hours, holidays, unansweredHours } = schedule as Record<string, unknown>;
  if (typeof timeZone !== 'string') fail('timeZone must be an IANA time zone name');
  formatterOf(timeZone);
  if (always !== undefined && typeof always !== 'boolean') fail('always must be true or false');
  if (hours !== undefined) {
    if (typeof hours !== 'object' || hours === null || Array.isArray(hours)) fail('hours must map weekdays to ranges');
    for (const [day, ranges] of Object.entries(hours)) {
      if (!(WEEKDAYS as readonly string[]).includes(day)) fail(`"${day}" is not a weekday (${WEEKDAYS.join(', ')})`);
      (Array.isArray(ranges) ? ranges : [ranges]).forEach(parseRange);
    }
  }
  if (holidays !== undefined) {
    if (!Array.isArray(holidays)) fail('holidays must be a list of dates');
    for (const day of holidays) if (typeof day !== 'string' || !DATE.test(day)) fail(`${JSON.stringify(day)} is not a date YYYY-MM-DD`);
  }
  if (unansweredHours !== undefined) {
    const values = typeof unansweredHours === 'object' && unansweredHours !== null ? Object.values(unansweredHours) : [unansweredHours];
    if (!values.every((value) => typeof value === 'number' && value > 0)) fail('unansweredHours must be hours above 0, or such hours by category');
  }
  if (!always && hours === undefined) fail('give either "always": true or "hours"');
  return schedule as CareSchedule;
}

/**
 * The instant when the wall clock in `timeZone` reads `local` (a wall-clock time written as UTC). A time the clocks
 * skip (spring forward) moves on by the jump (02:30 → 03:30); a time they show twice (autumn) is the first of the two.
 */
export function zonedInstant(local: number, timeZone: string): number {
  const formatter = formatterOf(timeZone);
  const offset = (time: number) => wallClock(time, formatter) - Math.floor(time / 1000) * 1000;
  const early = local - offset(local - DAY / 2);
  const late = local - offset(local + DAY / 2);
  if (wallClock(early, formatter) === local) return early;
  if (wallClock(late, formatter) === local) return late;
  return Math.max(early, late); // in the gap: the later reading is where the clock lands after the jump
}

function dateKey(day: number): string {
  return new Date(day).toISOString().slice(0, 10);
}

/** The ranges of one weekday in minutes (`always`: the whole day). */
function rangesOf(schedule: CareSchedule, weekday: Weekday): Range[] {
  if (schedule.always) return [{ start: 0, end: 24 * 60 }];
  const ranges = schedule.hours?.[weekday];
  if (ranges === undefined) return [];
  return (typeof ranges === 'string' ? [ranges] : ranges).map(parseRange);
}

/** Whether experts answer at `now`, and if not when they are back. */
export function careState(schedule: CareSchedule, now: Date | number): CareState {
  const time = typeof now === 'number' ? now : now.getTime();
  const holidays = new Set(schedule.holidays ?? []);
  const local = wallClock(time, formatterOf(schedule.timeZone));
  const today = local - (local % DAY);
  let opensAt: number | null = null;
  // From yesterday, whose range may run past midnight, until an opening is found.
  for (let offset = -1; offset <= HORIZON_DAYS && opensAt === null; offset++) {
    const day = today + offset * DAY;
    if (holidays.has(dateKey(day))) continue;
    for (const range of rangesOf(schedule, WEEKDAYS[new Date(day).getUTCDay()])) {
      const start = zonedInstant(day + range.start * 60_000, schedule.timeZone);
      const end = zonedInstant(day + range.end * 60_000, schedule.timeZone);
      if (start <= time && time < end) return { online: true };
      if (start > time && (opensAt === null || start < opensAt)) opensAt = start;
    }
  }
  return { online: false, opensAt: opensAt === null ? null : new Date(opensAt) };
}

/**
 * A duration in its largest whole unit, minutes, hours (under two days) or days, rounded up by default ("within 2 hours"
 * for 1 h 20 min).
 */
export function replyDuration(seconds: number, round = Math.ceil): { value: number; unit: 'minute' | 'hour' | 'day' } {
  const minutes = Math.max(1, round(seconds / 60));
  if (minutes < 60) return { value: minutes, unit: 'minute' };
  const hours = round(minutes / 60);
  if (hours < 48) return { value: hours, unit: 'hour' };
  return { value: round(hours / 24), unit: 'day' };
}

export interface CareTextOptions {
  /** The reader's language (`ar-SA`): words, digits, weekday names and clock. */
  locale: string;
  /** The reader's time zone; default the browser's. */
  timeZone?: string | undefined;
  /** The typical time to a first expert reply, in seconds, when the adapter knows it. */
  replySeconds?: number | null | undefined;
}

/**
 * What the reader sees: "Our experts are online — typical reply within 2 hours" or "Back Sunday 09:00 (in 14 hours);
 * members may answer sooner", in the reader's language and time zone.
 */
export function careStatusText(state: CareState, now: Date | number, messages: Messages, options: CareTextOptions): string {
  const { locale, timeZone, replySeconds } = options;
  const text = messages.care;
  if (state.online) {
    if (replySeconds === null || replySeconds === undefined) return text.online;
    const { value, unit } = replyDuration(replySeconds);
    return text.onlineReply(text.within[unit](value, formattersFor(locale)));
  }
  if (!state.opensAt) return text.away;
  const day = (at: Date | number, weekday?: 'long') =>
    formatDate(locale, at, weekday ? { weekday, timeZone } : { year: 'numeric', month: 'numeric', day: 'numeric', timeZone });
  const time = formatDate(locale, state.opensAt, { timeStyle: 'short', timeZone });
  // Counted in hours or days, never "the day after tomorrow": the weekday already says which day.
  const { value, unit } = replyDuration((state.opensAt.getTime() - new Date(now).getTime()) / 1000, Math.round);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'always' }).format(value, unit);
  return day(state.opensAt) === day(now) ? text.backToday(time, relative) : text.back(day(state.opensAt, 'long'), time, relative);
}

/** The hours a question of `categoryId` may wait for an expert answer by `schedule`, or null: no limit. */
export function unansweredHoursOf(schedule: CareSchedule, categoryId: string): number | null {
  const hours = schedule.unansweredHours;
  if (hours === undefined) return null;
  return typeof hours === 'number' ? hours : (hours[categoryId] ?? hours.default ?? null);
}
