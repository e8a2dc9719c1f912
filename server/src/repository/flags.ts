import { MajlisError } from '#majlis/core/adapter.js';
import type { Answer, Flag, FlagReason, PostType, Question } from '#majlis/core/types.js';
import type { Database, Queryable } from '../db/database.js';
import { writeAudit } from './audit.js';
import { readFlagFields } from '#majlis/core/moderation.js';
import { findPost, readPost, writer } from './posts.js';
import { iso, userJson } from './sql.js';
import { userOf } from './views.js';
import type { Reader } from './viewer.js';

/*
 * Flags: a member reports a post once (the primary key of `flags`, so concurrent requests cannot flag twice). The
 * flag that brings a published post's open flags to the threshold hides it, once: the post's row is locked first,
 * so concurrent flags count one after another and only one of them sees the threshold reached.
 */

export interface FlagBody {
  reason: FlagReason;
  note?: string | null;
}

export async function flagPost(
  db: Database,
  reader: Reader,
  target: PostType,
  id: string,
  input: FlagBody,
): Promise<Question | Answer> {
  const actor = writer(reader.actor);
  const { reason, note } = readFlagFields(input.reason, input.note);
  const { now } = reader;
  return db.transaction(async (tx) => {
    const post = await findPost(tx, target, id, actor, true);
    if (post.authorId === actor.id) {
      throw new MajlisError('forbidden', `Members cannot flag their own ${target} ("${id}")`);
    }
    if (post.state !== 'published') {
      throw new MajlisError('conflict', `The ${target} "${id}" is ${post.state}: only published posts can be flagged`);
    }
    const inserted = await tx.query(
      `INSERT INTO flags (target, post_id, user_id, reason, note, created_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT DO NOTHING RETURNING 1`,
      [target, id, actor.id, reason, note, now],
    );
    if (inserted.length === 0) {
      throw new MajlisError('conflict', `You already flagged this ${target}`, { reason: 'already-flagged' });
    }
    {
      const [{ count } = { count: 0 }] = await tx.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM flags WHERE target = $1 AND post_id = $2 AND resolved_at IS NULL`,
        [target, id],
      );
      if (count >= reader.moderation.flagThreshold) {
        await tx.query(
          `UPDATE ${target}s SET state = 'hidden', moderation_reason = NULL, moderation_by = NULL, moderation_at = $2
           WHERE id = $1`,
          [id, now],
        );
        await writeAudit(tx, {
          actorId: null,
          action: 'auto-hide',
          target,
          targetId: id,
          questionId: post.questionId,
          details: { flags: String(count) },
          at: now,
        });
      }
    }
    return readPost(tx, reader, target, id);
  });
}

/** Resolves the open flags of a post (a moderator acted on it); returns how many. */
export async function resolveFlags(tx: Queryable, target: PostType, id: string, by: string, at: Date): Promise<number> {
  const rows = await tx.query(
    `UPDATE flags SET resolved_at = $3, resolved_by = $4 WHERE target = $1 AND post_id = $2 AND resolved_at IS NULL
     RETURNING 1`,
    [target, id, at, by],
  );
  return rows.length;
}

/** The open flags of each post (`target:id` keys), oldest first. */
export async function openFlags(
  db: Queryable,
  posts: readonly { target: PostType; id: string }[],
): Promise<Map<string, Flag[]>> {
  const flags = new Map<string, Flag[]>(posts.map((post) => [`${post.target}:${post.id}`, []]));
  if (posts.length === 0) return flags;
  const rows = await db.query<{ key: string; reason: FlagReason; note: string | null; created_at: Date; by: Parameters<typeof userOf>[0] }>(
    `SELECT f.target || ':' || f.post_id AS key, f.reason, f.note, f.created_at, ${userJson('u')} AS by
     FROM flags f JOIN users u ON u.id = f.user_id
     JOIN unnest($1::text[], $2::text[]) AS p(target, post_id) ON f.target = p.target AND f.post_id = p.post_id
     WHERE f.resolved_at IS NULL
     ORDER BY f.created_at, f.user_id`,
    [posts.map((post) => post.target), posts.map((post) => post.id)],
  );
  for (const row of rows) {
    flags.get(row.key)?.push({ reason: row.reason, note: row.note, by: userOf(row.by), createdAt: iso(row.created_at) });
  }
  return flags;
}
