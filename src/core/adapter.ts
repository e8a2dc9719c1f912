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
  Idea,
  IdeaQuery,
  IdeaWinner,
  EvaluateIdeaInput,
  MarkIdeaWinnerInput,
  MergeIdeaInput,
  MergeIdeaResult,
  SetIdeaStatusInput,
  SubmitIdeaInput,
  Leaderboard,
  LeaderboardQuery,
  AskInSessionInput,
  CreateLiveSessionInput,
  LiveSession,
  LiveSessionQuery,
  LiveSessionSummary,
  SessionQuestion,
  SessionQuestionQuery,
  UpdateLiveSessionInput,
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
} from './types.js';
import type { LiveEvent, LiveTopic, SubscribeOptions } from './contract/live.js';

/** Why an adapter call failed. Elements map each code to a localized message. */
export type MajlisErrorCode =
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'invalid'
  | 'rate-limited'
  | 'network'
  | 'unavailable';

export const ERROR_CODES: readonly MajlisErrorCode[] = [
  'unauthenticated',
  'forbidden',
  'not-found',
  'conflict',
  'invalid',
  'rate-limited',
  'network',
  'unavailable',
];

export interface MajlisErrorOptions {
  /** The input field at fault, for `invalid` (e.g. `title`, `body`). */
  field?: string;
  /** Seconds to wait before retrying, for `rate-limited`. */
  retryAfter?: number;
  /**
   * For `unavailable`: the adapter's endpoint, when what answers there does not speak the Majlis contract (a
   * 404 page, HTML): most likely a wrong address rather than a passing outage.
   */
  endpoint?: string;
  /**
   * Why, more precisely than the code, when the UI can say something better than the code's message. Known
   * reasons (a backend may send others; the UI falls back to the code's text): `personal-data` (the text holds
   * what the personal-data guard finds), `suspended` (the member is suspended), `too-many-links` (a new member's
   * post has more links than allowed), `duplicate` (the same body was just posted), `edit-window` (the time to
   * edit has passed), `accepted-answer` (an accepted answer cannot be deleted), `already-flagged`, `session-ended`
   * (a live session takes no more questions).
   */
  reason?: string;
  cause?: unknown;
}

/**
 * The one error type adapters throw. `message` is for developers and logs (English);
 * elements show a localized text chosen by `code` (and `field`).
 */
export class MajlisError extends Error {
  override readonly name = 'MajlisError';
  readonly code: MajlisErrorCode;
  readonly field?: string;
  readonly retryAfter?: number;
  readonly endpoint?: string;
  readonly reason?: string;

  constructor(code: MajlisErrorCode, message: string, options: MajlisErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options.field !== undefined) this.field = options.field;
    if (options.retryAfter !== undefined) this.retryAfter = options.retryAfter;
    if (options.endpoint !== undefined) this.endpoint = options.endpoint;
    if (options.reason !== undefined) this.reason = options.reason;
  }

  /** Whether retrying the same call later may succeed. */
  get retryable(): boolean {
    return this.code === 'network' || this.code === 'unavailable' || this.code === 'rate-limited';
  }
}

export function isMajlisError(value: unknown): value is MajlisError {
  return value instanceof MajlisError || (value instanceof Error && value.name === 'MajlisError' && 'code' in value);
}

export function isAbortError(value: unknown): boolean {
  return value instanceof DOMException && value.name === 'AbortError';
}

/** The error an aborted call rejects with, as `fetch` does. */
export function abortError(): DOMException {
  return new DOMException('Aborted', 'AbortError');
}

/** Resolves after `ms` (at once for none); rejects with {@link abortError} if `signal` aborts first. */
export function delay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    if (ms <= 0) return resolve();
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Turns anything thrown by an adapter into a MajlisError (junk becomes `unavailable`). */
export function toMajlisError(value: unknown): MajlisError {
  if (isMajlisError(value)) return value;
  if (value instanceof TypeError) return new MajlisError('network', value.message, { cause: value });
  const message = value instanceof Error ? value.message : `Adapter failed with ${String(value)}`;
  return new MajlisError('unavailable', message, { cause: value });
}

/**
 * The contract between the elements and a backend. Reads and mutations are required;
 * optional capabilities are discovered with {@link supports} and their UI is hidden when absent.
 * Every list is cursor-paged; every call takes `{ signal }`; failures throw {@link MajlisError}.
 * `src/testing/conformance.ts` is the executable form of this contract.
 */
export interface CommunityAdapter {
  getViewer(options?: CallOptions): Promise<Viewer>;
  listCategories(options?: CallOptions): Promise<Category[]>;
  listQuestions(query?: QuestionQuery, options?: CallOptions): Promise<Page<Question>>;
  getQuestion(id: string, options?: CallOptions): Promise<Question>;
  listAnswers(questionId: string, query?: AnswerQuery, options?: CallOptions): Promise<Page<Answer>>;
  /** One answer by id (a standalone vote or accept button needs it without its thread). */
  getAnswer(id: string, options?: CallOptions): Promise<Answer>;
  getUser(id: string, options?: CallOptions): Promise<UserProfile>;

  askQuestion(input: AskQuestionInput, options?: CallOptions): Promise<Question>;
  postAnswer(input: PostAnswerInput, options?: CallOptions): Promise<Answer>;
  /** Sets the viewer's kudos on a post and returns the post with its new count. */
  vote(input: VoteInput, options?: CallOptions): Promise<Question | Answer>;
  acceptAnswer(input: AcceptInput, options?: CallOptions): Promise<AcceptResult>;

  // Optional capabilities (see OptionalCapability): adapters without them still type-check.

  /**
   * Capability `leaderboard`: top contributors (`mode: 'members'`) or most helpful answers (`'answers'`) of a
   * period, in the query's time zone. Rejects with `invalid` (naming the field) for a bad query.
   */
  leaderboard?(query?: LeaderboardQuery, options?: CallOptions): Promise<Leaderboard>;
  /** Capability `recognition`: the reputation points, ranks and badges this backend applies. */
  getRecognitionRules?(options?: CallOptions): Promise<RecognitionRules>;

  /**
   * Capability `flag`: reports a post, once per member (`conflict`, reason `already-flagged`, the second time).
   * Returns the post as the viewer now sees it (`viewerHasFlagged`, and `state: 'hidden'` when this flag reached
   * the threshold). See `contract/moderation.ts` for who may do what.
   */
  flag?(input: FlagInput, options?: CallOptions): Promise<Question | Answer>;

  /**
   * Capability `editPost` (an adapter that has it implements `editPost`, `listRevisions` and `deletePost`):
   * edits a post, keeping the previous text as a revision; returns the post as it is now.
   */
  editPost?(input: EditPostInput, options?: CallOptions): Promise<Question | Answer>;
  /** Capability `editPost`: a post's revisions, oldest (number 1, as first written) first. */
  listRevisions?(target: PostType, id: string, options?: CallOptions): Promise<Revision[]>;
  /** Capability `editPost`: the author deletes their post (soft: it becomes `deleted`); returns it. */
  deletePost?(input: DeletePostInput, options?: CallOptions): Promise<Question | Answer>;

  /**
   * Capability `moderate` (an adapter that has it implements `moderate`, `listModerationQueue` and
   * `listAuditLog`), for moderators and staff only (`forbidden` for anyone else): one action, written to the
   * audit log in the same transaction.
   */
  moderate?(input: ModerationInput, options?: CallOptions): Promise<ModerationResult>;
  /** Capability `moderate`: one tab of the moderation queue. */
  listModerationQueue?(query: ModerationQueueQuery, options?: CallOptions): Promise<Page<ModerationItem>>;
  /** Capability `moderate`: the audit log, newest first. */
  listAuditLog?(query?: AuditQuery, options?: CallOptions): Promise<Page<AuditEntry>>;

  /**
   * Capability `follow` (an adapter that has it implements `follow`, `listFollows`, `getNotificationSettings` and
   * `setNotificationSettings`), signed-in members only (`unauthenticated` otherwise): follows or unfollows a
   * question or a category, idempotently; `not-found` for a target the viewer cannot see. Asking or answering a
   * question follows it unless the member unfollowed it before (see `contract/follow.ts`).
   */
  follow?(input: FollowInput, options?: CallOptions): Promise<FollowState>;
  /** Capability `follow`: what the viewer follows, most recently followed first, cursor-paged. */
  listFollows?(query?: FollowQuery, options?: CallOptions): Promise<Page<Follow>>;
  /** Capability `follow`: how the viewer hears about what they follow (default: `immediate`, language null). */
  getNotificationSettings?(options?: CallOptions): Promise<NotificationSettings>;
  /** Capability `follow`: changes the fields given; returns the settings as they now are. */
  setNotificationSettings?(input: NotificationSettingsInput, options?: CallOptions): Promise<NotificationSettings>;

  /**
   * Capability `careStats`: how quickly the operator's staff and experts answer (the median time to their first
   * answer over the last 30 days, see `contract/care.ts`), for the care status. Public: anyone may read it.
   */
  careStats?(options?: CallOptions): Promise<CareStats>;

  /**
   * Capability `subscribe` (live updates): calls `onEvent` with each event of `topic` from now on, until the
   * returned function is called or `options.signal` aborts (either way is enough; calling it twice is harmless).
   * Returns at once; delivery starts in the background and an adapter reconnects on its own after a network
   * failure. Events carry ids, never content: see `contract/live.ts`.
   */
  subscribe?(topic: LiveTopic, onEvent: (event: LiveEvent) => void, options?: SubscribeOptions): () => void;

  /**
   * Capability `ideas` (an adapter that has it implements every method below; rules in `contract/ideas.ts`): ideas,
   * filtered by topic, status and language, by most kudos, newest or trending. An idea is a question: kudos,
   * comments (answers), follows and moderation go through the question's calls with the idea's id.
   */
  listIdeas?(query?: IdeaQuery, options?: CallOptions): Promise<Page<Idea>>;
  /** Capability `ideas`: one idea; `not-found` for an unknown one or a question that is not an idea. */
  getIdea?(id: string, options?: CallOptions): Promise<Idea>;
  /** Capability `ideas`: a signed-in member submits an idea (status `new`); validated like `askQuestion`. */
  submitIdea?(input: SubmitIdeaInput, options?: CallOptions): Promise<Idea>;
  /** Capability `ideas`, staff only: sets the status and its public note; author and followers are notified. */
  setIdeaStatus?(input: SetIdeaStatusInput, options?: CallOptions): Promise<Idea>;
  /** Capability `ideas`, staff only: the viewer's scores, replacing their earlier ones. */
  evaluateIdea?(input: EvaluateIdeaInput, options?: CallOptions): Promise<Idea>;
  /** Capability `ideas`, staff only: merges a duplicate into another idea, carrying its kudos over. */
  mergeIdea?(input: MergeIdeaInput, options?: CallOptions): Promise<MergeIdeaResult>;
  /** Capability `ideas`, staff only: marks a winner of a period; its author earns the `idea-of-the-month` badge. */
  markIdeaWinner?(input: MarkIdeaWinnerInput, options?: CallOptions): Promise<IdeaWinner>;
  /** Capability `ideas`: the winners, latest period first. */
  listIdeaWinners?(options?: CallOptions): Promise<IdeaWinner[]>;

  /**
   * Capability `liveSessions` (an adapter that has it implements every method below; rules in
   * `contract/live-sessions.ts`): sessions by phase (upcoming and live soonest first, ended latest first). A
   * session's question is a question: kudos, answers, follows and moderation go through the question's calls.
   */
  listLiveSessions?(query?: LiveSessionQuery, options?: CallOptions): Promise<Page<LiveSession>>;
  /** Capability `liveSessions`: one session; `not-found` for an unknown one. */
  getLiveSession?(id: string, options?: CallOptions): Promise<LiveSession>;
  /** Capability `liveSessions`, staff only: schedules a session. */
  createLiveSession?(input: CreateLiveSessionInput, options?: CallOptions): Promise<LiveSession>;
  /** Capability `liveSessions`, staff only: changes every field of a session. */
  updateLiveSession?(input: UpdateLiveSessionInput, options?: CallOptions): Promise<LiveSession>;
  /**
   * Capability `liveSessions`: a signed-in member asks in a session before or during it (validated like
   * `askQuestion`); `conflict` with reason `session-ended` once it ended.
   */
  askInSession?(input: AskInSessionInput, options?: CallOptions): Promise<SessionQuestion>;
  /** Capability `liveSessions`: a session's questions, answered or waiting, most wanted or newest first. */
  listSessionQuestions?(sessionId: string, query?: SessionQuestionQuery, options?: CallOptions): Promise<Page<SessionQuestion>>;
  /** Capability `liveSessions`: the archive's figures and most wanted questions. */
  getLiveSessionSummary?(sessionId: string, options?: CallOptions): Promise<LiveSessionSummary>;
}

/** Names of the optional capabilities later elements look for. */
export type OptionalCapability =
  | 'editPost'
  | 'flag'
  | 'moderate'
  | 'leaderboard'
  | 'recognition'
  | 'follow'
  | 'subscribe'
  | 'careStats'
  | 'ideas'
  | 'liveSessions';

/** The method a capability is, where its name is not the capability's. */
const METHOD_OF: Partial<Record<OptionalCapability, string>> = {
  recognition: 'getRecognitionRules',
  ideas: 'listIdeas',
  liveSessions: 'listLiveSessions',
};

/** Whether an adapter implements an optional capability (a method of that name, or `getRecognitionRules` for `recognition`). */
export function supports(adapter: CommunityAdapter, capability: OptionalCapability): boolean {
  return typeof (adapter as unknown as Record<string, unknown>)[METHOD_OF[capability] ?? capability] === 'function';
}
