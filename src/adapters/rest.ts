/**
 * The HTTP adapter: speaks the Majlis REST contract to a backend of the operator's own (or the reference server).
 *
 * ## The HTTP contract
 * Paths are relative to `endpoint` (e.g. `https://example.com/api/community`). Requests and responses are JSON
 * (`Accept: application/json`; bodies with `Content-Type: application/json`). Ids in paths are URL-encoded.
 *
 * | Method | Path                              | Request                                                          | Response (200/201) |
 * |--------|-----------------------------------|------------------------------------------------------------------|--------------------|
 * | GET    | `/viewer`                         |                                                                  | `Viewer`           |
 * | GET    | `/categories`                     |                                                                  | `Category[]`       |
 * | GET    | `/questions`                      | query `categoryId status language tag sort search match cursor limit` | `Page<Question>`   |
 * | GET    | `/questions/{id}`                 |                                                                  | `Question`         |
 * | GET    | `/questions/{id}/answers`         | query `sort cursor limit`                                        | `Page<Answer>`     |
 * | GET    | `/answers/{id}`                   |                                                                  | `Answer`           |
 * | GET    | `/users/{id}`                     |                                                                  | `UserProfile`      |
 * | POST   | `/questions`                      | `AskQuestionInput`                                               | `Question` (201)   |
 * | POST   | `/questions/{id}/answers`         | `{ body, language }`                                             | `Answer` (201)     |
 * | PUT    | `/questions/{id}/vote`            | `{ voted }`                                                      | `Question`         |
 * | PUT    | `/answers/{id}/vote`              | `{ voted }`                                                      | `Answer`           |
 * | PUT    | `/answers/{id}/accepted`          | `{ accepted }`                                                   | `AcceptResult`     |
 * | GET    | `/leaderboard`                    | query `mode period metric categoryId language timeZone limit`    | `Leaderboard`      |
 * | GET    | `/recognition`                    |                                                                  | `RecognitionRules` |
 * | GET    | `/care/stats`                     |                                                                  | `CareStats`        |
 * | PUT    | `/questions/{id}/follow`          | `{ following }`                                                  | `FollowState`      |
 * | PUT    | `/categories/{id}/follow`         | `{ following }`                                                  | `FollowState`      |
 * | PUT    | `/live-sessions/{id}/follow`      | `{ following }`                                                  | `FollowState`      |
 * | GET    | `/viewer/follows`                 | query `target cursor limit`                                      | `Page<Follow>`     |
 * | GET    | `/viewer/notifications`           |                                                                  | `NotificationSettings` |
 * | PUT    | `/viewer/notifications`           | `{ delivery?, language? }`                                       | `NotificationSettings` |
 * | GET    | `/ideas`                          | query `topic status language sort evaluated search cursor limit` | `Page<Idea>`       |
 * | GET    | `/ideas/{id}`                     |                                                                  | `Idea`             |
 * | POST   | `/ideas`                          | `SubmitIdeaInput`                                                | `Idea` (201)       |
 * | PUT    | `/ideas/{id}/status`              | `{ status, note? }`                                              | `Idea`             |
 * | PUT    | `/ideas/{id}/evaluation`          | `{ constructive, creative, feasible, effective }`                | `Idea`             |
 * | POST   | `/ideas/{id}/merge`               | `{ intoId, note? }`                                              | `MergeIdeaResult`  |
 * | PUT    | `/ideas/{id}/winner`              | `{ period }`                                                     | `IdeaWinner`       |
 * | GET    | `/idea-winners`                   |                                                                  | `IdeaWinner[]`     |
 * | GET    | `/live-sessions`                  | query `phase cursor limit`                                       | `Page<LiveSession>` |
 * | GET    | `/live-sessions/{id}`             |                                                                  | `LiveSession`      |
 * | POST   | `/live-sessions`                  | `CreateLiveSessionInput`                                         | `LiveSession` (201) |
 * | PUT    | `/live-sessions/{id}`             | the same fields                                                  | `LiveSession`      |
 * | GET    | `/live-sessions/{id}/questions`   | query `filter sort cursor limit`                                 | `Page<SessionQuestion>` |
 * | POST   | `/live-sessions/{id}/questions`   | `{ title, body, language, tags?, allowPersonalData? }`           | `SessionQuestion` (201) |
 * | GET    | `/live-sessions/{id}/summary`     |                                                                  | `LiveSessionSummary` |
 *
 * Query parameters that are absent (or null) are not sent; `limit` is a decimal number. The types are those
 * of `src/core/types.ts`, derived from the schemas of `src/core/contract/entities.ts` (and `recognition.ts`, for the
 * two optional capabilities `leaderboard` and `recognition`) that the responses are checked against (`server/openapi.json` documents them).
 *
 * ## Identity
 * A cookie session (`credentials: 'include'`) and/or `Authorization: Bearer <token>` with the token from
 * `getToken()`, asked for on every request so the host page can refresh it. No token: an anonymous reader.
 *
 * ## Errors
 * Failures answer with a JSON body `{ "error": { "code": "invalid", "message": "…", "field": "title" } }`
 * (`field` only for `invalid`; `reason`, when present, says why more precisely: see `MajlisErrorOptions.reason`).
 * The status decides the {@link MajlisError} code:
 *
 * | Status           | Code              | Notes                                                  |
 * |------------------|-------------------|--------------------------------------------------------|
 * | 400, 422         | `invalid`         | `field` from the body                                  |
 * | 401              | `unauthenticated` |                                                        |
 * | 403              | `forbidden`       |                                                        |
 * | 404              | `not-found`       |                                                        |
 * | 409              | `conflict`        |                                                        |
 * | 429              | `rate-limited`    | `Retry-After` (seconds or an HTTP date) → `retryAfter` |
 * | 5xx              | `unavailable`     | GETs are retried with backoff first                    |
 * | fetch TypeError  | `network`         | GETs are retried with backoff first                    |
 *
 * Other statuses become the body's `code` when it is a known one, else `unavailable`. A success whose body does
 * not have the documented shape is `unavailable`, with a message naming the request and the first bad value.
 * An answer that does not speak the contract at all — a success that is not JSON, a 404 without the error
 * body — means the endpoint is likely wrong: `unavailable` with `endpoint` set (elements then say the
 * community's address is not answering), and a development warning naming the endpoint.
 *
 * ## Retries and cancellation
 * Reads (GET) are idempotent and retried on `network` and 5xx failures, `retries` times (default 2), after
 * `retryDelayMs × 2^n` (default 200 ms, 400 ms …). Mutations are never retried. Every call forwards
 * `options.signal` to `fetch` and to the waits between retries; aborting rejects with an `AbortError` DOMException.
 *
 * @example
 * ```ts
 * configure({ adapter: new RestAdapter({ endpoint: '/api/community', credentials: 'include' }) });
 * // or
 * new RestAdapter({ endpoint: 'https://community.example.com/api', getToken: () => auth.currentToken() });
 * ```
 * @module
 */
import { ERROR_CODES, MajlisError, abortError, delay, isAbortError } from '../core/adapter.js';
import type { CommunityAdapter } from '../core/adapter.js';
import { errorCodeOfStatus } from '../core/contract/errors.js';
import { devWarn } from '../core/define.js';
import { CareStats as careStatsSchema } from '../core/contract/care.js';
import * as contract from '../core/contract/entities.js';
import * as following from '../core/contract/follow.js';
import * as ideas from '../core/contract/ideas.js';
import * as liveSessions from '../core/contract/live-sessions.js';
import * as moderation from '../core/contract/moderation.js';
import * as recognition from '../core/contract/recognition.js';
import { array, object } from '../core/contract/schema.js';
import type { Schema } from '../core/contract/schema.js';
import { ShapeError, decode, describe, isRecord } from '../core/shapes.js';
import type {
  AcceptInput,
  AcceptResult,
  Answer,
  AnswerQuery,
  AskQuestionInput,
  AuditEntry,
  AuditQuery,
  CallOptions,
  CareStats,
  Category,
  DeletePostInput,
  EditPostInput,
  FlagInput,
  Follow,
  FollowInput,
  FollowQuery,
  FollowState,
  EvaluateIdeaInput,
  AskInSessionInput,
  CreateLiveSessionInput,
  LiveSession,
  LiveSessionQuery,
  LiveSessionSummary,
  SessionQuestion,
  SessionQuestionQuery,
  UpdateLiveSessionInput,
  Idea,
  IdeaQuery,
  IdeaWinner,
  MarkIdeaWinnerInput,
  MergeIdeaInput,
  MergeIdeaResult,
  SetIdeaStatusInput,
  SubmitIdeaInput,
  Leaderboard,
  LeaderboardQuery,
  ModerationInput,
  ModerationItem,
  ModerationQueueQuery,
  ModerationResult,
  NotificationSettings,
  NotificationSettingsInput,
  Page,
  PostAnswerInput,
  PostType,
  Question,
  QuestionQuery,
  RecognitionRules,
  Revision,
  UserProfile,
  Viewer,
  VoteInput,
} from '../core/types.js';
import type { LiveEvent, LiveTopic, SubscribeOptions } from '../core/contract/live.js';
import type { LiveConnection } from './rest-live.js';

export interface RestAdapterOptions {
  /** Base URL of the API, absolute or relative to the page (`/api/community`); a trailing slash is ignored. */
  endpoint: string;
  /** Passed to `fetch`: `'include'` sends cookies to another origin too (cookie sessions). */
  credentials?: RequestCredentials;
  /** A bearer token for `Authorization`, asked for on every request; null or '' sends none. */
  getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /** Extra headers sent with every request. */
  headers?: HeadersInit;
  /** The `fetch` to use (a test double, an instrumented fetch); default: the global one at call time. */
  fetch?: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** How many times a failed read is retried (network failure or 5xx). Default 2. Mutations never retry. */
  retries?: number;
  /** The first wait before a retry, doubled for each further one. Default 200 ms. */
  retryDelayMs?: number;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Query = Record<string, string | number>;

/**
 * A {@link CommunityAdapter} over HTTP; see the module documentation for the contract it speaks.
 */
export class RestAdapter implements CommunityAdapter {
  readonly endpoint: string;
  private readonly options: RestAdapterOptions;
  private readonly retries: number;
  private readonly retryDelayMs: number;
  private live: Promise<LiveConnection> | null = null;

  constructor(options: RestAdapterOptions) {
    if (typeof options.endpoint !== 'string' || options.endpoint.trim() === '') {
      throw new TypeError('RestAdapter needs an endpoint: the base URL of the community API');
    }
    this.options = options;
    this.endpoint = options.endpoint.trim().replace(/\/+$/, '');
    this.retries = Math.max(0, Math.floor(options.retries ?? 2));
    this.retryDelayMs = Math.max(0, options.retryDelayMs ?? 200);
  }

  // Reads

  async getViewer(options?: CallOptions): Promise<Viewer> {
    return await this.request('GET', '/viewer', contract.Viewer, { options });
  }

  async listCategories(options?: CallOptions): Promise<Category[]> {
    return await this.request('GET', '/categories', categories, { options });
  }

  async listQuestions(query: QuestionQuery = {}, options?: CallOptions): Promise<Page<Question>> {
    const params = queryOf(query, ['categoryId', 'status', 'language', 'tag', 'sort', 'search', 'match', 'cursor']);
    return await this.request('GET', '/questions', contract.QuestionPage, { query: params, options });
  }

  async getQuestion(id: string, options?: CallOptions): Promise<Question> {
    return await this.request('GET', `/questions/${segment(id, 'id')}`, contract.Question, { options });
  }

  async listAnswers(questionId: string, query: AnswerQuery = {}, options?: CallOptions): Promise<Page<Answer>> {
    const path = `/questions/${segment(questionId, 'questionId')}/answers`;
    return await this.request('GET', path, contract.AnswerPage, { query: queryOf(query, ['sort', 'cursor']), options });
  }

  async getAnswer(id: string, options?: CallOptions): Promise<Answer> {
    return await this.request('GET', `/answers/${segment(id, 'id')}`, contract.Answer, { options });
  }

  async getUser(id: string, options?: CallOptions): Promise<UserProfile> {
    return await this.request('GET', `/users/${segment(id, 'id')}`, contract.UserProfile, { options });
  }

  // Recognition (optional capabilities `leaderboard` and `recognition`)

  async leaderboard(query: LeaderboardQuery = {}, options?: CallOptions): Promise<Leaderboard> {
    const params = queryOf(query, ['mode', 'period', 'metric', 'categoryId', 'language', 'timeZone']);
    return await this.request('GET', '/leaderboard', recognition.Leaderboard, { query: params, options });
  }

  async getRecognitionRules(options?: CallOptions): Promise<RecognitionRules> {
    return await this.request('GET', '/recognition', recognition.RecognitionRules, { options });
  }

  // Customer care (optional capability `careStats`)

  async careStats(options?: CallOptions): Promise<CareStats> {
    return await this.request('GET', '/care/stats', careStatsSchema, { options });
  }

  // Mutations

  async askQuestion(input: AskQuestionInput, options?: CallOptions): Promise<Question> {
    return await this.request('POST', '/questions', contract.Question, { body: input, options });
  }

  async postAnswer(input: PostAnswerInput, options?: CallOptions): Promise<Answer> {
    const fields = inputObject(input, 'The answer');
    const path = `/questions/${segment(fields.questionId, 'questionId')}/answers`;
    const { body, language, allowPersonalData } = fields;
    const request = allowPersonalData === undefined ? { body, language } : { body, language, allowPersonalData };
    return await this.request('POST', path, contract.Answer, { body: request, options });
  }

  async vote(input: VoteInput, options?: CallOptions): Promise<Question | Answer> {
    const { path, schema, fields } = postRoute(input, 'The vote', '/vote');
    return await this.request('PUT', path, schema, { body: { voted: fields.voted }, options });
  }

  async acceptAnswer(input: AcceptInput, options?: CallOptions): Promise<AcceptResult> {
    const fields = inputObject(input, 'The accept request');
    const path = `/answers/${segment(fields.answerId, 'answerId')}/accepted`;
    return await this.request('PUT', path, contract.AcceptResult, { body: { accepted: fields.accepted }, options });
  }

  // Moderation (optional capabilities `flag`, `editPost` and `moderate`)

  async flag(input: FlagInput, options?: CallOptions): Promise<Question | Answer> {
    const { path, schema, fields } = postRoute(input, 'The flag', '/flag');
    return await this.request('PUT', path, schema, { body: { reason: fields.reason, note: fields.note }, options });
  }

  async editPost(input: EditPostInput, options?: CallOptions): Promise<Question | Answer> {
    const { path, schema, fields } = postRoute(input, 'The edit');
    const { target: _target, id: _id, ...body } = fields;
    return await this.request('PATCH', path, schema, { body, options });
  }

  async listRevisions(target: PostType, id: string, options?: CallOptions): Promise<Revision[]> {
    const { path } = postRoute({ target, id }, 'The post', '/revisions');
    return (await this.request('GET', path, revisions, { options })).items;
  }

  async deletePost(input: DeletePostInput, options?: CallOptions): Promise<Question | Answer> {
    const { path, schema } = postRoute(input, 'The delete request');
    return await this.request('DELETE', path, schema, { options });
  }

  async moderate(input: ModerationInput, options?: CallOptions): Promise<ModerationResult> {
    return await this.request('POST', '/moderation/actions', moderation.ModerationResult, { body: input, options });
  }

  async listModerationQueue(query: ModerationQueueQuery, options?: CallOptions): Promise<Page<ModerationItem>> {
    const params = queryOf(query, ['tab', 'categoryId', 'cursor']);
    return await this.request('GET', '/moderation/queue', queuePage, { query: params, options });
  }

  async listAuditLog(query: AuditQuery = {}, options?: CallOptions): Promise<Page<AuditEntry>> {
    const params = queryOf(query, ['targetId', 'actorId', 'cursor']);
    return await this.request('GET', '/moderation/audit', auditPage, { query: params, options });
  }

  // Following (optional capability `follow`)

  async follow(input: FollowInput, options?: CallOptions): Promise<FollowState> {
    const fields = inputObject(input, 'The follow request');
    const collection = FOLLOW_COLLECTIONS[fields.target as FollowInput['target']] as string | undefined;
    if (collection === undefined) {
      throw new MajlisError('invalid', `target must be one of ${Object.keys(FOLLOW_COLLECTIONS).join(', ')}, got ${describe(fields.target)}`, {
        field: 'target',
      });
    }
    const path = `/${collection}/${segment(fields.id, 'id')}/follow`;
    return await this.request('PUT', path, following.FollowState, { body: { following: fields.following }, options });
  }

  async listFollows(query: FollowQuery = {}, options?: CallOptions): Promise<Page<Follow>> {
    const params = queryOf(query, ['target', 'cursor']);
    return await this.request('GET', '/viewer/follows', following.FollowPage, { query: params, options });
  }

  async getNotificationSettings(options?: CallOptions): Promise<NotificationSettings> {
    return await this.request('GET', '/viewer/notifications', following.NotificationSettings, { options });
  }

  async setNotificationSettings(input: NotificationSettingsInput, options?: CallOptions): Promise<NotificationSettings> {
    const body = inputObject(input, 'The notification settings');
    return await this.request('PUT', '/viewer/notifications', following.NotificationSettings, { body, options });
  }

  // Ideas (optional capability `ideas`)

  async listIdeas(query: IdeaQuery = {}, options?: CallOptions): Promise<Page<Idea>> {
    const params = queryOf(query, ['topic', 'status', 'language', 'sort', 'search', 'cursor']);
    const evaluated = inputObject(query, 'The list query').evaluated;
    if (evaluated !== undefined && evaluated !== null) {
      if (typeof evaluated !== 'boolean') {
        throw new MajlisError('invalid', `evaluated must be true or false, got ${describe(evaluated)}`, { field: 'evaluated' });
      }
      params.evaluated = String(evaluated);
    }
    return await this.request('GET', '/ideas', ideas.IdeaPage, { query: params, options });
  }

  async getIdea(id: string, options?: CallOptions): Promise<Idea> {
    return await this.request('GET', `/ideas/${segment(id, 'id')}`, ideas.Idea, { options });
  }

  async submitIdea(input: SubmitIdeaInput, options?: CallOptions): Promise<Idea> {
    return await this.request('POST', '/ideas', ideas.Idea, { body: input, options });
  }

  async setIdeaStatus(input: SetIdeaStatusInput, options?: CallOptions): Promise<Idea> {
    const { ideaId, ...body } = inputObject(input, 'The status change');
    return await this.request('PUT', `/ideas/${segment(ideaId, 'ideaId')}/status`, ideas.Idea, { body, options });
  }

  async evaluateIdea(input: EvaluateIdeaInput, options?: CallOptions): Promise<Idea> {
    const { ideaId, ...body } = inputObject(input, 'The evaluation');
    return await this.request('PUT', `/ideas/${segment(ideaId, 'ideaId')}/evaluation`, ideas.Idea, { body, options });
  }

  async mergeIdea(input: MergeIdeaInput, options?: CallOptions): Promise<MergeIdeaResult> {
    const { ideaId, ...body } = inputObject(input, 'The merge');
    return await this.request('POST', `/ideas/${segment(ideaId, 'ideaId')}/merge`, ideas.MergeIdeaResult, { body, options });
  }

  async markIdeaWinner(input: MarkIdeaWinnerInput, options?: CallOptions): Promise<IdeaWinner> {
    const { ideaId, ...body } = inputObject(input, 'The winner');
    return await this.request('PUT', `/ideas/${segment(ideaId, 'ideaId')}/winner`, ideas.IdeaWinner, { body, options });
  }

  async listIdeaWinners(options?: CallOptions): Promise<IdeaWinner[]> {
    return await this.request('GET', '/idea-winners', ideas.IdeaWinnerList, { options });
  }

  // Live sessions (optional capability `liveSessions`)

  async listLiveSessions(query: LiveSessionQuery = {}, options?: CallOptions): Promise<Page<LiveSession>> {
    const params = queryOf(query, ['phase', 'cursor']);
    return await this.request('GET', '/live-sessions', liveSessions.LiveSessionPage, { query: params, options });
  }

  async getLiveSession(id: string, options?: CallOptions): Promise<LiveSession> {
    return await this.request('GET', `/live-sessions/${segment(id, 'id')}`, liveSessions.LiveSession, { options });
  }

  async createLiveSession(input: CreateLiveSessionInput, options?: CallOptions): Promise<LiveSession> {
    return await this.request('POST', '/live-sessions', liveSessions.LiveSession, { body: input, options });
  }

  async updateLiveSession(input: UpdateLiveSessionInput, options?: CallOptions): Promise<LiveSession> {
    const { sessionId, ...body } = inputObject(input, 'The session');
    return await this.request('PUT', `/live-sessions/${segment(sessionId, 'sessionId')}`, liveSessions.LiveSession, { body, options });
  }

  async askInSession(input: AskInSessionInput, options?: CallOptions): Promise<SessionQuestion> {
    const { sessionId, ...body } = inputObject(input, 'The question');
    const path = `/live-sessions/${segment(sessionId, 'sessionId')}/questions`;
    return await this.request('POST', path, liveSessions.SessionQuestion, { body, options });
  }

  async listSessionQuestions(sessionId: string, query: SessionQuestionQuery = {}, options?: CallOptions): Promise<Page<SessionQuestion>> {
    const params = queryOf(query, ['filter', 'sort', 'cursor']);
    const path = `/live-sessions/${segment(sessionId, 'sessionId')}/questions`;
    return await this.request('GET', path, liveSessions.SessionQuestionPage, { query: params, options });
  }

  async getLiveSessionSummary(sessionId: string, options?: CallOptions): Promise<LiveSessionSummary> {
    const path = `/live-sessions/${segment(sessionId, 'sessionId')}/summary`;
    return await this.request('GET', path, liveSessions.LiveSessionSummary, { options });
  }

  /**
   * Capability `subscribe`: live updates over `GET /live` (Server-Sent Events read with `fetch`; see
   * `rest-live.ts`, loaded on the first call). Returns the unsubscribe function.
   */
  subscribe(topic: LiveTopic, onEvent: (event: LiveEvent) => void, options: SubscribeOptions = {}): () => void {
    this.live ??= import('./rest-live.js').then(
      ({ LiveConnection }) =>
        new LiveConnection({
          open: (path, signal) => this.send('GET', path, undefined, undefined, signal, 'text/event-stream'),
          errorOf: (response) => errorFrom(response, 'GET /live', this.endpoint),
          retryDelayMs: this.retryDelayMs,
        }),
    );
    let unsubscribe: (() => void) | null = null;
    let cancelled = false;
    void this.live.then((connection) => {
      if (!cancelled) unsubscribe = connection.subscribe(topic, onEvent, options);
    }, options.onError);
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  }

  // Plumbing

  private async request<T>(
    method: Method,
    path: string,
    schema: Schema<T>,
    { query, body, options }: { query?: Query; body?: unknown; options?: CallOptions | undefined },
  ): Promise<T> {
    const signal = options?.signal;
    const what = `${method} ${path}`;
    for (let attempt = 0; ; attempt++) {
      throwIfAborted(signal);
      let failure: MajlisError;
      let retryable: boolean;
      try {
        const response = await this.send(method, path, query, body, signal);
        if (response.ok) return await readResult(response, schema, what, this.endpoint);
        failure = await errorFrom(response, what, this.endpoint);
        retryable = response.status >= 500;
      } catch (error) {
        if (isAbortError(error) || signal?.aborted) throw abortError();
        if (!(error instanceof TypeError)) throw error;
        failure = new MajlisError('network', `${what}: the request failed (${error.message})`, { cause: error });
        retryable = true;
      }
      if (method !== 'GET' || !retryable || attempt >= this.retries) throw failure;
      await delay(this.retryDelayMs * 2 ** attempt, signal);
    }
  }

  private async send(
    method: Method,
    path: string,
    query: Query | undefined,
    body: unknown,
    signal: AbortSignal | undefined,
    accept = 'application/json',
  ): Promise<Response> {
    const headers = new Headers(this.options.headers);
    headers.set('Accept', accept);
    const token = await this.token();
    throwIfAborted(signal);
    if (token) headers.set('Authorization', `Bearer ${token}`);
    const init: RequestInit = { method, headers };
    if (body !== undefined) {
      headers.set('Content-Type', 'application/json');
      init.body = JSON.stringify(body);
    }
    if (this.options.credentials !== undefined) init.credentials = this.options.credentials;
    if (signal !== undefined) init.signal = signal;
    const search = query && Object.keys(query).length > 0 ? `?${new URLSearchParams(stringValues(query))}` : '';
    const url = `${this.endpoint}${path}${search}`;
    return this.options.fetch ? this.options.fetch(url, init) : globalThis.fetch(url, init);
  }

  private async token(): Promise<string | null | undefined> {
    if (!this.options.getToken) return null;
    try {
      return await this.options.getToken();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new MajlisError('unauthenticated', `getToken() failed: ${reason}`, { cause: error });
    }
  }
}

// Requests

/** A path segment from an id; ids must be non-empty strings. */
function segment(value: unknown, field: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new MajlisError('invalid', `${field} must be a non-empty string id, got ${describe(value)}`, { field });
  }
  return encodeURIComponent(value);
}

/** `/{target}s/{id}` + `suffix` for a post, and the schema of the post it answers with. */
function postRoute(input: unknown, what: string, suffix = '') {
  const fields = inputObject(input, what);
  const target = fields.target;
  if (target !== 'question' && target !== 'answer') {
    throw new MajlisError('invalid', `target must be "question" or "answer", got ${describe(target)}`, {
      field: 'target',
    });
  }
  const schema: Schema<Question | Answer> = target === 'question' ? contract.Question : contract.Answer;
  return { path: `/${target}s/${segment(fields.id, 'id')}${suffix}`, schema, fields };
}

function inputObject(input: unknown, what: string): Record<string, unknown> {
  if (typeof input !== 'object' || input === null) {
    throw new MajlisError('invalid', `${what} must be an object, got ${describe(input)}`);
  }
  return input as Record<string, unknown>;
}

/** The query parameters of a list call: the given text fields and `limit`; what cannot be sent is `invalid`. */
function queryOf(query: object, textFields: readonly string[]): Query {
  const record = inputObject(query, 'The list query');
  const params: Query = {};
  for (const field of textFields) {
    const value = record[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') {
      throw new MajlisError('invalid', `${field} must be a string, got ${describe(value)}`, { field });
    }
    params[field] = value;
  }
  const limit = record.limit;
  if (limit !== undefined && limit !== null) {
    if (typeof limit !== 'number' || Number.isNaN(limit)) {
      throw new MajlisError('invalid', `limit must be a number, got ${describe(limit)}`, { field: 'limit' });
    }
    params.limit = limit;
  }
  return params;
}

function stringValues(query: Query): Record<string, string> {
  return Object.fromEntries(Object.entries(query).map(([key, value]) => [key, String(value)]));
}

/** The path collection of each follow target. */
const FOLLOW_COLLECTIONS: Record<FollowInput['target'], string> = { question: 'questions', category: 'categories', session: 'live-sessions' };

// Responses

const categories = array(contract.Category);
const revisions = object({ items: array(moderation.Revision) });
const queuePage = contract.page(moderation.ModerationItem);
const auditPage = contract.page(moderation.AuditEntry);

/**
 * The error for an answer that does not speak the contract at all (an HTML page, a 404 without the contract's
 * error body): the endpoint is most likely wrong. The host developer is told once, naming the endpoint.
 */
function notAnApiError(endpoint: string, message: string, cause?: string): MajlisError {
  devWarn(
    `RestAdapter: ${endpoint} does not answer as a Majlis API (${message}). Check the endpoint: ` +
      'it is the base URL of the API paths, such as /questions and /viewer.',
  );
  return new MajlisError('unavailable', message, { endpoint, ...(cause === undefined ? {} : { cause }) });
}

async function readResult<T>(response: Response, schema: Schema<T>, what: string, endpoint: string): Promise<T> {
  const body = await readJson(response);
  if (body === notJson) {
    const type = response.headers.get('Content-Type') ?? 'no content type';
    throw notAnApiError(endpoint, `${what}: expected a JSON response, got ${type}`);
  }
  try {
    return decode(schema, body, '');
  } catch (error) {
    if (error instanceof ShapeError) throw new MajlisError('unavailable', `${what}: ${error.message}`);
    throw error;
  }
}

const notJson = Symbol('not JSON');

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return notJson;
  }
}

/** The MajlisError for a failed response, from its status, its error body and `Retry-After`. */
async function errorFrom(response: Response, what: string, endpoint: string): Promise<MajlisError> {
  const body = await readJson(response).catch((error: unknown) => {
    if (isAbortError(error)) throw error;
    return notJson;
  });
  const detail = isRecord(body) && isRecord(body.error) ? body.error : {};
  const bodyCode = ERROR_CODES.find((known) => known === detail.code);
  const statusText = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  // The contract's 404 names what is missing in its error body; a bare 404 means no API is at this address.
  if (response.status === 404 && bodyCode === undefined) {
    return notAnApiError(endpoint, `${what} failed with ${statusText} and no Majlis error body`, statusText);
  }
  const code = errorCodeOfStatus(response.status) ?? bodyCode ?? 'unavailable';
  const message =
    typeof detail.message === 'string' && detail.message.trim() !== ''
      ? detail.message
      : `${what} failed with ${statusText}`;
  const field = code === 'invalid' && typeof detail.field === 'string' ? detail.field : undefined;
  const retryAfter = code === 'rate-limited' ? retryAfterOf(response.headers.get('Retry-After')) : undefined;
  const reason = typeof detail.reason === 'string' && detail.reason !== '' ? detail.reason : undefined;
  return new MajlisError(code, message, {
    ...(field === undefined ? {} : { field }),
    ...(reason === undefined ? {} : { reason }),
    ...(retryAfter === undefined ? {} : { retryAfter }),
    cause: statusText,
  });
}

/** `Retry-After` as seconds from now: either delta-seconds or an HTTP date. */
function retryAfterOf(header: string | null): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

// Abort

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

