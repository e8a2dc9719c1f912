import { checkNoControlCharacters, readTextField, TEXT_RULES } from '#majlis/core/contract/text.js';
import { LIMITS } from '#majlis/core/types.js';
import { invalid } from './errors.js';

/**
 * The rules JSON Schema cannot say: visible lengths, control and bidi characters (src/core/contract/text.ts, the
 * rules every adapter shares), BCP-47 language tags. The route schemas have already checked types, required and
 * unknown fields; the database's CHECK constraints back these up.
 */

/**
 * Refuses a control character in any text of a request (path, query string, body), naming the field, before a
 * handler or PostgreSQL (which cannot store U+0000) sees it. Only `body` (Markdown) may have line breaks and tabs.
 */
export function checkRequestText(value: unknown, field?: string): void {
  if (typeof value === 'string') {
    checkNoControlCharacters(value, field ?? 'request', field === 'body');
  } else if (Array.isArray(value)) {
    for (const item of value) checkRequestText(item, field);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) checkRequestText(item, field ?? key);
  }
}

export function readTitle(value: string): string {
  return readTextField(value, 'title', TEXT_RULES.title);
}

export function readBody(value: string): string {
  return readTextField(value, 'body', TEXT_RULES.body);
}

/** The canonical form of a BCP-47 tag (`nl-be` → `nl-BE`). */
export function readLanguage(value: string): string {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(value.trim())[0];
  } catch {
    // Intl throws a RangeError for anything that is not a well-formed tag.
  }
  if (canonical === undefined) {
    throw invalid('language', `language must be a BCP-47 tag such as "en" or "nl-BE", got ${JSON.stringify(value)}`);
  }
  return canonical;
}

export function readTags(values: readonly string[]): string[] {
  if (values.length > LIMITS.tagsMax) {
    throw invalid('tags', `a question may have at most ${LIMITS.tagsMax} tags, got ${values.length}`);
  }
  return values.map((tag) => readTextField(tag, 'tags', TEXT_RULES.tag));
}

export function readId(value: string, field: string): string {
  if (value === '') throw invalid(field, `${field} must be a non-empty string id`);
  return value;
}
