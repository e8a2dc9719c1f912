import type { Suspension } from '#majlis/core/types.js';
import type { Queryable } from '../db/database.js';
import { iso } from './sql.js';

/** The suspension in force for `userId` at `now` (not lifted, not over), or null. */
export async function suspensionOf(db: Queryable, userId: string, now: Date): Promise<Suspension | null> {
  const [row] = await db.query<{ until: Date | null; reason: string }>(
    `SELECT until, reason FROM suspensions
     WHERE user_id = $1 AND lifted_at IS NULL AND (until IS NULL OR until > $2)
     ORDER BY created_at DESC LIMIT 1`,
    [userId, now],
  );
  return row === undefined ? null : { until: row.until === null ? null : iso(row.until), reason: row.reason };
}
