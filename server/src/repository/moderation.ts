import { MajlisError } from '#majlis/core/adapter.js';
import { queueAnswerNotifications } from '../mail/notify.js';
import type {
  Answer,
  ModerationInput,
  ModerationItem,
  ModerationQueueQuery,
  ModerationResult,
  Page,
  PostType,
  Question,
  QueueTab,
  User,
} from '#majlis/core/types.js';
import type { Database, Queryable } from '../db/database.js';
import { readModerationInput } from '#majlis/core/moderation.js';
import { invalid, notFound } from '../errors.js';
import { writeAudit } from './audit.js';
import { openFlags, resolveFlags } from './flags.js';
import type { Ordering } from './paging.js';
import { readPage } from './paging.js';
import { findPost } from './posts.js';
import type { PostRecord } from './posts.js';
import { Params, ms } from './sql.js';
import { findUser } from './users.js';
import { answerOf, questionOf, readAnswer, readQuestion, selectAnswers, selectQuestions } from './views.js';
import type { AnswerRow, QuestionRow } from './views.js';
import type { Actor, Reader } from './viewer.js';
import { moderator } from './viewer.js';

/*
 * Moderators' work: actions on posts, questions and members (each with its audit line, in its transaction), the
 * moderation queue, and suspensions. Moderators and staff only; routes.ts refuses anyone else before the body
 * is read, and these functions check again.
 */

const POST_ACTIONS = new Set(['approve', 'hide', 'restore', 'delete', 'dismiss-flags']);

export async function moderate(db: Database, reader: Reader, input: ModerationInput): Promise<ModerationResult> {
  const actor = moderator(reader.actor);
  const checked = readModerationInput(input, reader.now);
  const { reason } = checked;
  const until = checked.until === undefined || checked.until === null ? null : new Date(checked.until);
  return db.transaction(async (tx) => {
    if (input.target === 'user') return actOnUser(tx, reader, actor, input, reason, until);
    const post = await findPost(tx, input.target, input.id, actor, true);
    const details = POST_ACTIONS.has(input.action)
      ? await actOnPost(tx, reader, actor, post, input.action, reason)
      : await actOnQuestion(tx, post, { ...input, reason }, actor.id, reader.now);
    const entry = await writeAudit(tx, {
      actorId: actor.id,
      action: input.action,
      target: input.target,
      targetId: post.id,
      questionId: post.questionId,
      reason,
      details,
      at: reader.now,
    });
    return {
      question: await readQuestion(tx, reader, post.questionId),
      answer: post.target === 'answer' ? await readAnswer(tx, reader, post.id) : null,
      user: null,
      entry,
    };
  });
}

/** Which states each post action starts from, and the state it leads to (null: the state stays). */
const TRANSITIONS: Record<string, { from: readonly string[]; to: 'published' | 'hidden' | 'deleted' | null }> = {
  approve: { from: ['pending'], to: 'published' },
  hide: { from: ['published', 'pending', 'hidden'], to: 'hidden' },
  restore: { from: ['hidden', 'deleted'], to: 'published' },
  delete: { from: ['published', 'pending', 'hidden'], to: 'deleted' },
  'dismiss-flags': { from: ['published', 'pending', 'hidden', 'deleted'], to: null },
};

async function actOnPost(
  tx: Queryable,
  reader: Reader,
  actor: NonNullable<Actor>,
  post: PostRecord,
  action: string,
  reason: string | null,
): Promise<Record<string, string>> {
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(post.state)) {
    throw new MajlisError('conflict', `The ${post.target} "${post.id}" is ${post.state}: it cannot be ${action}d`);
  }
  const flags = await resolveFlags(tx, post.target, post.id, actor.id, reader.now);
  // Flags found wanting: a post they hid on their own comes back.
  const to = action === 'dismiss-flags' && post.state === 'hidden' && post.moderatedBy === null ? 'published' : transition.to;
  if (to !== null) {
    const published = to === 'published';
    await tx.query(
      `UPDATE ${post.target}s SET state = $2, moderation_reason = $3, moderation_by = $4, moderation_at = $5
       WHERE id = $1`,
      [post.id, to, published ? null : reason, published ? null : actor.id, reader.now],
    );
  }
  // An answer approved out of pre-moderation is news to its followers now (never while pending).
  if (post.target === 'answer' && post.state === 'pending' && to === 'published') await queueAnswerNotifications(tx, post.id, reader.now);
  return { from: post.state, ...(to === null ? {} : { to }), flags: String(flags) };
}

async function actOnQuestion(
  tx: Queryable,
  post: PostRecord,
  input: ModerationInput,
  actorId: string,
  now: Date,
): Promise<Record<string, string>> {
  const set = (sql: string, value: string | boolean | null) =>
    tx.query(`UPDATE questions SET ${sql} = $2 WHERE id = $1`, [post.id, value]);
  switch (input.action) {
    case 'lock':
    case 'unlock':
      await set('status', input.action === 'lock' ? 'locked' : 'open');
      return { from: post.status, to: input.action === 'lock' ? 'locked' : 'open' };
    case 'pin':
    case 'unpin':
      await set('pinned', input.action === 'pin');
      return {};
    case 'move': {
      const to = input.categoryId as string;
      const [category] = await tx.query('SELECT 1 FROM categories WHERE id = $1', [to]);
      if (category === undefined) throw invalid('categoryId', `categoryId "${to}" is not a category of this community`);
      await set('category_id', to);
      // The leaderboard filters by category: what the thread earned counts in its new category.
      await tx.query(
        `UPDATE reputation_events SET category_id = $2
         WHERE source_key = 'ask:' || $1 OR (source_key >= 'vote:question:' || $1 || ':' AND source_key < 'vote:question:' || $1 || ';')
            OR answer_id IN (SELECT id FROM answers WHERE question_id = $1)`,
        [post.id, to],
      );
      return { from: post.categoryId, to };
    }
    case 'hand-to-care':
      // Handing over again changes the note: the care team's first word may need correcting.
      await tx.query('UPDATE questions SET handoff_note = $2, handoff_by = $3, handoff_at = $4 WHERE id = $1', [
        post.id,
        input.reason ?? null,
        actorId,
        now,
      ]);
      return {};
    case 'return-from-care': {
      const [returned] = await tx.query(
        `UPDATE questions SET handoff_note = NULL, handoff_by = NULL, handoff_at = NULL
         WHERE id = $1 AND handoff_at IS NOT NULL RETURNING 1`,
        [post.id],
      );
      if (returned === undefined) throw new MajlisError('conflict', `The question "${post.id}" is not with customer care`);
      return {};
    }
    case 'mark-duplicate': {
      const original = input.duplicateOf as string;
      if (original === post.id) throw invalid('duplicateOf', 'A question cannot duplicate itself');
      const [found] = await tx.query('SELECT 1 FROM questions WHERE id = $1', [original]);
      if (found === undefined) throw invalid('duplicateOf', `duplicateOf "${original}" is not a question`);
      await set('duplicate_of', original);
      return { duplicateOf: original };
    }
    default:
      throw invalid('action', `Unknown action ${input.action}`);
  }
}

async function actOnUser(
  tx: Queryable,
  reader: Reader,
  actor: NonNullable<Actor>,
  input: ModerationInput,
  reason: string | null,
  until: Date | null,
): Promise<ModerationResult> {
  const [target] = await tx.query<{ role: string }>('SELECT role FROM users WHERE id = $1 FOR UPDATE', [input.id]);
  if (target === undefined) throw notFound('user', input.id);
  const details: Record<string, string> = {};
  if (input.action === 'suspend') {
    if (input.id === actor.id || target.role === 'staff' || target.role === 'moderator') {
      throw new MajlisError('forbidden', 'Moderators and staff cannot be suspended');
    }
    await liftSuspensions(tx, input.id, actor.id, reader.now);
    await tx.query(
      'INSERT INTO suspensions (user_id, reason, until, created_by, created_at) VALUES ($1, $2, $3, $4, $5)',
      [input.id, reason, until, actor.id, reader.now],
    );
    details.until = until === null ? 'indefinite' : until.toISOString();
  } else {
    details.lifted = String(await liftSuspensions(tx, input.id, actor.id, reader.now));
  }
  const entry = await writeAudit(tx, {
    actorId: actor.id,
    action: input.action,
    target: 'user',
    targetId: input.id,
    questionId: null,
    reason,
    details,
    at: reader.now,
  });
  return { question: null, answer: null, user: (await findUser(tx, input.id)) as User, entry };
}

async function liftSuspensions(tx: Queryable, userId: string, by: string, at: Date): Promise<number> {
  const rows = await tx.query(
    `UPDATE suspensions SET lifted_at = $3, lifted_by = $2
     WHERE user_id = $1 AND lifted_at IS NULL AND (until IS NULL OR until > $3) RETURNING 1`,
    [userId, by, at],
  );
  return rows.length;
}

// The queue

const TABS: Record<QueueTab, { candidates: (category: string | null) => string; ordering: Ordering }> = {
  reported: {
    candidates: (category) => `(
      SELECT f.target, f.post_id AS id, coalesce(a.question_id, q.id) AS question_id, f.flags, f.oldest
      FROM (SELECT target, post_id, count(*)::int AS flags, min(created_at) AS oldest FROM flags
            WHERE resolved_at IS NULL GROUP BY target, post_id) f
      LEFT JOIN answers a ON f.target = 'answer' AND a.id = f.post_id
      JOIN questions q ON q.id = CASE WHEN f.target = 'answer' THEN a.question_id ELSE f.post_id END
      WHERE CASE WHEN f.target = 'answer' THEN a.state ELSE q.state END <> 'deleted'
        ${category === null ? '' : `AND q.category_id = ${category}`}) AS c`,
    ordering: { name: 'queue/reported', keys: ['-c.flags::float8', ms('c.oldest')] },
  },
  pending: {
    candidates: (category) => statePosts('pending', 'created_at', category),
    ordering: { name: 'queue/pending', keys: [ms('c.at')] },
  },
  hidden: {
    candidates: (category) => statePosts('hidden', 'moderation_at', category),
    ordering: { name: 'queue/hidden', keys: [`-${ms('c.at')}`] },
  },
};

function statePosts(state: string, time: string, category: string | null): string {
  const inCategory = category === null ? '' : `AND q.category_id = ${category}`;
  return `(
    SELECT 'question' AS target, q.id, q.id AS question_id, coalesce(q.${time}, q.created_at) AS at
      FROM questions q WHERE q.state = '${state}' ${inCategory}
    UNION ALL
    SELECT 'answer', a.id, a.question_id, coalesce(a.${time}, a.created_at)
      FROM answers a JOIN questions q ON q.id = a.question_id WHERE a.state = '${state}' ${inCategory}) AS c`;
}

interface QueueRow {
  id: string;
  target: PostType;
  question_id: string;
}

/** One tab of the queue, each post with its thread (as moderators see it) and its open flags. */
export async function listModerationQueue(
  db: Queryable,
  reader: Reader,
  query: ModerationQueueQuery,
): Promise<Page<ModerationItem>> {
  moderator(reader.actor);
  const params = new Params();
  const tab = TABS[query.tab];
  const category = query.categoryId === undefined ? null : params.add(query.categoryId);
  const page = await readPage<QueueRow, QueueRow>(db, {
    candidates: tab.candidates(category),
    ordering: tab.ordering,
    view: {
      select: (source, viewer, extra) =>
        `SELECT p.id, p.target, p.question_id, ${viewer}::text AS viewer${extra.map((key) => `, p.${key}`).join('')}
         FROM ${source} p`,
      build: (row) => ({ id: row.id, target: row.target, question_id: row.question_id }),
    },
    reader,
    params,
    query,
  });
  const viewer = reader.actor?.id ?? null;
  const questionIds = [...new Set(page.items.map((item) => item.question_id))];
  const answerIds = page.items.filter((item) => item.target === 'answer').map((item) => item.id);
  const questions = new Map<string, Question>();
  for (const row of await db.query<QuestionRow>(`${selectQuestions('questions', '$1')} WHERE q.id = ANY ($2::text[])`, [
    viewer,
    questionIds,
  ])) {
    questions.set(row.id, questionOf(row, reader));
  }
  const answers = new Map<string, Answer>();
  for (const row of await db.query<AnswerRow>(`${selectAnswers('answers', '$1')} WHERE a.id = ANY ($2::text[])`, [
    viewer,
    answerIds,
  ])) {
    answers.set(row.id, answerOf(row, reader));
  }
  const flags = await openFlags(db, page.items);
  return {
    ...page,
    items: page.items.map((item) => ({
      target: item.target,
      question: questions.get(item.question_id) as Question,
      answer: item.target === 'answer' ? (answers.get(item.id) as Answer) : null,
      flags: flags.get(`${item.target}:${item.id}`) ?? [],
    })),
  };
}
