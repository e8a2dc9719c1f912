import type { CommunitySeed } from '#majlis/core/seed.js';
import type { Queryable } from '../db/database.js';

/** The tables of migration 011 (live sessions), emptied first when a database is reset to a seed. */
export const LIVE_SESSION_TABLES = 'live_session_questions, live_sessions';

/** Whether the database has the live sessions of migration 011; a test may load a seed into an older schema. */
export async function hasLiveSessions(tx: Queryable): Promise<boolean> {
  const [row] = await tx.query<{ present: boolean }>("SELECT to_regclass('live_sessions') IS NOT NULL AS present");
  return row?.present === true;
}

/** The seed's live sessions and the questions asked in them; the constraints check them. */
export async function loadLiveSessions(tx: Queryable, seed: CommunitySeed): Promise<void> {
  const sessions = seed.liveSessions ?? [];
  if (sessions.length === 0) return;
  await tx.query(
    `INSERT INTO live_sessions (id, title, description, hashtag, host_ids, starts_at, ends_at, category_id)
     SELECT id, title, coalesce(description, ''), hashtag, ARRAY(SELECT json_array_elements_text(host_ids)), starts_at, ends_at, category_id
     FROM json_to_recordset($1::json) AS s(id text, title text, description text, hashtag text, host_ids json,
       starts_at timestamptz, ends_at timestamptz, category_id text)`,
    [
      JSON.stringify(
        sessions.map((session) => ({
          id: session.id,
          title: session.title,
          description: session.description ?? '',
          hashtag: session.hashtag.replace(/^#/u, ''),
          host_ids: [...new Set(session.hostIds)],
          starts_at: session.startsAt,
          ends_at: session.endsAt,
          category_id: session.categoryId ?? null,
        })),
      ),
    ],
  );
  const questions = sessions.flatMap((session) => (session.questionIds ?? []).map((questionId) => ({ questionId, sessionId: session.id })));
  if (questions.length > 0) {
    await tx.query(
      `INSERT INTO live_session_questions (question_id, session_id)
       SELECT "questionId", "sessionId" FROM json_to_recordset($1::json) AS s("questionId" text, "sessionId" text)`,
      [JSON.stringify(questions)],
    );
  }
}
