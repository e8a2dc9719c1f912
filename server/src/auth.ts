import { createHmac, timingSafeEqual } from 'node:crypto';
import { MajlisError } from '#majlis/core/adapter.js';
import { codePointName, findControlCharacter, stripBidiControls } from '#majlis/core/contract/text.js';
import { ROLES } from '#majlis/core/types.js';
import type { Role } from '#majlis/core/types.js';

/**
 * What the host site says about the signed-in member, in an HS256 JSON Web Token signed with the shared secret
 * (MAJLIS_TOKEN_SECRET). `name` and `role` update the member's record; absent, the record keeps its values
 * (a new member gets the id as name and the role `member`).
 */
export interface TokenClaims {
  /** The member's id on the host site. */
  sub: string;
  name?: string;
  role?: Role;
  /** Where notification mails go (issue 14); kept on the member's record. */
  email?: string;
  /** Expiry, in seconds since the epoch. Required, and at most the policy's `maxAgeSeconds` away. */
  exp: number;
  iat?: number;
  /** The host site that signed it; checked when the server is configured with an issuer. */
  iss?: string;
  /** Who it is for; checked (one of them, for a list) when the server is configured with an audience. */
  aud?: string | string[];
}

/** What a token must satisfy besides its signature (MAJLIS_TOKEN_* settings). */
export interface TokenPolicy {
  secret: string;
  /** The longest time to expiry accepted, in seconds: a leaked long-lived token stays a short-lived risk. */
  maxAgeSeconds: number;
  issuer?: string | null;
  audience?: string | null;
}

const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

function base64url(text: string | Buffer): string {
  return Buffer.from(text).toString('base64url');
}

function signature(content: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(content).digest();
}

/** A signed token for `claims`. Hosts do the same with any JWT library (HS256). */
export function signToken(claims: TokenClaims, secret: string): string {
  const content = `${HEADER}.${base64url(JSON.stringify(claims))}`;
  return `${content}.${signature(content, secret).toString('base64url')}`;
}

function refuse(reason: string): never {
  throw new MajlisError('unauthenticated', `The bearer token is not valid: ${reason}`);
}

function decodePart(part: string, what: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through
  }
  return refuse(`its ${what} is not a JSON object`);
}

/** A claim that names something: text without control characters (PostgreSQL cannot store U+0000). */
function claimText(claims: Record<string, unknown>, claim: string): string | undefined {
  const value = claims[claim];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') refuse(`the claim "${claim}" must be non-empty text`);
  const control = findControlCharacter(value);
  if (control !== null) refuse(`the claim "${claim}" contains the control character ${codePointName(control.codePoint)}`);
  return value;
}

/** The claims of a token this server can trust, or an `unauthenticated` MajlisError saying why not. */
export function verifyToken(token: string, policy: TokenPolicy, nowMs = Date.now()): TokenClaims {
  const parts = token.split('.');
  if (parts.length !== 3) refuse('expected a JSON Web Token (header.payload.signature)');
  const [header = '', payload = '', signed = ''] = parts;
  if (decodePart(header, 'header').alg !== 'HS256') refuse('only HS256 tokens are accepted');
  const expected = signature(`${header}.${payload}`, policy.secret);
  const actual = Buffer.from(signed, 'base64url');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) refuse('the signature does not match');
  const claims = decodePart(payload, 'payload');
  const { role, exp, aud } = claims;
  const sub = claimText(claims, 'sub') ?? refuse('the claim "sub" must be non-empty text');
  const name = claimText(claims, 'name');
  const email = claimText(claims, 'email')?.trim();
  if (email !== undefined && !/^[^\s@]+@[^\s@]+$/.test(email)) refuse('the claim "email" must be an e-mail address');
  if (typeof exp !== 'number' || !Number.isFinite(exp)) refuse('the claim "exp" must be a number of seconds');
  if (exp * 1000 <= nowMs) refuse('it has expired');
  if (exp * 1000 - nowMs > policy.maxAgeSeconds * 1000) {
    refuse(`it expires more than ${policy.maxAgeSeconds} s from now (MAJLIS_TOKEN_MAX_AGE_SECONDS)`);
  }
  if (policy.issuer && claims.iss !== policy.issuer) refuse(`the claim "iss" must be ${JSON.stringify(policy.issuer)}`);
  if (policy.audience && !(Array.isArray(aud) ? aud : [aud]).includes(policy.audience)) {
    refuse(`the claim "aud" must be or include ${JSON.stringify(policy.audience)}`);
  }
  if (role !== undefined && !ROLES.includes(role as Role)) refuse(`the claim "role" must be one of ${ROLES.join(', ')}`);
  // A name is shown to everyone: bidi overrides could make it read as someone else's.
  const shownName = name === undefined ? '' : stripBidiControls(name).trim();
  if (name !== undefined && shownName === '') refuse('the claim "name" must be non-empty text');
  return {
    sub,
    exp,
    ...(name === undefined ? {} : { name: shownName }),
    ...(role === undefined ? {} : { role: role as Role }),
    ...(email === undefined ? {} : { email }),
  };
}

/** The token of an `Authorization: Bearer …` header; null without the header. */
export function bearerToken(header: string | undefined): string | null {
  if (header === undefined || header.trim() === '') return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? refuse('expected the header "Authorization: Bearer <token>"');
}
