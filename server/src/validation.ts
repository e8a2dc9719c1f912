import { LIMITS } from '#majlis/core/types.js';
import { invalid } from './errors.js';

/**
 * The rules JSON Schema cannot say: lengths after trimming in UTF-16 code units, BCP-47 language tags.
 * The route schemas have already checked types, required and unknown fields; the database's CHECK
 * constraints back these up.
 */
export function readText(value: string, field: string, min: number, max: number): string {
  const text = value.trim();
  if (text.length < min || text.length > max) {
    throw invalid(field, `${field} must be ${min} to ${max} characters long, got ${text.length}`);
  }
  return text;
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
  return values.map((tag) => {
    const text = tag.trim();
    if (text.length < 1 || text.length > LIMITS.tagMax) {
      throw invalid('tags', `each tag must be 1 to ${LIMITS.tagMax} characters of text, got ${JSON.stringify(tag)}`);
    }
    return text;
  });
}

export function readId(value: string, field: string): string {
  if (value === '') throw invalid(field, `${field} must be a non-empty string id`);
  return value;
}
