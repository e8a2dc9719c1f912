import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { RestAdapter } from '#majlis/adapters/rest.js';
import type { CommunityAdapter } from '#majlis/core/adapter.js';
import type { ConformanceOptions } from '#majlis/testing/conformance.js';
import type { CommunitySeed, SeedUser } from '#majlis/core/seed.js';
import { buildApp } from '../src/app.js';
import { signToken } from '../src/auth.js';
import type { TokenClaims } from '../src/auth.js';
import type { Config } from '../src/config.js';
import { recognitionRules } from '#majlis/core/recognition.js';
import { DEFAULT_MODERATION } from '#majlis/core/moderation.js';
import type { ModerationSettings } from '#majlis/core/types.js';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { createPgliteDatabase } from '../src/db/pglite.js';
import { createPostgresDatabase, quoteIdentifier } from '../src/db/postgres.js';
import { ReadCache, trackWrites } from '../src/read-cache.js';
import { applyRecognitionRules } from '../src/repository/recognition.js';
import { resetToSeed } from '../src/repository/seed.js';

/**
 * Helpers for tests, browser-test plugins and load scripts: a migrated database of either kind, and a real
 * server on 127.0.0.1 over it with a known secret, so callers can sign tokens for any member.
 */

export type DatabaseKind = 'pglite' | 'postgres';

/** The secret test servers sign and verify tokens with. */
export const TEST_TOKEN_SECRET = 'majlis-test-secret';

/**
 * The database kinds to test on: PGlite always, PostgreSQL when MAJLIS_TEST_DATABASE_URL is set.
 * On CI (`CI=true`) PostgreSQL is required, so a missing URL fails instead of silently skipping it.
 */
export function testDatabaseKinds(env: Record<string, string | undefined> = process.env): DatabaseKind[] {
  if (env.MAJLIS_TEST_DATABASE_URL) return ['pglite', 'postgres'];
  if (env.CI === 'true') {
    throw new Error(
      'CI=true but MAJLIS_TEST_DATABASE_URL is not set: CI must test the server on PostgreSQL too ' +
        '(e.g. postgres://majlis:majlis@127.0.0.1:5432/majlis_test).',
    );
  }
  return ['pglite'];
}

export interface TestDatabase {
  db: Database;
  kind: DatabaseKind;
  /** Closes the database; on PostgreSQL it also drops this run's schema. */
  dispose(): Promise<void>;
}

/**
 * A migrated, empty database: PGlite in memory, or a schema of its own (`majlis_test_<random>`) in the
 * PostgreSQL database of MAJLIS_TEST_DATABASE_URL, dropped by `dispose()`.
 */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const db = await createPgliteDatabase(null);
    await migrate(db);
    return { db, kind, dispose: () => db.close() };
  }
  const connectionString = process.env.MAJLIS_TEST_DATABASE_URL;
  if (!connectionString) throw new Error('MAJLIS_TEST_DATABASE_URL is not set');
  const schema = `majlis_test_${randomBytes(6).toString('hex')}`;
  const admin = createPostgresDatabase({ connectionString, max: 1 });
  await admin.query(`CREATE SCHEMA ${quoteIdentifier(schema)}`);
  const db = createPostgresDatabase({ connectionString, schema, max: 20 });
  const dispose = async () => {
    await db.close();
    await admin.query(`DROP SCHEMA ${quoteIdentifier(schema)} CASCADE`);
    await admin.close();
  };
  try {
    await migrate(db);
  } catch (error) {
    await dispose();
    throw error;
  }
  return { db, kind, dispose };
}

/**
 * The moderation settings of test servers: the defaults, without the flood limits (tests post the same text many
 * times in a row) and with no edit window; tests of those rules set theirs.
 */
export const TEST_MODERATION: ModerationSettings = {
  ...DEFAULT_MODERATION,
  editWindowMinutes: null,
  flood: { ...DEFAULT_MODERATION.flood, postsPerHour: 1_000_000, duplicateWindowMinutes: 0 },
};

/**
 * A configuration for tests: any port on 127.0.0.1, no logs, no seed file, dev login on, no rate limit to speak of,
 * {@link TEST_MODERATION}.
 */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    basePath: '/api',
    dataDir: null,
    databaseUrl: null,
    tokenSecret: TEST_TOKEN_SECRET,
    tokenSecretWarning: null,
    tokenMaxAgeSeconds: 24 * 60 * 60,
    tokenIssuer: null,
    tokenAudience: null,
    allowedOrigins: ['http://allowed.test'],
    rateLimit: 1_000_000,
    rateWindowMs: 60_000,
    searchRateLimit: 1_000_000,
    statementTimeoutMs: 5_000,
    readCacheMs: null,
    liveRetentionMs: 24 * 3_600_000,
    liveMaxClients: 1_000,
    liveHeartbeatMs: 25_000,
    seedPath: null,
    devLogin: true,
    logLevel: process.env.MAJLIS_TEST_LOG_LEVEL ?? 'silent',
    logRequests: true,
    production: false,
    recognition: recognitionRules(),
    moderation: TEST_MODERATION,
    ...overrides,
  };
}

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** The API base URL to give a RestAdapter: `url` + base path. */
  endpoint: string;
  app: FastifyInstance;
  db: Database;
  config: Config;
  /** Replaces the whole community with `seed` (truncate + load, one transaction). */
  reset(seed: CommunitySeed): Promise<void>;
  /**
   * A token for `userId` valid for an hour, with the name and role the last seed gave that user (`claims`
   * override them); null for null (anonymous).
   */
  tokenFor(userId: string | null, claims?: Partial<TokenClaims>): string | null;
  /** A RestAdapter on this server seen by `userId` (null: anonymous). */
  adapter(userId: string | null): RestAdapter;
  /** Sets the server's clock (new kudos, accepts, posts, the leaderboard's periods); null: the system's. */
  setClock(now: (() => Date) | null): void;
  /** Sets the moderation settings, over {@link TEST_MODERATION} (null: those); cached reads are dropped. */
  setModeration(settings: Partial<ModerationSettings> | null): void;
  /** Stops the server and disposes the database it created (not one passed in). */
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** A database to serve (already migrated); default: a new one of `kind`. */
  db?: Database;
  kind?: DatabaseKind;
  /** Loaded before the server answers; default: none (an empty community). */
  seed?: CommunitySeed;
  config?: Partial<Config>;
}

/** Starts the API on 127.0.0.1 (a free port) over a fresh or given database. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const created = options.db === undefined ? await createTestDatabase(options.kind ?? 'pglite') : null;
  const config = testConfig(options.config);
  // What tests write straight into the database (reset, fixtures) invalidates the server's cached reads too.
  const cache = new ReadCache(config.readCacheMs);
  const db = trackWrites(options.db ?? (created as TestDatabase).db, cache);
  let users = new Map<string, SeedUser>();
  const reset = async (seed: CommunitySeed) => {
    await resetToSeed(db, seed);
    users = new Map(seed.users.map((user) => [user.id, user]));
  };
  // As the server does at start (main.ts): the ledger's triggers read the configured points.
  await applyRecognitionRules(db, config.recognition);
  if (options.seed !== undefined) await reset(options.seed);
  let clock: (() => Date) | null = null;
  const app = await buildApp({ db, config, cache, now: () => (clock === null ? new Date() : clock()) });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('The test server has no TCP address');
  const url = `http://127.0.0.1:${address.port}`;
  const endpoint = `${url}${config.basePath}`;
  const tokenFor = (userId: string | null, claims: Partial<TokenClaims> = {}) => {
    if (userId === null) return null;
    const user = users.get(userId);
    const exp = Math.floor(Date.now() / 1000) + 3600;
    const known = user === undefined ? {} : { name: user.name, role: user.role };
    return signToken({ sub: userId, exp, ...known, ...claims }, config.tokenSecret);
  };
  return {
    url,
    endpoint,
    app,
    db,
    config,
    reset,
    tokenFor,
    adapter: (userId) => new RestAdapter({ endpoint, getToken: () => tokenFor(userId), retries: 0 }),
    setClock: (now) => {
      clock = now;
      cache.invalidate();
    },
    setModeration: (settings) => {
      config.moderation = { ...TEST_MODERATION, ...settings };
      cache.invalidate();
    },
    close: async () => {
      await app.close();
      await created?.dispose();
    },
  };
}

/**
 * The conformance suite's options for `server`: every adapter starts from exactly the seed, clock and moderation
 * settings a check gives (the database is reset to it), seen by any member through `viewAs`.
 */
export function serverConformance(server: TestServer, name: string): ConformanceOptions {
  const viewers = new WeakMap<CommunityAdapter, string | null>();
  const adapterFor = (viewerId: string | null) => {
    const adapter = server.adapter(viewerId);
    viewers.set(adapter, viewerId);
    return adapter;
  };
  return {
    name,
    create: async ({ seed, viewerId, now, moderation }) => {
      await server.reset(seed);
      server.setClock(now);
      server.setModeration(moderation);
      return adapterFor(viewerId);
    },
    clock: true,
    moderationSettings: true,
    viewAs: (adapter, viewerId) => {
      if (!viewers.has(adapter)) throw new Error('viewAs() got an adapter that create() did not make');
      return adapterFor(viewerId);
    },
  };
}
