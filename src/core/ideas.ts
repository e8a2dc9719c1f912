import { invalid } from './contract/text.js';
import { IDEA_PERIOD_PATTERN } from './idea-names.js';
import { readOptionalModerationText } from './moderation.js';

/*
 * The input rules of ideas every implementation applies alike (the in-browser adapter and the server): a staff
 * note is moderation text (trimmed, blank is none, multiline, bounded); a winners' period is a month.
 */

/** A public note on an idea's status or merge: null when absent or blank. */
export function readIdeaNote(value: unknown): string | null {
  return readOptionalModerationText(value, 'note');
}

const PERIOD = new RegExp(IDEA_PERIOD_PATTERN);

/** A winners' period, `YYYY-MM`; `invalid` (field `period`) otherwise. */
export function readIdeaPeriod(value: unknown): string {
  if (typeof value !== 'string' || !PERIOD.test(value)) {
    throw invalid('period', `period must be a month written YYYY-MM, got ${JSON.stringify(value)}`);
  }
  return value;
}
