import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import { Ajv } from 'ajv';
import Fastify from 'fastify';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { MajlisError, isMajlisError } from '#majlis/core/adapter.js';
import { bearerToken, verifyToken } from './auth.js';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { STATUS_OF, errorBody, errorCodeOfStatus, fromDatabaseError } from './errors.js';
import { openApiDocument } from './openapi.js';
import type { LiveHub } from './live/hub.js';
import { postgresRateLimitStore } from './live/rate-limit-store.js';
import { registerLive } from './live/routes.js';
import { ReadCache, trackWrites } from './read-cache.js';
import { identify } from './repository/users.js';
import type { Actor } from './repository/viewer.js';
import { registerRoutes } from './routes.js';
import { registerThreadPage } from './thread-page.js';
import { OutboxMailer } from './mail/mailer.js';
import { registerMailRoutes } from './mail/routes.js';
import type { Clock } from './routes.js';
import { checkRequestText } from './validation.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in member, or null for an anonymous reader; set from the bearer token. */
    actor: Actor;
  }
}

export interface AppOptions {
  db: Database;
  config: Config;
  /** Fastify's logger option; default: pino at `config.logLevel`. */
  logger?: FastifyServerOptions['logger'];
  /** The cache of public reads; default: a new one (`config.readCacheMs`). Tests pass theirs to invalidate it. */
  cache?: ReadCache;
  /** The clock of new posts, kudos and accepts and of the leaderboard's periods; default: the system's. Tests move it. */
  now?: Clock;
  /** The development outbox `GET /dev/outbox` lists; default: the one of `config.mail`, when its transport is `outbox`. */
  outbox?: OutboxMailer | null;
}

/**
 * Request bodies are checked as sent: no type coercion (a numeric `body` is not text) and unknown fields are
 * errors, not silently dropped. Query strings and path parameters are text, so they are coerced (`limit=5`).
 */
const ajvOptions = {
  allErrors: false,
  removeAdditional: false,
  useDefaults: false,
  strict: false,
  // The one format requests use (a suspension's end): an ISO-8601 time with its date.
  formats: { 'date-time': (value: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value) && !Number.isNaN(Date.parse(value)) },
} as const;
const bodyAjv = new Ajv({ ...ajvOptions, coerceTypes: false });
const textAjv = new Ajv({ ...ajvOptions, coerceTypes: true });

interface SchemaError {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

/** The field a schema error is about: the missing or unknown property, else the first segment of its path. */
function fieldOf(error: SchemaError): string | undefined {
  const named = error.params.missingProperty ?? error.params.additionalProperty;
  if (typeof named === 'string') return named;
  const segment = error.instancePath.split('/')[1];
  return segment === undefined || segment === '' ? undefined : segment;
}

function describeSchemaError(error: SchemaError, field: string | undefined, part: string): string {
  if (error.keyword === 'additionalProperties') return `${field ?? part}: unknown field, not part of the request`;
  if (error.keyword === 'required') return `${field ?? part} is required`;
  return `${field ?? part} ${error.message ?? 'is invalid'}`;
}

/** Every failure as `{ error: { code, message, field?, reason? } }` with the status of the REST contract. */
function toErrorReply(error: FastifyError | MajlisError | Error, request: FastifyRequest) {
  const translated = fromDatabaseError(error);
  if (isMajlisError(translated)) {
    const { code, message, field, reason, retryAfter } = translated;
    return { status: STATUS_OF[code], body: errorBody(code, message, field, reason), retryAfter };
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.validation !== undefined && fastifyError.validation.length > 0) {
    const first = fastifyError.validation[0] as SchemaError;
    const field = fieldOf(first);
    const part = fastifyError.validationContext ?? 'request';
    return { status: 400, body: errorBody('invalid', describeSchemaError(first, field, part), field) };
  }
  const status = fastifyError.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    // Fastify's own refusals: unreadable JSON, wrong content type, a body too large …
    return { status, body: errorBody(errorCodeOfStatus(status) ?? 'invalid', error.message) };
  }
  request.log.error({ err: error }, 'request failed');
  return { status: 500, body: errorBody('unavailable', 'The server could not handle the request; try again later') };
}

/** Sent with every response, errors included: browsers must not guess a type other than the one declared. */
const SECURITY_HEADERS = { 'X-Content-Type-Options': 'nosniff' } as const;

/**
 * Refusals Fastify answers before routing (an id longer than the router's 100 characters, a malformed URL), in the
 * error shape of every other failure.
 */
function frameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  const message = tooLong ? 'An id in the path is longer than 100 characters' : 'The URL is not valid';
  void reply
    .code(tooLong ? 414 : 400)
    .headers(SECURITY_HEADERS)
    .send(errorBody('invalid', message, tooLong ? 'id' : undefined));
}

/**
 * Refusals Node's HTTP parser makes before Fastify sees a request (headers or URL over 16 KB: 431; a timeout: 408;
 * anything else unreadable: 400), written on the socket in the error shape.
 */
function clientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const message =
    status === 431
      ? 'The request line and headers are over 16 KB'
      : status === 408
        ? 'The request took too long to arrive'
        : 'The request is not readable HTTP';
  const body = JSON.stringify(errorBody(status === 408 ? 'unavailable' : 'invalid', message));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/** The Fastify app serving the API (not listening yet): for `main.ts` and for tests. */
export async function buildApp({
  db: database,
  config,
  logger,
  cache = new ReadCache(config.readCacheMs),
  now = () => new Date(),
  outbox = config.mail?.transport === 'outbox' ? new OutboxMailer(config.mail.outboxDir) : null,
}: AppOptions): Promise<FastifyInstance> {
  // Each committed write also tells the other instances on this database to empty their read caches.
  let live: LiveHub | null = null;
  const db = trackWrites(database, cache, () => live?.announceWrite());
  const app = Fastify({
    logger: logger ?? { level: config.logLevel },
    bodyLimit: 256 * 1024,
    // While closing, a request on a kept-alive connection is still served (and answered in the error shape).
    return503OnClosing: false,
    frameworkErrors: frameworkError,
    clientErrorHandler: clientError,
  });
  // Quiet by default in development: each route's request logger starts at `warn`, so the per-request `info`
  // lines go away while errors still show (see `logRequests`).
  if (!config.logRequests) {
    app.addHook('onRoute', (route) => {
      if (!route.logLevel) route.logLevel = 'warn';
    });
  }
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(SECURITY_HEADERS);
    done();
  });
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? bodyAjv : textAjv).compile(schema));
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { status, body, retryAfter } = toErrorReply(error, request);
    // The repository's own limits (posts per hour) say when to retry, as the rate limiter's 429s do.
    if (retryAfter !== undefined && !reply.hasHeader('Retry-After')) reply.header('Retry-After', String(retryAfter));
    return reply.code(status).send(body);
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send(errorBody('not-found', `No route for ${request.method} ${request.url.split('?')[0] ?? ''}`)),
  );

  const anyOrigin = config.allowedOrigins.includes('*');
  await app.register(cors, {
    // Reflects an allowed origin (never `*`), as credentialed requests require. Never `null`: sandboxed frames,
    // `file:` pages and redirects all send `Origin: null`, so allowing it would allow any of them.
    origin: (origin, callback) =>
      callback(
        null,
        origin === undefined || (origin !== 'null' && (anyOrigin || config.allowedOrigins.includes(origin))),
      ),
    credentials: true,
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Accept'],
    exposedHeaders: ['Retry-After'],
    maxAge: 600,
  });

  const tokenPolicy = {
    secret: config.tokenSecret,
    maxAgeSeconds: config.tokenMaxAgeSeconds,
    issuer: config.tokenIssuer,
    audience: config.tokenAudience,
  };
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    const token = bearerToken(request.headers.authorization);
    if (token === null) return;
    const claims = verifyToken(token, tokenPolicy);
    request.actor = await identify(
      db,
      {
        id: claims.sub,
        ...(claims.name === undefined ? {} : { name: claims.name }),
        ...(claims.role === undefined ? {} : { role: claims.role }),
        ...(claims.email === undefined ? {} : { email: claims.email }),
      },
      now(),
    );
  });

  // After the schemas checked types: control characters anywhere in a request are refused, naming the field.
  app.addHook('preHandler', (request, _reply, done) => {
    try {
      checkRequestText(request.params);
      checkRequestText(request.query);
      checkRequestText(request.body);
      done();
    } catch (error) {
      done(error as Error);
    }
  });

  await app.register(rateLimit, {
    global: false,
    max: config.rateLimit,
    timeWindow: config.rateWindowMs,
    keyGenerator: (request) => (request.actor === null ? `ip:${request.ip}` : `member:${request.actor.id}`),
    // In the database, so a limit holds across every instance behind a load balancer.
    store: postgresRateLimitStore(database),
    errorResponseBuilder: (_request, context) =>
      new MajlisError('rate-limited', `Too many changes: try again in ${context.after}`),
  });

  const document = openApiDocument(config.basePath);
  for (const url of new Set(['/openapi.json', `${config.basePath}/openapi.json`])) {
    app.get(url, () => Promise.resolve(document));
  }
  const registered = registerLive(app, database, config, cache);
  live = registered.hub;
  registerRoutes(app, db, config, cache, now, (mutation) => registered.published(mutation));
  await registerMailRoutes(app, db, config, outbox);
  registerThreadPage(app, db, config, now);
  return app;
}
