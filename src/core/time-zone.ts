/**
 * Wall-clock time in an IANA time zone, from `Intl` alone: what the leaderboard's periods (`recognition.ts`) and the
 * care hours (`care-schedule.ts`) compute with. A module of its own, so neither chunk carries the other.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The cached formatter of a time zone's wall clock; throws a `RangeError` for a zone `Intl` does not know. */
export function timeZoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock time in the formatter's zone at instant `ms` (whole seconds), as if it were a UTC time. */
export function wallClock(ms: number, formatter: Intl.DateTimeFormat): number {
  const parts: Record<string, number> = {};
  for (const { type, value } of formatter.formatToParts(ms)) parts[type] = Number(value);
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second);
}
