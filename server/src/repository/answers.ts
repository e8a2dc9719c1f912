import { MajlisError } from '#majlis/core/adapter.js';
import type { AcceptResult, Answer, AnswerQuery, AnswerSort, Page } from '#majlis/core/types.js';
import type { Database, Queryable } from '../db/database.js';
import { notFound } from '../errors.js';
import { checkPersonalData, readBody, readLanguage } from '../validation.js';
import type { Ordering } from './paging.js';
import { readPage } from './paging.js';
import { newId } from './questions.js';
import { Params, ms } from './sql.js';
import { answerView, readAnswer, readQuestion } from './views.js';
import type { Actor } from './viewer.js';
import { isStaff } from './viewer.js';
import { awardBadges } from './recognition.js';

/** The accepted answer sorts before all others, so it leads the first page. */
const acceptedFirst = (name: string, value: string): Ordering => ({
  name,
  keys: ['(CASE WHEN c.accepted THEN 0 ELSE 1 END)::float8', value],
});

const orderings: Record<AnswerSort, Ordering> = {
  votes: acceptedFirst('answers/votes', '-c.vote_count::float8'),
  newest: acceptedFirst('answers/newest', `-${ms('c.created_at')}`),
  oldest: acceptedFirst('answers/oldest', ms('c.created_at')),
};

interface QuestionState {
  id: string;
  author_id: string;
  status: 'open' | 'locked';
}

async function questionState(db: Queryable, id: string, lock = ''): Promise<QuestionState> {
  const [row] = await db.query<QuestionState>(`SELECT id, author_id, status FROM questions WHERE id = $1 ${lock}`, [id]);
  if (row === undefined) throw notFound('question', id);
  return row;
}

export async function listAnswers(
  db: Queryable,
  actor: Actor,
  questionId: string,
  query: AnswerQuery,
): Promise<Page<Answer>> {
  await questionState(db, questionId);
  const params = new Params();
  return readPage(db, {
    candidates: `answers c WHERE c.question_id = ${params.add(questionId)}`,
    ordering: orderings[query.sort ?? 'votes'],
    view: answerView,
    actor,
    params,
    query,
  });
}

export { readAnswer as getAnswer };

export interface PostAnswerBody {
  body: string;
  language: string;
  allowPersonalData?: boolean;
}

export async function postAnswer(
  db: Database,
  actor: NonNullable<Actor>,
  questionId: string,
  input: PostAnswerBody,
  now: Date = new Date(),
): Promise<Answer> {
  const body = readBody(input.body);
  const language = readLanguage(input.language);
  checkPersonalData(body, 'body', input.allowPersonalData);
  return db.transaction(async (tx) => {
    const question = await questionState(tx, questionId);
    if (question.status === 'locked') {
      throw new MajlisError('conflict', `Question "${questionId}" is locked: it takes no new answers`);
    }
    const id = newId('a');
    await tx.query(
      `INSERT INTO answers (id, question_id, author_id, body, language, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, questionId, actor.id, body, language, now],
    );
    await awardBadges(tx, [actor.id], now);
    return readAnswer(tx, actor, id);
  });
}

/**
 * Accepts (replacing another accepted answer) or unaccepts. The question row is locked first, so concurrent
 * accepts on one question take turns; the partial unique index `one_accepted_answer` backs this up.
 */
export async function acceptAnswer(
  db: Database,
  actor: NonNullable<Actor>,
  answerId: string,
  accepted: boolean,
  now: Date = new Date(),
): Promise<AcceptResult> {
  return db.transaction(async (tx) => {
    const [answer] = await tx.query<{ question_id: string; author_id: string }>(
      'SELECT question_id, author_id FROM answers WHERE id = $1',
      [answerId],
    );
    if (answer === undefined) throw notFound('answer', answerId);
    const question = await questionState(tx, answer.question_id, 'FOR UPDATE');
    if (question.author_id !== actor.id && !isStaff(actor)) {
      throw new MajlisError('forbidden', 'Only the asker, staff or moderators can accept or unaccept an answer');
    }
    if (question.status === 'locked') {
      throw new MajlisError('conflict', `Question "${question.id}" is locked: its accepted answer cannot change`);
    }
    const [previous] = await tx.query<{ id: string }>(
      'SELECT id FROM answers WHERE question_id = $1 AND accepted',
      [question.id],
    );
    const unaccept = 'UPDATE answers SET accepted = false, accepted_by = NULL, accepted_at = NULL WHERE id = $1';
    if (accepted && previous?.id !== answerId) {
      if (previous !== undefined) await tx.query(unaccept, [previous.id]);
      await tx.query('UPDATE answers SET accepted = true, accepted_by = $2, accepted_at = $3 WHERE id = $1', [
        answerId,
        actor.id,
        now,
      ]);
    } else if (!accepted && previous?.id === answerId) {
      await tx.query(unaccept, [answerId]);
    }
    await awardBadges(tx, [answer.author_id], now);
    const replaced = accepted && previous !== undefined && previous.id !== answerId;
    return {
      question: await readQuestion(tx, actor, question.id),
      answer: await readAnswer(tx, actor, answerId),
      previous: replaced ? await readAnswer(tx, actor, previous.id) : null,
    };
  });
}
