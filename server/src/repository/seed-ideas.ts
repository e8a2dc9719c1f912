import { IDEA_WINNER_BADGE } from '#majlis/core/idea-names.js';
import type { CommunitySeed } from '#majlis/core/seed.js';
import type { Queryable } from '../db/database.js';

/** The tables of migration 008 (ideas), emptied first when a database is reset to a seed. */
export const IDEA_TABLES = 'idea_wins, idea_evaluations, ideas';

/** Whether the database has the ideas of migration 008; a test may load a seed into an older schema. */
export async function hasIdeas(tx: Queryable): Promise<boolean> {
  const [row] = await tx.query<{ present: boolean }>("SELECT to_regclass('ideas') IS NOT NULL AS present");
  return row?.present === true;
}

/** The seed's ideas, their evaluations and wins (a winner's author gets the badge); the constraints check them. */
export async function loadIdeas(tx: Queryable, seed: CommunitySeed): Promise<void> {
  const ideas = seed.ideas ?? [];
  if (ideas.length === 0) return;
  // Merged ideas point at others: every idea first, then what they were merged into.
  await tx.query(
    `INSERT INTO ideas (question_id, topic, status, status_note, status_changed_at, status_changed_by)
     SELECT question_id, topic, CASE WHEN status = 'duplicate' THEN 'new' ELSE coalesce(status, 'new') END,
       status_note, status_changed_at, status_changed_by
     FROM json_to_recordset($1::json) AS s(question_id text, topic text, status text, status_note text,
       status_changed_at timestamptz, status_changed_by text)`,
    [
      JSON.stringify(
        ideas.map((idea) => ({
          question_id: idea.questionId,
          topic: idea.topic,
          status: idea.status ?? 'new',
          status_note: idea.statusNote ?? null,
          status_changed_at: idea.statusChangedAt ?? null,
          status_changed_by: idea.statusChangedById ?? null,
        })),
      ),
    ],
  );
  for (const idea of ideas.filter((each) => each.status === 'duplicate' || each.mergedInto != null)) {
    await tx.query(`UPDATE ideas SET status = 'duplicate', merged_into = $2 WHERE question_id = $1`, [idea.questionId, idea.mergedInto ?? null]);
  }
  const evaluations = ideas.flatMap((idea) => (idea.evaluations ?? []).map((evaluation) => ({ ...evaluation, ideaId: idea.questionId })));
  if (evaluations.length > 0) {
    await tx.query(
      `INSERT INTO idea_evaluations (idea_id, user_id, constructive, creative, feasible, effective, created_at)
       SELECT "ideaId", "userId", constructive, creative, feasible, effective, coalesce("createdAt", 'epoch')
       FROM json_to_recordset($1::json) AS s("ideaId" text, "userId" text, constructive int, creative int, feasible int,
         effective int, "createdAt" timestamptz)`,
      [JSON.stringify(evaluations)],
    );
  }
  const wins = ideas.flatMap((idea) => (idea.wins ?? []).map((win) => ({ ...win, ideaId: idea.questionId })));
  if (wins.length > 0) {
    await tx.query(
      `INSERT INTO idea_wins (idea_id, period, awarded_at)
       SELECT "ideaId", period, coalesce("awardedAt", 'epoch') FROM json_to_recordset($1::json) AS s("ideaId" text, period text, "awardedAt" timestamptz)`,
      [JSON.stringify(wins)],
    );
    await tx.query(
      `INSERT INTO user_badges (user_id, badge_id, awarded_at)
       SELECT q.author_id, $1, min(w.awarded_at) FROM idea_wins w JOIN questions q ON q.id = w.idea_id GROUP BY q.author_id
       ON CONFLICT DO NOTHING`,
      [IDEA_WINNER_BADGE],
    );
  }
}
