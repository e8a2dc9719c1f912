import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../db/database.js';

/**
 * One-click unsubscribe tokens: `<member id, base64url>.<HMAC-SHA256, base64url>` signed with the server's secret,
 * so a link works without signing in and cannot be made for another member.
 */
function mac(payload: string, secret: string): string {
  return createHmac('sha256', `majlis-unsubscribe:${secret}`).update(payload).digest('base64url');
}

export function unsubscribeToken(userId: string, secret: string): string {
  const payload = Buffer.from(userId, 'utf8').toString('base64url');
  return `${payload}.${mac(payload, secret)}`;
}

/** The member a token was made for, or null when it is malformed or tampered with. */
export function verifyUnsubscribeToken(token: string, secret: string): string | null {
  const [payload, signature, extra] = token.split('.');
  if (payload === undefined || signature === undefined || extra !== undefined || payload === '') return null;
  const expected = Buffer.from(mac(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return Buffer.from(payload, 'base64url').toString('utf8');
}

/** One-click unsubscribe: the member's delivery becomes `off`; their mail language, or null for a bad token. */
export async function unsubscribe(db: Queryable, token: string, secret: string): Promise<{ language: string | null } | null> {
  const userId = verifyUnsubscribeToken(token, secret);
  if (userId === null) return null;
  const [row] = await db.query<{ language: string | null }>(
    `INSERT INTO notification_settings (user_id, delivery) SELECT id, 'off' FROM users WHERE id = $1
     ON CONFLICT (user_id) DO UPDATE SET delivery = 'off' RETURNING language`,
    [userId],
  );
  return row === undefined ? null : { language: row.language };
}
