import { MajlisError } from '#majlis/core/adapter.js';
import type { AcceptResult, Answer, AnswerQuery, AnswerSort, Page, PostState } from '#majlis/core/types.js';
import type { Database, Queryable } from '../db/database.js';
import { notFound } from '../errors.js';
import { checkPersonalData, readBody, readLanguage } from '../validation.js';
import type { Ordering } from './paging.js';
import { readPage } from './paging.js';
import { newId } from './questions.js';
import { Params, ms } from './sql.js';
import { answerView, readAnswer, readQuestion, visibleCondition } from './views.js';
import type { Actor, Reader } from './viewer.js';
import { isStaff, seesAsIs } from './viewer.js';
import { admitPost } from './admission.js';
import { writer } from './posts.js';
import { awardBadges } from './recognition.js';
import { autoFollow } from './follows.js';
import { queueAnswerNotifications } from '../mail/notify.js';

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
  state: PostState;
  category_id: string;
}

/** The question `id`; not found by those who may not see it while it is pending. */
async function questionState(db: Queryable, actor: Actor, id: string, lock = ''): Promise<QuestionState> {
  const [row] = await db.query<QuestionState>(
    `SELECT id, author_id, status, state, category_id FROM questions WHERE id = $1 ${lock}`,
    [id],
  );
  if (row === undefined || (row.state === 'pending' && !seesAsIs(actor, row.author_id))) throw notFound('question', id);
  return row;
}

export async function listAnswers(
  db: Queryable,
  reader: Reader,
  questionId: string,
  query: AnswerQuery,
): Promise<Page<Answer>> {
  await questionState(db, reader.actor, questionId);
  const params = new Params();
  const visibility = visibleCondition('c', reader, params, false);
  return readPage(db, {
    candidates: `answers c WHERE c.question_id = ${params.add(questionId)} AND ${visibility}`,
    ordering: orderings[query.sort ?? 'votes'],
    view: answerView,
    reader,
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
  reader: Reader,
  questionId: string,
  input: PostAnswerBody,
): Promise<Answer> {
  const actor = writer(reader.actor);
  const { now } = reader;
  const body = readBody(input.body);
  const language = readLanguage(input.language);
  checkPersonalData(body, 'body', input.allowPersonalData);
  return db.transaction(async (tx) => {
    const question = await questionState(tx, actor, questionId);
    if (question.status === 'locked') {
      throw new MajlisError('conflict', `Question "${questionId}" is locked: it takes no new answers`);
    }
    if (question.state !== 'published' && !isStaff(actor)) {
      throw new MajlisError('conflict', `Question "${questionId}" is ${question.state}: it takes no new answers`);
    }
    const state = await admitPost(tx, reader, body, question.category_id);
    const id = newId('a');
    await tx.query(
      `INSERT INTO answers (id, question_id, author_id, body, language, created_at, state, moderation_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, questionId, actor.id, body, language, now, state, state === 'published' ? null : now],
    );
    await autoFollow(tx, actor.id, questionId, now);
    if (state === 'published') await queueAnswerNotifications(tx, id, now);
    await awardBadges(tx, [actor.id], now);
    return readAnswer(tx, reader, id);
  });
}

/**
 * Accepts (replacing another accepted answer) or unaccepts. The question row is locked first, so concurrent
 * accepts on one question take turns; the partial unique index `one_accepted_answer` backs this up.
 */
export async function acceptAnswer(
  db: Database,
  reader: Reader,
  answerId: string,
  accepted: boolean,
): Promise<AcceptResult> {
  const actor = writer(reader.actor);
  const { now } = reader;
  return db.transaction(async (tx) => {
    const [answer] = await tx.query<{ question_id: string; author_id: string; state: PostState }>(
      'SELECT question_id, author_id, state FROM answers WHERE id = $1',
      [answerId],
    );
    if (answer === undefined || (answer.state === 'pending' && !seesAsIs(actor, answer.author_id))) {
      throw notFound('answer', answerId);
    }
    const question = await questionState(tx, actor, answer.question_id, 'FOR UPDATE');
    if (question.author_id !== actor.id && !isStaff(actor)) {
      throw new MajlisError('forbidden', 'Only the asker, staff or moderators can accept or unaccept an answer');
    }
    if (question.status === 'locked') {
      throw new MajlisError('conflict', `Question "${question.id}" is locked: its accepted answer cannot change`);
    }
    if (accepted && answer.state !== 'published') {
      throw new MajlisError('conflict', `Answer "${answerId}" is ${answer.state}: it cannot be accepted`);
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
      question: await readQuestion(tx, reader, question.id),
      answer: await readAnswer(tx, reader, answerId),
      previous: replaced ? await readAnswer(tx, reader, previous.id) : null,
    };
  });
}
