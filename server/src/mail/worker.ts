import type { IdeaStatus } from '#majlis/core/idea-names.js';
import type { Database } from '../db/database.js';
import { QueueWorker, backoff } from '../jobs.js';
import type { Mailer } from './mailer.js';
import { composeMail } from './messages.js';
import type { MailItem } from './messages.js';
import { unsubscribeToken } from './unsubscribe.js';

export interface MailWorkerOptions {
  db: Database;
  mailer: Mailer;
  /** Signs the unsubscribe links (the server's token secret). */
  secret: string;
  /** The public address of the community page (`https://example.com/community`): question links are `#/questions/{id}`. */
  siteUrl: string;
  /** Where an idea's page is, `{id}` standing for its id; default its thread on the community page. */
  ideaUrl?: string | null;
  /** The public address of the API, for the unsubscribe links (`https://example.com/api`). */
  apiUrl: string;
  from: string;
  /** The mails' language when the member chose none. */
  language: string;
  /** Tries before giving up on a job; default 6. */
  maxAttempts?: number;
  /** The first wait after a failure, doubled for each further one; default 60 000 ms. */
  backoffMs?: number;
  /** How long a worker holds a job it took; default 120 000 ms. */
  leaseMs?: number;
  now?: () => Date;
  /** The address of a member without one (the development outbox: `<id>@members.invalid`); default none, no mail. */
  fallbackAddress?: (userId: string) => string;
  /** Told about a run that failed as a whole (the database was unreachable); the next run tries again. */
  onError?: (error: unknown) => void;
}

interface ClaimedJob {
  id: string;
  user_id: string;
  kind: 'answer' | 'idea-status' | 'session-answer' | 'digest';
  attempts: number;
  email: string | null;
  language: string | null;
}

/**
 * Sends the queued mails. Several workers (in one process or many) share the queue: each takes due jobs with
 * `SELECT … FOR UPDATE SKIP LOCKED` and holds them for a lease, so no two send one job; a failure is retried
 * after `backoffMs × 2^(attempts − 1)`, recording the attempts and the last error, until `maxAttempts`.
 */
export class MailWorker extends QueueWorker<MailWorkerOptions> {
  /** Takes up to `limit` due jobs and works them; returns how many mails were sent. */
  async runOnce(limit = 20): Promise<number> {
    const jobs = await this.claim(limit);
    let sent = 0;
    for (const job of jobs) if (await this.work(job)) sent++;
    return sent;
  }

  /** Works the queue every `intervalMs` until {@link stop}. */
  override start(intervalMs = 5_000): void {
    super.start(intervalMs);
  }

  private claim(limit: number): Promise<ClaimedJob[]> {
    const now = this.now();
    const lease = new Date(now.getTime() + (this.options.leaseMs ?? 120_000));
    return this.options.db.transaction((tx) =>
      tx.query<ClaimedJob>(
        `WITH due AS (
           SELECT id FROM mail_jobs
           WHERE status = 'queued' AND run_at <= $1 AND (locked_until IS NULL OR locked_until <= $1)
           ORDER BY run_at, id LIMIT ${Math.max(1, Math.floor(limit))}
           FOR UPDATE SKIP LOCKED)
         UPDATE mail_jobs j SET locked_until = $2, attempts = j.attempts + 1
         FROM due, users u LEFT JOIN notification_settings s ON s.user_id = u.id
         WHERE j.id = due.id AND u.id = j.user_id
         RETURNING j.id, j.user_id, j.kind, j.attempts, u.email, s.language`,
        [now, lease],
      ),
    );
  }

  /** What a job tells about that is still published, oldest first: answers, and changes of ideas' statuses. */
  private async items(jobId: string): Promise<MailItem[]> {
    const rows = await this.options.db.query<{
      question_id: string;
      title: string;
      author: string;
      body: string | null;
      status: string | null;
      session_title: string | null;
      first: boolean | null;
    }>(
      // A session's answer is its first when no host answered any of its questions earlier (published now).
      `SELECT * FROM (
         SELECT q.id AS question_id, q.title, u.name AS author, a.body, NULL AS status, a.created_at AS at, a.id AS item_id,
           ls.title AS session_title,
           CASE WHEN ls.id IS NOT NULL THEN NOT EXISTS (
             SELECT 1 FROM live_session_questions oq JOIN answers o ON o.question_id = oq.question_id
             WHERE oq.session_id = ls.id AND o.state = 'published' AND o.author_id = ANY (ls.host_ids)
               AND (o.created_at, o.id COLLATE "C") < (a.created_at, a.id COLLATE "C")) END AS first
         FROM notifications n JOIN answers a ON a.id = n.answer_id JOIN questions q ON q.id = a.question_id
         JOIN users u ON u.id = a.author_id
         LEFT JOIN live_session_questions lq ON n.reason = 'session' AND lq.question_id = q.id
         LEFT JOIN live_sessions ls ON ls.id = lq.session_id
         WHERE n.job_id = $1 AND a.state = 'published' AND q.state = 'published'
         UNION ALL
         SELECT q.id, q.title, u.name, c.note, c.status, c.created_at, c.id::text, NULL, NULL
         FROM notifications n JOIN idea_status_changes c ON c.id = n.status_change_id JOIN questions q ON q.id = c.idea_id
         JOIN users u ON u.id = c.changed_by
         WHERE n.job_id = $1 AND q.state = 'published'
       ) items ORDER BY at, item_id`,
      [jobId],
    );
    const site = this.options.siteUrl.replace(/\/+$/, '');
    const questionUrl = (id: string) => `${site}#/questions/${encodeURIComponent(id)}`;
    const ideaUrl = (id: string) => this.options.ideaUrl?.replaceAll('{id}', encodeURIComponent(id)) ?? questionUrl(id);
    const excerpt = (text: string) => (text.length > 500 ? `${text.slice(0, 500)}…` : text);
    return rows.map((row): MailItem => {
      if (row.status === null) {
        const answer = { questionTitle: row.title, questionUrl: questionUrl(row.question_id), author: row.author, excerpt: excerpt(row.body ?? '') };
        return row.session_title === null
          ? { kind: 'answer', ...answer }
          : { kind: 'session-answer', ...answer, sessionTitle: row.session_title, first: row.first === true };
      }
      return { kind: 'idea-status', ideaTitle: row.title, ideaUrl: ideaUrl(row.question_id), status: row.status as IdeaStatus, by: row.author, note: row.body === null ? null : excerpt(row.body) };
    });
  }

  private async finish(job: ClaimedJob, status: 'done' | 'failed', error: string | null): Promise<void> {
    await this.options.db.query(
      `UPDATE mail_jobs SET status = $2, last_error = $3, finished_at = $4, locked_until = NULL WHERE id = $1`,
      [job.id, status, error, this.now()],
    );
  }

  private async work(job: ClaimedJob): Promise<boolean> {
    const items = await this.items(job.id);
    // Nothing left to tell (the answers or the idea were hidden meanwhile), or nowhere to send it: done, without a mail.
    if (items.length === 0) return this.finish(job, 'done', null).then(() => false);
    const to = job.email ?? this.options.fallbackAddress?.(job.user_id) ?? null;
    if (to === null) return this.finish(job, 'done', 'The member has no e-mail address').then(() => false);
    const { apiUrl, secret, from } = this.options;
    const token = unsubscribeToken(job.user_id, secret);
    const unsubscribeUrl = `${apiUrl.replace(/\/+$/, '')}/unsubscribe?token=${encodeURIComponent(token)}`;
    const mail = composeMail(job.language ?? this.options.language, items, unsubscribeUrl, job.kind === 'digest');
    try {
      await this.options.mailer.send({
        to,
        from,
        ...mail,
        headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (job.attempts >= (this.options.maxAttempts ?? 6)) {
        await this.finish(job, 'failed', message);
      } else {
        const wait = backoff(this.options.backoffMs ?? 60_000, job.attempts);
        await this.options.db.query(
          'UPDATE mail_jobs SET last_error = $2, run_at = $3, locked_until = NULL WHERE id = $1',
          [job.id, message, new Date(this.now().getTime() + wait)],
        );
      }
      return false;
    }
    await this.finish(job, 'done', null);
    return true;
  }
}
