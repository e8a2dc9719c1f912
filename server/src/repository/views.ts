import { bodyFields } from '#majlis/core/markdown-parse.js';
import type { Answer, PostModeration, PostState, Question, QuestionStatus, User } from '#majlis/core/types.js';
import type { Queryable } from '../db/database.js';
import { notFound } from '../errors.js';
import { iso, isoOrNull, userJson } from './sql.js';
import type { Params } from './sql.js';
import type { PostFacts, Reader } from './viewer.js';
import { answerPermissions, isStaff, questionPermissions, seesAsIs } from './viewer.js';

/**
 * How questions and answers are read: one SELECT each, over a `source` relation aliased `q` or `a` (the table,
 * or a page of it with sort keys), built into the domain objects of `src/core/types.ts` for a viewer.
 */

type UserJson = Omit<User, 'joinedAt'> & { joinedAt: string };

export function userOf(json: UserJson): User {
  return {
    id: json.id,
    name: json.name,
    role: json.role,
    reputation: json.reputation,
    avatarUrl: json.avatarUrl,
    joinedAt: iso(json.joinedAt),
  };
}

/** The columns questions and answers share. */
interface PostRow {
  id: string;
  body: string;
  language: string;
  created_at: Date;
  edited_at: Date | null;
  vote_count: number;
  viewer_has_voted: boolean;
  author: UserJson;
  state: PostState;
  moderation_reason: string | null;
  moderation_by: UserJson | null;
  moderation_at: Date | null;
  revision_count: number;
  flag_count: number;
  viewer_has_flagged: boolean;
}

/** The moderation columns of a post `p` (questions or answers `table`), with the viewer's id parameter `viewer`. */
function moderationColumns(p: string, target: 'question' | 'answer', viewer: string): string {
  return `${p}.state, ${p}.moderation_reason, ${p}.moderation_at, ${p}.revision_count,
      CASE WHEN ${p}.moderation_by IS NULL THEN NULL
        ELSE (SELECT ${userJson('mu')} FROM users mu WHERE mu.id = ${p}.moderation_by) END AS moderation_by,
      (SELECT count(*)::int FROM flags f
        WHERE f.target = '${target}' AND f.post_id = ${p}.id AND f.resolved_at IS NULL) AS flag_count,
      EXISTS (SELECT 1 FROM flags f WHERE f.target = '${target}' AND f.post_id = ${p}.id AND f.user_id = ${viewer})
        AS viewer_has_flagged`;
}

/** What permissions are decided on. */
function factsOf(row: PostRow, accepted?: boolean): PostFacts {
  return {
    authorId: row.author.id,
    state: row.state,
    createdAt: new Date(row.created_at),
    viewerHasFlagged: row.viewer_has_flagged,
    ...(accepted === undefined ? {} : { accepted }),
  };
}

function moderationOf(row: PostRow): PostModeration | null {
  if (row.state === 'published') return null;
  return {
    reason: row.moderation_reason,
    by: row.moderation_by === null ? null : userOf(row.moderation_by),
    at: iso(row.moderation_at ?? row.created_at),
  };
}

/**
 * Whether the reader gets a placeholder: a hidden or deleted post seen by someone other than its author or a
 * moderator (empty body, and empty title and tags for a question).
 */
function isPlaceholder(row: PostRow, reader: Reader): boolean {
  return row.state !== 'published' && !seesAsIs(reader.actor, row.author.id);
}

function postFields(row: PostRow, reader: Reader) {
  return {
    id: row.id,
    ...bodyFields(isPlaceholder(row, reader) ? '' : row.body),
    author: userOf(row.author),
    language: row.language,
    createdAt: iso(row.created_at),
    editedAt: isoOrNull(row.edited_at),
    voteCount: row.vote_count,
    viewerHasVoted: row.viewer_has_voted,
    state: row.state,
    moderation: moderationOf(row),
    flagCount: isStaff(reader.actor) ? row.flag_count : 0,
    viewerHasFlagged: row.viewer_has_flagged,
    revisionCount: row.revision_count,
  };
}

export interface QuestionRow extends PostRow {
  title: string;
  category_id: string;
  tags: string[];
  answer_count: number;
  status: QuestionStatus;
  last_activity_at: Date;
  accepted_answer_id: string | null;
  pinned: boolean;
  duplicate_of: string | null;
  handoff: { note: string; at: string; by: UserJson } | null;
  viewer_follows: boolean;
}

/** `viewer` is the parameter (`$n`) holding the viewer's id, or null; `extra` names more columns of `source`. */
export function selectQuestions(source: string, viewer: string, extra: readonly string[] = []): string {
  return `SELECT q.id, q.title, q.body, q.language, q.created_at, q.edited_at, q.vote_count, q.category_id, q.tags,
      q.answer_count, q.status, q.last_activity_at, q.pinned, q.duplicate_of, ${moderationColumns('q', 'question', viewer)},
      (SELECT a.id FROM answers a WHERE a.question_id = q.id AND a.accepted) AS accepted_answer_id,
      EXISTS (SELECT 1 FROM question_votes v WHERE v.post_id = q.id AND v.user_id = ${viewer}) AS viewer_has_voted,
      EXISTS (SELECT 1 FROM follows fo
        WHERE fo.user_id = ${viewer} AND fo.target = 'question' AND fo.target_id = q.id AND fo.following) AS viewer_follows,
      CASE WHEN q.handoff_at IS NULL THEN NULL ELSE json_build_object('note', q.handoff_note, 'at', q.handoff_at,
        'by', (SELECT ${userJson('hu')} FROM users hu WHERE hu.id = q.handoff_by)) END AS handoff,
      ${userJson('u')} AS author
      ${extra.map((column) => `, q.${column}`).join('')}
    FROM ${source} q JOIN users u ON u.id = q.author_id`;
}

export function questionOf(row: QuestionRow, reader: Reader): Question {
  const placeholder = isPlaceholder(row, reader);
  return {
    type: 'question',
    ...postFields(row, reader),
    title: placeholder ? '' : row.title,
    categoryId: row.category_id,
    tags: placeholder ? [] : row.tags,
    answerCount: row.answer_count,
    acceptedAnswerId: row.accepted_answer_id,
    status: row.status,
    lastActivityAt: iso(row.last_activity_at),
    pinned: row.pinned,
    duplicateOf: row.duplicate_of,
    handoff: row.handoff && { note: row.handoff.note, by: userOf(row.handoff.by), at: iso(row.handoff.at) },
    viewerFollows: row.viewer_follows,
    viewerCan: questionPermissions(reader, factsOf(row), row.status),
  };
}

export interface AnswerRow extends PostRow {
  question_id: string;
  accepted: boolean;
  accepted_at: Date | null;
  question_author_id: string;
  question_status: QuestionStatus;
  accepted_by: UserJson | null;
}

export function selectAnswers(source: string, viewer: string, extra: readonly string[] = []): string {
  return `SELECT a.id, a.question_id, a.body, a.language, a.created_at, a.edited_at, a.vote_count, a.accepted,
      a.accepted_at, qa.author_id AS question_author_id, qa.status AS question_status,
      ${moderationColumns('a', 'answer', viewer)},
      EXISTS (SELECT 1 FROM answer_votes v WHERE v.post_id = a.id AND v.user_id = ${viewer}) AS viewer_has_voted,
      ${userJson('u')} AS author,
      CASE WHEN ab.id IS NULL THEN NULL ELSE ${userJson('ab')} END AS accepted_by
      ${extra.map((column) => `, a.${column}`).join('')}
    FROM ${source} a
    JOIN questions qa ON qa.id = a.question_id
    JOIN users u ON u.id = a.author_id
    LEFT JOIN users ab ON ab.id = a.accepted_by`;
}

export function answerOf(row: AnswerRow, reader: Reader): Answer {
  const accepted = row.accepted;
  return {
    type: 'answer',
    ...postFields(row, reader),
    questionId: row.question_id,
    accepted,
    acceptedBy: accepted && row.accepted_by !== null ? userOf(row.accepted_by) : null,
    acceptedAt: accepted ? isoOrNull(row.accepted_at) : null,
    viewerCan: answerPermissions(reader, factsOf(row, accepted), {
      authorId: row.question_author_id,
      status: row.question_status,
    }),
  };
}

/** Pending posts exist only for their author and moderators: anyone else is told there is no such post. */
function visible(row: PostRow, reader: Reader): boolean {
  return row.state !== 'pending' || seesAsIs(reader.actor, row.author.id);
}

export async function readQuestion(db: Queryable, reader: Reader, id: string): Promise<Question> {
  const [row] = await db.query<QuestionRow>(`${selectQuestions('questions', '$1')} WHERE q.id = $2`, [
    reader.actor?.id ?? null,
    id,
  ]);
  if (row === undefined || !visible(row, reader)) throw notFound('question', id);
  return questionOf(row, reader);
}

export async function readAnswer(db: Queryable, reader: Reader, id: string): Promise<Answer> {
  const [row] = await db.query<AnswerRow>(`${selectAnswers('answers', '$1')} WHERE a.id = $2`, [
    reader.actor?.id ?? null,
    id,
  ]);
  if (row === undefined || !visible(row, reader)) throw notFound('answer', id);
  return answerOf(row, reader);
}

/**
 * The SQL condition on a post `p` for lists: what the reader may see at all. Moderators see everything; authors their own posts; others no pending post, and, with
 * `publishedOnly` (question lists), only published ones.
 */
export function visibleCondition(p: string, reader: Reader, params: Params, publishedOnly: boolean): string {
  if (isStaff(reader.actor)) return 'true';
  const shown = publishedOnly ? `${p}.state = 'published'` : `${p}.state <> 'pending'`;
  return reader.actor === null ? shown : `(${shown} OR ${p}.author_id = ${params.add(reader.actor.id)})`;
}

/** How a page of items is read and built (see `paging.ts`). */
export interface View<Row, Item> {
  select(source: string, viewer: string, extra: readonly string[]): string;
  build(row: Row, reader: Reader): Item;
}

export const questionView: View<QuestionRow, Question> = { select: selectQuestions, build: questionOf };
export const answerView: View<AnswerRow, Answer> = { select: selectAnswers, build: answerOf };
