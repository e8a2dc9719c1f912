import { memo } from './memo.js';
import { plural } from './plural.js';
import type { PluralForms } from './plural.js';

/**
 * Locale-bound formatting handed to catalog functions, so translations format numbers and pick plural
 * forms in the page's locale (full tag: `ar-SA` writes Arabic-Indic digits, `ar` and `ar-AE` Latin ones,
 * as the browser's CLDR data says).
 */
export interface Formatters {
  readonly locale: string;
  number(n: number): string;
  /** The plural form for `n`, with every `#` replaced by `n` formatted for the locale. */
  plural(n: number, forms: PluralForms): string;
}

type DateInput = string | number | Date;

function cached<F>(cache: Map<string, F>, locale: string, options: object | undefined, create: () => F): F {
  return memo(cache, `${locale}|${JSON.stringify(options ?? {})}`, create);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();
const formattersCache = new Map<string, Formatters>();

export function formatNumber(locale: string, n: number, options?: Intl.NumberFormatOptions): string {
  return cached(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options)).format(n);
}

function toTime(value: DateInput): number {
  return value instanceof Date ? value.getTime() : new Date(value).getTime();
}

/** A date (default `dateStyle: 'medium'`); an unparseable input gives '' rather than a thrown RangeError. */
export function formatDate(
  locale: string,
  value: DateInput,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const time = toTime(value);
  if (Number.isNaN(time)) return '';
  return cached(dateFormats, locale, options, () => new Intl.DateTimeFormat(locale, options)).format(time);
}

// Each unit with how many of it make the next one (a month is 365.25 / 12 / 7 weeks).
const STEPS: readonly (readonly [Intl.RelativeTimeFormatUnit, number])[] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 365.25 / 12 / 7],
  ['month', 12],
  ['year', Infinity],
];

/**
 * How long ago (or until) `value` is, from `now`: "now", "5 minutes ago", "yesterday", "in 2 weeks",
 * "last year". The unit is the largest one whose rounded count is at least 1, so 59.7 minutes read
 * "1 hour ago". An unparseable input gives ''.
 */
export function formatRelativeTime(locale: string, value: DateInput, now: DateInput = Date.now()): string {
  let amount = (toTime(value) - toTime(now)) / 1000;
  if (Number.isNaN(amount)) return '';
  const format = cached(relativeFormats, locale, undefined, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  for (const [unit, toNext] of STEPS) {
    const rounded = Math.round(amount);
    if (Math.abs(rounded) < toNext) return format.format(rounded, unit);
    amount /= toNext;
  }
  return '';
}

/** "A, B and C" in the locale's words (default conjunction). */
export function formatList(locale: string, items: Iterable<string>, options?: Intl.ListFormatOptions): string {
  return cached(listFormats, locale, options, () => new Intl.ListFormat(locale, options)).format(items);
}

/** The cached {@link Formatters} of a locale. */
export function formattersFor(locale: string): Formatters {
  return memo(formattersCache, locale, () => ({
    locale,
    number: (n) => formatNumber(locale, n),
    plural: (n, forms) => plural(locale, n, forms).replaceAll('#', formatNumber(locale, n)),
  }));
}

const displayNames = new Map<string, Intl.DisplayNames>();

const LANGUAGE_NAMES: Intl.DisplayNamesOptions = { type: 'language', languageDisplay: 'standard' };

/**
 * The name of a language in the reader's locale ("Arabic", "العربية"); the tag itself if unknown. A regional
 * tag always reads "language (region)": `nl-BE` is "Dutch (Belgium)" like `fr-BE` is "French (Belgium)",
 * never a dialect name ("Flemish") that only some locales have, so one tag reads alike in every language.
 */
export function formatLanguageName(locale: string, tag: string): string {
  try {
    return cached(displayNames, locale, LANGUAGE_NAMES, () => new Intl.DisplayNames(locale, LANGUAGE_NAMES)).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Upper-cases the first letter, for a name that starts a label or option (`néerlandais` → `Néerlandais`). */
export function capitalize(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
