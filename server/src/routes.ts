import type { FastifyInstance, FastifyRequest } from 'fastify';
import { MajlisError } from '#majlis/core/adapter.js';
import { periodStart } from '#majlis/core/recognition.js';
import type { AnswerQuery, LeaderboardQuery, PostType, QuestionQuery } from '#majlis/core/types.js';
import { signToken } from './auth.js';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { notFound } from './errors.js';
import { acceptAnswer, getAnswer, listAnswers, postAnswer } from './repository/answers.js';
import type { PostAnswerBody } from './repository/answers.js';
import { listCategories } from './repository/categories.js';
import { askQuestion, getQuestion, listQuestions } from './repository/questions.js';
import type { AskQuestionBody } from './repository/questions.js';
import { leaderboard } from './repository/recognition.js';
import { findUser, getUser, listUsers } from './repository/users.js';
import type { Actor } from './repository/viewer.js';
import { vote } from './repository/votes.js';
import type { ReadCache } from './read-cache.js';
import { endpoints } from './schemas.js';
import type { Endpoint } from './schemas.js';

const JSON_TYPE = 'application/json; charset=utf-8';

/** Lifetime of a development sign-in token. */
const DEV_TOKEN_SECONDS = 12 * 60 * 60;

/** What a handler gets; the route schemas have checked `params`, `query` and `body` against these types. */
interface Call {
  actor: Actor;
  params: { id: string };
  query: unknown;
  body: unknown;
}

type Handler = (call: Call) => Promise<unknown>;

function member(actor: Actor): NonNullable<Actor> {
  if (actor === null) throw new MajlisError('unauthenticated', 'Sign in first: this request needs a member');
  return actor;
}

/** The server's clock: the time of new posts, kudos and accepts, and the leaderboard's periods. */
export type Clock = () => Date;

function voteOn(db: Database, target: PostType, now: Clock): Handler {
  return ({ actor, params, body }) =>
    vote(db, member(actor), target, params.id, (body as { voted: boolean }).voted, now());
}

function handlers(db: Database, config: Config, now: Clock): Record<string, Handler> {
  return {
    getViewer: async ({ actor }) => ({ user: actor === null ? null : await findUser(db, actor.id) }),
    listCategories: () => listCategories(db),
    listQuestions: ({ actor, query }) => listQuestions(db, actor, query as QuestionQuery),
    getQuestion: ({ actor, params }) => getQuestion(db, actor, params.id),
    listAnswers: ({ actor, params, query }) => listAnswers(db, actor, params.id, query as AnswerQuery),
    getAnswer: ({ actor, params }) => getAnswer(db, actor, params.id),
    getUser: ({ params }) => getUser(db, config.recognition, params.id),
    leaderboard: ({ query }) => leaderboard(db, config.recognition, query as LeaderboardQuery, now()),
    getRecognitionRules: () => Promise.resolve(config.recognition),
    askQuestion: ({ actor, body }) => askQuestion(db, member(actor), body as AskQuestionBody, now()),
    postAnswer: ({ actor, params, body }) => postAnswer(db, member(actor), params.id, body as PostAnswerBody, now()),
    voteQuestion: voteOn(db, 'question', now),
    voteAnswer: voteOn(db, 'answer', now),
    acceptAnswer: ({ actor, params, body }) =>
      acceptAnswer(db, member(actor), params.id, (body as { accepted: boolean }).accepted, now()),
    devLogin: async ({ body }) => {
      const { userId } = body as { userId: string };
      const user = (await findUser(db, userId)) ?? notFoundUser(userId);
      const exp = Math.floor(Date.now() / 1000) + DEV_TOKEN_SECONDS;
      return { token: signToken({ sub: user.id, name: user.name, role: user.role, exp }, config.tokenSecret), user };
    },
    devUsers: () => listUsers(db),
  };
}

function hasSearch(query: unknown): boolean {
  const search = (query as { search?: unknown } | null)?.search;
  return typeof search === 'string' ? search.trim() !== '' : search !== undefined;
}

function notFoundUser(id: string): never {
  throw notFound('user', id);
}

/**
 * What a cached read depends on besides its URL and viewer: a leaderboard changes when its period starts over, so
 * its answer is kept per period start (a bad query is not cached: it fails again).
 */
function cacheVariant(operationId: string, query: unknown, now: Clock): string | null {
  if (operationId !== 'leaderboard') return '';
  const { period = 'month', timeZone = 'UTC' } = (query ?? {}) as LeaderboardQuery;
  try {
    return periodStart(period, now(), timeZone)?.toISOString() ?? 'all';
  } catch {
    return null;
  }
}

/** Registers every endpoint of `schemas.ts` under the base path; development ones only when enabled. */
export function registerRoutes(
  app: FastifyInstance,
  db: Database,
  config: Config,
  cache: ReadCache,
  now: Clock = () => new Date(),
): void {
  const handle = handlers(db, config, now);
  const enabled = (endpoint: Endpoint) => endpoint.access !== 'development' || config.devLogin;
  for (const endpoint of endpoints.filter(enabled)) {
    const handler = handle[endpoint.operationId];
    if (handler === undefined) throw new Error(`No handler for the endpoint ${endpoint.operationId}`);
    app.route({
      method: endpoint.method,
      url: `${config.basePath}${endpoint.path}`,
      schema: {
        ...(endpoint.params === undefined ? {} : { params: endpoint.params }),
        ...(endpoint.querystring === undefined ? {} : { querystring: endpoint.querystring }),
        ...(endpoint.body === undefined ? {} : { body: endpoint.body }),
        response: { [endpoint.status]: endpoint.response },
      },
      // Members only: refused before the body is validated, as the in-browser adapter does; rate limited.
      ...(endpoint.access === 'member'
        ? {
            config: { rateLimit: {} },
            preValidation: (request: FastifyRequest) => {
              member(request.actor);
              return Promise.resolve();
            },
          }
        : {}),
      ...(endpoint.limited === 'searches'
        ? {
            config: {
              rateLimit: {
                max: config.searchRateLimit,
                groupId: 'searches',
                // Only a search is expensive; a plain page of the list is not counted.
                allowList: (request: FastifyRequest) => !hasSearch(request.query),
                errorResponseBuilder: (_request: FastifyRequest, context: { after: string }) =>
                  new MajlisError('rate-limited', `Too many searches: try again in ${context.after}`),
              },
            },
          }
        : {}),
      handler: async (request, reply) => {
        const variant = cacheVariant(endpoint.operationId, request.query, now);
        const cacheable = endpoint.access === 'public' && cache.enabled && variant !== null;
        const key = cacheable
          ? `${request.actor?.id ?? ''}\u0000${request.actor?.role ?? ''}\u0000${request.url}\u0000${variant}`
          : '';
        const cached = cacheable ? cache.get(key) : undefined;
        if (cached !== undefined) return reply.code(endpoint.status).type(JSON_TYPE).send(cached);
        const version = cache.current;
        const result = await handler({
          actor: request.actor,
          params: request.params as Call['params'],
          query: request.query,
          body: request.body,
        });
        if (!cacheable) return reply.code(endpoint.status).send(result);
        // Serialized once by the route's response schema, then kept as text for the next reader.
        const body = Buffer.from(reply.code(endpoint.status).serialize(result) as string);
        cache.set(key, version, body);
        return reply.type(JSON_TYPE).send(body);
      },
    });
  }
}
