import { MajlisError } from '#majlis/core/adapter.js';
import { page } from '#majlis/core/contract/entities.js';
import { DOCS, enumOf, integer, nullable, object, optional, string } from '#majlis/core/contract/schema.js';
import type { Infer } from '#majlis/core/contract/schema.js';
import type { Queryable } from '../db/database.js';
import type { Actor } from '../repository/viewer.js';

/** The delivery log of escalation webhooks (`GET /escalations/deliveries`, staff only), newest first. */

export const EscalationDelivery = object(
  {
    id: string({ description: DOCS && 'The attempt’s id; pages go on from it.' }),
    questionId: string({ minLength: 1 }),
    attempt: integer({ minimum: 1, description: DOCS && 'Which attempt for this question (1 for the first).' }),
    at: string({ format: 'date-time' }),
    httpStatus: nullable(integer(), { description: DOCS && "The care desk's HTTP status; null when it did not answer (network error, timeout)." }),
    error: nullable(string()),
    durationMs: integer({ minimum: 0 }),
    outcome: enumOf(['delivered', 'retry', 'failed'] as const, {
      description: DOCS && '`delivered` (2xx), `retry` (tried again after a backoff), `failed` (the last attempt failed).',
    }),
  },
  { description: DOCS && 'One attempt to deliver an escalation webhook to the care desk.' },
);
export const EscalationDeliveryPage = page(EscalationDelivery);
export const EscalationDeliveryQuery = object({
  questionId: optional(string({ minLength: 1, description: DOCS && "One question's attempts only." })),
  cursor: optional(nullable(string({ description: DOCS && "Opaque cursor from a previous page's `nextCursor`." }))),
  limit: optional(integer({ minimum: 1, maximum: 100, description: DOCS && 'Page size, 1…100. Default 20.' })),
});

type Delivery = Infer<typeof EscalationDelivery>;
type Query = Infer<typeof EscalationDeliveryQuery>;

interface Row {
  id: string;
  question_id: string;
  attempt: number;
  at: Date;
  http_status: number | null;
  error: string | null;
  duration_ms: number;
  outcome: Delivery['outcome'];
}

export async function listEscalationDeliveries(db: Queryable, actor: Actor, query: Query): Promise<{ items: Delivery[]; nextCursor: string | null }> {
  if (actor?.role !== 'staff') throw new MajlisError('forbidden', 'Only staff read the escalation log');
  const limit = query.limit ?? 20;
  const before = query.cursor ? Number(query.cursor) : null;
  if (before !== null && !Number.isSafeInteger(before)) throw new MajlisError('invalid', 'cursor is not a cursor of this log', { field: 'cursor' });
  const rows = await db.query<Row>(
    `SELECT id::text AS id, question_id, attempt, at, http_status, error, duration_ms, outcome FROM escalation_deliveries
     WHERE ($1::bigint IS NULL OR id < $1) AND ($2::text IS NULL OR question_id = $2)
     ORDER BY id DESC LIMIT $3`,
    [before, query.questionId ?? null, limit + 1],
  );
  const items = rows.slice(0, limit).map((row) => ({
    id: row.id,
    questionId: row.question_id,
    attempt: row.attempt,
    at: new Date(row.at).toISOString(),
    httpStatus: row.http_status,
    error: row.error,
    durationMs: row.duration_ms,
    outcome: row.outcome,
  }));
  return { items, nextCursor: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
}
