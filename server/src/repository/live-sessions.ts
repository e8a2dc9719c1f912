import { MajlisError } from '#majlis/core/adapter.js';
import { encodeCursor, decodeCursor } from '#majlis/core/contract/cursor.js';
import { pageSize } from '#majlis/core/contract/input.js';
import { phaseAt, SUMMARY_TOP } from '#majlis/core/live-session-names.js';
import type { SessionPhase, SessionQuestionFilter, SessionQuestionSort } from '#majlis/core/live-session-names.js';
import { readSessionFields, SESSION_ENDED } from '#majlis/core/live-sessions.js';
import { bodyFields } from '#majlis/core/markdown-parse.js';
import type {
  Answer,
  AskInSessionInput,
  CreateLiveSessionInput,
  LiveSession,
  LiveSessionQuery,
  LiveSessionSummary,
  Page,
  Question,
  SessionQuestion,
  SessionQuestionQuery,
} from '#majlis/core/types.js';
import type { Database, Queryable } from '../db/database.js';
import { invalid, notFound } from '../errors.js';
import { getAnswer } from './answers.js';
import type { Ordering } from './paging.js';
import { readPage } from './paging.js';
import { askQuestion } from './questions.js';
import { Params, iso, ms, userJson } from './sql.js';
import { questionView, userOf, visibleCondition } from './views.js';
import type { Reader } from './viewer.js';
import { isStaff, mayWrite, moderator } from './viewer.js';

/*
 * Live sessions on the server (capability `liveSessions`, migration 011): sessions in `live_sessions`, their questions
 * in `live_session_questions`. The phase comes from the reader's clock; a question is answered when one of the
 * session's hosts has a published answer on it. Questions are paged in SQL with the shared question view; sessions,
 * a handful per community, are paged here with the same cursor format.
 */

interface SessionRow {
  id: string;
  title: string;
  description: string;
  hashtag: string;
  host_ids: string[];
  hosts: Parameters<typeof userOf>[0][];
  starts_at: Date;
  ends_at: Date;
  category_id: string | null;
}

const SELECT_SESSIONS = `SELECT s.id, s.title, s.description, s.hashtag, s.host_ids, s.starts_at, s.ends_at, s.category_id,
    (SELECT json_agg(${userJson('u')} ORDER BY array_position(s.host_ids, u.id)) FROM users u WHERE u.id = ANY (s.host_ids)) AS hosts
  FROM live_sessions s`;

/** Whether a host of the session (alias `s`) has a published answer on question `q`. */
const HOST_ANSWERED = `EXISTS (SELECT 1 FROM answers a WHERE a.question_id = q.id AND a.state = 'published' AND a.author_id = ANY (s.host_ids))`;

const questionOrderings: Record<SessionQuestionSort, Ordering> = {
  votes: { name: 'session-questions/votes', keys: ['-c.vote_count::float8', ms('c.created_at')] },
  newest: { name: 'session-questions/newest', keys: [`-${ms('c.created_at')}`] },
};

async function sessionRow(db: Queryable, id: string): Promise<SessionRow> {
  const [row] = await db.query<SessionRow>(`${SELECT_SESSIONS} WHERE s.id = $1`, [id]);
  return row ?? notFoundSession(id);
}

function notFoundSession(id: string): never {
  throw notFound('live session', id);
}

/** The session's questions the reader sees in full, filtered, as a FROM item `c` of question rows. */
function candidates(reader: Reader, params: Params, sessionId: string, filter: SessionQuestionFilter): string {
  const conditions = [`sq.session_id = ${params.add(sessionId)}`, visibleCondition('q', reader, params, true)];
  if (filter !== 'all') conditions.push(`${filter === 'answered' ? '' : 'NOT '}${HOST_ANSWERED}`);
  return `(SELECT q.* FROM questions q JOIN live_session_questions sq ON sq.question_id = q.id
    JOIN live_sessions s ON s.id = sq.session_id WHERE ${conditions.join(' AND ')}) AS c`;
}

async function withHostAnswers(db: Queryable, reader: Reader, session: SessionRow, questions: readonly Question[]): Promise<SessionQuestion[]> {
  if (questions.length === 0) return [];
  const rows = await db.query<{ id: string; question_id: string }>(
    `SELECT a.id, a.question_id FROM answers a
     WHERE a.question_id = ANY ($1::text[]) AND a.state = 'published' AND a.author_id = ANY ($2::text[])
     ORDER BY a.created_at, a.id`,
    [questions.map((question) => question.id), session.host_ids],
  );
  const answers = await Promise.all(rows.map((row) => getAnswer(db, reader, row.id)));
  return questions.map((question) => {
    const hostAnswers: Answer[] = answers.filter((answer) => answer.questionId === question.id);
    return { question, answered: hostAnswers.length > 0, hostAnswers };
  });
}

async function counts(db: Queryable, reader: Reader, sessionId: string): Promise<{ questions: number; answered: number; hostAnswers: number }> {
  const params = new Params();
  const from = candidates(reader, params, sessionId, 'all');
  const [row] = await db.query<{ questions: number; answered: number; host_answers: number }>(
    `SELECT count(*)::int AS questions,
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM answers a, live_sessions s WHERE s.id = ${params.add(sessionId)}
         AND a.question_id = c.id AND a.state = 'published' AND a.author_id = ANY (s.host_ids)))::int AS answered,
       coalesce(sum((SELECT count(*) FROM answers a, live_sessions s WHERE s.id = ${params.add(sessionId)}
         AND a.question_id = c.id AND a.state = 'published' AND a.author_id = ANY (s.host_ids))), 0)::int AS host_answers
     FROM ${from}`,
    params.values,
  );
  return { questions: row?.questions ?? 0, answered: row?.answered ?? 0, hostAnswers: row?.host_answers ?? 0 };
}

async function sessionOf(db: Queryable, reader: Reader, row: SessionRow): Promise<LiveSession> {
  const phase = phaseAt({ startsAt: iso(row.starts_at), endsAt: iso(row.ends_at) }, reader.now);
  // The counts a reader sees on the session are of published questions (the summary's are of what they may see).
  const published = { ...reader, actor: null };
  const figures = await counts(db, published, row.id);
  const writer = mayWrite(reader.actor);
  const follows =
    reader.actor !== null &&
    (await db.query("SELECT 1 FROM follows WHERE user_id = $1 AND target = 'session' AND target_id = $2 AND following", [reader.actor.id, row.id]))
      .length > 0;
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    descriptionHtml: bodyFields(row.description).bodyHtml,
    hashtag: row.hashtag,
    hosts: row.hosts.map(userOf),
    startsAt: iso(row.starts_at),
    endsAt: iso(row.ends_at),
    categoryId: row.category_id,
    phase,
    questionCount: figures.questions,
    answeredCount: figures.answered,
    viewerFollows: follows,
    viewerCan: { edit: writer && isStaff(reader.actor), ask: writer && phase !== 'ended' },
  };
}

export async function getLiveSession(db: Queryable, reader: Reader, id: string): Promise<LiveSession> {
  return sessionOf(db, reader, await sessionRow(db, id));
}

const PHASE_CONDITIONS: Record<SessionPhase, string> = {
  upcoming: 's.starts_at > $1',
  live: 's.starts_at <= $1 AND s.ends_at > $1',
  ended: 's.ends_at <= $1',
};

export async function listLiveSessions(db: Queryable, reader: Reader, query: LiveSessionQuery): Promise<Page<LiveSession>> {
  const phase = query.phase ?? null;
  const rows = await db.query<SessionRow>(`${SELECT_SESSIONS} WHERE ${phase === null ? '$1::timestamptz IS NOT NULL' : PHASE_CONDITIONS[phase]}`, [
    reader.now,
  ]);
  // Upcoming and live soonest first; ended ones (and every phase together) latest first.
  const ascending = phase === 'upcoming' || phase === 'live';
  const order = { name: ascending ? `sessions/${phase}` : 'sessions/latest', keyLength: 1 };
  const keyed = rows
    .map((row) => ({ row, position: { key: [ascending ? row.starts_at.getTime() : -row.starts_at.getTime()], id: row.id } }))
    .sort((a, b) => a.position.key[0] - b.position.key[0] || (a.position.id < b.position.id ? -1 : a.position.id > b.position.id ? 1 : 0));
  const after = query.cursor === undefined || query.cursor === null ? null : decodeCursor(query.cursor, order);
  const remaining = after === null ? keyed : keyed.filter(({ position }) => position.key[0] > after.key[0] || (position.key[0] === after.key[0] && position.id > after.id));
  const limit = pageSize(query.limit);
  const page = remaining.slice(0, limit);
  const last = page.at(-1);
  return {
    items: await Promise.all(page.map(({ row }) => sessionOf(db, reader, row))),
    nextCursor: remaining.length > limit && last !== undefined ? encodeCursor(order, last.position) : null,
    total: rows.length,
  };
}

export async function listSessionQuestions(
  db: Queryable,
  reader: Reader,
  sessionId: string,
  query: SessionQuestionQuery,
): Promise<Page<SessionQuestion>> {
  const session = await sessionRow(db, sessionId);
  const params = new Params();
  const from = candidates(reader, params, sessionId, query.filter ?? 'all');
  const page = await readPage(db, { candidates: from, ordering: questionOrderings[query.sort ?? 'votes'], view: questionView, reader, params, query });
  return { ...page, items: await withHostAnswers(db, reader, session, page.items) };
}

export async function getLiveSessionSummary(db: Queryable, reader: Reader, sessionId: string): Promise<LiveSessionSummary> {
  const top = await listSessionQuestions(db, reader, sessionId, { sort: 'votes', limit: SUMMARY_TOP });
  const figures = await counts(db, reader, sessionId);
  return {
    sessionId,
    questionCount: figures.questions,
    answeredCount: figures.answered,
    hostAnswerCount: figures.hostAnswers,
    topQuestions: top.items,
  };
}

/** The fields of a session, validated; the hosts must be members and the category one of the community. */
async function readFields(db: Queryable, input: CreateLiveSessionInput) {
  const fields = readSessionFields(input);
  const known = await db.query<{ id: string }>('SELECT id FROM users WHERE id = ANY ($1::text[])', [fields.hostIds]);
  const unknown = fields.hostIds.find((hostId) => !known.some((row) => row.id === hostId));
  if (unknown !== undefined) throw invalid('hostIds', `hostIds has "${unknown}", who is not a member of this community`);
  if (fields.categoryId !== null && (await db.query('SELECT 1 FROM categories WHERE id = $1', [fields.categoryId])).length === 0) {
    throw invalid('categoryId', `categoryId "${fields.categoryId}" is not a category of this community`);
  }
  return fields;
}

export async function createLiveSession(db: Database, reader: Reader, input: CreateLiveSessionInput): Promise<LiveSession> {
  moderator(reader.actor);
  const fields = await readFields(db, input);
  const id = await db.transaction(async (tx) => {
    const [{ n }] = await tx.query<{ n: number }>('SELECT count(*)::int + 1 AS n FROM live_sessions');
    let candidate = `ls-${n}`;
    while ((await tx.query('SELECT 1 FROM live_sessions WHERE id = $1', [candidate])).length > 0) candidate = `${candidate}-${n}`;
    await tx.query(
      `INSERT INTO live_sessions (id, title, description, hashtag, host_ids, starts_at, ends_at, category_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [candidate, fields.title, fields.description, fields.hashtag, fields.hostIds, fields.startsAt, fields.endsAt, fields.categoryId, reader.now],
    );
    return candidate;
  });
  return getLiveSession(db, reader, id);
}

export async function updateLiveSession(db: Database, reader: Reader, id: string, input: CreateLiveSessionInput): Promise<LiveSession> {
  moderator(reader.actor);
  const fields = await readFields(db, input);
  const updated = await db.query(
    `UPDATE live_sessions SET title = $2, description = $3, hashtag = $4, host_ids = $5, starts_at = $6, ends_at = $7, category_id = $8
     WHERE id = $1 RETURNING id`,
    [id, fields.title, fields.description, fields.hashtag, fields.hostIds, fields.startsAt, fields.endsAt, fields.categoryId],
  );
  if (updated.length === 0) notFoundSession(id);
  return getLiveSession(db, reader, id);
}

export async function askInSession(
  db: Database,
  reader: Reader,
  sessionId: string,
  body: Omit<AskInSessionInput, 'sessionId'>,
): Promise<SessionQuestion> {
  if (reader.actor === null) throw new MajlisError('unauthenticated', 'Sign in first: this request needs a member');
  const session = await sessionRow(db, sessionId);
  if (phaseAt({ startsAt: iso(session.starts_at), endsAt: iso(session.ends_at) }, reader.now) === 'ended') {
    throw new MajlisError('conflict', `Live session "${sessionId}" has ended: it takes no more questions`, { reason: SESSION_ENDED });
  }
  const [first] = await db.query<{ id: string }>('SELECT id FROM categories ORDER BY position, id LIMIT 1');
  const categoryId = session.category_id ?? first?.id ?? '';
  const question = await askQuestion(db, reader, { ...body, categoryId }, (tx, id) =>
    tx.query('INSERT INTO live_session_questions (question_id, session_id) VALUES ($1, $2)', [id, sessionId]).then(() => undefined),
  );
  const [entry] = await withHostAnswers(db, reader, session, [question]);
  return entry;
}

/** The sessions of questions, for live events (`sessionId`). */
export async function sessionsOfQuestions(db: Queryable, questionIds: readonly string[]): Promise<Map<string, string>> {
  if (questionIds.length === 0) return new Map();
  const rows = await db.query<{ question_id: string; session_id: string }>(
    'SELECT question_id, session_id FROM live_session_questions WHERE question_id = ANY ($1::text[])',
    [[...questionIds]],
  );
  return new Map(rows.map((row) => [row.question_id, row.session_id]));
}
