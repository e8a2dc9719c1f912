/**
 * The Majlis domain model: plain data that adapters return and the store caches. The types are derived from
 * the contract's one definition of each entity and request, `contract/entities.ts`, where every field is
 * documented (its `description`, which the OpenAPI document of the server shows too).
 * Times are ISO-8601 strings (UTC), languages are BCP-47 tags (`en`, `ar`, `nl-BE`, `vi`).
 */
import type * as care from './contract/care.js';
import type * as contract from './contract/entities.js';
import type * as follow from './contract/follow.js';
import type * as ideas from './contract/ideas.js';
import type * as liveSessions from './contract/live-sessions.js';
import type * as moderation from './contract/moderation.js';
import type * as recognition from './contract/recognition.js';
import type { Infer } from './contract/schema.js';

/** What a member is to the community; staff, experts and moderators get a badge. */
export const ROLES = ['member', 'expert', 'staff', 'moderator'] as const;
export type Role = (typeof ROLES)[number];

/** A person as shown next to a post. */
export type User = Infer<typeof contract.User>;
/** Counters shown on a user card. */
export type UserStats = Infer<typeof contract.UserStats>;
/** A user with the figures a profile card shows. */
export type UserProfile = Infer<typeof contract.UserProfile>;
/** A suspension by a moderator: the member may read but not post, vote or flag. */
export type Suspension = Infer<typeof contract.Suspension>;
/** Who is looking: a signed-in member, or an anonymous reader (`user: null`). */
export type Viewer = Infer<typeof contract.Viewer>;
/** A topic questions are filed under. `id` is a stable slug such as `network-quality`. */
export type Category = Infer<typeof contract.Category>;

export type PostType = Infer<typeof contract.PostType>;
export type QuestionStatus = Infer<typeof contract.QuestionStatus>;
/** What the current viewer may do with a post; decided by the backend, shown by the UI. */
export type PostPermissions = Infer<typeof contract.PostPermissions>;
export type QuestionPermissions = Infer<typeof contract.QuestionPermissions>;
export type AnswerPermissions = Infer<typeof contract.AnswerPermissions>;
export type Question = Infer<typeof contract.Question>;
export type Answer = Infer<typeof contract.Answer>;
export type Post = Question | Answer;
/** `published`, `pending` (awaiting approval), `hidden` or `deleted`; a post without one is `published`. */
export type PostState = Infer<typeof contract.PostState>;
/** Why and when a post is hidden, deleted or pending. */
export type PostModeration = Infer<typeof contract.PostModeration>;
/** A question handed to customer care: the public note, who handed it over and when. */
export type QuestionHandoff = Infer<typeof contract.QuestionHandoff>;

/** A cursor page. `nextCursor` is null on the last page; `total` counts all matching items when known. */
export type Page<T> = Infer<ReturnType<typeof contract.page<T>>>;
/** The entities an accept/unaccept changed. */
export type AcceptResult = Infer<typeof contract.AcceptResult>;

export type PageQuery = Infer<typeof contract.PageQuery>;
export type QuestionSort = Infer<typeof contract.QuestionSort>;
export type QuestionStatusFilter = Infer<typeof contract.QuestionStatusFilter>;
export type QuestionQuery = Infer<typeof contract.QuestionQuery>;
export type AnswerSort = Infer<typeof contract.AnswerSort>;
export type AnswerQuery = Infer<typeof contract.AnswerQuery>;
export type AskQuestionInput = Infer<typeof contract.AskQuestionInput>;
export type PostAnswerInput = Infer<typeof contract.PostAnswerInput>;
export type VoteInput = Infer<typeof contract.VoteInput>;
export type AcceptInput = Infer<typeof contract.AcceptInput>;

/** Options every adapter call takes. */
export interface CallOptions {
  /** Aborts the request; the adapter rejects with an `AbortError` DOMException. */
  signal?: AbortSignal;
}

/** Length and count limits every adapter enforces (counted in UTF-16 code units after trimming). */
export const LIMITS = {
  titleMin: 10,
  titleMax: 150,
  bodyMin: 2,
  bodyMax: 10_000,
  tagsMax: 5,
  tagMax: 32,
} as const;

/** How quickly the operator's experts answer (capability `careStats`, contract/care.ts). */
export type CareStats = Infer<typeof care.CareStats>;

// Recognition (contract/recognition.ts; defaults and rules in ./recognition.ts)

/** Points a member earns per kudos received, accepted solution and question asked, and the daily kudos cap. */
export type ReputationRules = Infer<typeof recognition.ReputationRules>;
/** A named rank members reach by reputation. */
export type RankDefinition = Infer<typeof recognition.RankDefinition>;
/** What a badge counts. */
export type BadgeMetric = Infer<typeof recognition.BadgeMetric>;
/** A badge earned once, when a figure reaches a threshold. */
export type BadgeDefinition = Infer<typeof recognition.BadgeDefinition>;
/** Reputation points, ranks and badges: how members are recognized. */
export type RecognitionRules = Infer<typeof recognition.RecognitionRules>;
/** A badge a member earned, with the date. */
export type EarnedBadge = Infer<typeof contract.EarnedBadge>;
export type LeaderboardMode = Infer<typeof recognition.LeaderboardMode>;
export type LeaderboardPeriod = Infer<typeof recognition.LeaderboardPeriod>;
export type LeaderboardMetric = Infer<typeof recognition.LeaderboardMetric>;
/** What a leaderboard shows: mode, period, metric, filters, time zone and size. */
export type LeaderboardQuery = Infer<typeof recognition.LeaderboardQuery>;
/** The answer a leaderboard entry is about (`answers` mode). */
export type LeaderboardAnswer = Infer<typeof recognition.LeaderboardAnswer>;
/** A place on a leaderboard. */
export type LeaderboardEntry = Infer<typeof recognition.LeaderboardEntry>;
/** Top contributors or most helpful answers of a period. */
export type Leaderboard = Infer<typeof recognition.Leaderboard>;


/** The default points: kudos on answers and questions, accepted solutions, questions asked, the daily kudos cap. */
export const DEFAULT_REPUTATION: Readonly<ReputationRules> = Object.freeze({
  answerKudos: 10,
  questionKudos: 5,
  acceptedAnswer: 15,
  questionAsked: 0,
  dailyKudosCap: 200,
});

/**
 * The default points per kudos and per accepted solution.
 * @deprecated Read the rules an adapter applies with `getRecognitionRules()` (operators can change them); these
 * are `DEFAULT_REPUTATION`'s numbers (`DEFAULT_RECOGNITION.reputation`), kept for existing imports.
 */
export const REPUTATION = {
  /** Per kudos received on an answer. */
  answerKudos: DEFAULT_REPUTATION.answerKudos,
  /** Per kudos received on a question. */
  questionKudos: DEFAULT_REPUTATION.questionKudos,
  /** For an answer marked as the accepted solution. */
  acceptedAnswer: DEFAULT_REPUTATION.acceptedAnswer,
} as const;

// Live updates (contract/live.ts)
export type { LiveEvent, LiveEventType, LiveTopic, SubscribeOptions } from './contract/live.js';

// Moderation (contract/moderation.ts; names, defaults and rules in ./moderation.ts)

export type FlagReason = Infer<typeof moderation.FlagReason>;
/** Flag a post: a reason, and a note (required for `other`). */
export type FlagInput = Infer<typeof moderation.FlagInput>;
/** A member's report of a post, as moderators see it. */
export type Flag = Infer<typeof moderation.Flag>;
export type QueueTab = Infer<typeof moderation.QueueTab>;
export type ModerationQueueQuery = Infer<typeof moderation.ModerationQueueQuery>;
/** A post in the moderation queue, with its thread and open flags. */
export type ModerationItem = Infer<typeof moderation.ModerationItem>;
export type ModerationAction = Infer<typeof moderation.ModerationAction>;
export type ModerationTarget = Infer<typeof moderation.ModerationTarget>;
/** One moderator action on a post, a question or a member. */
export type ModerationInput = Infer<typeof moderation.ModerationInput>;
/** What an action changed, and its audit entry. */
export type ModerationResult = Infer<typeof moderation.ModerationResult>;
export type AuditAction = Infer<typeof moderation.AuditAction>;
/** One line of the audit log. */
export type AuditEntry = Infer<typeof moderation.AuditEntry>;
export type AuditQuery = Infer<typeof moderation.AuditQuery>;
/** Edit a post (and a question's title and tags), with an optional note. */
export type EditPostInput = Infer<typeof moderation.EditPostInput>;
/** A post as it was after one edit; number 1 is the original. */
export type Revision = Infer<typeof moderation.Revision>;
export type DeletePostInput = Infer<typeof moderation.DeletePostInput>;
export type PremoderationMode = Infer<typeof moderation.PremoderationMode>;
export type FloodLimits = Infer<typeof moderation.FloodLimits>;
/** What an operator configures about moderation (defaults: `DEFAULT_MODERATION`). */
export type ModerationSettings = Infer<typeof moderation.ModerationSettings>;

// Following (contract/follow.ts; capability `follow`)

/** What a member can follow: `question` or `category` (later also `idea`, `live-session`). */
export type FollowTarget = Infer<typeof follow.FollowTarget>;
/** Follow (`following: true`) or unfollow a question or a category. */
export type FollowInput = Infer<typeof follow.FollowInput>;
/** The viewer's follow of one target after a follow or unfollow. */
export type FollowState = Infer<typeof follow.FollowState>;
/** Something the viewer follows. */
export type Follow = Infer<typeof follow.Follow>;
export type FollowQuery = Infer<typeof follow.FollowQuery>;
/** `immediate`, `daily` (a digest) or `off`. */
export type NotificationDelivery = Infer<typeof follow.NotificationDelivery>;
/** How the signed-in member hears about what they follow. */
export type NotificationSettings = Infer<typeof follow.NotificationSettings>;
/** The notification settings to change. */
export type NotificationSettingsInput = Infer<typeof follow.NotificationSettingsInput>;

// Ideas (contract/ideas.ts; names in ./idea-names.ts)

export type { IdeaCriterion, IdeaSort, IdeaStatus, IdeaTopic } from './idea-names.js';
/** One staff member's scores of an idea, 1 to 5 per criterion. */
export type IdeaScores = Infer<typeof ideas.IdeaScores>;
/** The averages of an idea's staff evaluation and the number of evaluators. */
export type IdeaEvaluation = Infer<typeof ideas.IdeaEvaluation>;
export type IdeaPermissions = Infer<typeof ideas.IdeaPermissions>;
/** An idea: its question and its idea fields (topic, status, note, evaluation, merge, winners). */
export type Idea = Infer<typeof ideas.Idea>;
/** Filters, order and page of a list of ideas. */
export type IdeaQuery = Infer<typeof ideas.IdeaQuery>;
export type SubmitIdeaInput = Infer<typeof ideas.SubmitIdeaInput>;
export type SetIdeaStatusInput = Infer<typeof ideas.SetIdeaStatusInput>;
export type EvaluateIdeaInput = Infer<typeof ideas.EvaluateIdeaInput>;
export type MergeIdeaInput = Infer<typeof ideas.MergeIdeaInput>;
export type MergeIdeaResult = Infer<typeof ideas.MergeIdeaResult>;
export type MarkIdeaWinnerInput = Infer<typeof ideas.MarkIdeaWinnerInput>;
/** A winning idea of a period (a month). */
export type IdeaWinner = Infer<typeof ideas.IdeaWinner>;

// Live sessions (contract/live-sessions.ts; names in ./live-session-names.ts)

export type { SessionPhase, SessionQuestionFilter, SessionQuestionSort } from './live-session-names.js';
/** A scheduled event where hosts answer questions: before (`upcoming`), during (`live`) and after (`ended`). */
export type LiveSession = Infer<typeof liveSessions.LiveSession>;
export type LiveSessionPermissions = Infer<typeof liveSessions.LiveSessionPermissions>;
/** Which sessions: by phase, cursor-paged. */
export type LiveSessionQuery = Infer<typeof liveSessions.LiveSessionQuery>;
/** A question of a session with its hosts' answers. */
export type SessionQuestion = Infer<typeof liveSessions.SessionQuestion>;
/** Filter (answered / waiting), order (most wanted / newest) and page of a session's questions. */
export type SessionQuestionQuery = Infer<typeof liveSessions.SessionQuestionQuery>;
/** What a session amounted to (the archive). */
export type LiveSessionSummary = Infer<typeof liveSessions.LiveSessionSummary>;
export type AskInSessionInput = Infer<typeof liveSessions.AskInSessionInput>;
export type CreateLiveSessionInput = Infer<typeof liveSessions.CreateLiveSessionInput>;
export type UpdateLiveSessionInput = Infer<typeof liveSessions.UpdateLiveSessionInput>;
