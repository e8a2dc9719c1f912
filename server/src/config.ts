import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { recognitionRules } from '#majlis/core/recognition.js';
import type { ModerationSettings, RecognitionRules } from '#majlis/core/types.js';
import { resolveModerationSettings } from '#majlis/core/moderation.js';
import type { EscalationConfig } from './escalation/config.js';
import type { MailConfig } from './mail/config.js';

/** Everything the server reads from its environment; see server/README.md for each variable. */
export interface Config {
  port: number;
  host: string;
  /** Path prefix of the API routes, without a trailing slash (`/api`). */
  basePath: string;
  /** PGlite's data directory; null (`DATA_DIR=memory://`) keeps the database in memory. Ignored when `databaseUrl` is set. */
  dataDir: string | null;
  /** A PostgreSQL connection string; null uses PGlite. */
  databaseUrl: string | null;
  tokenSecret: string;
  /** Why the secret is unsafe for real users (unset, public, short), for a loud warning; null when it is not. */
  tokenSecretWarning: string | null;
  /** Tokens whose expiry is further away than this are refused (MAJLIS_TOKEN_MAX_AGE_SECONDS). */
  tokenMaxAgeSeconds: number;
  /** When set, a token's `iss` must be this (MAJLIS_TOKEN_ISSUER). */
  tokenIssuer: string | null;
  /** When set, a token's `aud` must be or include this (MAJLIS_TOKEN_AUDIENCE). */
  tokenAudience: string | null;
  /** Origins allowed to call the API from a browser; `['*']` reflects any origin (development only). */
  allowedOrigins: string[];
  /** Mutations one member (or one IP, for anonymous callers) may make per window. */
  rateLimit: number;
  rateWindowMs: number;
  /** Searches one member (or one IP) may run per window: the expensive reads (MAJLIS_SEARCH_RATE_LIMIT). */
  searchRateLimit: number;
  /** PostgreSQL cancels a statement running longer than this (MAJLIS_STATEMENT_TIMEOUT_MS). */
  statementTimeoutMs: number;
  /**
   * How long a cached public read may be served (MAJLIS_READ_CACHE_MS, `read-cache.ts`): null until the next
   * write (PGlite: this server makes every write), 1000 ms by default on PostgreSQL (other instances' writes), 0 off.
   */
  readCacheMs: number | null;
  /** Live updates (`GET /live`): how long the event log keeps events for reconnecting clients (MAJLIS_LIVE_RETENTION_HOURS, default 24). */
  liveRetentionMs: number;
  /** The most live-update connections one instance holds; more get 503 and retry elsewhere (MAJLIS_LIVE_MAX_CLIENTS, default 5000). */
  liveMaxClients: number;
  /** A comment line on every live connection this often, so proxies keep it open (MAJLIS_LIVE_HEARTBEAT_MS, default 25000). */
  liveHeartbeatMs: number;
  /**
   * The public page of a thread, `{id}` standing for the question's id (MAJLIS_THREAD_URL): the canonical address of
   * the crawler page `GET <base>/questions/{id}/page`; null or absent: that page itself.
   */
  threadUrl?: string | null;
  /** The Majlis bundle the crawler page loads, so its `<majlis-thread>` upgrades in place (MAJLIS_THREAD_PAGE_SCRIPT); null: none. */
  threadPageScript?: string | null;
  /** Seed JSON loaded into an empty database; null loads nothing. */
  seedPath: string | null;
  devLogin: boolean;
  logLevel: string;
  /**
   * Whether every request gets its JSON log lines (`incoming request`, `request completed`): in production, or
   * when `LOG_LEVEL` asks for `info` or more. A development server started without it stays quiet but for its
   * start-up lines, warnings and errors (a failed request is still logged).
   */
  logRequests: boolean;
  production: boolean;
  /**
   * Reputation points, ranks and badges (MAJLIS_RECOGNITION: JSON, or the path of a JSON file, over the
   * defaults of `DEFAULT_RECOGNITION`), validated at start.
   */
  recognition: RecognitionRules;
  /**
   * Flag threshold, pre-moderation, edit window and flood limits (MAJLIS_MODERATION: JSON, or the path of a JSON
   * file, over `DEFAULT_MODERATION`), validated at start. Read at each request, so tests may replace it.
   */
  moderation: ModerationSettings;
  /** Notifications by mail (issue 14): see `mailOf` and server/README.md; optional so older callers still type-check. */
  mail?: MailConfig;
  /** Escalation of unanswered questions to the care desk (issue 16): see `escalationOf`; undefined when off. */
  escalation?: EscalationConfig;
}

export const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));
const REPO_DIR = path.resolve(SERVER_DIR, '..');

/** Signs development tokens when MAJLIS_TOKEN_SECRET is unset outside production. Never use it for real. */
export const DEV_TOKEN_SECRET = 'majlis-development-secret-do-not-use-in-production';

/** Secrets published in this repository (docs, tests, scripts): production refuses them. */
const PUBLIC_SECRETS = new Set([
  DEV_TOKEN_SECRET,
  'majlis-test-secret',
  'local-tests-only-secret-0123456789',
  'secret',
  'changeme',
]);

/** The shortest secret production accepts, in bytes (HS256 keys should be as long as the hash, RFC 7518 §3.2). */
export const MIN_SECRET_BYTES = 32;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new ConfigError(`${name} must be an integer of at least ${min}, got ${JSON.stringify(raw)}`);
  }
  return value;
}

function text(env: Env, name: string): string | null {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? null : value;
}

/** Why `secret` must not sign real members' tokens, or null. */
function secretProblem(secret: string | null): string | null {
  if (secret === null) return 'MAJLIS_TOKEN_SECRET is not set: tokens are signed with a PUBLIC development secret';
  if (PUBLIC_SECRETS.has(secret)) return 'MAJLIS_TOKEN_SECRET is a PUBLIC secret (published with Majlis)';
  const bytes = new TextEncoder().encode(secret).length;
  if (bytes < MIN_SECRET_BYTES) {
    return `MAJLIS_TOKEN_SECRET is ${bytes} bytes long: use at least ${MIN_SECRET_BYTES} random bytes`;
  }
  return null;
}

/** A JSON object setting: inline JSON (starting with `{`) or a JSON file's path; null when unset. */
function jsonSetting(env: Env, name: string, example: string): { source: string; options: object } | null {
  const raw = text(env, name);
  if (raw === null) return null;
  let source = name;
  let json = raw;
  if (!raw.startsWith('{')) {
    source = `${name} (${path.resolve(raw)})`;
    try {
      json = readFileSync(path.resolve(raw), 'utf8');
    } catch (error) {
      throw new ConfigError(`${source} cannot be read: ${(error as Error).message}`);
    }
  }
  let options: unknown;
  try {
    options = JSON.parse(json);
  } catch (error) {
    throw new ConfigError(`${source} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ConfigError(`${source} must be a JSON object such as ${example}`);
  }
  return { source, options };
}

/** MAJLIS_RECOGNITION over the default rules. */
function recognitionOf(env: Env): RecognitionRules {
  const setting = jsonSetting(env, 'MAJLIS_RECOGNITION', '{"reputation": {"dailyKudosCap": 100}}');
  if (setting === null) return recognitionRules();
  const { source, options } = setting;
  const unknown = Object.keys(options).filter((key) => !['reputation', 'ranks', 'badges'].includes(key));
  if (unknown.length > 0) {
    throw new ConfigError(`${source} has unknown settings ${unknown.join(', ')}: use reputation, ranks and badges`);
  }
  try {
    return recognitionRules(options);
  } catch (error) {
    throw new ConfigError(`${source}: ${(error as Error).message}`);
  }
}

/** MAJLIS_MODERATION over DEFAULT_MODERATION. */
function moderationOf(env: Env): ModerationSettings {
  const setting = jsonSetting(env, 'MAJLIS_MODERATION', '{"flagThreshold": 3, "premoderation": "first-posts"}');
  try {
    return resolveModerationSettings((setting?.options ?? {}));
  } catch (error) {
    throw new ConfigError(`${setting?.source ?? 'MAJLIS_MODERATION'}: ${(error as Error).message}`);
  }
}

/** MAJLIS_IDEA_URL: the address of an idea's page, with `{id}` where its id goes. */
function ideaUrlOf(env: Env): string | null {
  const pattern = text(env, 'MAJLIS_IDEA_URL');
  if (pattern !== null && !pattern.includes('{id}')) {
    throw new ConfigError(`MAJLIS_IDEA_URL must say where the idea's id goes with {id}, e.g. https://example.com/ideas?idea={id}; got ${JSON.stringify(pattern)}`);
  }
  return pattern;
}

/** MAJLIS_MAIL (smtp | outbox | off), MAJLIS_SMTP_URL, MAJLIS_MAIL_FROM, MAJLIS_MAIL_OUTBOX, MAJLIS_MAIL_LANGUAGE, MAJLIS_SITE_URL, MAJLIS_IDEA_URL, MAJLIS_PUBLIC_API_URL … */
function mailOf(env: Env, production: boolean, api: { host: string; port: number; basePath: string }): MailConfig {
  const smtpUrl = text(env, 'MAJLIS_SMTP_URL');
  const transport = text(env, 'MAJLIS_MAIL') ?? (smtpUrl !== null ? 'smtp' : production ? 'off' : 'outbox');
  if (transport !== 'smtp' && transport !== 'outbox' && transport !== 'off') {
    throw new ConfigError(`MAJLIS_MAIL must be smtp, outbox or off, got ${JSON.stringify(transport)}`);
  }
  if (transport === 'smtp' && smtpUrl === null) throw new ConfigError('MAJLIS_MAIL=smtp needs MAJLIS_SMTP_URL (smtp://user:password@host:587)');
  if (transport === 'outbox' && production) throw new ConfigError('MAJLIS_MAIL=outbox is for development only: use smtp or off in production');
  return {
    transport,
    smtpUrl,
    outboxDir: path.resolve(text(env, 'MAJLIS_MAIL_OUTBOX') ?? path.join(SERVER_DIR, '.data', 'outbox')),
    from: text(env, 'MAJLIS_MAIL_FROM') ?? 'Majlis community <community@localhost>',
    language: text(env, 'MAJLIS_MAIL_LANGUAGE') ?? 'en',
    siteUrl: text(env, 'MAJLIS_SITE_URL') ?? 'http://localhost:5173/',
    ideaUrl: ideaUrlOf(env),
    apiUrl: text(env, 'MAJLIS_PUBLIC_API_URL') ?? `http://${api.host}:${api.port}${api.basePath}`,
    intervalMs: integer(env, 'MAJLIS_MAIL_INTERVAL_MS', 5_000, 100),
    maxAttempts: integer(env, 'MAJLIS_MAIL_MAX_ATTEMPTS', 6, 1),
    backoffMs: integer(env, 'MAJLIS_MAIL_BACKOFF_MS', 60_000, 1),
  };
}

/** MAJLIS_ESCALATION_URL (unset: off), MAJLIS_ESCALATION_SECRET, MAJLIS_ESCALATION_HOURS and the worker's timings. */
function escalationOf(env: Env, siteUrl: string): EscalationConfig | undefined {
  const url = text(env, 'MAJLIS_ESCALATION_URL');
  if (url === null) return undefined;
  if (!/^https?:\/\//.test(url)) throw new ConfigError(`MAJLIS_ESCALATION_URL must be an http(s) URL, got ${JSON.stringify(url)}`);
  const secret = text(env, 'MAJLIS_ESCALATION_SECRET');
  if (secret === null || new TextEncoder().encode(secret).length < 16) {
    throw new ConfigError('MAJLIS_ESCALATION_URL needs MAJLIS_ESCALATION_SECRET: at least 16 random bytes shared with the care desk');
  }
  const setting = jsonSetting(env, 'MAJLIS_ESCALATION_HOURS', '{ "default": 24, "billing": 4 }');
  const hours = (setting?.options ?? { default: 24 }) as Record<string, unknown>;
  for (const [category, value] of Object.entries(hours)) {
    if (typeof value !== 'number' || !(value > 0)) {
      throw new ConfigError(`${setting?.source ?? 'MAJLIS_ESCALATION_HOURS'}: "${category}" must be a number of hours above 0`);
    }
  }
  return {
    url,
    secret,
    hours: hours as Record<string, number>,
    lookbackHours: integer(env, 'MAJLIS_ESCALATION_LOOKBACK_HOURS', 72, 1),
    siteUrl,
    intervalMs: integer(env, 'MAJLIS_ESCALATION_INTERVAL_MS', 60_000, 100),
    maxAttempts: integer(env, 'MAJLIS_ESCALATION_MAX_ATTEMPTS', 8, 1),
    backoffMs: integer(env, 'MAJLIS_ESCALATION_BACKOFF_MS', 60_000, 1),
    timeoutMs: integer(env, 'MAJLIS_ESCALATION_TIMEOUT_MS', 10_000, 100),
  };
}

/** MAJLIS_THREAD_URL: the public address of a thread, with `{id}` where its question's id goes. */
function threadUrlOf(env: Env): string | null {
  const pattern = text(env, 'MAJLIS_THREAD_URL');
  if (pattern !== null && (!pattern.includes('{id}') || !/^https?:\/\//i.test(pattern))) {
    throw new ConfigError(`MAJLIS_THREAD_URL must be an http(s) address saying where the question's id goes with {id}, e.g. https://example.com/community/questions/{id}; got ${JSON.stringify(pattern)}`);
  }
  return pattern;
}

/** The configuration from environment variables; throws a {@link ConfigError} naming the first bad one. */
export function loadConfig(env: Env = process.env): Config {
  // `Production` and ` PRODUCTION ` are production too: anything else would quietly run in development mode.
  const production = text(env, 'NODE_ENV')?.toLowerCase() === 'production';
  const tokenSecret = env.MAJLIS_TOKEN_SECRET === undefined || env.MAJLIS_TOKEN_SECRET === '' ? null : env.MAJLIS_TOKEN_SECRET;
  const tokenSecretWarning = secretProblem(tokenSecret);
  if (tokenSecretWarning !== null && production) {
    throw new ConfigError(`${tokenSecretWarning}; production needs a secret of its own (NODE_ENV=production)`);
  }
  const origins = (text(env, 'MAJLIS_ALLOWED_ORIGINS') ?? (production ? '' : '*'))
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter((origin) => origin !== '');
  if (production && origins.includes('*')) {
    throw new ConfigError('MAJLIS_ALLOWED_ORIGINS=* is for development only: list the origins in production');
  }
  const devLoginFlag = text(env, 'MAJLIS_DEV_LOGIN');
  const seed = text(env, 'MAJLIS_SEED');
  const dataDir = text(env, 'DATA_DIR');
  const basePath = (text(env, 'MAJLIS_BASE_PATH') ?? '/api').replace(/\/+$/, '');
  const databaseUrl = text(env, 'DATABASE_URL');
  const port = integer(env, 'PORT', 8787, 0);
  const host = text(env, 'HOST') ?? '127.0.0.1';
  const base = basePath === '' || basePath.startsWith('/') ? basePath : `/${basePath}`;
  return {
    port,
    host,
    basePath: base,
    dataDir: dataDir === 'memory://' ? null : path.resolve(dataDir ?? path.join(SERVER_DIR, '.data')),
    databaseUrl,
    tokenSecret: tokenSecret ?? DEV_TOKEN_SECRET,
    tokenSecretWarning,
    tokenMaxAgeSeconds: integer(env, 'MAJLIS_TOKEN_MAX_AGE_SECONDS', 24 * 60 * 60, 1),
    tokenIssuer: text(env, 'MAJLIS_TOKEN_ISSUER'),
    tokenAudience: text(env, 'MAJLIS_TOKEN_AUDIENCE'),
    allowedOrigins: origins,
    rateLimit: integer(env, 'MAJLIS_RATE_LIMIT', 60, 1),
    rateWindowMs: integer(env, 'MAJLIS_RATE_WINDOW_MS', 60_000, 1),
    searchRateLimit: integer(env, 'MAJLIS_SEARCH_RATE_LIMIT', 120, 1),
    statementTimeoutMs: integer(env, 'MAJLIS_STATEMENT_TIMEOUT_MS', 5_000, 1),
    readCacheMs: text(env, 'MAJLIS_READ_CACHE_MS') === null && databaseUrl === null ? null : integer(env, 'MAJLIS_READ_CACHE_MS', 1_000, 0),
    liveRetentionMs: integer(env, 'MAJLIS_LIVE_RETENTION_HOURS', 24, 1) * 3_600_000,
    liveMaxClients: integer(env, 'MAJLIS_LIVE_MAX_CLIENTS', 5_000, 1),
    liveHeartbeatMs: integer(env, 'MAJLIS_LIVE_HEARTBEAT_MS', 25_000, 1_000),
    threadUrl: threadUrlOf(env),
    threadPageScript: text(env, 'MAJLIS_THREAD_PAGE_SCRIPT'),
    seedPath: seed === 'none' ? null : path.resolve(seed ?? path.join(REPO_DIR, 'demo', 'seed.json')),
    devLogin: devLoginFlag === null ? !production : devLoginFlag === '1',
    logLevel: text(env, 'LOG_LEVEL') ?? 'info',
    logRequests: production || ['info', 'debug', 'trace'].includes(text(env, 'LOG_LEVEL')?.toLowerCase() ?? ''),
    production,
    recognition: recognitionOf(env),
    moderation: moderationOf(env),
    mail: mailOf(env, production, { host, port, basePath: base }),
    escalation: escalationOf(env, text(env, 'MAJLIS_SITE_URL') ?? 'http://localhost:5173/'),
  };
}
