import { checkNoControlCharacters } from '#majlis/core/contract/text.js';

/**
 * The rules JSON Schema cannot say: visible lengths, control and bidi characters, tags, BCP-47 language tags, personal
 * data in titles and bodies (src/core/personal-data.ts, unless the writer keeps it with `allowPersonalData`). They
 * are src/core/contract/ (text.ts, input.ts), the rules the in-browser adapter applies too. The route schemas have
 * already checked types, required and unknown fields; the database's CHECK constraints back these up.
 */
export { checkPersonalData } from '#majlis/core/contract/personal-data.js';
export {
  readBody,
  readId,
  readLanguageTag as readLanguage,
  readTags,
  readTitle,
} from '#majlis/core/contract/input.js';

/** Fields that may have line breaks and tabs: Markdown bodies, and moderation's notes and reasons. */
const MULTILINE = new Set(['body', 'note', 'reason']);

/**
 * Refuses a control character in any text of a request (path, query string, body), naming the field, before a
 * handler or PostgreSQL (which cannot store U+0000) sees it. Only `body` (Markdown) may have line breaks and tabs.
 */
export function checkRequestText(value: unknown, field?: string): void {
  if (typeof value === 'string') {
    checkNoControlCharacters(value, field ?? 'request', MULTILINE.has(field ?? ''));
  } else if (Array.isArray(value)) {
    for (const item of value) checkRequestText(item, field);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) checkRequestText(item, field ?? key);
  }
}
