import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The signature of an escalation webhook, as the care desk verifies it (server/README.md, "Escalation"):
 * `Majlis-Timestamp: <Unix seconds>` and `Majlis-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>">`
 * with the shared secret. The timestamp is signed too, so an old request replayed later is refused by its age.
 */
export const TIMESTAMP_HEADER = 'majlis-timestamp';
export const SIGNATURE_HEADER = 'majlis-signature';

export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * What a care desk runs on a webhook it received: true when `signature` is this body's and the timestamp is at most
 * `toleranceSeconds` from `now` (a constant-time comparison).
 */
export function verifyWebhook(
  secret: string,
  { timestamp, signature, body }: { timestamp: string; signature: string; body: string },
  now = Date.now(),
  toleranceSeconds = 300,
): boolean {
  const seconds = Number(timestamp);
  if (!Number.isInteger(seconds) || Math.abs(now / 1000 - seconds) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, seconds, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
