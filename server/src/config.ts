import { fileURLToPath } from 'node:url';
import path from 'node:path';

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
  /** Origins allowed to call the API from a browser; `['*']` reflects any origin (development only). */
  allowedOrigins: string[];
  /** Mutations one member (or one IP, for anonymous callers) may make per window. */
  rateLimit: number;
  rateWindowMs: number;
  /** Seed JSON loaded into an empty database; null loads nothing. */
  seedPath: string | null;
  devLogin: boolean;
  logLevel: string;
  production: boolean;
}

export const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));
const REPO_DIR = path.resolve(SERVER_DIR, '..');

/** Signs development tokens when MAJLIS_TOKEN_SECRET is unset outside production. Never use it for real. */
export const DEV_TOKEN_SECRET = 'majlis-development-secret-do-not-use-in-production';

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

/** The configuration from environment variables; throws a {@link ConfigError} naming the first bad one. */
export function loadConfig(env: Env = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const tokenSecret = text(env, 'MAJLIS_TOKEN_SECRET');
  if (tokenSecret === null && production) {
    throw new ConfigError('MAJLIS_TOKEN_SECRET is required when NODE_ENV=production');
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
  return {
    port: integer(env, 'PORT', 8787, 0),
    host: text(env, 'HOST') ?? '127.0.0.1',
    basePath: basePath === '' || basePath.startsWith('/') ? basePath : `/${basePath}`,
    dataDir: dataDir === 'memory://' ? null : path.resolve(dataDir ?? path.join(SERVER_DIR, '.data')),
    databaseUrl: text(env, 'DATABASE_URL'),
    tokenSecret: tokenSecret ?? DEV_TOKEN_SECRET,
    allowedOrigins: origins,
    rateLimit: integer(env, 'MAJLIS_RATE_LIMIT', 60, 1),
    rateWindowMs: integer(env, 'MAJLIS_RATE_WINDOW_MS', 60_000, 1),
    seedPath: seed === 'none' ? null : path.resolve(seed ?? path.join(REPO_DIR, 'demo', 'seed.json')),
    devLogin: devLoginFlag === null ? !production : devLoginFlag === '1',
    logLevel: text(env, 'LOG_LEVEL') ?? 'info',
    production,
  };
}
