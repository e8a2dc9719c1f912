import type { CommunitySeed, SeedQuestion } from '#majlis/core/seed.js';
import type { Database, Queryable } from '../db/database.js';
import { isPostgresError } from '../db/database.js';
import { rankColumns } from './ranking.js';
import { searchWords } from './search-words.js';
import { loadModeration, withholdDeleted } from './seed-moderation.js';
import { FOLLOW_TABLES, hasFollows, loadFollows } from './seed-follows.js';
import { IDEA_TABLES, hasIdeas, loadIdeas } from './seed-ideas.js';
import { LIVE_SESSION_TABLES, hasLiveSessions, loadLiveSessions } from './seed-live-sessions.js';

/**
 * Loads a seed (src/core/seed.ts) into empty tables. The database checks it: unknown references, repeated ids
 * or kudos, self-kudos and limits fail the load with the database's message. Counters and reputation come
 * from the triggers, as for any later change.
 */
export async function loadSeed(tx: Queryable, seed: CommunitySeed): Promise<void> {
  if (seed.votes.some((vote) => vote.target !== 'question' && vote.target !== 'answer')) {
    throw new Error('Invalid Majlis seed: a vote has a target other than question or answer');
  }
  const json = (rows: unknown[]) => JSON.stringify(rows);
  await tx.query(
    `INSERT INTO users (id, name, role, avatar_url, joined_at, reputation_base, reputation)
     SELECT id, name, role, avatar_url, joined_at, coalesce(reputation_base, 0), coalesce(reputation_base, 0)
     FROM json_to_recordset($1::json)
       AS s(id text, name text, role text, avatar_url text, joined_at timestamptz, reputation_base integer)`,
    [
      json(
        seed.users.map((user) => ({
          ...user,
          avatar_url: user.avatarUrl ?? null,
          joined_at: time(user.joinedAt),
          reputation_base: user.reputationBase ?? 0,
        })),
      ),
    ],
  );
  await tx.query(
    `INSERT INTO categories (id, name, description, names, position)
     SELECT id, name, description, names, position FROM json_to_recordset($1::json)
       AS s(id text, name text, description text, names jsonb, position integer)`,
    [json(seed.categories.map((category, position) => ({ ...category, position })))],
  );
  // Open at first, so their seeded answers can be added; locked (and accepted) afterwards.
  await tx.query(
    `INSERT INTO questions (id, author_id, category_id, title, body, language, tags, created_at, edited_at,
       last_activity_at, title_words, search_words, title_terms, title_marks, body_terms, body_marks, tag_keys)
     SELECT id, author_id, category_id, title, body, language, coalesce(tags, '{}'), created_at, edited_at,
       greatest(created_at, edited_at), title_words, search_words, title_terms, title_marks, body_terms, body_marks,
       tag_keys
     FROM json_to_recordset($1::json) AS s(id text, author_id text, category_id text, title text, body text,
       language text, tags text[], created_at timestamptz, edited_at timestamptz, title_words text[],
       search_words text[], title_terms text[], title_marks text[], body_terms text[], body_marks text[],
       tag_keys text[])`,
    [json(seed.questions.map(questionRecord))],
  );
  await tx.query(
    `INSERT INTO answers (id, question_id, author_id, body, language, created_at, edited_at)
     SELECT id, question_id, author_id, body, language, created_at, edited_at
     FROM json_to_recordset($1::json) AS s(id text, question_id text, author_id text, body text, language text,
       created_at timestamptz, edited_at timestamptz)`,
    [
      json(
        seed.answers.map((answer) => ({
          id: answer.id,
          question_id: answer.questionId,
          author_id: answer.authorId,
          body: answer.body,
          language: answer.language,
          created_at: time(answer.createdAt),
          edited_at: optionalTime(answer.editedAt),
        })),
      ),
    ],
  );
  const accepted = seed.questions.filter((question) => (question.acceptedAnswerId ?? null) !== null);
  await tx.query(
    `UPDATE answers a SET accepted = true, accepted_by = coalesce(s.accepted_by, q.author_id), accepted_at = s.accepted_at
     FROM json_to_recordset($1::json) AS s(question_id text, answer_id text, accepted_by text, accepted_at timestamptz),
       questions q
     WHERE a.id = s.answer_id AND a.question_id = s.question_id AND q.id = s.question_id`,
    [
      json(
        accepted.map((question) => ({
          question_id: question.id,
          answer_id: question.acceptedAnswerId,
          accepted_by: question.acceptedById ?? null,
          accepted_at: optionalTime(question.acceptedAt),
        })),
      ),
    ],
  );
  const [{ count } = { count: 0 }] = await tx.query<{ count: number }>(
    'SELECT count(*)::int AS count FROM answers WHERE accepted',
  );
  if (count !== accepted.length) {
    throw new Error('Invalid Majlis seed: an acceptedAnswerId names no answer of its question');
  }
  const locked = seed.questions.filter((question) => question.status === 'locked').map((question) => question.id);
  for (const target of ['question', 'answer'] as const) {
    const votes = seed.votes.filter((vote) => vote.target === target);
    // A kudos on an unknown post finds no author: the NOT NULL constraint refuses it.
    await tx.query(
      `INSERT INTO ${target}_votes (post_id, user_id, author_id, created_at)
       SELECT s.target_id, s.user_id, p.author_id, s.created_at
       FROM json_to_recordset($1::json) AS s(target_id text, user_id text, created_at timestamptz)
       LEFT JOIN ${target}s p ON p.id = s.target_id`,
      [
        json(
          votes.map((vote) => ({
            target_id: vote.targetId,
            user_id: vote.userId,
            created_at: optionalTime(vote.createdAt),
          })),
        ),
      ],
    );
  }
  // The ledger as if the seeded kudos and accepts had happened in time order (the daily cap depends on it), and
  // the badges dated when they were earned. Locked last: a locked question's accepted answer is frozen.
  const moderation = await hasModeration(tx);
  if (moderation) await loadModeration(tx, seed);
  if (await hasLedger(tx)) {
    await tx.query('SELECT majlis_rebuild_ledger()');
    await tx.query('SELECT majlis_award_badges(NULL, NULL)');
    if (moderation) await withholdDeleted(tx);
  }
  await tx.query(`UPDATE questions SET status = 'locked' WHERE id = ANY($1::text[])`, [locked]);
  if (await hasIdeas(tx)) await loadIdeas(tx, seed);
  if (await hasLiveSessions(tx)) await loadLiveSessions(tx, seed);
  // After the sessions: a seed may follow one.
  if (await hasFollows(tx)) await loadFollows(tx, seed);
}

function questionRecord(question: SeedQuestion) {
  return {
    id: question.id,
    author_id: question.authorId,
    category_id: question.categoryId,
    title: question.title,
    body: question.body,
    language: question.language,
    tags: question.tags ?? [],
    created_at: time(question.createdAt),
    edited_at: optionalTime(question.editedAt),
    title_words: searchWords(question.title),
    search_words: searchWords(question.title, question.body),
    ...rankColumns(question.title, question.body, question.tags ?? []),
  };
}

function time(value: unknown): string {
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) throw new Error(`Invalid Majlis seed: ${JSON.stringify(value)} is not an ISO-8601 time`);
  return new Date(ms).toISOString();
}

function optionalTime(value: unknown): string | null {
  return value === undefined || value === null ? null : time(value);
}

/** Whether the database has the reputation ledger (migration 003); a test may load a seed into an older schema. */
async function hasLedger(tx: Queryable): Promise<boolean> {
  const [row] = await tx.query<{ present: boolean }>("SELECT to_regclass('reputation_events') IS NOT NULL AS present");
  return row?.present === true;
}

const TABLES = 'answer_votes, question_votes, answers, questions, categories, users';
const MODERATION_TABLES = 'flags, revisions, audit_log, suspensions, withheld_reputation_events';

/** Whether the database has moderation's tables (migration 005). */
async function hasModeration(tx: Queryable): Promise<boolean> {
  const [row] = await tx.query<{ present: boolean }>("SELECT to_regclass('audit_log') IS NOT NULL AS present");
  return row?.present === true;
}

/** Whether the database has a table (a test may load a seed into an older schema). */
async function hasTable(tx: Queryable, name: string): Promise<boolean> {
  const [row] = await tx.query<{ present: boolean }>('SELECT to_regclass($1) IS NOT NULL AS present', [name]);
  return row?.present === true;
}

/** Replaces everything with `seed`, in one transaction (tests start each case from a known community). */
export async function resetToSeed(db: Database, seed: CommunitySeed): Promise<void> {
  await db.transaction(async (tx) => {
    const ledger = (await hasLedger(tx)) ? 'user_badges, reputation_events, ' : '';
    const moderation = (await hasModeration(tx)) ? `${MODERATION_TABLES}, ` : '';
    const follows = (await hasFollows(tx)) ? `${FOLLOW_TABLES}, ` : '';
    const escalations = (await hasTable(tx, 'escalations')) ? 'escalation_deliveries, escalations, ' : '';
    const ideas = (await hasIdeas(tx)) ? `${IDEA_TABLES}, ` : '';
    const statusChanges = (await hasTable(tx, 'idea_status_changes')) ? 'idea_status_changes, ' : '';
    const sessions = (await hasLiveSessions(tx)) ? `${LIVE_SESSION_TABLES}, ` : '';
    await tx.query(`TRUNCATE ${escalations}${sessions}${statusChanges}${ideas}${follows}${moderation}${ledger}${TABLES}`);
    await loadSeed(tx, seed).catch(explainSeedError);
  });
}

/**
 * Loads `seed` when the database has no members yet; returns whether it did. Two servers starting together
 * take turns on an advisory lock, and the second finds the community already there.
 */
export async function seedIfEmpty(db: Database, seed: () => Promise<CommunitySeed>): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':majlis-seed'))`);
    if ((await tx.query('SELECT 1 FROM users LIMIT 1')).length > 0) return false;
    await loadSeed(tx, await seed()).catch(explainSeedError);
    return true;
  });
}

function explainSeedError(error: unknown): never {
  if (isPostgresError(error)) throw new Error(`Invalid Majlis seed: ${error.message}`, { cause: error });
  throw error;
}
