import { MajlisError } from '#majlis/core/adapter.js';
import { decodeCursor, encodeCursor } from '#majlis/core/contract/cursor.js';
import { pageSize } from '#majlis/core/contract/input.js';
import type {
  Follow,
  FollowQuery,
  FollowState,
  FollowTarget,
  NotificationSettings,
  NotificationSettingsInput,
  Page,
  PostState,
} from '#majlis/core/types.js';
import type { Database, Queryable } from '../db/database.js';
import { notFound } from '../errors.js';
import { readLanguage } from '../validation.js';
import { iso, ms } from './sql.js';
import type { Actor, Reader } from './viewer.js';
import { seesAsIs } from './viewer.js';

/*
 * Following (capability `follow`, rules in src/core/contract/follow.ts): follows and remembered unfollows
 * (migration 006), the viewer's list, and notification settings. Any signed-in member may follow, suspended ones
 * too: following writes nothing others see.
 */

function signedIn(actor: Actor): NonNullable<Actor> {
  if (actor === null) throw new MajlisError('unauthenticated', 'Sign in first: following needs a member');
  return actor;
}

/** The target exists and the actor may see it (a pending question only its author and moderators), else not found. */
async function requireTarget(db: Queryable, actor: Actor, target: FollowTarget, id: string): Promise<void> {
  if (target === 'category') {
    if ((await db.query('SELECT 1 FROM categories WHERE id = $1', [id])).length === 0) throw notFound('category', id);
    return;
  }
  if (target === 'session') {
    if ((await db.query('SELECT 1 FROM live_sessions WHERE id = $1', [id])).length === 0) throw notFound('live session', id);
    return;
  }
  const [question] = await db.query<{ author_id: string; state: PostState }>(
    'SELECT author_id, state FROM questions WHERE id = $1',
    [id],
  );
  if (question === undefined || (question.state === 'pending' && !seesAsIs(actor, question.author_id))) {
    throw notFound('question', id);
  }
}

async function stateOf(db: Queryable, userId: string, target: FollowTarget, id: string): Promise<FollowState> {
  const [row] = await db.query<{ following: boolean; created_at: Date }>(
    'SELECT following, created_at FROM follows WHERE user_id = $1 AND target = $2 AND target_id = $3',
    [userId, target, id],
  );
  const following = row?.following === true;
  return { target, id, following, followedAt: following && row !== undefined ? iso(row.created_at) : null };
}

/** Follows or unfollows; setting the state it already has changes nothing (its time stays). */
export async function follow(db: Database, reader: Reader, target: FollowTarget, id: string, following: boolean): Promise<FollowState> {
  const actor = signedIn(reader.actor);
  return db.transaction(async (tx) => {
    await requireTarget(tx, actor, target, id);
    await tx.query(
      `INSERT INTO follows (user_id, target, target_id, following, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (user_id, target, target_id) DO UPDATE SET following = EXCLUDED.following, created_at = EXCLUDED.created_at
       WHERE follows.following <> EXCLUDED.following`,
      [actor.id, target, id, following, reader.now],
    );
    return stateOf(tx, actor.id, target, id);
  });
}

/** Asking or answering follows the question, unless the member followed or unfollowed it before. */
export async function autoFollow(tx: Queryable, userId: string, questionId: string, at: Date): Promise<void> {
  await tx.query(
    `INSERT INTO follows (user_id, target, target_id, following, created_at) VALUES ($1, 'question', $2, true, $3)
     ON CONFLICT DO NOTHING`,
    [userId, questionId, at],
  );
}

const ORDER = { name: 'follows/newest', keyLength: 1 };

/** What the viewer follows, most recently followed first; questions they may not see are left out. */
export async function listFollows(db: Queryable, reader: Reader, query: FollowQuery): Promise<Page<Follow>> {
  const actor = signedIn(reader.actor);
  const limit = pageSize(query.limit);
  const after = query.cursor === undefined || query.cursor === null ? null : decodeCursor(query.cursor, ORDER);
  // Hidden and deleted questions are named as their placeholder (an empty title) unless the viewer sees them as is.
  const staff = actor.role === 'staff' || actor.role === 'moderator';
  const rows = await db.query<{ target: FollowTarget; target_id: string; name: string; created_at: Date; k0: number; key: string; total: number }>(
    `WITH listed AS (
       SELECT f.target, f.target_id, f.created_at, -${ms('f.created_at')} AS k0, f.target || ':' || f.target_id AS key,
         CASE WHEN f.target = 'category' THEN c.name WHEN f.target = 'session' THEN ls.title
           WHEN q.state = 'published' OR q.author_id = $1 OR $2 THEN q.title ELSE '' END AS name
       FROM follows f
       LEFT JOIN categories c ON f.target = 'category' AND c.id = f.target_id
       LEFT JOIN live_sessions ls ON f.target = 'session' AND ls.id = f.target_id
       LEFT JOIN questions q ON f.target = 'question' AND q.id = f.target_id
       WHERE f.user_id = $1 AND f.following AND ($3::text IS NULL OR f.target = $3)
         AND (c.id IS NOT NULL OR ls.id IS NOT NULL OR (q.id IS NOT NULL AND (q.state <> 'pending' OR q.author_id = $1 OR $2))))
     SELECT *, (SELECT count(*)::int FROM listed) AS total FROM listed
     WHERE $4::float8 IS NULL OR ROW(k0, key COLLATE "C") > ROW($4::float8, $5::text COLLATE "C")
     ORDER BY k0, key COLLATE "C" LIMIT ${limit + 1}`,
    [actor.id, staff, query.target ?? null, after?.key[0] ?? null, after?.id ?? null],
  );
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const total = rows[0]?.total ?? (after === null ? 0 : await countFollows(db, actor.id, query.target ?? null));
  return {
    items: items.map((row) => ({ target: row.target, id: row.target_id, name: row.name, followedAt: iso(row.created_at) })),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(ORDER, { key: [last.k0], id: last.key }) : null,
    total,
  };
}

async function countFollows(db: Queryable, userId: string, target: FollowTarget | null): Promise<number> {
  const [row] = await db.query<{ total: number }>(
    'SELECT count(*)::int AS total FROM follows WHERE user_id = $1 AND following AND ($2::text IS NULL OR target = $2)',
    [userId, target],
  );
  return row?.total ?? 0;
}

export const DEFAULT_NOTIFICATIONS: Readonly<NotificationSettings> = Object.freeze({ delivery: 'immediate', language: null });

export async function notificationSettings(db: Queryable, userId: string): Promise<NotificationSettings> {
  const [row] = await db.query<NotificationSettings>(
    'SELECT delivery, language FROM notification_settings WHERE user_id = $1',
    [userId],
  );
  return row === undefined ? { ...DEFAULT_NOTIFICATIONS } : { delivery: row.delivery, language: row.language };
}

export async function getNotificationSettings(db: Queryable, reader: Reader): Promise<NotificationSettings> {
  return notificationSettings(db, signedIn(reader.actor).id);
}

export async function setNotificationSettings(
  db: Database,
  reader: Reader,
  input: NotificationSettingsInput,
): Promise<NotificationSettings> {
  const actor = signedIn(reader.actor);
  const language = input.language === undefined || input.language === null ? input.language : readLanguage(input.language);
  return db.transaction(async (tx) => {
    const current = await notificationSettings(tx, actor.id);
    const settings: NotificationSettings = {
      delivery: input.delivery ?? current.delivery,
      language: language === undefined ? current.language : language,
    };
    await tx.query(
      `INSERT INTO notification_settings (user_id, delivery, language) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET delivery = EXCLUDED.delivery, language = EXCLUDED.language`,
      [actor.id, settings.delivery, settings.language],
    );
    return settings;
  });
}
