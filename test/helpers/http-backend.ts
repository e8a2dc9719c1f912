import { MemoryAdapter } from '../../src/adapters/memory.js';
import { parseTopic } from '../../src/core/contract/live.js';
import type { LiveTopic } from '../../src/core/contract/live.js';
import { isAbortError, isMajlisError } from '../../src/core/adapter.js';
import type { MajlisErrorCode } from '../../src/core/adapter.js';
import type { ModerationOptions } from '../../src/core/moderation.js';
import type { CommunitySeed } from '../../src/core/seed.js';
import type {
  AskInSessionInput,
  AskQuestionInput,
  CreateLiveSessionInput,
  UpdateLiveSessionInput,
  EvaluateIdeaInput,
  FlagReason,
  MarkIdeaWinnerInput,
  MergeIdeaInput,
  ModerationInput,
  ModerationQueueQuery,
  PostAnswerInput,
  PostType,
  SetIdeaStatusInput,
  SubmitIdeaInput,
} from '../../src/core/types.js';

/** A `fetch`-compatible function. */
export type FetchFunction = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

export interface HttpBackend {
  /** Serves the REST contract of `src/adapters/rest.ts` under {@link endpoint}, through real Request/Response objects. */
  fetch: FetchFunction;
  /** Base URL to give a RestAdapter. */
  endpoint: string;
  /** The community behind the routes; its viewer is switched per request. */
  memory: MemoryAdapter;
  /** Every request received, in order. */
  requests: Request[];
}

const statuses: Record<MajlisErrorCode, number> = {
  invalid: 422,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'rate-limited': 429,
  network: 502,
  unavailable: 503,
};

type Handler = (memory: MemoryAdapter, id: string, request: Request, signal: AbortSignal) => Promise<unknown>;

/**
 * What the memory adapter gets from a query string, as the server coerces it: strings, `limit` as a number when it
 * is one, and `evaluated` as a boolean when it is `true` or `false`.
 */
function queryOf(request: Request): Record<string, string | number | boolean> {
  const query: Record<string, string | number | boolean> = {};
  for (const [key, value] of new URL(request.url).searchParams) {
    if (key === 'limit' && value.trim() !== '' && !Number.isNaN(Number(value))) query[key] = Number(value);
    else if (key === 'evaluated' && (value === 'true' || value === 'false')) query[key] = value === 'true';
    else query[key] = value;
  }
  return query;
}

async function bodyOf(request: Request): Promise<Record<string, unknown>> {
  const body: unknown = await request.json();
  if (typeof body !== 'object' || body === null) throw new SyntaxError('expected a JSON object');
  return body as Record<string, unknown>;
}

function vote(target: PostType): Handler {
  return async (memory, id, request, signal) =>
    memory.vote({ target, id, voted: (await bodyOf(request)).voted as boolean }, { signal });
}

/** The moderation routes of one kind of post (`/questions/:id/flag` …). */
function postRoutes(target: PostType): [method: string, pattern: string, handler: Handler][] {
  const base = `/${target}s/:id`;
  return [
    [
      'PUT',
      `${base}/flag`,
      async (memory, id, request, signal) => {
        const { reason, note } = await bodyOf(request);
        return memory.flag({ target, id, reason: reason as FlagReason, note: note as string | null | undefined }, { signal });
      },
    ],
    [
      'PATCH',
      base,
      async (memory, id, request, signal) =>
        memory.editPost({ ...(await bodyOf(request)), target, id } as unknown as Parameters<MemoryAdapter['editPost']>[0], { signal }),
    ],
    ['GET', `${base}/revisions`, async (memory, id, _request, signal) => ({ items: await memory.listRevisions(target, id, { signal }) })],
    ['DELETE', base, (memory, id, _request, signal) => memory.deletePost({ target, id }, { signal })],
  ];
}

/** `METHOD /path` patterns, `:id` standing for one URL-encoded segment. */
const routes: [method: string, pattern: string, handler: Handler][] = [
  ['GET', '/viewer', (memory, _id, _request, signal) => memory.getViewer({ signal })],
  ['GET', '/categories', (memory, _id, _request, signal) => memory.listCategories({ signal })],
  ['GET', '/questions', (memory, _id, request, signal) => memory.listQuestions(queryOf(request), { signal })],
  [
    'POST',
    '/questions',
    async (memory, _id, request, signal) =>
      memory.askQuestion((await bodyOf(request)) as unknown as AskQuestionInput, { signal }),
  ],
  ['GET', '/questions/:id', (memory, id, _request, signal) => memory.getQuestion(id, { signal })],
  [
    'GET',
    '/questions/:id/answers',
    (memory, id, request, signal) => memory.listAnswers(id, queryOf(request), { signal }),
  ],
  [
    'POST',
    '/questions/:id/answers',
    async (memory, id, request, signal) => {
      const { body, language, allowPersonalData } = await bodyOf(request);
      const input = { questionId: id, body, language, allowPersonalData } as PostAnswerInput;
      return memory.postAnswer(input, { signal });
    },
  ],
  ['PUT', '/questions/:id/vote', vote('question')],
  ['GET', '/answers/:id', (memory, id, _request, signal) => memory.getAnswer(id, { signal })],
  ['PUT', '/answers/:id/vote', vote('answer')],
  [
    'PUT',
    '/answers/:id/accepted',
    async (memory, id, request, signal) =>
      memory.acceptAnswer({ answerId: id, accepted: (await bodyOf(request)).accepted as boolean }, { signal }),
  ],
  ['GET', '/users/:id', (memory, id, _request, signal) => memory.getUser(id, { signal })],
  ['GET', '/leaderboard', (memory, _id, request, signal) => memory.leaderboard(queryOf(request), { signal })],
  ['GET', '/recognition', (memory, _id, _request, signal) => memory.getRecognitionRules({ signal })],
  ['GET', '/care/stats', (memory, _id, _request, signal) => memory.careStats({ signal })],
  ...postRoutes('question'),
  ...postRoutes('answer'),
  [
    'POST',
    '/moderation/actions',
    async (memory, _id, request, signal) => memory.moderate((await bodyOf(request)) as unknown as ModerationInput, { signal }),
  ],
  [
    'GET',
    '/moderation/queue',
    (memory, _id, request, signal) => memory.listModerationQueue(queryOf(request) as unknown as ModerationQueueQuery, { signal }),
  ],
  ['GET', '/moderation/audit', (memory, _id, request, signal) => memory.listAuditLog(queryOf(request), { signal })],
  ...(['question', 'category', 'session'] as const).map((target): [string, string, Handler] => [
    'PUT',
    `/${{ question: 'questions', category: 'categories', session: 'live-sessions' }[target]}/:id/follow`,
    async (memory, id, request, signal) => memory.follow({ target, id, following: (await bodyOf(request)).following as boolean }, { signal }),
  ]),
  ['GET', '/viewer/follows', (memory, _id, request, signal) => memory.listFollows(queryOf(request), { signal })],
  ['GET', '/viewer/notifications', (memory, _id, _request, signal) => memory.getNotificationSettings({ signal })],
  [
    'PUT',
    '/viewer/notifications',
    async (memory, _id, request, signal) => memory.setNotificationSettings(await bodyOf(request), { signal }),
  ],
  ['GET', '/ideas', (memory, _id, request, signal) => memory.listIdeas(queryOf(request), { signal })],
  ['GET', '/ideas/:id', (memory, id, _request, signal) => memory.getIdea(id, { signal })],
  ['POST', '/ideas', async (memory, _id, request, signal) => memory.submitIdea((await bodyOf(request)) as unknown as SubmitIdeaInput, { signal })],
  ['PUT', '/ideas/:id/status', async (memory, id, request, signal) => memory.setIdeaStatus({ ...(await bodyOf(request)), ideaId: id } as SetIdeaStatusInput, { signal })],
  ['PUT', '/ideas/:id/evaluation', async (memory, id, request, signal) => memory.evaluateIdea({ ...(await bodyOf(request)), ideaId: id } as EvaluateIdeaInput, { signal })],
  ['POST', '/ideas/:id/merge', async (memory, id, request, signal) => memory.mergeIdea({ ...(await bodyOf(request)), ideaId: id } as MergeIdeaInput, { signal })],
  ['PUT', '/ideas/:id/winner', async (memory, id, request, signal) => memory.markIdeaWinner({ ...(await bodyOf(request)), ideaId: id } as MarkIdeaWinnerInput, { signal })],
  ['GET', '/idea-winners', (memory, _id, _request, signal) => memory.listIdeaWinners({ signal })],
  ['GET', '/live-sessions', (memory, _id, request, signal) => memory.listLiveSessions(queryOf(request), { signal })],
  ['GET', '/live-sessions/:id', (memory, id, _request, signal) => memory.getLiveSession(id, { signal })],
  ['POST', '/live-sessions', async (memory, _id, request, signal) => memory.createLiveSession((await bodyOf(request)) as unknown as CreateLiveSessionInput, { signal })],
  ['PUT', '/live-sessions/:id', async (memory, id, request, signal) => memory.updateLiveSession({ ...(await bodyOf(request)), sessionId: id } as UpdateLiveSessionInput, { signal })],
  ['GET', '/live-sessions/:id/questions', (memory, id, request, signal) => memory.listSessionQuestions(id, queryOf(request), { signal })],
  ['POST', '/live-sessions/:id/questions', async (memory, id, request, signal) => memory.askInSession({ ...(await bodyOf(request)), sessionId: id } as AskInSessionInput, { signal })],
  ['GET', '/live-sessions/:id/summary', (memory, id, _request, signal) => memory.getLiveSessionSummary(id, { signal })],
];

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

function errorResponse(
  status: number,
  code: MajlisErrorCode,
  message: string,
  field?: string,
  { reason, retryAfter }: { reason?: string; retryAfter?: number } = {},
): Response {
  const headers: Record<string, string> = retryAfter === undefined ? {} : { 'Retry-After': String(retryAfter) };
  const detail = { code, message, ...(field === undefined ? {} : { field }), ...(reason === undefined ? {} : { reason }) };
  return json(status, { error: detail }, headers);
}

/**
 * An in-test HTTP backend over a {@link MemoryAdapter}: the viewer comes from `Authorization: Bearer <userId>`
 * (none: anonymous), MajlisError codes become the statuses of the REST contract with its JSON error body. A path
 * outside `endpoint` gets an HTML 404 page, as from a web server with no API there (a wrong endpoint).
 * Requests are handled one at a time, so switching the memory adapter's viewer per request is safe.
 */
export function createHttpBackend(
  seed: CommunitySeed,
  endpoint = 'https://community.test/api',
  { now, moderation }: { now?: () => Date; moderation?: ModerationOptions } = {},
): HttpBackend {
  const memory = new MemoryAdapter({ seed, now, moderation });
  const requests: Request[] = [];
  const basePath = new URL(endpoint).pathname.replace(/\/+$/, '');
  let queue: Promise<unknown> = Promise.resolve();

  async function handle(request: Request, signal: AbortSignal): Promise<Response> {
    const path = new URL(request.url).pathname;
    // Outside the API the web server answers, as web servers do: with an HTML page.
    if (!path.startsWith(`${basePath}/`)) {
      return new Response('<!doctype html><title>Not Found</title><h1>Not Found</h1>', {
        status: 404,
        headers: { 'Content-Type': 'text/html' },
      });
    }
    if (path === `${basePath}/live` && request.method === 'GET') return liveStream(memory, request, signal);
    const segments = path.slice(basePath.length).split('/');
    const matching = routes.filter(([, pattern]) => {
      const parts = pattern.split('/');
      return parts.length === segments.length && parts.every((part, i) => part === ':id' || part === segments[i]);
    });
    const route = matching.find(([method]) => method === request.method);
    if (!route) {
      return matching.length > 0
        ? errorResponse(405, 'invalid', `${request.method} is not allowed on ${path}`)
        : errorResponse(404, 'not-found', `No route for ${request.method} ${path}`);
    }
    const idIndex = route[1].split('/').indexOf(':id');
    const id = idIndex < 0 ? '' : decodeURIComponent(segments[idIndex] ?? '');
    const token = /^Bearer (.+)$/.exec(request.headers.get('Authorization') ?? '')?.[1] ?? null;
    try {
      memory.setViewer(token);
    } catch {
      return errorResponse(401, 'unauthenticated', 'The bearer token names no member');
    }
    try {
      const result = await route[2](memory, id, request, signal);
      return json(request.method === 'POST' ? 201 : 200, result);
    } catch (error) {
      if (isAbortError(error)) throw error;
      if (error instanceof SyntaxError) return errorResponse(400, 'invalid', `Unreadable JSON body: ${error.message}`);
      if (!isMajlisError(error)) return errorResponse(500, 'unavailable', String(error));
      return errorResponse(statuses[error.code], error.code, error.message, error.field, error);
    }
  }

  const fetch: FetchFunction = (input, init) => {
    const request = new Request(input, init);
    const signal = init?.signal ?? request.signal;
    requests.push(request.clone());
    const turn = queue.then(async () => {
      if (signal.aborted) throw new DOMException('Aborted', 'AbortError');
      const response = await handle(request, signal);
      if (signal.aborted) throw new DOMException('Aborted', 'AbortError');
      return response;
    });
    queue = turn.catch(() => undefined);
    return turn;
  };

  return { fetch, endpoint, memory, requests };
}

/** `GET /live` of the REST contract over the memory adapter's own live updates: an endless event stream. */
function liveStream(memory: MemoryAdapter, request: Request, signal: AbortSignal): Response {
  const topics = (new URL(request.url).searchParams.get('topics') ?? '').split(',').map(parseTopic);
  if (topics.length === 0 || topics.includes(null)) return errorResponse(400, 'invalid', 'Unknown topics', 'topics');
  const encoder = new TextEncoder();
  const stops: (() => void)[] = [];
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode('id: 0\n\n'));
      const sent = new Set<string>();
      for (const topic of topics as LiveTopic[]) {
        stops.push(
          memory.subscribe(topic, (event) => {
            if (sent.has(event.id)) return;
            sent.add(event.id);
            controller.enqueue(encoder.encode(`id: ${event.id}\ndata: ${JSON.stringify(event)}\n\n`));
          }),
        );
      }
      signal.addEventListener('abort', () => {
        stops.forEach((stop) => stop());
        controller.close();
      }, { once: true });
    },
    cancel: () => stops.forEach((stop) => stop()),
  });
  return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
}
