import type { AuditAction, AuditEntry, AuditQuery, ModerationTarget, Page } from '#majlis/core/types.js';
import type { Queryable } from '../db/database.js';
import { readPage } from './paging.js';
import { Params, iso, userJson } from './sql.js';
import { userOf } from './views.js';
import type { Reader } from './viewer.js';
import { moderator } from './viewer.js';

/*
 * The audit log: one row per moderator action, auto-hide, edit and author delete, written by the repository in the
 * transaction of the change it records (so there is never a change without its line, nor a line without its change).
 */

type UserJson = Parameters<typeof userOf>[0];

export interface AuditLine {
  actorId: string | null;
  action: AuditAction;
  target: ModerationTarget;
  targetId: string;
  questionId: string | null;
  reason?: string | null;
  details?: Record<string, string>;
  at: Date;
}

interface AuditRow {
  id: string;
  actor: UserJson | null;
  action: AuditAction;
  target: ModerationTarget;
  target_id: string;
  question_id: string | null;
  reason: string | null;
  details: Record<string, string>;
  created_at: Date;
}

const selectAudit = (source: string, extra: readonly string[] = []) => `SELECT l.seq::text AS id, l.action, l.target,
    l.target_id, l.question_id, l.reason, l.details, l.created_at,
    CASE WHEN u.id IS NULL THEN NULL ELSE ${userJson('u')} END AS actor${extra.map((key) => `, ${key.includes(' ') ? key : `l.${key}`}`).join('')}
  FROM ${source} l LEFT JOIN users u ON u.id = l.actor_id`;

function entryOf(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    actor: row.actor === null ? null : userOf(row.actor),
    action: row.action,
    target: row.target,
    targetId: row.target_id,
    questionId: row.question_id,
    reason: row.reason,
    details: row.details,
    createdAt: iso(row.created_at),
  };
}

/** Writes one line (in the caller's transaction) and returns it as an entry. */
export async function writeAudit(tx: Queryable, line: AuditLine): Promise<AuditEntry> {
  const [row] = await tx.query<AuditRow>(
    `WITH l AS (
       INSERT INTO audit_log (actor_id, action, target, target_id, question_id, reason, details, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7::json, $8) RETURNING *
     ) ${selectAudit('l')}`,
    [
      line.actorId,
      line.action,
      line.target,
      line.targetId,
      line.questionId,
      line.reason ?? null,
      JSON.stringify(line.details ?? {}),
      line.at,
    ],
  );
  return entryOf(row);
}

/** The audit log, newest first, optionally about one post or member, or by one actor (moderators only: routes). */
export async function listAuditLog(db: Queryable, reader: Reader, query: AuditQuery): Promise<Page<AuditEntry>> {
  moderator(reader.actor);
  const params = new Params();
  const where = ['true'];
  if (query.targetId !== undefined) where.push(`l.target_id = ${params.add(query.targetId)}`);
  if (query.actorId !== undefined) where.push(`l.actor_id = ${params.add(query.actorId)}`);
  return readPage<AuditRow & { id: string }, AuditEntry>(db, {
    candidates: `(SELECT l.*, l.seq::text COLLATE "C" AS id FROM audit_log l WHERE ${where.join(' AND ')}) AS c`,
    ordering: { name: 'audit/newest', keys: ['-c.seq::float8'] },
    // The viewer's parameter is unused here but bound: it is named once.
    view: { select: (source, viewer, extra) => selectAudit(source, [...extra, `${viewer}::text AS viewer`]), build: entryOf },
    reader,
    params,
    query,
  });
}
