import type { RecognitionRules, Role, User, UserProfile } from '#majlis/core/types.js';
import type { Queryable } from '../db/database.js';
import { notFound } from '../errors.js';
import { badgesOf } from './recognition.js';
import { userJson } from './sql.js';
import { userOf } from './views.js';
import type { Actor, Reader } from './viewer.js';
import { isStaff } from './viewer.js';
import { suspensionOf } from './suspensions.js';

type UserJson = Parameters<typeof userOf>[0];

export async function findUser(db: Queryable, id: string): Promise<User | null> {
  const [row] = await db.query<{ user: UserJson }>(`SELECT ${userJson('u')} AS user FROM users u WHERE u.id = $1`, [id]);
  return row === undefined ? null : userOf(row.user);
}

/**
 * A member's profile. Posts that are deleted or pending are not counted; a suspension in force is shown to
 * moderators and staff and to the member (`suspension`), null otherwise.
 */
export async function getUser(db: Queryable, rules: RecognitionRules, reader: Reader, id: string): Promise<UserProfile> {
  const [row] = await db.query<{ user: UserJson; stats: UserProfile['stats']; rank: number }>(
    `SELECT ${userJson('u')} AS user,
       json_build_object(
         'questions', (SELECT count(*) FROM questions WHERE author_id = u.id AND state IN ('published', 'hidden')),
         'answers', (SELECT count(*) FROM answers WHERE author_id = u.id AND state IN ('published', 'hidden')),
         'acceptedAnswers', (SELECT count(*) FROM answers WHERE author_id = u.id AND accepted AND state <> 'deleted'),
         'kudosReceived', (SELECT coalesce(sum(vote_count), 0) FROM questions WHERE author_id = u.id AND state <> 'deleted')
           + (SELECT coalesce(sum(vote_count), 0) FROM answers WHERE author_id = u.id AND state <> 'deleted')
       ) AS stats,
       (SELECT count(*)::int + 1 FROM users other
         WHERE greatest(0, other.reputation) > greatest(0, u.reputation)
            OR (greatest(0, other.reputation) = greatest(0, u.reputation) AND other.id < u.id)) AS rank
     FROM users u WHERE u.id = $1`,
    [id],
  );
  if (row === undefined) throw notFound('user', id);
  const badges = (await badgesOf(db, rules, [id])).get(id) ?? [];
  const suspension = reader.actor?.id === id || isStaff(reader.actor) ? await suspensionOf(db, id, reader.now) : null;
  return { ...userOf(row.user), stats: row.stats, rank: row.rank, suspension, badges };
}

export interface Identity {
  id: string;
  name?: string;
  role?: Role;
  email?: string;
}

/**
 * The member a verified token names, created on first sight (the host site owns identity) and updated when the
 * token's name or role changed. Written only when something changed, so reads do not lock the row.
 */
export async function identify(db: Queryable, identity: Identity, now: Date = new Date()): Promise<NonNullable<Actor>> {
  const [known] = await db.query<{ name: string; role: Role; email: string | null; suspended: boolean }>(
    `SELECT name, role, email, EXISTS (SELECT 1 FROM suspensions s WHERE s.user_id = users.id AND s.lifted_at IS NULL
       AND (s.until IS NULL OR s.until > $2)) AS suspended
     FROM users WHERE id = $1`,
    [identity.id, now],
  );
  const name = identity.name ?? known?.name ?? identity.id;
  const role = identity.role ?? known?.role ?? 'member';
  const email = identity.email ?? known?.email ?? null;
  if (known === undefined || known.name !== name || known.role !== role || known.email !== email) {
    await db.query(
      `INSERT INTO users (id, name, role, joined_at, email) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, role = excluded.role, email = excluded.email`,
      [identity.id, name, role, new Date(), email],
    );
  }
  return { id: identity.id, role, suspended: known?.suspended === true };
}

/** Every member, for the development sign-in picker. */
export async function listUsers(db: Queryable): Promise<User[]> {
  const rows = await db.query<{ user: UserJson }>(`SELECT ${userJson('u')} AS user FROM users u ORDER BY u.id`);
  return rows.map((row) => userOf(row.user));
}
