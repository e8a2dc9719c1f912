import type { FastifyInstance, FastifyRequest } from 'fastify';
import { MajlisError } from '#majlis/core/adapter.js';
import { periodStart } from '#majlis/core/recognition.js';
import type {
  AnswerQuery,
  AuditQuery,
  FollowQuery,
  IdeaQuery,
  IdeaScores,
  AskInSessionInput,
  CreateLiveSessionInput,
  LiveSessionQuery,
  SessionQuestionQuery,
  SetIdeaStatusInput,
  SubmitIdeaInput,
  LeaderboardQuery,
  ModerationInput,
  ModerationQueueQuery,
  NotificationSettingsInput,
  PostType,
  QuestionQuery,
} from '#majlis/core/types.js';
import { signToken } from './auth.js';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { notFound } from './errors.js';
import { acceptAnswer, getAnswer, listAnswers, postAnswer } from './repository/answers.js';
import type { PostAnswerBody } from './repository/answers.js';
import { careStats } from './repository/care.js';
import { listEscalationDeliveries } from './escalation/deliveries.js';
import { listCategories } from './repository/categories.js';
import { askQuestion, getQuestion, listQuestions } from './repository/questions.js';
import type { AskQuestionBody } from './repository/questions.js';
import { leaderboard } from './repository/recognition.js';
import { findUser, getUser, listUsers } from './repository/users.js';
import type { Actor, Reader } from './repository/viewer.js';
import { listAuditLog } from './repository/audit.js';
import { follow, getNotificationSettings, listFollows, setNotificationSettings } from './repository/follows.js';
import { flagPost } from './repository/flags.js';
import { evaluateIdea, getIdea, listIdeaWinners, listIdeas, markIdeaWinner, mergeIdea, setIdeaStatus, submitIdea } from './repository/ideas.js';
import type { FlagBody } from './repository/flags.js';
import {
  askInSession,
  createLiveSession,
  getLiveSession,
  getLiveSessionSummary,
  listLiveSessions,
  listSessionQuestions,
  updateLiveSession,
} from './repository/live-sessions.js';
import { listModerationQueue, moderate } from './repository/moderation.js';
import { deletePost, editPost, listRevisions } from './repository/revisions.js';
import type { EditBody } from './repository/revisions.js';
import { suspensionOf } from './repository/suspensions.js';
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
  /** The actor at the server's clock, under the moderation settings in force. */
  reader: Reader;
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

/** The handlers of one kind of post (questions or answers) that moderation added. */
function postHandlers(db: Database, target: PostType): Record<string, Handler> {
  const What = target === 'question' ? 'Question' : 'Answer';
  return {
    [`vote${What}`]: ({ reader, params, body }) => vote(db, reader, target, params.id, (body as { voted: boolean }).voted),
    [`flag${What}`]: ({ reader, params, body }) => flagPost(db, reader, target, params.id, body as FlagBody),
    [`edit${What}`]: ({ reader, params, body }) => editPost(db, reader, target, params.id, body as EditBody),
    [`list${What}Revisions`]: async ({ reader, params }) => ({
      items: await listRevisions(db, reader, target, params.id),
    }),
    [`delete${What}`]: ({ reader, params }) => deletePost(db, reader, target, params.id),
  };
}

function handlers(db: Database, config: Config, now: Clock): Record<string, Handler> {
  return {
    getViewer: async ({ actor, reader }) => ({
      user: actor === null ? null : await findUser(db, actor.id),
      suspension: actor === null ? null : await suspensionOf(db, actor.id, reader.now),
    }),
    listCategories: ({ reader }) => listCategories(db, reader),
    listQuestions: ({ reader, query }) => listQuestions(db, reader, query as QuestionQuery),
    getQuestion: ({ reader, params }) => getQuestion(db, reader, params.id),
    listAnswers: ({ reader, params, query }) => listAnswers(db, reader, params.id, query as AnswerQuery),
    getAnswer: ({ reader, params }) => getAnswer(db, reader, params.id),
    getUser: ({ reader, params }) => getUser(db, config.recognition, reader, params.id),
    leaderboard: ({ query }) => leaderboard(db, config.recognition, query as LeaderboardQuery, now()),
    getRecognitionRules: () => Promise.resolve(config.recognition),
    careStats: () => careStats(db, now()),
    listEscalationDeliveries: ({ actor, query }) => listEscalationDeliveries(db, actor, query as Parameters<typeof listEscalationDeliveries>[2]),
    askQuestion: ({ reader, body }) => askQuestion(db, reader, body as AskQuestionBody),
    postAnswer: ({ reader, params, body }) => postAnswer(db, reader, params.id, body as PostAnswerBody),
    ...postHandlers(db, 'question'),
    ...postHandlers(db, 'answer'),
    acceptAnswer: ({ reader, params, body }) =>
      acceptAnswer(db, reader, params.id, (body as { accepted: boolean }).accepted),
    moderate: ({ reader, body }) => moderate(db, reader, body as ModerationInput),
    listModerationQueue: ({ reader, query }) => listModerationQueue(db, reader, query as ModerationQueueQuery),
    listAuditLog: ({ reader, query }) => listAuditLog(db, reader, query as AuditQuery),
    followQuestion: ({ reader, params, body }) => follow(db, reader, 'question', params.id, (body as { following: boolean }).following),
    followCategory: ({ reader, params, body }) => follow(db, reader, 'category', params.id, (body as { following: boolean }).following),
    followSession: ({ reader, params, body }) => follow(db, reader, 'session', params.id, (body as { following: boolean }).following),
    listFollows: ({ reader, query }) => listFollows(db, reader, query as FollowQuery),
    getNotificationSettings: ({ reader }) => getNotificationSettings(db, reader),
    setNotificationSettings: ({ reader, body }) => setNotificationSettings(db, reader, body as NotificationSettingsInput),
    listIdeas: ({ reader, query }) => listIdeas(db, reader, query as IdeaQuery),
    getIdea: ({ reader, params }) => getIdea(db, reader, params.id),
    submitIdea: ({ reader, body }) => submitIdea(db, reader, body as SubmitIdeaInput),
    setIdeaStatus: ({ reader, params, body }) => setIdeaStatus(db, reader, params.id, body as Omit<SetIdeaStatusInput, 'ideaId'>),
    evaluateIdea: ({ reader, params, body }) => evaluateIdea(db, reader, params.id, body as IdeaScores),
    mergeIdea: ({ reader, params, body }) => mergeIdea(db, reader, params.id, body as { intoId: string; note?: string | null }),
    markIdeaWinner: ({ reader, params, body }) => markIdeaWinner(db, reader, params.id, (body as { period: unknown }).period),
    listIdeaWinners: ({ reader }) => listIdeaWinners(db, reader),
    listLiveSessions: ({ reader, query }) => listLiveSessions(db, reader, query as LiveSessionQuery),
    getLiveSession: ({ reader, params }) => getLiveSession(db, reader, params.id),
    createLiveSession: ({ reader, body }) => createLiveSession(db, reader, body as CreateLiveSessionInput),
    updateLiveSession: ({ reader, params, body }) => updateLiveSession(db, reader, params.id, body as CreateLiveSessionInput),
    listSessionQuestions: ({ reader, params, query }) => listSessionQuestions(db, reader, params.id, query as SessionQuestionQuery),
    askInSession: ({ reader, params, body }) => askInSession(db, reader, params.id, body as Omit<AskInSessionInput, 'sessionId'>),
    getLiveSessionSummary: ({ reader, params }) => getLiveSessionSummary(db, reader, params.id),
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
 * its answer is kept per period start (a bad query is not cached: it fails again); what a member may do with a post
 * changes when its edit window closes, so their reads are kept per minute of the clock.
 */
function cacheVariant(operationId: string, query: unknown, now: Clock, actor: Actor): string | null {
  // The care figures look back 30 days from now, and ideas' recent kudos (trending) change with the clock too: kept per
  // minute for everyone, like a member's reads.
  // A live session's phase changes with the clock too.
  const perMinute =
    actor !== null ||
    ['careStats', 'listIdeas', 'getIdea', 'listIdeaWinners', 'listLiveSessions', 'getLiveSession'].includes(operationId);
  if (operationId !== 'leaderboard') return perMinute ? String(Math.floor(now().getTime() / 60_000)) : '';
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
  /** Called after each mutation succeeded, before it is answered (live updates, `live/routes.ts`). */
  afterMutation: (mutation: { operationId: string; body: unknown; result: unknown }) => Promise<void> = () => Promise.resolve(),
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
            ...(endpoint.method === 'GET' ? {} : { config: { rateLimit: {} } }),
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
        const variant = cacheVariant(endpoint.operationId, request.query, now, request.actor);
        const cacheable = endpoint.access === 'public' && cache.enabled && variant !== null;
        const { actor } = request;
        const who = actor === null ? '' : `${actor.id}\u0000${actor.role}\u0000${actor.suspended === true ? 's' : ''}`;
        const key = cacheable ? `${who}\u0000${request.url}\u0000${variant}` : '';
        const cached = cacheable ? cache.get(key) : undefined;
        if (cached !== undefined) return reply.code(endpoint.status).type(JSON_TYPE).send(cached);
        const version = cache.current;
        const result = await handler({
          actor: request.actor,
          reader: { actor: request.actor, now: now(), moderation: config.moderation },
          params: request.params as Call['params'],
          query: request.query,
          body: request.body,
        });
        if (endpoint.method !== 'GET') await afterMutation({ operationId: endpoint.operationId, body: request.body, result });
        if (!cacheable) return reply.code(endpoint.status).send(result);
        // Serialized once by the route's response schema, then kept as text for the next reader.
        const body = Buffer.from(reply.code(endpoint.status).serialize(result) as string);
        cache.set(key, version, body);
        return reply.type(JSON_TYPE).send(body);
      },
    });
  }
}
