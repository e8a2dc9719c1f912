import { MajlisError } from '#majlis/core/adapter.js';
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

/** Links in a Markdown text: `http(s)://…` and `www.…` (autolinks, inline and reference links all contain one). */
export function countLinks(text: string): number {
  return text.match(/\b(?:https?:\/\/|www\.)[^\s<>()[\]]+/giu)?.length ?? 0;
}

const POSTS_OF = `(SELECT created_at, body FROM questions WHERE author_id = $1
  UNION ALL SELECT created_at, body FROM answers WHERE author_id = $1) AS p`;

/** Refuses a new member's text with more links than `flood.newMemberLinks`: `invalid` (body, `too-many-links`). */
export async function checkLinks(tx: Queryable, reader: Reader, body: string): Promise<void> {
  const { actor, moderation } = reader;
  if (actor === null || isStaff(actor)) return;
  const links = countLinks(body);
  if (links <= moderation.flood.newMemberLinks) return;
  const [row] = await tx.query<{ reputation: number }>('SELECT reputation FROM users WHERE id = $1', [actor.id]);
  if ((row?.reputation ?? 0) >= moderation.flood.newMemberReputation) return;
  throw new MajlisError(
    'invalid',
    `New members may put at most ${moderation.flood.newMemberLinks} links in a post (this one has ${links})`,
    { field: 'body', reason: 'too-many-links' },
  );
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
  await checkLinks(tx, reader, body);
  if (duplicateWindowMinutes > 0) {
    const since = new Date(now.getTime() - duplicateWindowMinutes * 60_000);
    const [duplicate] = await tx.query(`SELECT 1 FROM ${POSTS_OF} WHERE body = $2 AND created_at > $3 LIMIT 1`, [
      actor.id,
      body,
      since,
    ]);
    if (duplicate !== undefined) {
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
  const mode = moderation.premoderationByCategory[categoryId] ?? moderation.premoderation;
  if (mode === 'all') return true;
  if (mode === 'links') return countLinks(body) > 0;
  if (mode === 'first-posts') {
    const [row] = await tx.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${POSTS_OF}`, [
      reader.actor?.id ?? null,
    ]);
    return (row?.count ?? 0) < moderation.firstPosts;
  }
  return false;
}
