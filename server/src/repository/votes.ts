import { MajlisError } from '#majlis/core/adapter.js';
import type { Answer, PostState, PostType, Question } from '#majlis/core/types.js';
import type { Database } from '../db/database.js';
import { notFound } from '../errors.js';
import { awardBadges } from './recognition.js';
import { readAnswer, readQuestion } from './views.js';
import type { Reader } from './viewer.js';
import { seesAsIs } from './viewer.js';
import { writer } from './posts.js';

const tables = {
  question: { posts: 'questions', votes: 'question_votes', read: readQuestion },
  answer: { posts: 'answers', votes: 'answer_votes', read: readAnswer },
} as const;

/**
 * Sets the actor's kudos on a post; setting the state it already has changes nothing. Counters, the reputation
 * ledger and the author's reputation follow in the same transaction (database triggers), then their badges.
 */
export async function vote(
  db: Database,
  reader: Reader,
  target: PostType,
  id: string,
  voted: boolean,
): Promise<Question | Answer> {
  const actor = writer(reader.actor);
  const { now } = reader;
  const table = tables[target];
  return db.transaction(async (tx) => {
    const [post] = await tx.query<{ author_id: string; state: PostState }>(
      `SELECT author_id, state FROM ${table.posts} WHERE id = $1`,
      [id],
    );
    if (post === undefined || (post.state === 'pending' && !seesAsIs(actor, post.author_id))) throw notFound(target, id);
    if (post.author_id === actor.id) {
      throw new MajlisError('forbidden', `Members cannot give kudos to their own ${target} ("${id}")`);
    }
    // Kudos stay as they are on a post that is not published (a deleted post's reputation is withheld, see 005).
    if (post.state !== 'published') {
      throw new MajlisError('conflict', `The ${target} "${id}" is ${post.state}: its kudos cannot change`);
    }
    if (voted) {
      await tx.query(
        `INSERT INTO ${table.votes} (post_id, user_id, author_id, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING`,
        [id, actor.id, post.author_id, now],
      );
    } else {
      await tx.query(`DELETE FROM ${table.votes} WHERE post_id = $1 AND user_id = $2`, [id, actor.id]);
    }
    await awardBadges(tx, [post.author_id], now);
    return table.read(tx, reader, id);
  });
}
