import { CARE_ROLES } from '#majlis/core/contract/care.js';
import type { Database, Queryable } from '../db/database.js';
import { QueueWorker, backoff } from '../jobs.js';
import type { EscalationConfig } from './config.js';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, signWebhook } from './signature.js';

const HOUR = 3_600_000;

/** The JSON body of an escalation webhook (`type` names the event; more may come). */
export interface EscalationPayload {
  type: 'question.unanswered';
  questionId: string;
  title: string;
  categoryId: string;
  language: string;
  askedAt: string;
  /** The hours without an answer by staff or an expert that escalated it (its category's). */
  hours: number;
  url: string;
  escalatedAt: string;
}

interface ClaimedEscalation {
  question_id: string;
  attempts: number;
  title: string;
  category_id: string;
  language: string;
  asked_at: Date;
}

export interface EscalationWorkerOptions {
  db: Database;
  config: EscalationConfig;
  now?: () => Date;
  /** Sends a request (default `fetch`): tests give the care desk's answers. */
  fetch?: typeof fetch;
  /** How long a worker holds an escalation it took; default 120 000 ms. */
  leaseMs?: number;
  onError?: (error: unknown) => void;
}

/** SQL: whether question `q` has a published answer by staff or an expert. */
const HAS_EXPERT_ANSWER = `EXISTS (SELECT 1 FROM answers a JOIN users u ON u.id = a.author_id
  WHERE a.question_id = q.id AND a.state = 'published' AND u.role = ANY ($ROLES::text[]))`;

/** The hours a question of `categoryId` waits for an expert answer before it escalates, or null: it never does. */
export function escalationHours(config: EscalationConfig, categoryId: string): number | null {
  return config.hours[categoryId] ?? config.hours.default ?? null;
}

/**
 * Escalates unanswered questions to the care desk. Each run queues the published, unlocked questions not handed to
 * customer care (`hand-to-care`: the care desk already has them) whose category's
 * hours ran out (within the lookback) without an answer by staff or an expert, once per question, then delivers the
 * due ones as signed webhooks: several workers share the queue as the mail worker does (`SELECT … FOR UPDATE SKIP
 * LOCKED`, leases, `backoff`), each attempt written to `escalation_deliveries`. A question answered meanwhile is
 * not sent (`answered`), nor one handed to customer care meanwhile (`handed-off`).
 */
export class EscalationWorker extends QueueWorker<EscalationWorkerOptions> {
  /** Queues what is due, then delivers up to `limit` escalations; returns how many the care desk accepted. */
  async runOnce(limit = 20): Promise<number> {
    await this.enqueue();
    let delivered = 0;
    for (const job of await this.claim(limit)) if (await this.deliver(job)) delivered++;
    return delivered;
  }

  /** Works the queue every `intervalMs` (default: the configuration's) until {@link stop}. */
  override start(intervalMs = this.options.config.intervalMs): void {
    super.start(intervalMs);
  }

  /** Queues the questions whose hours ran out; returns their ids. */
  async enqueue(): Promise<string[]> {
    const { hours, lookbackHours } = this.options.config;
    const now = this.now();
    const deadline = `(q.created_at + coalesce($2::jsonb ->> q.category_id, $2::jsonb ->> 'default')::float8 * interval '1 hour')`;
    const rows = await this.options.db.query<{ question_id: string }>(
      `INSERT INTO escalations (question_id, run_at, created_at)
       SELECT q.id, $1, $1 FROM questions q
       WHERE q.state = 'published' AND q.status <> 'locked' AND q.handoff_at IS NULL
         AND coalesce($2::jsonb ->> q.category_id, $2::jsonb ->> 'default') IS NOT NULL
         AND ${deadline} <= $1 AND ${deadline} > $3
         AND NOT ${HAS_EXPERT_ANSWER.replace('$ROLES', '$4')}
       ON CONFLICT (question_id) DO NOTHING
       RETURNING question_id`,
      [now, JSON.stringify(hours), new Date(now.getTime() - lookbackHours * HOUR), [...CARE_ROLES]],
    );
    return rows.map((row) => row.question_id);
  }

  private claim(limit: number): Promise<ClaimedEscalation[]> {
    const now = this.now();
    const lease = new Date(now.getTime() + (this.options.leaseMs ?? 120_000));
    return this.options.db.transaction((tx) =>
      tx.query<ClaimedEscalation>(
        `WITH due AS (
           SELECT question_id FROM escalations
           WHERE status = 'queued' AND run_at <= $1 AND (locked_until IS NULL OR locked_until <= $1)
           ORDER BY run_at, question_id LIMIT ${Math.max(1, Math.floor(limit))}
           FOR UPDATE SKIP LOCKED)
         UPDATE escalations e SET locked_until = $2, attempts = e.attempts + 1
         FROM due, questions q
         WHERE e.question_id = due.question_id AND q.id = e.question_id
         RETURNING e.question_id, e.attempts, q.title, q.category_id, q.language, q.created_at AS asked_at`,
        [now, lease],
      ),
    );
  }

  private async finish(db: Queryable, questionId: string, status: string, error: string | null, runAt?: Date): Promise<void> {
    await db.query(
      `UPDATE escalations SET status = $2, last_error = $3, locked_until = NULL,
         run_at = coalesce($4, run_at), finished_at = CASE WHEN $2 = 'queued' THEN NULL ELSE $5::timestamptz END
       WHERE question_id = $1`,
      [questionId, status, error, runAt ?? null, this.now()],
    );
  }

  private async deliver(job: ClaimedEscalation): Promise<boolean> {
    const { db, config } = this.options;
    const [answered] = await db.query(`SELECT 1 FROM questions q WHERE q.id = $1 AND ${HAS_EXPERT_ANSWER.replace('$ROLES', '$2')}`, [
      job.question_id,
      [...CARE_ROLES],
    ]);
    if (answered !== undefined) return this.finish(db, job.question_id, 'answered', null).then(() => false);
    const [handedOff] = await db.query('SELECT 1 FROM questions WHERE id = $1 AND handoff_at IS NOT NULL', [job.question_id]);
    if (handedOff !== undefined) return this.finish(db, job.question_id, 'handed-off', null).then(() => false);
    const now = this.now();
    const payload: EscalationPayload = {
      type: 'question.unanswered',
      questionId: job.question_id,
      title: job.title,
      categoryId: job.category_id,
      language: job.language,
      askedAt: new Date(job.asked_at).toISOString(),
      hours: escalationHours(config, job.category_id) ?? 0,
      url: `${config.siteUrl.replace(/\/+$/, '')}#/questions/${encodeURIComponent(job.question_id)}`,
      escalatedAt: now.toISOString(),
    };
    const body = JSON.stringify(payload);
    const timestamp = Math.floor(now.getTime() / 1000);
    const started = Date.now();
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await (this.options.fetch ?? fetch)(config.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [TIMESTAMP_HEADER]: String(timestamp),
          [SIGNATURE_HEADER]: signWebhook(config.secret, timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(config.timeoutMs),
      });
      status = response.status;
      if (!response.ok) error = `The care desk answered ${response.status}`;
    } catch (failure) {
      error = failure instanceof Error ? failure.message : String(failure);
    }
    const outcome = error === null ? 'delivered' : job.attempts >= config.maxAttempts ? 'failed' : 'retry';
    await db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO escalation_deliveries (question_id, attempt, at, http_status, error, duration_ms, outcome)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [job.question_id, job.attempts, now, status, error, Date.now() - started, outcome],
      );
      if (outcome === 'retry') {
        await this.finish(tx, job.question_id, 'queued', error, new Date(now.getTime() + backoff(config.backoffMs, job.attempts)));
      } else await this.finish(tx, job.question_id, outcome, error);
    });
    return outcome === 'delivered';
  }
}
