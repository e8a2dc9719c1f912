import { MajlisError } from '#majlis/core/adapter.js';
import { primaryLanguage } from '#majlis/core/contract/language.js';
import { readSearch } from '#majlis/core/contract/text.js';
import { rankTerms } from '#majlis/core/ranking.js';
import { IDEA_CRITERIA, IDEA_WINNER_BADGE, TRENDING_DAYS } from '#majlis/core/idea-names.js';
import type { IdeaSort } from '#majlis/core/idea-names.js';
import { readIdeaNote, readIdeaPeriod } from '#majlis/core/ideas.js';
import type {
  Idea,
  IdeaEvaluation,
  IdeaQuery,
  IdeaScores,
  IdeaWinner,
  MergeIdeaResult,
  Page,
  Question,
  SetIdeaStatusInput,
  SubmitIdeaInput,
  User,
} from '#majlis/core/types.js';
import type { Database, Queryable } from '../db/database.js';
import { invalid, notFound } from '../errors.js';
import { recordIdeaStatusChange } from '../mail/notify.js';
import type { Ordering } from './paging.js';
import { readPage } from './paging.js';
import { prefixQuery } from './ranking.js';
import { askQuestion } from './questions.js';
import { awardBadges } from './recognition.js';
import { Params, iso, isoOrNull, ms, userJson } from './sql.js';
import { questionOf, questionView, selectQuestions, userOf, visibleCondition } from './views.js';
import type { QuestionRow } from './views.js';
import type { Reader } from './viewer.js';
import { isStaff, mayWrite, moderator, seesAsIs } from './viewer.js';

/*
 * Ideas on the server (capability `ideas`, migration 008): questions with a row in `ideas`. Reads build the
 * question with the shared views, then add the idea fields of a whole page in one query.
 */

const DAY_MS = 86_400_000;

const orderings: Record<IdeaSort, Ordering> = {
  votes: { name: 'ideas/votes', keys: ['-c.vote_count::float8', `-${ms('c.created_at')}`] },
  newest: { name: 'ideas/newest', keys: [`-${ms('c.created_at')}`] },
  trending: { name: 'ideas/trending', keys: ['-c.recent', '-c.vote_count::float8', `-${ms('c.created_at')}`] },
  evaluation: { name: 'ideas/evaluation', keys: ['-c.score', '-c.vote_count::float8', `-${ms('c.created_at')}`] },
};

/**
 * The mean of the four criteria averages of question `q`, unrounded, 0 before any evaluation (the `evaluation`
 * order): the whole sum over the count, then over four, in float8 as the in-browser adapter divides.
 */
const overallScore = `coalesce((SELECT sum(${IDEA_CRITERIA.map((criterion) => `e.${criterion}`).join(' + ')})::float8 / count(*) / ${IDEA_CRITERIA.length}
  FROM idea_evaluations e WHERE e.idea_id = q.id HAVING count(*) > 0), 0)`;

/** Kudos of question `q` since parameter `since` (a seeded kudos without a time counts at its question's time). */
const recentVotes = (since: string) =>
  `(SELECT count(*) FROM question_votes v WHERE v.post_id = q.id AND coalesce(v.created_at, q.created_at) >= ${since})`;

function trendingSince(reader: Reader): Date {
  return new Date(reader.now.getTime() - TRENDING_DAYS * DAY_MS);
}

interface IdeaRow {
  question_id: string;
  topic: Idea['topic'];
  status: Idea['status'];
  status_note: string | null;
  status_changed_at: Date | null;
  changed_by: Parameters<typeof userOf>[0] | null;
  merged_into: string | null;
  evaluation: IdeaEvaluation | null;
  viewer_evaluation: IdeaScores | null;
  wins: string[];
  recent: number;
}

const averages = IDEA_CRITERIA.map((criterion) => `'${criterion}', round(avg(e.${criterion}), 2)::float8`).join(', ');
const scores = IDEA_CRITERIA.map((criterion) => `'${criterion}', e.${criterion}`).join(', ');

/** The ideas of `questions` (in their order), with the idea fields as `reader` sees them. */
async function ideasOf(db: Queryable, reader: Reader, questions: readonly Question[]): Promise<Idea[]> {
  if (questions.length === 0) return [];
  const staff = isStaff(reader.actor) && mayWrite(reader.actor);
  const rows = await db.query<IdeaRow>(
    `SELECT i.question_id, i.topic, i.status, i.status_note, i.status_changed_at, i.merged_into,
       CASE WHEN cb.id IS NULL THEN NULL ELSE ${userJson('cb')} END AS changed_by,
       (SELECT json_build_object(${averages}, 'evaluators', count(*)) FROM idea_evaluations e
         WHERE e.idea_id = i.question_id HAVING count(*) > 0) AS evaluation,
       (SELECT json_build_object(${scores}) FROM idea_evaluations e
         WHERE e.idea_id = i.question_id AND e.user_id = $2) AS viewer_evaluation,
       ARRAY(SELECT w.period FROM idea_wins w WHERE w.idea_id = i.question_id ORDER BY w.period) AS wins,
       ${recentVotes('$3')}::int AS recent
     FROM ideas i JOIN questions q ON q.id = i.question_id LEFT JOIN users cb ON cb.id = i.status_changed_by
     WHERE i.question_id = ANY ($1::text[])`,
    [questions.map((question) => question.id), staff ? (reader.actor?.id ?? null) : null, trendingSince(reader)],
  );
  const byId = new Map(rows.map((row) => [row.question_id, row]));
  return questions.flatMap((question) => {
    const row = byId.get(question.id);
    if (row === undefined) return [];
    const changedBy: User | null = row.changed_by === null ? null : userOf(row.changed_by);
    return [
      {
        id: question.id,
        question,
        topic: row.topic,
        status: row.status,
        statusNote: row.status_note,
        statusChangedAt: isoOrNull(row.status_changed_at),
        statusChangedBy: changedBy,
        mergedInto: row.merged_into,
        evaluation: row.evaluation,
        viewerEvaluation: row.viewer_evaluation,
        recentVoteCount: row.recent,
        winnerOf: row.wins,
        viewerCan: { setStatus: staff, evaluate: staff, merge: staff && row.status !== 'duplicate', markWinner: staff },
      },
    ];
  });
}

/** The ideas `ids` the reader may see, in that order (the others left out). */
async function readIdeas(db: Queryable, reader: Reader, ids: readonly string[]): Promise<Idea[]> {
  const rows = await db.query<QuestionRow>(
    `${selectQuestions('questions', '$1')} WHERE q.id = ANY ($2::text[]) AND EXISTS (SELECT 1 FROM ideas i WHERE i.question_id = q.id)`,
    [reader.actor?.id ?? null, [...ids]],
  );
  const byId = new Map(
    rows.filter((row) => row.state !== 'pending' || seesAsIs(reader.actor, row.author.id)).map((row) => [row.id, questionOf(row, reader)]),
  );
  return ideasOf(
    db,
    reader,
    ids.flatMap((id) => byId.get(id) ?? []),
  );
}

export async function getIdea(db: Queryable, reader: Reader, id: string): Promise<Idea> {
  const [idea] = await readIdeas(db, reader, [id]);
  if (idea === undefined) throw notFound('idea', id);
  return idea;
}

export async function listIdeas(db: Queryable, reader: Reader, query: IdeaQuery): Promise<Page<Idea>> {
  const params = new Params();
  const since = params.add(trendingSince(reader));
  const conditions = [visibleCondition('q', reader, params, true)];
  if (query.topic !== undefined) conditions.push(`i.topic = ${params.add(query.topic)}`);
  if (query.status !== undefined) conditions.push(`i.status = ${params.add(query.status)}`);
  if (query.evaluated !== undefined) {
    conditions.push(`${query.evaluated ? '' : 'NOT '}EXISTS (SELECT 1 FROM idea_evaluations e WHERE e.idea_id = q.id)`);
  }
  const language = query.language === undefined || query.language.trim() === '' ? undefined : primaryLanguage(query.language);
  if (language !== undefined) conditions.push(`lower(split_part(q.language, '-', 1)) = ${params.add(language)}`);
  const search = readSearch(query.search ?? '');
  const terms = search.blank ? [] : rankTerms(search.text, language);
  // Any word of the search, as listQuestions' `match: 'any'` (similar ideas for a typed title).
  if (terms.length > 0) conditions.push(`q.rank_vector @@ ${params.add(terms.map(prefixQuery).join(' | '))}::tsquery`);
  const sort = query.sort ?? 'votes';
  const score = sort === 'evaluation' ? `, ${overallScore} AS score` : '';
  const candidates = `(SELECT q.*, ${recentVotes(since)}::float8 AS recent${score}
    FROM questions q JOIN ideas i ON i.question_id = q.id WHERE ${conditions.join(' AND ')}) AS c`;
  const page = await readPage(db, { candidates, ordering: orderings[sort], view: questionView, reader, params, query });
  return { ...page, items: await ideasOf(db, reader, page.items) };
}

export async function submitIdea(db: Database, reader: Reader, input: SubmitIdeaInput): Promise<Idea> {
  const { topic, ...question } = input;
  const asked = await askQuestion(db, reader, question, (tx, id) =>
    tx.query('INSERT INTO ideas (question_id, topic) VALUES ($1, $2)', [id, topic]).then(() => undefined),
  );
  return getIdea(db, reader, asked.id);
}

/** Locks the idea's row for a change by staff; not-found for one the reader cannot see. */
async function lockIdea(tx: Queryable, id: string): Promise<{ status: Idea['status']; authorId: string }> {
  const [row] = await tx.query<{ status: Idea['status']; author_id: string }>(
    'SELECT i.status, q.author_id FROM ideas i JOIN questions q ON q.id = i.question_id WHERE i.question_id = $1 FOR UPDATE OF i',
    [id],
  );
  if (row === undefined) throw notFound('idea', id);
  return { status: row.status, authorId: row.author_id };
}

export async function setIdeaStatus(db: Database, reader: Reader, id: string, body: Omit<SetIdeaStatusInput, 'ideaId'>): Promise<Idea> {
  const actor = moderator(reader.actor);
  const note = readIdeaNote(body.note);
  if ((body.status as string) === 'duplicate') throw invalid('status', 'status "duplicate" comes from merging the idea (mergeIdea)');
  await db.transaction(async (tx) => {
    const idea = await lockIdea(tx, id);
    if (idea.status === 'duplicate') throw new MajlisError('conflict', `Idea "${id}" is merged: its status stays "duplicate"`);
    await tx.query(
      'UPDATE ideas SET status = $2, status_note = $3, status_changed_at = $4, status_changed_by = $5 WHERE question_id = $1',
      [id, body.status, note, reader.now, actor.id],
    );
    await recordIdeaStatusChange(tx, { ideaId: id, status: body.status, note, by: actor.id, at: reader.now });
  });
  return getIdea(db, reader, id);
}

export async function evaluateIdea(db: Database, reader: Reader, id: string, body: IdeaScores): Promise<Idea> {
  const actor = moderator(reader.actor);
  await db.transaction(async (tx) => {
    await lockIdea(tx, id);
    await tx.query(
      `INSERT INTO idea_evaluations (idea_id, user_id, constructive, creative, feasible, effective, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (idea_id, user_id) DO UPDATE SET constructive = EXCLUDED.constructive, creative = EXCLUDED.creative,
         feasible = EXCLUDED.feasible, effective = EXCLUDED.effective, created_at = EXCLUDED.created_at`,
      [id, actor.id, body.constructive, body.creative, body.feasible, body.effective, reader.now],
    );
  });
  return getIdea(db, reader, id);
}

export async function mergeIdea(
  db: Database,
  reader: Reader,
  id: string,
  body: { intoId: string; note?: string | null },
): Promise<MergeIdeaResult> {
  const actor = moderator(reader.actor);
  const note = readIdeaNote(body.note);
  if (body.intoId === id) throw invalid('intoId', 'An idea cannot be merged into itself');
  await db.transaction(async (tx) => {
    // Both rows locked in id order, so two merges of the same pair cannot deadlock.
    const [first, second] = [id, body.intoId].sort();
    const locked = new Map([
      [first, await lockIdea(tx, first)],
      [second, await lockIdea(tx, second)],
    ]);
    const from = locked.get(id);
    const into = locked.get(body.intoId);
    if (from === undefined || into === undefined) throw notFound('idea', id);
    if (into.status === 'duplicate') throw invalid('intoId', `Idea "${body.intoId}" was merged: merge into the idea it went into`);
    if (from.status === 'duplicate') throw new MajlisError('conflict', `Idea "${id}" is merged already`);
    // The vote triggers move the counts and the reputation ledger with the kudos.
    await tx.query(
      `INSERT INTO question_votes (post_id, user_id, author_id, created_at)
       SELECT $2, v.user_id, $3, v.created_at FROM question_votes v WHERE v.post_id = $1 AND v.user_id <> $3
       ON CONFLICT DO NOTHING`,
      [id, body.intoId, into.authorId],
    );
    await tx.query('DELETE FROM question_votes WHERE post_id = $1', [id]);
    await tx.query(
      `UPDATE ideas SET status = 'duplicate', merged_into = $2, status_note = $3, status_changed_at = $4, status_changed_by = $5
       WHERE question_id = $1`,
      [id, body.intoId, note, reader.now, actor.id],
    );
    await recordIdeaStatusChange(tx, { ideaId: id, status: 'duplicate', note, by: actor.id, at: reader.now });
    await awardBadges(tx, [into.authorId], reader.now);
  });
  const [idea, merged] = await readIdeas(db, reader, [id, body.intoId]);
  if (idea === undefined || merged === undefined) throw notFound('idea', id);
  return { idea, into: merged };
}

export async function markIdeaWinner(db: Database, reader: Reader, id: string, period: unknown): Promise<IdeaWinner> {
  moderator(reader.actor);
  const month = readIdeaPeriod(period);
  const awardedAt = await db.transaction(async (tx) => {
    const idea = await lockIdea(tx, id);
    const inserted = await tx.query<{ awarded_at: Date }>(
      'INSERT INTO idea_wins (idea_id, period, awarded_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING awarded_at',
      [id, month, reader.now],
    );
    if (inserted.length > 0) {
      await tx.query(
        'INSERT INTO user_badges (user_id, badge_id, awarded_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
        [idea.authorId, IDEA_WINNER_BADGE, reader.now],
      );
    }
    const [row] = await tx.query<{ awarded_at: Date }>('SELECT awarded_at FROM idea_wins WHERE idea_id = $1 AND period = $2', [id, month]);
    return iso(row?.awarded_at ?? reader.now);
  });
  return { period: month, awardedAt, idea: await getIdea(db, reader, id) };
}

export async function listIdeaWinners(db: Queryable, reader: Reader): Promise<IdeaWinner[]> {
  const params = new Params();
  const rows = await db.query<{ idea_id: string; period: string; awarded_at: Date }>(
    `SELECT w.idea_id, w.period, w.awarded_at FROM idea_wins w JOIN questions q ON q.id = w.idea_id
     WHERE ${visibleCondition('q', reader, params, true)}
     ORDER BY w.period DESC, w.awarded_at, w.idea_id`,
    params.values,
  );
  const ideas = new Map((await readIdeas(db, reader, [...new Set(rows.map((row) => row.idea_id))])).map((idea) => [idea.id, idea]));
  return rows.flatMap((row) => {
    const idea = ideas.get(row.idea_id);
    return idea === undefined ? [] : [{ period: row.period, awardedAt: iso(row.awarded_at), idea }];
  });
}
