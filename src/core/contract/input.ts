/**
 * The rules of what members send besides free text (text.ts): titles and bodies by their {@link TEXT_RULES},
 * tags, language tags, ids and page sizes. The in-browser adapter and the reference server both read a request
 * with these, so one refuses exactly what the other does, with the same field and reason. Each backend checks the
 * types of its input first (the memory adapter field by field, the server with its JSON Schemas); these functions
 * take typed values and return them as stored, or throw MajlisError `invalid` naming the field.
 *
 * Kept apart from language.ts, which the first render needs: only backends need these.
 */
import { LIMITS } from '../types.js';
import { checkNoControlCharacters, invalid, readTextField, TEXT_RULES } from './text.js';

export function readTitle(value: string): string {
  return readTextField(value, 'title', TEXT_RULES.title);
}

export function readBody(value: string): string {
  return readTextField(value, 'body', TEXT_RULES.body);
}

/** At most `LIMITS.tagsMax` tags, each a single line of 1 to `LIMITS.tagMax` characters, trimmed. */
export function readTags(values: readonly string[]): string[] {
  if (values.length > LIMITS.tagsMax) {
    throw invalid('tags', `a question may have at most ${LIMITS.tagsMax} tags, got ${values.length}`);
  }
  return values.map((tag) => readTextField(tag, 'tags', TEXT_RULES.tag));
}

/** The canonical form of a BCP-47 tag (`nl-be` → `nl-BE`), as posts store it. */
export function readLanguageTag(value: string, field = 'language'): string {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(value.trim())[0];
  } catch {
    // Intl throws a RangeError for anything that is not a well-formed tag.
  }
  if (canonical === undefined) {
    throw invalid(field, `${field} must be a BCP-47 tag such as "en" or "nl-BE", got ${JSON.stringify(value)}`);
  }
  return canonical;
}

/** A non-empty id without control characters (no id has them, and PostgreSQL cannot compare U+0000). */
export function readId(value: string, field: string): string {
  if (value === '') throw invalid(field, `${field} must be a non-empty string id`);
  checkNoControlCharacters(value, field);
  return value;
}

/** How many items a page holds: {@link PAGE_SIZE}`.default` unless asked, clamped to its `min`…`max`. */
export const PAGE_SIZE = { default: 20, min: 1, max: 100 } as const;

/** The page size for a requested `limit` (a number; fractions round down). */
export function pageSize(limit: number | undefined): number {
  if (limit === undefined) return PAGE_SIZE.default;
  return Math.min(PAGE_SIZE.max, Math.max(PAGE_SIZE.min, Math.floor(limit)));
}
