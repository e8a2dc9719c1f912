/*
 * An iCalendar (RFC 5545) file of one event, for "Add to calendar": pure text, no DOM. Lines end in CRLF and are
 * folded at 75 octets of UTF-8 (never inside a character); text values escape `\`, `;`, `,` and line breaks;
 * times are UTC (`20270301T180000Z`), so every calendar shows them in its own time zone.
 */

export interface CalendarEvent {
  /** Unique and stable across downloads, so a calendar updates the event rather than adding it twice. */
  uid: string;
  title: string;
  /** Plain text (Markdown is fine to read as it is). */
  description?: string;
  startsAt: string | Date;
  endsAt: string | Date;
  /** Where the event happens: the session's page. */
  url?: string;
  /** When the file was made (`DTSTAMP`); default now. */
  stamp?: Date;
}

const CRLF = '\r\n';
const LINE_OCTETS = 75;

/** A TEXT value escaped (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/gu, '\\\\').replace(/;/gu, '\\;').replace(/,/gu, '\\,').replace(/\r\n|\r|\n/gu, '\\n');
}

/** A time as an iCalendar UTC date-time: `20270301T180000Z`. */
export function utcTime(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a time: ${String(value)}`);
  return date.toISOString().replace(/[-:]/gu, '').replace(/\.\d{3}/u, '');
}

const encoder = new TextEncoder();

/** One content line folded into lines of at most 75 octets; continuation lines start with a space (counted). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    const limit = parts.length === 0 ? LINE_OCTETS : LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** The `.ics` text of one event. */
export function calendarFile(event: CalendarEvent, productId = '-//Majlis//Live sessions//EN'): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcTime(event.stamp ?? new Date())}`,
    `DTSTART:${utcTime(event.startsAt)}`,
    `DTEND:${utcTime(event.endsAt)}`,
    `SUMMARY:${escapeText(event.title)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
