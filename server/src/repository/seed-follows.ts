import type { CommunitySeed } from '#majlis/core/seed.js';
import type { Queryable } from '../db/database.js';

/** The tables of migration 006 (follows and mail), emptied first when a database is reset to a seed. */
export const FOLLOW_TABLES = 'notifications, mail_jobs, notification_settings, follows';

/** Whether the database has the follows of migration 006; a test may load a seed into an older schema. */
export async function hasFollows(tx: Queryable): Promise<boolean> {
  const [row] = await tx.query<{ present: boolean }>("SELECT to_regclass('follows') IS NOT NULL AS present");
  return row?.present === true;
}

/** The seed's follows (and remembered unfollows); unknown members or targets fail the load. */
export async function loadFollows(tx: Queryable, seed: CommunitySeed): Promise<void> {
  const follows = seed.follows ?? [];
  if (follows.length === 0) return;
  for (const follow of follows) {
    const table = ({ question: 'questions', category: 'categories', session: 'live_sessions' } as Record<string, string>)[follow.target] ?? null;
    if (table === null) throw new Error(`Invalid Majlis seed: a follow has an unknown target ${JSON.stringify(follow.target)}`);
    if ((await tx.query(`SELECT 1 FROM ${table} WHERE id = $1`, [follow.targetId])).length === 0) {
      throw new Error(`Invalid Majlis seed: a follow of the unknown ${follow.target} ${JSON.stringify(follow.targetId)}`);
    }
  }
  await tx.query(
    `INSERT INTO follows (user_id, target, target_id, following, created_at)
     SELECT user_id, target, target_id, coalesce(following, true), coalesce(created_at, 'epoch')
     FROM json_to_recordset($1::json) AS s(user_id text, target text, target_id text, following boolean, created_at timestamptz)`,
    [
      JSON.stringify(
        follows.map((follow) => ({
          user_id: follow.userId,
          target: follow.target,
          target_id: follow.targetId,
          following: follow.following ?? true,
          created_at: follow.createdAt ?? null,
        })),
      ),
    ],
  );
}
