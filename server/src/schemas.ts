import { ERROR_CODES } from '#majlis/core/adapter.js';
import { CareStats } from '#majlis/core/contract/care.js';
import { EscalationDelivery, EscalationDeliveryPage, EscalationDeliveryQuery } from './escalation/deliveries.js';
import { SEARCH_LIMITS } from '#majlis/core/contract/text.js';
import {
  AcceptBody,
  AcceptResult,
  Answer,
  AnswerPage,
  AnswerQuery,
  AskQuestionInput,
  Category,
  PostAnswerBody,
  Question,
  QuestionPage,
  QuestionQuery,
  PostModeration,
  Suspension,
  User,
  UserProfile,
  Viewer,
  VoteBody,
  page,
} from '#majlis/core/contract/entities.js';
import {
  AuditEntry,
  AuditQuery,
  EditBody,
  Flag,
  FlagBody,
  ModerationInput,
  ModerationItem,
  ModerationQueueQuery,
  ModerationResult,
  Revision,
} from '#majlis/core/contract/moderation.js';
import {
  Follow,
  FollowBody,
  FollowPage,
  FollowQuery,
  FollowState,
  NotificationSettings,
  NotificationSettingsInput,
} from '#majlis/core/contract/follow.js';
import {
  BadgeDefinition,
  EarnedBadge,
  Leaderboard,
  LeaderboardAnswer,
  LeaderboardEntry,
  LeaderboardQuery,
  RankDefinition,
  RecognitionRules,
  ReputationRules,
} from '#majlis/core/contract/recognition.js';
import {
  Idea,
  IdeaEvaluation,
  IdeaEvaluationBody,
  IdeaPage,
  IdeaPermissions,
  IdeaQuery,
  IdeaScores,
  IdeaStatusBody,
  IdeaWinner,
  IdeaWinnerBody,
  MergeIdeaBody,
  MergeIdeaResult,
  SubmitIdeaInput,
} from '#majlis/core/contract/ideas.js';
import {
  AskInSessionBody,
  CreateLiveSessionInput,
  LiveSession,
  LiveSessionPage,
  LiveSessionPermissions,
  LiveSessionQuery,
  LiveSessionSummary,
  SessionQuestion,
  SessionQuestionPage,
  SessionQuestionQuery,
  UpdateLiveSessionBody,
} from '#majlis/core/contract/live-sessions.js';

/**
 * The JSON Schemas of the API: Fastify validates requests and serializes responses with them, and
 * `openapi.ts` builds the OpenAPI document from the same objects (each named schema below becomes a
 * `components/schemas` entry wherever it is used), so the document cannot drift from what the server does.
 */
export type JsonSchema = Record<string, unknown>;

const text = { type: 'string' } as const;
const id = { type: 'string', minLength: 1 } as const;

function object(properties: Record<string, JsonSchema>, required: string[] = Object.keys(properties)): JsonSchema {
  return { type: 'object', properties, required, additionalProperties: false };
}

// Domain objects (User, Viewer, Category, Question, Answer, UserProfile, their pages, AcceptResult): the
// contract's one definition, imported from src/core/contract/entities.ts.

export const ErrorBody = object({
  error: object(
    {
      code: { type: 'string', enum: ERROR_CODES },
      message: { ...text, description: 'For developers and logs (English).' },
      field: { ...text, description: 'The input field at fault, for `invalid`.' },
      reason: {
        ...text,
        description:
          'Why, more precisely than the code (`personal-data`, `suspended`, `too-many-links`, `duplicate`, ' +
          '`edit-window`, `accepted-answer`, `already-flagged`); clients fall back to the code when they do not know it.',
      },
    },
    ['code', 'message'],
  ),
});

// Requests. The bodies of askQuestion, postAnswer, vote and acceptAnswer are the contract's
// (src/core/contract/entities.ts, where lengths are documented); the lists' queries are the
// contract's too, as a URL carries them; the development ones follow.

export const DevLoginInput = object({ userId: id });
export const DevLoginResult = object({ token: text, user: User });

/**
 * A list request as a URL carries it: the contract's query (QuestionQuery, AnswerQuery), every field optional and
 * none null (an absent parameter is the contract's `null` cursor).
 */
function querystringOf(query: JsonSchema, notes: Record<string, string> = {}): JsonSchema {
  const fields = Object.entries(query.properties as Record<string, JsonSchema>).map(([name, field]) => {
    const plain = withoutNull(field);
    const note = notes[name];
    return [name, note ? { ...plain, description: [plain.description, note].filter(Boolean).join(' ') } : plain];
  });
  return { ...query, properties: Object.fromEntries(fields), required: [] };
}

/** `schema` without its `null` alternative (`type: ['string', 'null']` or `anyOf: [X, { type: 'null' }]`). */
function withoutNull(schema: JsonSchema): JsonSchema {
  if (Array.isArray(schema.type)) {
    const types = (schema.type as string[]).filter((type) => type !== 'null');
    return { ...schema, type: types.length === 1 ? types[0] : types };
  }
  const options = (schema.anyOf as JsonSchema[] | undefined)?.filter((option) => option.type !== 'null');
  if (options?.length !== 1) return schema;
  const { anyOf: _, ...annotations } = schema;
  return { ...options[0], ...annotations };
}

export const QuestionListQuery = querystringOf(QuestionQuery, {
  search: `At most ${SEARCH_LIMITS.maxLength} characters and ${SEARCH_LIMITS.maxWords} words.`,
});
export const AnswerListQuery = querystringOf(AnswerQuery);
export const LeaderboardListQuery = querystringOf(LeaderboardQuery);
export const IdParams = object({ id });

// Moderation (src/core/contract/moderation.ts).
export const ModerationQueueListQuery = { ...querystringOf(ModerationQueueQuery), required: ['tab'] };
export const AuditListQuery = querystringOf(AuditQuery);
export const ModerationItemPage = page(ModerationItem);
export const AuditEntryPage = page(AuditEntry);
// Following (src/core/contract/follow.ts).
export const FollowListQuery = querystringOf(FollowQuery);
// Ideas (src/core/contract/ideas.ts).
export const IdeaListQuery = querystringOf(IdeaQuery);
// Live sessions (src/core/contract/live-sessions.ts).
export const LiveSessionListQuery = querystringOf(LiveSessionQuery);
export const SessionQuestionListQuery = querystringOf(SessionQuestionQuery);

export const RevisionList = object({ items: { type: 'array', items: Revision, description: 'Oldest (number 1) first.' } });

/** Every schema with a name in the OpenAPI document's `components/schemas`. */
export const namedSchemas: Record<string, JsonSchema> = {
  User,
  Viewer,
  Category,
  Question,
  Answer,
  UserProfile,
  QuestionPage,
  AnswerPage,
  AcceptResult,
  EarnedBadge,
  ReputationRules,
  RankDefinition,
  BadgeDefinition,
  RecognitionRules,
  LeaderboardAnswer,
  LeaderboardEntry,
  Leaderboard,
  CareStats,
  EscalationDelivery,
  EscalationDeliveryPage,
  Error: ErrorBody,
  AskQuestionInput,
  PostAnswerInput: PostAnswerBody,
  VoteInput: VoteBody,
  AcceptInput: AcceptBody,
  DevLoginInput,
  DevLoginResult,
  PostModeration,
  Suspension,
  FlagInput: FlagBody,
  EditInput: EditBody,
  Flag,
  Revision,
  RevisionList,
  ModerationInput,
  ModerationResult,
  ModerationItem,
  ModerationItemPage,
  AuditEntry,
  AuditEntryPage,
  FollowInput: FollowBody,
  FollowState,
  Follow,
  FollowPage,
  NotificationSettings,
  NotificationSettingsInput,
  Idea,
  IdeaPage,
  IdeaEvaluation,
  IdeaScores,
  IdeaPermissions,
  SubmitIdeaInput,
  IdeaStatusInput: IdeaStatusBody,
  IdeaEvaluationInput: IdeaEvaluationBody,
  MergeIdeaInput: MergeIdeaBody,
  MergeIdeaResult,
  IdeaWinnerInput: IdeaWinnerBody,
  IdeaWinner,
  LiveSession,
  LiveSessionPage,
  LiveSessionPermissions,
  SessionQuestion,
  SessionQuestionPage,
  LiveSessionSummary,
  CreateLiveSessionInput,
  UpdateLiveSessionInput: UpdateLiveSessionBody,
  AskInSessionInput: AskInSessionBody,
};

// Endpoints

export type Access = 'public' | 'member' | 'development';

/** One endpoint of the API: what `routes.ts` registers and `openapi.ts` documents. */
export interface Endpoint {
  operationId: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Relative to the base path, Fastify style (`/questions/:id`). */
  path: string;
  summary: string;
  /**
   * `member`: needs a signed-in member (401 otherwise); its changes count against the rate limit (its reads, the
   * moderators' queue and audit log, do not, and are not cached).
   */
  access: Access;
  /** `searches`: a read whose searches count against MAJLIS_SEARCH_RATE_LIMIT (plain reads do not). */
  limited?: 'searches';
  params?: JsonSchema;
  querystring?: JsonSchema;
  body?: JsonSchema;
  status: 200 | 201;
  response: JsonSchema;
  /** The failures it can answer with, besides 400 for a malformed request and 5xx. */
  errors: (401 | 403 | 404 | 409 | 429)[];
}

const read = { access: 'public', status: 200 } as const;
const write = { access: 'member', errors: [401, 404, 429] } as const;

export const endpoints: Endpoint[] = [
  {
    ...read,
    operationId: 'getViewer',
    method: 'GET',
    path: '/viewer',
    summary: 'Who is signed in',
    response: Viewer,
    errors: [401],
  },
  {
    ...read,
    operationId: 'listCategories',
    method: 'GET',
    path: '/categories',
    summary: 'Every category',
    response: { type: 'array', items: Category },
    errors: [],
  },
  {
    ...read,
    operationId: 'listQuestions',
    method: 'GET',
    path: '/questions',
    summary: 'A page of questions, filtered, searched and sorted (searches are rate limited)',
    limited: 'searches',
    querystring: QuestionListQuery,
    response: QuestionPage,
    errors: [401, 429],
  },
  {
    ...read,
    operationId: 'getQuestion',
    method: 'GET',
    path: '/questions/:id',
    summary: 'One question',
    params: IdParams,
    response: Question,
    errors: [401, 404],
  },
  {
    ...read,
    operationId: 'listAnswers',
    method: 'GET',
    path: '/questions/:id/answers',
    summary: 'A page of the answers to a question, the accepted one first',
    params: IdParams,
    querystring: AnswerListQuery,
    response: AnswerPage,
    errors: [401, 404],
  },
  {
    ...read,
    operationId: 'getAnswer',
    method: 'GET',
    path: '/answers/:id',
    summary: 'One answer',
    params: IdParams,
    response: Answer,
    errors: [401, 404],
  },
  {
    ...read,
    operationId: 'getUser',
    method: 'GET',
    path: '/users/:id',
    summary: "A member's profile: reputation, stats, rank and badges",
    params: IdParams,
    response: UserProfile,
    errors: [401, 404],
  },
  {
    ...read,
    operationId: 'leaderboard',
    method: 'GET',
    path: '/leaderboard',
    summary: 'Top contributors or most helpful answers of a week, month or all time, in a time zone',
    querystring: LeaderboardListQuery,
    response: Leaderboard,
    errors: [401],
  },
  {
    ...read,
    operationId: 'getRecognitionRules',
    method: 'GET',
    path: '/recognition',
    summary: 'How reputation is earned: the points, ranks and badges this server applies',
    response: RecognitionRules,
    errors: [],
  },
  {
    ...read,
    operationId: 'careStats',
    method: 'GET',
    path: '/care/stats',
    summary: 'The typical reply time of staff and experts: the median time to their first answer over the last 30 days',
    response: CareStats,
    errors: [],
  },
  {
    ...write,
    operationId: 'listEscalationDeliveries',
    method: 'GET',
    path: '/escalations/deliveries',
    summary: 'The delivery log of escalation webhooks to the care desk, newest first (staff)',
    querystring: querystringOf(EscalationDeliveryQuery),
    status: 200,
    response: EscalationDeliveryPage,
    errors: [401, 403],
  },
  {
    ...write,
    operationId: 'askQuestion',
    method: 'POST',
    path: '/questions',
    summary: 'Ask a question (403 when suspended; 409 for the same text again; pending when pre-moderated)',
    body: AskQuestionInput,
    status: 201,
    response: Question,
    errors: [401, 403, 409, 429],
  },
  {
    ...write,
    operationId: 'postAnswer',
    method: 'POST',
    path: '/questions/:id/answers',
    summary: 'Answer a question (409 when it is locked or not published; 403 when suspended)',
    params: IdParams,
    body: PostAnswerBody,
    status: 201,
    response: Answer,
    errors: [401, 403, 404, 409, 429],
  },
  {
    ...write,
    operationId: 'voteQuestion',
    method: 'PUT',
    path: '/questions/:id/vote',
    summary: "Give or take back kudos on a question (403 on one's own)",
    params: IdParams,
    body: VoteBody,
    status: 200,
    response: Question,
    errors: [401, 403, 404, 409, 429],
  },
  {
    ...write,
    operationId: 'voteAnswer',
    method: 'PUT',
    path: '/answers/:id/vote',
    summary: "Give or take back kudos on an answer (403 on one's own)",
    params: IdParams,
    body: VoteBody,
    status: 200,
    response: Answer,
    errors: [401, 403, 404, 409, 429],
  },
  {
    ...write,
    operationId: 'acceptAnswer',
    method: 'PUT',
    path: '/answers/:id/accepted',
    summary: 'Accept or unaccept an answer (the asker, staff, moderators; 409 when the question is locked)',
    params: IdParams,
    body: AcceptBody,
    status: 200,
    response: AcceptResult,
    errors: [401, 403, 404, 409, 429],
  },
  ...(['question', 'answer'] as const).flatMap((target): Endpoint[] => {
    const Post = target === 'question' ? Question : Answer;
    const plural = `${target}s`;
    const What = target === 'question' ? 'Question' : 'Answer';
    return [
      {
        ...write,
        operationId: `flag${What}`,
        method: 'PUT',
        path: `/${plural}/:id/flag`,
        summary: `Flag ${target === 'question' ? 'a question' : 'an answer'} for moderators (once per member; 403 on one's own or when suspended, 409 the second time)`,
        params: IdParams,
        body: FlagBody,
        status: 200,
        response: Post,
        errors: [401, 403, 404, 409, 429],
      },
      {
        ...write,
        operationId: `edit${What}`,
        method: 'PATCH',
        path: `/${plural}/:id`,
        summary: `Edit ${target === 'question' ? 'a question' : 'an answer'}: its author within the edit window, or a moderator; keeps a revision`,
        params: IdParams,
        body: EditBody,
        status: 200,
        response: Post,
        errors: [401, 403, 404, 409, 429],
      },
      {
        ...read,
        operationId: `list${What}Revisions`,
        method: 'GET',
        path: `/${plural}/:id/revisions`,
        summary: `The revisions of ${target === 'question' ? 'a question' : 'an answer'}, oldest (as first written) first`,
        params: IdParams,
        response: RevisionList,
        errors: [401, 403, 404],
      },
      {
        ...write,
        operationId: `delete${What}`,
        method: 'DELETE',
        path: `/${plural}/:id`,
        summary: `Delete ${target === 'question' ? 'a question' : 'an answer'} (soft): its author (409 for an accepted answer) or a moderator`,
        params: IdParams,
        status: 200,
        response: Post,
        errors: [401, 403, 404, 409, 429],
      },
    ];
  }),
  {
    ...write,
    operationId: 'moderate',
    method: 'POST',
    path: '/moderation/actions',
    summary: 'One moderator action, written to the audit log (moderators and staff)',
    body: ModerationInput,
    status: 200,
    response: ModerationResult,
    errors: [401, 403, 404, 409, 429],
  },
  {
    ...write,
    operationId: 'listModerationQueue',
    method: 'GET',
    path: '/moderation/queue',
    summary: 'One tab of the moderation queue (moderators and staff)',
    querystring: ModerationQueueListQuery,
    status: 200,
    response: ModerationItemPage,
    errors: [401, 403],
  },
  {
    ...write,
    operationId: 'listAuditLog',
    method: 'GET',
    path: '/moderation/audit',
    summary: 'The audit log, newest first (moderators and staff)',
    querystring: AuditListQuery,
    status: 200,
    response: AuditEntryPage,
    errors: [401, 403],
  },
  ...(['question', 'category', 'session'] as const).map(
    (target): Endpoint => ({
      ...write,
      operationId: `follow${target[0].toUpperCase()}${target.slice(1)}`,
      method: 'PUT',
      path: `/${{ question: 'questions', category: 'categories', session: 'live-sessions' }[target]}/:id/follow`,
      summary:
        target === 'session'
          ? "Follow or unfollow a live session, to hear of its hosts' answers (idempotent)"
          : `Follow or unfollow a ${target} (idempotent; an unfollow is remembered, so auto-follow on answering does not undo it)`,
      params: IdParams,
      body: FollowBody,
      status: 200,
      response: FollowState,
      errors: [401, 404, 429],
    }),
  ),
  {
    ...write,
    operationId: 'listFollows',
    method: 'GET',
    path: '/viewer/follows',
    summary: 'What the signed-in member follows, most recently followed first',
    querystring: FollowListQuery,
    status: 200,
    response: FollowPage,
    errors: [401],
  },
  {
    ...write,
    operationId: 'getNotificationSettings',
    method: 'GET',
    path: '/viewer/notifications',
    summary: 'How the signed-in member hears about what they follow',
    status: 200,
    response: NotificationSettings,
    errors: [401],
  },
  {
    ...write,
    operationId: 'setNotificationSettings',
    method: 'PUT',
    path: '/viewer/notifications',
    summary: 'Change the delivery (immediate, daily digest, off) or the language of the mails',
    body: NotificationSettingsInput,
    status: 200,
    response: NotificationSettings,
    errors: [401, 429],
  },
  {
    ...read,
    operationId: 'listIdeas',
    method: 'GET',
    path: '/ideas',
    summary: 'Ideas, by topic, status, language and evaluated or not; most kudos, newest, trending (kudos of the last 7 days) or top rated',
    querystring: IdeaListQuery,
    response: IdeaPage,
    errors: [],
  },
  {
    ...read,
    operationId: 'getIdea',
    method: 'GET',
    path: '/ideas/:id',
    summary: 'One idea: its question and its idea fields (kudos, comments and follows go through the question)',
    params: IdParams,
    response: Idea,
    errors: [404],
  },
  {
    ...write,
    operationId: 'submitIdea',
    method: 'POST',
    path: '/ideas',
    summary: 'Submit an idea (validated as a question is; status new)',
    body: SubmitIdeaInput,
    status: 201,
    response: Idea,
    errors: [401, 403, 409, 429],
  },
  {
    ...write,
    operationId: 'setIdeaStatus',
    method: 'PUT',
    path: '/ideas/:id/status',
    summary: 'Set the status of an idea with a public note (staff and moderators; duplicate comes from merging)',
    params: IdParams,
    body: IdeaStatusBody,
    status: 200,
    response: Idea,
    errors: [401, 403, 404, 409, 429],
  },
  {
    ...write,
    operationId: 'evaluateIdea',
    method: 'PUT',
    path: '/ideas/:id/evaluation',
    summary: "Score an idea 1-5 on four criteria (staff and moderators; replaces the viewer's earlier scores)",
    params: IdParams,
    body: IdeaEvaluationBody,
    status: 200,
    response: Idea,
    errors: [401, 403, 404, 429],
  },
  {
    ...write,
    operationId: 'mergeIdea',
    method: 'POST',
    path: '/ideas/:id/merge',
    summary: 'Merge a duplicate idea into another, carrying its kudos over (staff and moderators)',
    params: IdParams,
    body: MergeIdeaBody,
    status: 200,
    response: MergeIdeaResult,
    errors: [401, 403, 404, 409, 429],
  },
  {
    ...write,
    operationId: 'markIdeaWinner',
    method: 'PUT',
    path: '/ideas/:id/winner',
    summary: "Mark an idea a winner of a month; its author earns the idea-of-the-month badge (staff and moderators)",
    params: IdParams,
    body: IdeaWinnerBody,
    status: 200,
    response: IdeaWinner,
    errors: [401, 403, 404, 429],
  },
  {
    ...read,
    operationId: 'listIdeaWinners',
    method: 'GET',
    path: '/idea-winners',
    summary: 'The winning ideas, latest period first',
    response: { type: 'array', items: IdeaWinner, description: 'Winners, latest period first.' },
    errors: [],
  },
  {
    ...read,
    operationId: 'listLiveSessions',
    method: 'GET',
    path: '/live-sessions',
    summary: 'Live sessions by phase: upcoming and live soonest first, ended ones (the archive) latest first',
    querystring: LiveSessionListQuery,
    response: LiveSessionPage,
    errors: [],
  },
  {
    ...read,
    operationId: 'getLiveSession',
    method: 'GET',
    path: '/live-sessions/:id',
    summary: 'One live session, its phase from the clock, its hosts and figures',
    params: IdParams,
    response: LiveSession,
    errors: [404],
  },
  {
    ...write,
    operationId: 'createLiveSession',
    method: 'POST',
    path: '/live-sessions',
    summary: 'Schedule a live session (staff and moderators; the end after the start, hosts who are members, a hashtag)',
    body: CreateLiveSessionInput,
    status: 201,
    response: LiveSession,
    errors: [401, 403, 429],
  },
  {
    ...write,
    operationId: 'updateLiveSession',
    method: 'PUT',
    path: '/live-sessions/:id',
    summary: 'Change every field of a live session (staff and moderators)',
    params: IdParams,
    body: UpdateLiveSessionBody,
    status: 200,
    response: LiveSession,
    errors: [401, 403, 404, 429],
  },
  {
    ...read,
    operationId: 'listSessionQuestions',
    method: 'GET',
    path: '/live-sessions/:id/questions',
    summary: "A live session's questions with their hosts' answers: answered or waiting, most wanted (kudos) or newest first",
    params: IdParams,
    querystring: SessionQuestionListQuery,
    response: SessionQuestionPage,
    errors: [404],
  },
  {
    ...write,
    operationId: 'askInSession',
    method: 'POST',
    path: '/live-sessions/:id/questions',
    summary: 'Ask a question in a live session, before or during it (validated as a question is; 409 session-ended after)',
    params: IdParams,
    body: AskInSessionBody,
    status: 201,
    response: SessionQuestion,
    errors: [401, 403, 404, 409, 429],
  },
  {
    ...read,
    operationId: 'getLiveSessionSummary',
    method: 'GET',
    path: '/live-sessions/:id/summary',
    summary: "What a live session amounted to: questions asked, answered by the hosts, the hosts' answers, the most wanted",
    params: IdParams,
    response: LiveSessionSummary,
    errors: [404],
  },
  {
    operationId: 'devLogin',
    method: 'POST',
    path: '/dev/login',
    summary: 'Development only: a token for a member of the database (see server/README.md)',
    access: 'development',
    body: DevLoginInput,
    status: 200,
    response: DevLoginResult,
    errors: [404],
  },
  {
    operationId: 'devUsers',
    method: 'GET',
    path: '/dev/users',
    summary: 'Development only: every member, for a sign-in picker',
    access: 'development',
    status: 200,
    response: { type: 'array', items: User },
    errors: [],
  },
];
