import { MajlisError } from '#majlis/core/adapter.js';
import { readOptionalModerationText } from '#majlis/core/moderation.js';
import type { Answer, PostState, PostType, Question, QuestionStatus } from '#majlis/core/types.js';
import type { Queryable } from '../db/database.js';
import { invalid, notFound } from '../errors.js';
import { readAnswer, readQuestion } from './views.js';
import type { Actor, Reader } from './viewer.js';
import { seesAsIs } from './viewer.js';

/*
 * A post as the moderation code works on it (one row of questions or answers, with its thread), and the checks
 * every moderation write starts with: who may write, and what a reason or note may be.
 */

export interface PostRecord {
  target: PostType;
  id: string;
  authorId: string;
  state: PostState;
  questionId: string;
  categoryId: string;
  status: QuestionStatus;
  accepted: boolean;
  createdAt: Date;
  title: string | null;
  body: string;
  tags: string[] | null;
  revisionCount: number;
  pinned: boolean;
  duplicateOf: string | null;
  /** The moderator who put the post in its state; null when it happened on its own or by its author. */
  moderatedBy: string | null;
}

interface PostRecordRow {
  id: string;
  author_id: string;
  state: PostState;
  question_id: string;
  category_id: string;
  status: QuestionStatus;
  accepted: boolean;
  created_at: Date;
  title: string | null;
  body: string;
  tags: string[] | null;
  revision_count: number;
  pinned: boolean;
  duplicate_of: string | null;
  moderation_by: string | null;
}

const SELECT_POST = {
  question: `SELECT q.id, q.author_id, q.state, q.id AS question_id, q.category_id, q.status, false AS accepted,
      q.created_at, q.title, q.body, q.tags, q.revision_count, q.pinned, q.duplicate_of, q.moderation_by
    FROM questions q WHERE q.id = $1`,
  answer: `SELECT a.id, a.author_id, a.state, a.question_id, q.category_id, q.status, a.accepted, a.created_at,
      NULL AS title, a.body, NULL::text[] AS tags, a.revision_count, false AS pinned, NULL AS duplicate_of,
      a.moderation_by
    FROM answers a JOIN questions q ON q.id = a.question_id WHERE a.id = $1`,
} as const;

/**
 * The post `id`, locked for the rest of the transaction with `lock` (so concurrent flags, edits and actions on one
 * post take turns). A pending post is not found by those who may not see it.
 */
export async function findPost(
  tx: Queryable,
  target: PostType,
  id: string,
  actor: Actor,
  lock = false,
): Promise<PostRecord> {
  const suffix = lock ? (target === 'answer' ? ' FOR UPDATE OF a' : ' FOR UPDATE') : '';
  const [row] = await tx.query<PostRecordRow>(SELECT_POST[target] + suffix, [id]);
  if (row === undefined || (row.state === 'pending' && !seesAsIs(actor, row.author_id))) throw notFound(target, id);
  return {
    target,
    id: row.id,
    authorId: row.author_id,
    state: row.state,
    questionId: row.question_id,
    categoryId: row.category_id,
    status: row.status,
    accepted: row.accepted,
    createdAt: new Date(row.created_at),
    title: row.title,
    body: row.body,
    tags: row.tags,
    revisionCount: row.revision_count,
    pinned: row.pinned,
    duplicateOf: row.duplicate_of,
    moderatedBy: row.moderation_by,
  };
}

/** The post as `reader` now sees it. */
export function readPost(tx: Queryable, reader: Reader, target: PostType, id: string): Promise<Question | Answer> {
  return target === 'question' ? readQuestion(tx, reader, id) : readAnswer(tx, reader, id);
}

/** The signed-in, not suspended member making a change; `forbidden` (reason `suspended`) for a suspended one. */
export function writer(actor: Actor): NonNullable<Actor> {
  if (actor === null) throw new MajlisError('unauthenticated', 'Sign in first: this request needs a member');
  if (actor.suspended === true) {
    throw new MajlisError('forbidden', 'This member is suspended: they may read but not post, vote, flag or edit', {
      reason: 'suspended',
    });
  }
  return actor;
}

/** A flag note, moderator reason or edit note (core/moderation.ts rules): null when absent or blank. */
export function readNote(value: string | null | undefined, field: string, required: boolean): string | null {
  const text = readOptionalModerationText(value, field);
  if (text === null && required) throw invalid(field, `${field} is required here`);
  return text;
}
