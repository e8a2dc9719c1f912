import { DOCS, integer, nullable, object } from './schema.js';
import type { Role } from '../types.js';

/**
 * The contract of customer care (capability `careStats`): how quickly the operator's experts answer, which
 * `<majlis-care-status>` shows beside its hours ("typical reply within 2 hours"). `../types.ts` derives the
 * types; the REST adapter decodes and the server validates and documents (OpenAPI) with these.
 *
 * Rules every backend applies alike:
 * - an expert answer is a published answer by a member whose role is `staff` or `expert` ({@link CARE_ROLES});
 * - the window is the questions asked in the last {@link CARE_STATS_DAYS} days (published ones) that have an expert
 *   answer; for each, the seconds from the question to its first expert answer;
 * - the typical reply time is the median of those (the mean of the two middle ones for an even count), rounded to
 *   whole seconds; null when no question in the window has an expert answer.
 */

/** The roles whose answers are the operator's own (the care desk's). */
export const CARE_ROLES: readonly Role[] = ['staff', 'expert'];
/** The days the typical reply time looks back over. */
export const CARE_STATS_DAYS = 30;

export const CareStats = object(
  {
    days: integer({ minimum: 1, description: DOCS && 'The days looked back over (30).' }),
    answered: integer({
      minimum: 0,
      description: DOCS && 'Questions asked in those days that have an answer by staff or an expert.',
    }),
    medianFirstReplySeconds: nullable(integer({ minimum: 0 }), {
      description:
        DOCS &&
        'The median time from a question to its first answer by staff or an expert, in seconds; null when none was answered.',
    }),
  },
  { description: DOCS && "How quickly the operator's experts answer: the typical reply time over the last 30 days." },
);

/** The median of some durations in milliseconds, in whole seconds; null for none. */
export function medianSeconds(durations: readonly number[]): number | null {
  if (durations.length === 0) return null;
  const sorted = [...durations].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return Math.round(median / 1000);
}
