import { DOCS, integer, nullable, object } from './schema.js';
import { CARE_ROLES, CARE_STATS_DAYS, medianSeconds } from '../care-names.js';

/**
 * The contract of customer care (capability `careStats`): how quickly the operator's experts answer, which
 * `<majlis-care-status>` shows beside its hours ("typical reply within 2 hours"). `../types.ts` derives the
 * types; the REST adapter decodes and the server validates and documents (OpenAPI) with these.
 *
 * Rules every backend applies alike:
 * - an expert answer is a published answer by a member whose role is `staff` or `expert` ({@link CARE_ROLES});
 * - the window is the questions asked in the last {@link CARE_STATS_DAYS} days (published ones) that have an expert
 *   answer; for each, the seconds from the question to its first expert answer. Ideas and questions asked for a live
 *   session are left out: staff answer those when they decide, or at the session, not as the care desk;
 * - the typical reply time is the median of those (the mean of the two middle ones for an even count), rounded to
 *   whole seconds; null when no question in the window has an expert answer.
 */

export { CARE_ROLES, CARE_STATS_DAYS, medianSeconds };

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
