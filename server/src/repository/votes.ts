import { MajlisError } from '#majlis/core/adapter.js';
import type { Answer, PostType, Question } from '#majlis/core/types.js';
import type { Database } from '../db/database.js';
import { notFound } from '../errors.js';
import { awardBadges } from './recognition.js';
import { readAnswer, readQuestion } from './views.js';
import type { Actor } from './viewer.js';

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
  actor: NonNullable<Actor>,
  target: PostType,
  id: string,
  voted: boolean,
  now: Date = new Date(),
): Promise<Question | Answer> {
  const table = tables[target];
  return db.transaction(async (tx) => {
    const [post] = await tx.query<{ author_id: string }>(`SELECT author_id FROM ${table.posts} WHERE id = $1`, [id]);
    if (post === undefined) throw notFound(target, id);
    if (post.author_id === actor.id) {
      throw new MajlisError('forbidden', `Members cannot give kudos to their own ${target} ("${id}")`);
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
    return table.read(tx, actor, id);
  });
}
