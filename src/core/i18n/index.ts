/**
 * Majlis i18n: catalogs, plural rules, Intl formatting and locale resolution.
 * English is bundled; `ar`, `nl`, `fr`, `vi`, `ur`, `de` and `hi` are separate chunks loaded on first use.
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
export { errorMessage, isRefusal } from './errors.js';
export type { ErrorContext } from './errors.js';
export { en };

// Literal import() calls, so bundlers split each catalog into its own lazy chunk.
const loaders: Readonly<Partial<Record<string, () => Promise<Messages>>>> = {
  ar: () => import('./messages/ar.js').then((m) => m.ar),
  nl: () => import('./messages/nl.js').then((m) => m.nl),
  fr: () => import('./messages/fr.js').then((m) => m.fr),
  vi: () => import('./messages/vi.js').then((m) => m.vi),
  ur: () => import('./messages/ur.js').then((m) => m.ur),
  de: () => import('./messages/de.js').then((m) => m.de),
  hi: () => import('./messages/hi.js').then((m) => m.hi),
};

/** Translations of one set of texts, by shipped locale: the catalogs, and each area of {@link catalogArea}. */
type TranslationLoaders = Readonly<Partial<Record<string, () => Promise<DeepPartial<Messages>>>>>;

/** English: the catalog, plus the texts of the areas registered so far. */
let english: Messages = en;
/** Loaders of the catalogs ([0]) and of each registered area's translations. */
const translationSets: TranslationLoaders[] = [loaders];
/** The translations loaded for each shipped locale (its catalog first), keyed `locale#set`. */
const parts = new Map<string, DeepPartial<Messages>>();
const loading = new Map<string, Promise<void>>();
const translatedCache = new Map<string, Messages>();
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

/** English with the translations of a shipped locale loaded so far laid over it (kept until one more loads). */
function translated(shipped: string): Messages {
  return memo(translatedCache, shipped, () =>
    translationSets.reduce((messages, _, set) => {
      const part = parts.get(`${shipped}#${set}`);
      return part ? deepMerge(messages, part) : messages;
    }, english),
  );
}

/** A translation or an area's texts arrived. */
function textsChanged(): void {
  translatedCache.clear();
  changed();
}

/**
 * The catalog for a locale, synchronously: the best available match (`ar-AE` → `ar`, or `ar-AE` itself
 * when a host registered it) with the host's overrides; English while the shipped catalog underneath is
 * still loading (and for an area's texts whose translation is), and for the keys a host-added locale leaves
 * out. The same object is returned until a catalog loads or overrides change.
 */
export function messagesFor(locale: string): Messages {
  const lang = match(locale);
  const shipped = matchSupportedLocale(lang);
  if (shipped !== 'en' && !parts.has(`${shipped}#0`)) return messagesFor('en');
  return memo(merged, lang, () => {
    const catalog = shipped === 'en' ? english : translated(shipped);
    const layers = shipped === lang ? [lang] : [shipped, lang];
    return layers.reduce((messages, layer) => {
      const patch = overrides.get(layer);
      return patch ? deepMerge(messages, patch) : messages;
    }, catalog);
  });
}

/** Loads one set of translations of a shipped locale once (later calls share the import). */
function loadPart(shipped: string, set: number): Promise<void> {
  const key = `${shipped}#${set}`;
  const load = translationSets[set]?.[shipped];
  if (!load || parts.has(key)) return Promise.resolve();
  let pending = loading.get(key);
  if (!pending) {
    pending = load().then(
      (part) => {
        parts.set(key, part);
        textsChanged();
      },
      (error: unknown) => {
        loading.delete(key); // a failed chunk load may succeed on a later try
        throw error;
      },
    );
    loading.set(key, pending);
  }
  return pending;
}

/**
 * Loads the catalog of a locale, with the translations of every area registered so far, once (later calls
 * share the imports), and resolves to {@link messagesFor}.
 */
export async function loadMessages(locale: string): Promise<Messages> {
  const lang = match(locale);
  const shipped = matchSupportedLocale(lang);
  await Promise.all(translationSets.map((_, set) => loadPart(shipped, set)));
  return messagesFor(lang);
}

/**
 * An area of the catalogs that travels with its elements' chunk (the composer's texts, the board's): its
 * English texts and the loaders of their translations. The returned function adds them (once) to what
 * {@link messagesFor} and {@link loadMessages} serve, and resolves once the area's translations for the
 * locales in use have loaded, so the area's elements are defined with their texts in the page's language.
 * In the sources every catalog holds every text and areas are empty; the standalone build moves an area's
 * texts out of the catalogs into its chunk (`scripts/pack-catalogs.ts`).
 */
export function catalogArea(texts: DeepPartial<Messages>, translations: TranslationLoaders): () => Promise<void> {
  let added: Promise<void> | undefined;
  return () => {
    if (!Object.keys(texts).length) return Promise.resolve();
    if (added) return added;
    english = deepMerge(english, texts);
    const set = translationSets.push(translations) - 1;
    const inUse = new Set([...parts.keys(), ...loading.keys()].filter((key) => key.endsWith('#0')).map((key) => key.slice(0, -2)));
    textsChanged();
    // A failed translation is tried again by the next loadMessages; meanwhile the texts stay in English.
    added = Promise.all([...inUse].map((shipped) => loadPart(shipped, set))).then(
      () => undefined,
      () => undefined,
    );
    return added;
  };
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

const withPatches = new WeakMap<Messages, WeakMap<DeepPartial<Messages>, Messages>>();

/**
 * `patches` merged over a catalog, outermost first (an element's own `messages` win over its ancestors'); the
 * same object for the same catalog and patches, so an element whose strings did not change does not re-render.
 */
export function withOverrides(catalog: Messages, patches: readonly DeepPartial<Messages>[]): Messages {
  return patches.reduce<Messages>((messages, patch) => {
    let byPatch = withPatches.get(messages);
    if (!byPatch) withPatches.set(messages, (byPatch = new WeakMap()));
    let result = byPatch.get(patch);
    if (!result) byPatch.set(patch, (result = deepMerge(messages, patch)));
    return result;
  }, catalog);
}

/** Tells every element to read its strings again (an element's `messages` changed). */
export function messagesChanged(): void {
  changed();
}

/** Calls `listener` whenever a catalog loads or overrides change; returns the unsubscribe function. */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
