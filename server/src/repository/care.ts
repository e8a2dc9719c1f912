import { CARE_ROLES, CARE_STATS_DAYS } from '#majlis/core/contract/care.js';
import type { CareStats } from '#majlis/core/types.js';
import type { Queryable } from '../db/database.js';

const DAY = 86_400_000;

/**
 * The typical reply time of staff and experts (capability `careStats`, rules in `src/core/contract/care.ts`): the
 * median, over the published questions of the last 30 days that have one, of the time to their first published answer
 * by staff or an expert. Ideas and questions asked for a live session are not questions to the care desk: left out. The role is the author's role now, as the in-browser adapter reads it.
 */
export async function careStats(db: Queryable, now: Date): Promise<CareStats> {
  const [row] = await db.query<{ answered: number; median: number | null }>(
    `SELECT count(*)::int AS answered,
            round(percentile_cont(0.5) WITHIN GROUP (ORDER BY reply))::int AS median
       FROM (SELECT greatest(0, extract(epoch FROM min(a.created_at) - q.created_at)) AS reply
               FROM questions q
               JOIN answers a ON a.question_id = q.id AND a.state = 'published'
               JOIN users u ON u.id = a.author_id AND u.role = ANY ($3::text[])
              WHERE q.state = 'published' AND q.created_at >= $1 AND q.created_at <= $2
                AND NOT EXISTS (SELECT 1 FROM ideas i WHERE i.question_id = q.id)
                AND NOT EXISTS (SELECT 1 FROM live_session_questions s WHERE s.question_id = q.id)
              GROUP BY q.id, q.created_at) replies`,
    [new Date(now.getTime() - CARE_STATS_DAYS * DAY), now, [...CARE_ROLES]],
  );
  return { days: CARE_STATS_DAYS, answered: row?.answered ?? 0, medianFirstReplySeconds: row?.median ?? null };
}
