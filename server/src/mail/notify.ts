import type { Queryable } from '../db/database.js';

/** The UTC day of `at`, and the instant its digest is due (the next day's 00:00 UTC). */
export function digestDay(at: Date): { day: string; due: Date } {
  const day = at.toISOString().slice(0, 10);
  return { day, due: new Date(Date.parse(`${day}T00:00:00.000Z`) + 24 * 60 * 60 * 1000) };
}

type Reason = 'question' | 'category' | 'author' | 'session';
interface Recipient {
  user_id: string;
  reason: Reason;
  delivery: 'immediate' | 'daily';
}
/** What a notification tells of: a published answer, or a change of an idea's status. */
type Subject = { column: 'answer_id'; kind: 'answer'; id: string } | { column: 'status_change_id'; kind: 'idea-status'; id: string };

/** One notification per recipient, each with an immediate mail job or in the member's digest job of the day. */
async function queue(tx: Queryable, recipients: readonly Recipient[], subject: Subject, at: Date): Promise<number> {
  const { day, due } = digestDay(at);
  for (const recipient of recipients) {
    const [job] =
      recipient.delivery === 'daily'
        ? await tx.query<{ id: string }>(
            `INSERT INTO mail_jobs (user_id, kind, day, created_at, run_at) VALUES ($1, 'digest', $2, $3, $4)
             ON CONFLICT (user_id, day) WHERE kind = 'digest' DO UPDATE SET run_at = mail_jobs.run_at
             RETURNING id`,
            [recipient.user_id, day, at, due],
          )
        : await tx.query<{ id: string }>(
            'INSERT INTO mail_jobs (user_id, kind, created_at, run_at) VALUES ($1, $2, $3, $3) RETURNING id',
            [recipient.user_id, recipient.reason === 'session' ? 'session-answer' : subject.kind, at],
          );
    await tx.query(
      `INSERT INTO notifications (user_id, ${subject.column}, reason, created_at, job_id) VALUES ($1, $2, $3, $4, $5)`,
      [recipient.user_id, subject.id, recipient.reason, at, job.id],
    );
  }
  return recipients.length;
}

/**
 * Queues the notifications of a newly published answer, in the caller's transaction (the request never waits for
 * a mail): one per member following its question or its category, or, for a host's answer to a live session's
 * question, the session (that reason wins: a `session-answer` mail), but not its author nor members whose delivery
 * is `off`; an immediate mail job each, or the member's digest job of the day. Does nothing for an answer that is
 * not published (pending, hidden, deleted): approving a pending answer calls this again.
 */
export async function queueAnswerNotifications(tx: Queryable, answerId: string, at: Date): Promise<number> {
  const recipients = await tx.query<Recipient>(
    `SELECT DISTINCT ON (f.user_id) f.user_id, f.target AS reason, coalesce(s.delivery, 'immediate') AS delivery
     FROM answers a JOIN questions q ON q.id = a.question_id
     LEFT JOIN live_session_questions lq ON lq.question_id = q.id
     LEFT JOIN live_sessions ls ON ls.id = lq.session_id AND a.author_id = ANY (ls.host_ids)
     JOIN follows f ON f.following AND ((f.target = 'question' AND f.target_id = q.id) OR (f.target = 'category' AND f.target_id = q.category_id)
       OR (f.target = 'session' AND f.target_id = ls.id))
     LEFT JOIN notification_settings s ON s.user_id = f.user_id
     WHERE a.id = $1 AND a.state = 'published' AND q.state = 'published' AND f.user_id <> a.author_id
       AND coalesce(s.delivery, 'immediate') <> 'off'
       AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.user_id = f.user_id AND n.answer_id = a.id)
     ORDER BY f.user_id, f.target = 'session' DESC, f.target DESC`,
    [answerId],
  );
  return queue(tx, recipients, { column: 'answer_id', kind: 'answer', id: answerId }, at);
}

/**
 * Records a change of an idea's status (its history) and queues, in the caller's transaction, the notifications
 * of it: the idea's followers (its question's) and its author unless they unfollowed it, but not the staff member
 * who changed it nor members whose delivery is `off`. Nothing is queued for an idea that is not published.
 */
export async function recordIdeaStatusChange(
  tx: Queryable,
  change: { ideaId: string; status: string; note: string | null; by: string; at: Date },
): Promise<number> {
  const [row] = await tx.query<{ id: string }>(
    'INSERT INTO idea_status_changes (idea_id, status, note, changed_by, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id',
    [change.ideaId, change.status, change.note, change.by, change.at],
  );
  const recipients = await tx.query<Recipient>(
    `SELECT DISTINCT ON (r.user_id) r.user_id, r.reason, coalesce(s.delivery, 'immediate') AS delivery
     FROM questions q
     CROSS JOIN LATERAL (
       SELECT f.user_id, 'question' AS reason FROM follows f WHERE f.following AND f.target = 'question' AND f.target_id = q.id
       UNION ALL
       SELECT q.author_id, 'author'
       WHERE NOT EXISTS (SELECT 1 FROM follows f WHERE f.user_id = q.author_id AND f.target = 'question' AND f.target_id = q.id AND NOT f.following)
     ) r
     LEFT JOIN notification_settings s ON s.user_id = r.user_id
     WHERE q.id = $1 AND q.state = 'published' AND r.user_id <> $2 AND coalesce(s.delivery, 'immediate') <> 'off'
     ORDER BY r.user_id, r.reason = 'author' DESC`,
    [change.ideaId, change.by],
  );
  return queue(tx, recipients, { column: 'status_change_id', kind: 'idea-status', id: row.id }, change.at);
}
