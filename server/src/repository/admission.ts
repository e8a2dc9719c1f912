import { MajlisError } from '#majlis/core/adapter.js';
import { countLinks, duplicateKey, linkViolation, needsApproval, premoderationFor } from '#majlis/core/moderation.js';
import type { ModerationSettings, PostState } from '#majlis/core/types.js';
import type { Queryable } from '../db/database.js';
import type { Reader } from './viewer.js';
import { isStaff } from './viewer.js';

/*
 * What a new post goes through before it is written (askQuestion, postAnswer; edits for links): the flood limits
 * of MAJLIS_MODERATION (posts per hour, links by new members, the same body again) and pre-moderation, which makes
 * it `pending`. Counted in SQL, in the transaction, after the author's row is locked: several server instances on
 * one PostgreSQL database count the same posts, and one member's concurrent posts take turns. Moderators and staff
 * are neither limited nor pre-moderated.
 */

const POSTS_OF = `(SELECT created_at, body FROM questions WHERE author_id = $1
  UNION ALL SELECT created_at, body FROM answers WHERE author_id = $1) AS p`;

/** Refuses a new member's text with more links than `flood.newMemberLinks`: `invalid` (body, `too-many-links`). */
export async function checkLinks(tx: Queryable, reader: Reader, body: string): Promise<void> {
  const { actor, moderation } = reader;
  if (actor === null || isStaff(actor) || countLinks(body) <= moderation.flood.newMemberLinks) return;
  const [row] = await tx.query<{ reputation: number }>('SELECT greatest(0, reputation) AS reputation FROM users WHERE id = $1', [actor.id]);
  const violation = linkViolation(moderation, { role: actor.role, reputation: row?.reputation ?? 0 }, body);
  if (violation !== null) throw violation;
}

/**
 * Checks the flood limits for a new post with `body` in `categoryId`, and returns the state it starts in
 * (`pending` when pre-moderated). Call it in the transaction that writes the post.
 */
export async function admitPost(tx: Queryable, reader: Reader, body: string, categoryId: string): Promise<PostState> {
  const { actor, now, moderation } = reader;
  if (actor === null || isStaff(actor)) return 'published';
  // One member's posts take turns: the counts below cannot both pass for two concurrent posts.
  await tx.query('SELECT 1 FROM users WHERE id = $1 FOR UPDATE', [actor.id]);
  await checkLinks(tx, reader, body);
  const { postsPerHour, duplicateWindowMinutes } = moderation.flood;
  const hourAgo = new Date(now.getTime() - 3_600_000);
  // The postsPerHour-th newest post of the last hour: while there is one, the limit is reached until it is an hour old.
  const [limiting] = await tx.query<{ created_at: Date }>(
    `SELECT created_at FROM ${POSTS_OF} WHERE created_at > $2 AND created_at <= $3
     ORDER BY created_at DESC OFFSET $4 LIMIT 1`,
    [actor.id, hourAgo, now, postsPerHour - 1],
  );
  if (limiting !== undefined) {
    const retryAfter = Math.max(1, Math.ceil((new Date(limiting.created_at).getTime() + 3_600_000 - now.getTime()) / 1000));
    throw new MajlisError('rate-limited', `At most ${postsPerHour} posts an hour: try again in ${retryAfter} s`, {
      retryAfter,
    });
  }
  if (duplicateWindowMinutes > 0) {
    // The member's bodies of the window (at most postsPerHour an hour), compared as core/moderation.ts does.
    const since = new Date(now.getTime() - duplicateWindowMinutes * 60_000);
    const recent = await tx.query<{ body: string }>(`SELECT body FROM ${POSTS_OF} WHERE created_at > $2`, [actor.id, since]);
    const key = duplicateKey(body);
    if (recent.some((post) => duplicateKey(post.body) === key)) {
      throw new MajlisError('conflict', `The same text was posted less than ${duplicateWindowMinutes} minutes ago`, {
        reason: 'duplicate',
      });
    }
  }
  return (await premoderated(tx, reader, body, categoryId, moderation)) ? 'pending' : 'published';
}

async function premoderated(
  tx: Queryable,
  reader: Reader,
  body: string,
  categoryId: string,
  moderation: ModerationSettings,
): Promise<boolean> {
  const actor = reader.actor as NonNullable<Reader['actor']>;
  let publishedPosts = 0;
  if (premoderationFor(moderation, categoryId) === 'first-posts') {
    const [row] = await tx.query<{ count: number }>(
      `SELECT (SELECT count(*) FROM questions WHERE author_id = $1 AND state = 'published')
            + (SELECT count(*) FROM answers WHERE author_id = $1 AND state = 'published') AS count`,
      [actor.id],
    );
    publishedPosts = Number(row?.count ?? 0);
  }
  return needsApproval(moderation, { categoryId, role: actor.role, publishedPosts, body });
}
