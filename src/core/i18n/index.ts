/**
 * Majlis i18n: catalogs, plural rules, Intl formatting and locale resolution.
 * English is bundled; `ar`, `nl`, `fr` and `vi` are separate chunks loaded on first use.
 */
import { en } from './messages/en.js';
import { memo } from './memo.js';
import { canonicalLocale, matchSupportedLocale, SUPPORTED_LOCALES } from './locale.js';
import type { DeepPartial, Messages } from './messages/types.js';

export type { Count, DeepPartial, ErrorMessages, FieldName, Messages } from './messages/types.js';
export type { Direction, SupportedLocale } from './locale.js';
export type { Formatters } from './format.js';
export type { PluralCategory, PluralForms } from './plural.js';
export {
  SUPPORTED_LOCALES,
  canonicalLocale,
  directionOf,
  matchSupportedLocale,
  resolveDirection,
  resolveLanguage,
  resolveLocale,
} from './locale.js';
export { formatDate, formatLanguageName, formatList, formatNumber, formatRelativeTime, formattersFor } from './format.js';
export { plural, pluralCategory } from './plural.js';
export { errorMessage } from './errors.js';
export { en };

// Literal import() calls, so bundlers split each catalog into its own lazy chunk.
const loaders: Readonly<Partial<Record<string, () => Promise<Messages>>>> = {
  ar: () => import('./messages/ar.js').then((m) => m.ar),
  nl: () => import('./messages/nl.js').then((m) => m.nl),
  fr: () => import('./messages/fr.js').then((m) => m.fr),
  vi: () => import('./messages/vi.js').then((m) => m.vi),
};

const catalogs = new Map<string, Messages>([['en', en]]);
const loading = new Map<string, Promise<void>>();
const overrides = new Map<string, DeepPartial<Messages>>();
const merged = new Map<string, Messages>();
const listeners = new Set<() => void>();
/** The shipped locales plus those a host added; replaced (never changed) on a registration, so lookups can be kept per list. */
let available: readonly string[] = SUPPORTED_LOCALES;

function changed(): void {
  merged.clear();
  for (const listener of [...listeners]) listener();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `patch` deep-merged over `base` into new objects; functions and strings replace whole. */
function deepMerge<T extends object>(base: T, patch: DeepPartial<T>): T {
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries<unknown>(patch)) {
    if (value === undefined) continue;
    const current = result[key];
    result[key] = isPlainObject(value) && isPlainObject(current) ? deepMerge(current, value) : value;
  }
  return result as T;
}

/** The shipped locales plus those a host added with {@link registerMessages}. */
export function availableLocales(): readonly string[] {
  return available;
}

function match(locale: string): string {
  return matchSupportedLocale(locale, availableLocales());
}

/**
 * The catalog for a locale, synchronously: the best available match (`ar-AE` → `ar`, or `ar-AE` itself
 * when a host registered it) with the host's overrides; English while the shipped catalog underneath is
 * still loading, and for the keys a host-added locale leaves out. The same object is returned until a
 * catalog loads or overrides change.
 */
export function messagesFor(locale: string): Messages {
  const lang = match(locale);
  const shipped = matchSupportedLocale(lang);
  const catalog = catalogs.get(shipped);
  if (!catalog) return messagesFor('en');
  return memo(merged, lang, () => {
    const layers = shipped === lang ? [lang] : [shipped, lang];
    return layers.reduce((messages, layer) => {
      const patch = overrides.get(layer);
      return patch ? deepMerge(messages, patch) : messages;
    }, catalog);
  });
}

/** Loads the catalog of a locale once (later calls share the import) and resolves to {@link messagesFor}. */
export async function loadMessages(locale: string): Promise<Messages> {
  const lang = match(locale);
  const shipped = matchSupportedLocale(lang);
  const load = loaders[shipped];
  if (load && !catalogs.has(shipped)) {
    let pending = loading.get(shipped);
    if (!pending) {
      pending = load().then(
        (catalog) => {
          catalogs.set(shipped, catalog);
          changed();
        },
        (error: unknown) => {
          loading.delete(shipped); // a failed chunk load may succeed on a later try
          throw error;
        },
      );
      loading.set(shipped, pending);
    }
    await pending;
  }
  return messagesFor(lang);
}

/**
 * Overrides or adds strings for a locale, merged over its catalog (repeated calls accumulate). A locale
 * Majlis does not ship becomes available: a regional one (`ar-AE`) over its shipped language's catalog
 * and overrides, any other (`de`, `pt-BR`) over English. Connected elements re-render.
 */
export function registerMessages(locale: string, messages: DeepPartial<Messages>): void {
  const tag = canonicalLocale(locale);
  if (!tag) throw new RangeError(`registerMessages: "${locale}" is not a valid BCP-47 language tag`);
  const known = available.find((candidate) => candidate.toLowerCase() === tag.toLowerCase());
  const key = known ?? tag;
  if (!known) available = Object.freeze([...available, key]);
  overrides.set(key, deepMerge(overrides.get(key) ?? {}, messages));
  changed();
}

/** Calls `listener` whenever a catalog loads or overrides change; returns the unsubscribe function. */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
