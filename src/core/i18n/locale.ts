import { memo } from './memo.js';

/** The locales Majlis ships catalogs for; English is bundled, the others load on first use. */
export const SUPPORTED_LOCALES = ['en', 'ar', 'nl', 'fr', 'vi', 'ur', 'de', 'hi'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

export type Direction = 'ltr' | 'rtl';

const DEFAULT_LOCALE = 'en';

// For engines without Intl.Locale#getTextInfo: right-to-left languages and scripts.
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'ckb', 'sd', 'ug', 'yi', 'dv', 'syr']);
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg']);

interface TextInfo {
  direction?: string;
}
/** `getTextInfo()` is the current name; older engines had a `textInfo` getter. Not yet in TypeScript's lib. */
interface LocaleTextInfo {
  getTextInfo?: () => TextInfo;
  textInfo?: TextInfo;
}

// Every post, chip and formatter asks these with the same few tags, and each answer costs an Intl call:
// the results are kept per tag (`''` standing for "malformed").
const canonicalTags = new Map<string, string>();
const directions = new Map<string, Direction>();
/** Per list of available locales (lists are not changed once in use: a new locale makes a new list). */
const supportedMatches = new WeakMap<readonly string[], Map<string, string>>();

/** The canonical form of a BCP-47 tag (`en_gb` → `en-GB`), or undefined for an empty or malformed one. */
export function canonicalLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  const canonical = memo(canonicalTags, tag, () => {
    try {
      return Intl.getCanonicalLocales(tag.trim().replaceAll('_', '-'))[0] ?? '';
    } catch {
      return '';
    }
  });
  return canonical || undefined;
}

function ownLocale(el: Element): string | undefined {
  return canonicalLocale(el.getAttribute('lang'));
}

function ownDirection(el: Element): Direction | undefined {
  const dir = el.getAttribute('dir')?.toLowerCase();
  return dir === 'ltr' || dir === 'rtl' ? dir : undefined;
}

/**
 * The language of an element: its own `lang`, else the closest ancestor's (through shadow roots),
 * else `<html lang>`, else the browser's language, else English. Empty or malformed tags are skipped.
 */
export function resolveLocale(el: Element): string {
  return resolveLanguage(el).locale;
}

/** Whether a locale is written right to left, from `Intl.Locale` text info or, lacking it, the tables above. */
export function directionOf(locale: string): Direction {
  return memo(directions, locale, () => textDirection(locale));
}

/** {@link directionOf} without remembering: asks `Intl.Locale` every time. */
export function textDirection(locale: string): Direction {
  let parsed: Intl.Locale & LocaleTextInfo;
  try {
    parsed = new Intl.Locale(locale);
  } catch {
    return 'ltr';
  }
  // An explicit script decides (WebKit's text info ignores it: `az-Arab` came back ltr).
  if (parsed.script) return RTL_SCRIPTS.has(parsed.script) ? 'rtl' : 'ltr';
  const info = typeof parsed.getTextInfo === 'function' ? parsed.getTextInfo() : parsed.textInfo;
  if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
  return RTL_LANGUAGES.has(parsed.language) ? 'rtl' : 'ltr';
}

/**
 * The direction of an element: decided by the nearest element (itself, then ancestors through shadow
 * roots) carrying `dir="ltr|rtl"` or a `lang`. A nearer `lang` beats a farther `dir`, so
 * `<html lang="en" dir="ltr">` with `<majlis-thread lang="ar">` is right to left: the element's text
 * is Arabic. `dir="auto"` is ignored. Without either, the direction of {@link resolveLocale}.
 */
export function resolveDirection(el: Element): Direction {
  return resolveLanguage(el).dir;
}

/**
 * {@link resolveLocale} and {@link resolveDirection} in one walk up the tree (every element resolves both
 * when it connects, and a page holds dozens: one walk instead of two, without a generator per step).
 */
export function resolveLanguage(el: Element): { locale: string; dir: Direction } {
  let dir: Direction | undefined;
  let locale: string | undefined;
  for (let node: Element | null = el; node && !locale; ) {
    dir ??= ownDirection(node);
    locale = ownLocale(node);
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : node.parentElement;
  }
  locale ??= canonicalLocale(document.documentElement.lang) ?? canonicalLocale(navigator.language) ?? DEFAULT_LOCALE;
  // Engines disagree on a bare `ar`'s digits (WebKit's ICU writes Arabic-Indic, Chromium and Firefox Latin, as CLDR
  // now does): Latin everywhere. A region or `-u-nu-` in the tag still decides (README, "Digits").
  if (locale === 'ar') locale = 'ar-u-nu-latn';
  return { locale, dir: dir ?? directionOf(locale) };
}

/** `nl-BE-u-nu-latn` → `nl-BE`, `nl`: the tag without extensions, then shorter and shorter prefixes. */
function fallbacks(locale: string): string[] {
  const base = new Intl.Locale(locale).baseName;
  const parts = base.split('-');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
}

/**
 * The best of `available` for a tag: an exact match, else the nearest shorter prefix
 * (`ar-AE` → `ar`, `fr-BE` → `fr`), else `en`. Case-insensitive; returns the spelling in `available`.
 * Answers are remembered per `available` array: pass a new array rather than changing one.
 */
export function matchSupportedLocale(
  tag: string,
  available: readonly string[] = SUPPORTED_LOCALES,
): string {
  let matches = supportedMatches.get(available);
  if (!matches) supportedMatches.set(available, (matches = new Map<string, string>()));
  return memo(matches, tag, () => bestMatch(tag, available));
}

function bestMatch(tag: string, available: readonly string[]): string {
  const locale = canonicalLocale(tag);
  if (!locale) return DEFAULT_LOCALE;
  const byLower = new Map(available.map((candidate) => [candidate.toLowerCase(), candidate]));
  for (const candidate of fallbacks(locale)) {
    const match = byLower.get(candidate.toLowerCase());
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}
