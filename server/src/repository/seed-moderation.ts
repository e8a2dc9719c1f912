import type { CommunitySeed } from '#majlis/core/seed.js';
import type { Queryable } from '../db/database.js';

/*
 * The moderation part of a seed (src/core/seed.ts): posts' states, pins and duplicates, flags, revisions,
 * suspensions and the audit log, loaded after the posts. A deleted post's reputation is withheld once the ledger is
 * rebuilt (`withholdDeleted`), as if it had been deleted live.
 */

const json = (rows: unknown[]) => JSON.stringify(rows);

export async function loadModeration(tx: Queryable, seed: CommunitySeed): Promise<void> {
  const moderated = <T extends { id: string; state?: string; moderation?: { reason?: string | null; byId?: string | null; at?: string } | null; createdAt: string }>(posts: T[]) =>
    posts
      .filter((post) => (post.state ?? 'published') !== 'published')
      .map((post) => ({
        id: post.id,
        state: post.state,
        reason: post.moderation?.reason ?? null,
        by: post.moderation?.byId ?? null,
        at: post.moderation?.at ?? post.createdAt,
      }));
  for (const [table, posts] of [
    ['questions', moderated(seed.questions)],
    ['answers', moderated(seed.answers)],
  ] as const) {
    await tx.query(
      `UPDATE ${table} p SET state = s.state, moderation_reason = s.reason, moderation_by = s.by, moderation_at = s.at
       FROM json_to_recordset($1::json) AS s(id text, state text, reason text, by text, at timestamptz) WHERE p.id = s.id`,
      [json(posts)],
    );
  }
  await tx.query(
    `UPDATE questions q SET pinned = coalesce(s.pinned, false), duplicate_of = s.duplicate_of
     FROM json_to_recordset($1::json) AS s(id text, pinned boolean, duplicate_of text) WHERE q.id = s.id`,
    [
      json(
        seed.questions
          .filter((q) => q.pinned === true || (q.duplicateOf ?? null) !== null)
          .map((q) => ({ id: q.id, pinned: q.pinned ?? false, duplicate_of: q.duplicateOf ?? null })),
      ),
    ],
  );
  await tx.query(
    `UPDATE questions q SET handoff_note = s.note, handoff_by = s.by, handoff_at = s.at
     FROM json_to_recordset($1::json) AS s(id text, note text, by text, at timestamptz) WHERE q.id = s.id`,
    [
      json(
        seed.questions.flatMap((q) =>
          q.handoff ? [{ id: q.id, note: q.handoff.note, by: q.handoff.byId, at: q.handoff.at ?? q.createdAt }] : [],
        ),
      ),
    ],
  );
  await tx.query(
    `INSERT INTO flags (target, post_id, user_id, reason, note, created_at, resolved_at)
     SELECT target, post_id, user_id, reason, note, created_at, CASE WHEN dismissed THEN created_at END
     FROM json_to_recordset($1::json)
       AS s(target text, post_id text, user_id text, reason text, note text, created_at timestamptz, dismissed boolean)`,
    [
      json(
        (seed.flags ?? []).map((flag) => ({
          target: flag.target,
          post_id: flag.targetId,
          user_id: flag.userId,
          reason: flag.reason,
          note: flag.note ?? null,
          created_at: flag.createdAt,
          dismissed: flag.dismissed === true,
        })),
      ),
    ],
  );
  await tx.query(
    `INSERT INTO revisions (target, post_id, number, title, body, tags, edited_by, reason, created_at)
     SELECT target, post_id, number, title, body, tags, edited_by, reason, created_at
     FROM json_to_recordset($1::json) AS s(target text, post_id text, number integer, title text, body text, tags text[],
       edited_by text, reason text, created_at timestamptz)`,
    [
      json(
        (seed.revisions ?? []).map((revision) => ({
          target: revision.target,
          post_id: revision.targetId,
          number: revision.number,
          title: revision.title ?? null,
          body: revision.body,
          tags: revision.tags ?? null,
          edited_by: revision.editedById,
          reason: revision.reason ?? null,
          created_at: revision.createdAt,
        })),
      ),
    ],
  );
  for (const table of ['questions', 'answers']) {
    await tx.query(
      `UPDATE ${table} p SET revision_count = r.edits
       FROM (SELECT post_id, count(*)::int - 1 AS edits FROM revisions WHERE target = $1 GROUP BY post_id) r
       WHERE p.id = r.post_id AND r.edits > 0`,
      [table === 'questions' ? 'question' : 'answer'],
    );
  }
  await tx.query(
    `INSERT INTO suspensions (user_id, reason, until, created_by, created_at)
     SELECT user_id, coalesce(reason, ''), until, coalesce(by, user_id), coalesce(created_at, now())
     FROM json_to_recordset($1::json) AS s(user_id text, reason text, until timestamptz, by text, created_at timestamptz)`,
    [
      json(
        (seed.suspensions ?? []).map((suspension) => ({
          user_id: suspension.userId,
          reason: suspension.reason ?? null,
          until: suspension.until ?? null,
          by: suspension.byId ?? null,
          created_at: suspension.createdAt ?? null,
        })),
      ),
    ],
  );
  await tx.query(
    `INSERT INTO audit_log (actor_id, action, target, target_id, question_id, reason, details, created_at)
     SELECT actor_id, action, target, target_id, question_id, reason, coalesce(details, '{}'), created_at
     FROM json_to_recordset($1::json) AS s(actor_id text, action text, target text, target_id text, question_id text,
       reason text, details json, created_at timestamptz)`,
    [
      json(
        (seed.audit ?? []).map((entry) => ({
          actor_id: entry.actorId,
          action: entry.action,
          target: entry.target,
          target_id: entry.targetId,
          question_id:
            entry.questionId ??
            (entry.target === 'question'
              ? entry.targetId
              : entry.target === 'answer'
                ? (seed.answers.find((a) => a.id === entry.targetId)?.questionId ?? null)
                : null),
          reason: entry.reason ?? null,
          details: entry.details ?? {},
          created_at: entry.createdAt,
        })),
      ),
    ],
  );
}

/** After the ledger was rebuilt from every kudos: what deleted posts earned is withheld. */
export async function withholdDeleted(tx: Queryable): Promise<void> {
  await tx.query('SELECT majlis_withhold_deleted()');
}
