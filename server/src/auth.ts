import { createHmac, timingSafeEqual } from 'node:crypto';
import { MajlisError } from '#majlis/core/adapter.js';
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
  /** Expiry, in seconds since the epoch. Required. */
  exp: number;
  iat?: number;
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

/** The claims of a token this server can trust, or an `unauthenticated` MajlisError saying why not. */
export function verifyToken(token: string, secret: string, nowMs = Date.now()): TokenClaims {
  const parts = token.split('.');
  if (parts.length !== 3) refuse('expected a JSON Web Token (header.payload.signature)');
  const [header = '', payload = '', signed = ''] = parts;
  if (decodePart(header, 'header').alg !== 'HS256') refuse('only HS256 tokens are accepted');
  const expected = signature(`${header}.${payload}`, secret);
  const actual = Buffer.from(signed, 'base64url');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) refuse('the signature does not match');
  const claims = decodePart(payload, 'payload');
  const { sub, name, role, exp } = claims;
  if (typeof sub !== 'string' || sub === '') refuse('the claim "sub" must be a non-empty string');
  if (typeof exp !== 'number' || !Number.isFinite(exp)) refuse('the claim "exp" must be a number of seconds');
  if (exp * 1000 <= nowMs) refuse('it has expired');
  if (name !== undefined && (typeof name !== 'string' || name.trim() === '')) refuse('the claim "name" must be text');
  if (role !== undefined && !ROLES.includes(role as Role)) refuse(`the claim "role" must be one of ${ROLES.join(', ')}`);
  return {
    sub,
    exp,
    ...(name === undefined ? {} : { name: name.trim() }),
    ...(role === undefined ? {} : { role: role as Role }),
  };
}

/** The token of an `Authorization: Bearer …` header; null without the header. */
export function bearerToken(header: string | undefined): string | null {
  if (header === undefined || header.trim() === '') return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? refuse('expected the header "Authorization: Bearer <token>"');
}
