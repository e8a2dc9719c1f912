import type { Answer, Question, QuestionStatus, User } from '#majlis/core/types.js';
import type { Queryable } from '../db/database.js';
import { notFound } from '../errors.js';
import { iso, isoOrNull, userJson } from './sql.js';
import type { Actor } from './viewer.js';
import { answerPermissions, questionPermissions } from './viewer.js';

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
}

function postFields(row: PostRow) {
  return {
    id: row.id,
    body: row.body,
    author: userOf(row.author),
    language: row.language,
    createdAt: iso(row.created_at),
    editedAt: isoOrNull(row.edited_at),
    voteCount: row.vote_count,
    viewerHasVoted: row.viewer_has_voted,
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
}

/** `viewer` is the parameter (`$n`) holding the viewer's id, or null; `extra` names more columns of `source`. */
export function selectQuestions(source: string, viewer: string, extra: readonly string[] = []): string {
  return `SELECT q.id, q.title, q.body, q.language, q.created_at, q.edited_at, q.vote_count, q.category_id, q.tags,
      q.answer_count, q.status, q.last_activity_at,
      (SELECT a.id FROM answers a WHERE a.question_id = q.id AND a.accepted) AS accepted_answer_id,
      EXISTS (SELECT 1 FROM question_votes v WHERE v.post_id = q.id AND v.user_id = ${viewer}) AS viewer_has_voted,
      ${userJson('u')} AS author
      ${extra.map((column) => `, q.${column}`).join('')}
    FROM ${source} q JOIN users u ON u.id = q.author_id`;
}

export function questionOf(row: QuestionRow, actor: Actor): Question {
  return {
    type: 'question',
    ...postFields(row),
    title: row.title,
    categoryId: row.category_id,
    tags: row.tags,
    answerCount: row.answer_count,
    acceptedAnswerId: row.accepted_answer_id,
    status: row.status,
    lastActivityAt: iso(row.last_activity_at),
    viewerCan: questionPermissions(actor, row.author.id, row.status),
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
      EXISTS (SELECT 1 FROM answer_votes v WHERE v.post_id = a.id AND v.user_id = ${viewer}) AS viewer_has_voted,
      ${userJson('u')} AS author,
      CASE WHEN ab.id IS NULL THEN NULL ELSE ${userJson('ab')} END AS accepted_by
      ${extra.map((column) => `, a.${column}`).join('')}
    FROM ${source} a
    JOIN questions qa ON qa.id = a.question_id
    JOIN users u ON u.id = a.author_id
    LEFT JOIN users ab ON ab.id = a.accepted_by`;
}

export function answerOf(row: AnswerRow, actor: Actor): Answer {
  const accepted = row.accepted;
  return {
    type: 'answer',
    ...postFields(row),
    questionId: row.question_id,
    accepted,
    acceptedBy: accepted && row.accepted_by !== null ? userOf(row.accepted_by) : null,
    acceptedAt: accepted ? isoOrNull(row.accepted_at) : null,
    viewerCan: answerPermissions(actor, row.author.id, {
      authorId: row.question_author_id,
      status: row.question_status,
    }),
  };
}

export async function readQuestion(db: Queryable, actor: Actor, id: string): Promise<Question> {
  const [row] = await db.query<QuestionRow>(`${selectQuestions('questions', '$1')} WHERE q.id = $2`, [
    actor?.id ?? null,
    id,
  ]);
  if (row === undefined) throw notFound('question', id);
  return questionOf(row, actor);
}

export async function readAnswer(db: Queryable, actor: Actor, id: string): Promise<Answer> {
  const [row] = await db.query<AnswerRow>(`${selectAnswers('answers', '$1')} WHERE a.id = $2`, [actor?.id ?? null, id]);
  if (row === undefined) throw notFound('answer', id);
  return answerOf(row, actor);
}

/** How a page of items is read and built (see `paging.ts`). */
export interface View<Row, Item> {
  select(source: string, viewer: string, extra: readonly string[]): string;
  build(row: Row, actor: Actor): Item;
}

export const questionView: View<QuestionRow, Question> = { select: selectQuestions, build: questionOf };
export const answerView: View<AnswerRow, Answer> = { select: selectAnswers, build: answerOf };
