import type { Queryable } from '../db/database.js';

/** The UTC day of `at`, and the instant its digest is due (the next day's 00:00 UTC). */
export function digestDay(at: Date): { day: string; due: Date } {
  const day = at.toISOString().slice(0, 10);
  return { day, due: new Date(Date.parse(`${day}T00:00:00.000Z`) + 24 * 60 * 60 * 1000) };
}

/**
 * Queues the notifications of a newly published answer, in the caller's transaction (the request never waits for
 * a mail): one per member following its question or its category, but not its author nor members whose delivery is
 * `off`; an immediate mail job each, or the member's digest job of the day. Does nothing for an answer that is not
 * published (pending, hidden, deleted): approving a pending answer calls this again.
 */
export async function queueAnswerNotifications(tx: Queryable, answerId: string, at: Date): Promise<number> {
  const { day, due } = digestDay(at);
  const recipients = await tx.query<{ user_id: string; reason: 'question' | 'category'; delivery: 'immediate' | 'daily' }>(
    `SELECT DISTINCT ON (f.user_id) f.user_id, f.target AS reason, coalesce(s.delivery, 'immediate') AS delivery
     FROM answers a JOIN questions q ON q.id = a.question_id
     JOIN follows f ON f.following AND ((f.target = 'question' AND f.target_id = q.id) OR (f.target = 'category' AND f.target_id = q.category_id))
     LEFT JOIN notification_settings s ON s.user_id = f.user_id
     WHERE a.id = $1 AND a.state = 'published' AND q.state = 'published' AND f.user_id <> a.author_id
       AND coalesce(s.delivery, 'immediate') <> 'off'
       AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.user_id = f.user_id AND n.answer_id = a.id)
     ORDER BY f.user_id, f.target DESC`,
    [answerId],
  );
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
            `INSERT INTO mail_jobs (user_id, kind, created_at, run_at) VALUES ($1, 'answer', $2, $2) RETURNING id`,
            [recipient.user_id, at],
          );
    await tx.query(
      'INSERT INTO notifications (user_id, answer_id, reason, created_at, job_id) VALUES ($1, $2, $3, $4, $5)',
      [recipient.user_id, answerId, recipient.reason, at, (job).id],
    );
  }
  return recipients.length;
}
