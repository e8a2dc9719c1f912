import type { SeedAnswer, SeedHandoff, SeedIdea, SeedLiveSession, SeedCategory, SeedQuestion, SeedUser, SeedVote } from '../../core/seed.js';
import type { IdeaScores, AuditAction, FlagReason, FollowTarget, ModerationTarget, NotificationSettings, PostType } from '../../core/types.js';

/** Why and when a post is in its state (normalized {@link SeedModeration}). */
export interface StoredModeration {
  reason: string | null;
  byId: string | null;
  at: string;
}

/** A question's hand-off to customer care (normalized {@link SeedHandoff}). */
export type StoredHandoff = Required<SeedHandoff>;

/** A seed question with every optional field filled in and times normalized to ISO-8601 UTC. */
export type StoredQuestion = Required<Omit<SeedQuestion, 'moderation' | 'handoff'>> & {
  moderation: StoredModeration | null;
  handoff: StoredHandoff | null;
};
export type StoredAnswer = Required<Omit<SeedAnswer, 'moderation'>> & { moderation: StoredModeration | null };
export type StoredPost = StoredQuestion | StoredAnswer;

export interface StoredFlag {
  userId: string;
  target: PostType;
  targetId: string;
  reason: FlagReason;
  note: string | null;
  createdAt: string;
  dismissed: boolean;
}

export interface StoredRevision {
  number: number;
  body: string;
  title: string | null;
  tags: string[] | null;
  editedById: string;
  reason: string | null;
  createdAt: string;
}

export interface StoredSuspension {
  until: string | null;
  reason: string | null;
  byId: string | null;
  createdAt: string;
}

export interface StoredAuditEntry {
  id: string;
  actorId: string | null;
  action: AuditAction;
  target: ModerationTarget;
  targetId: string;
  questionId: string | null;
  reason: string | null;
  details: Record<string, string>;
  createdAt: string;
}

/** The community's records: the seed with defaults applied, validated, indexed by id. */
export interface CommunityData {
  users: Map<string, SeedUser>;
  categories: Map<string, SeedCategory>;
  questions: Map<string, StoredQuestion>;
  answers: Map<string, StoredAnswer>;
  /** Kudos by post (`question:q-1`), then by voter id. */
  votes: Map<string, Map<string, SeedVote>>;
  /** Flags by post (`answer:a-1`), then by the flagging member's id. */
  flags: Map<string, Map<string, StoredFlag>>;
  /** Revisions by post, oldest (number 1) first; a post never edited has none. */
  revisions: Map<string, StoredRevision[]>;
  /** Suspensions by member id (also ended ones, until lifted). */
  suspensions: Map<string, StoredSuspension>;
  /** The audit log, oldest first. */
  audit: StoredAuditEntry[];
  /** Follows and remembered unfollows by target (`category:network`), then by member id. */
  follows: Map<string, Map<string, StoredFollow>>;
  /** Notification settings by member id (absent: the defaults). */
  notificationSettings: Map<string, NotificationSettings>;
  /** Ideas by their question's id (capability `ideas`). */
  ideas: Map<string, StoredIdea>;
  /** Live sessions by id (capability `liveSessions`). */
  liveSessions: Map<string, StoredLiveSession>;
  /** The session each session question was asked in, by question id. */
  sessionOf: Map<string, string>;
}

/** A seeded or created live session with every field filled in; its questions are in {@link CommunityData.sessionOf}. */
export type StoredLiveSession = Required<Omit<SeedLiveSession, 'questionIds'>>;

export type StoredEvaluation = IdeaScores & { userId: string; createdAt: string };

/** A seeded or submitted idea with every field filled in (the local-storage copy saves it as it is). */
export type StoredIdea = Required<Omit<SeedIdea, 'evaluations' | 'wins'>> & {
  evaluations: StoredEvaluation[];
  wins: { period: string; awardedAt: string }[];
};

export interface StoredFollow {
  userId: string;
  target: FollowTarget;
  targetId: string;
  /** False: an explicit unfollow, kept so that auto-follow does not undo it. */
  following: boolean;
  /** When it was last followed (or unfollowed). */
  createdAt: string;
}

/** The key of a post in {@link CommunityData.votes}: `question:q-1`. */
export function postKey(target: PostType | FollowTarget, id: string): string {
  return `${target}:${id}`;
}

/** Puts `record` in an index by post (or target) key, then member id; `repeated` runs first when one is there already. */
export function putByUser<T>(index: Map<string, Map<string, T>>, key: string, userId: string, record: T, repeated?: () => void): void {
  const byUser = index.get(key) ?? new Map<string, T>();
  if (repeated !== undefined && byUser.has(userId)) repeated();
  byUser.set(userId, record);
  index.set(key, byUser);
}

export function setAcceptedAnswer(question: StoredQuestion, accept: { answerId: string; byId: string; at: string } | null) {
  question.acceptedAnswerId = accept?.answerId ?? null;
  question.acceptedById = accept?.byId ?? null;
  question.acceptedAt = accept?.at ?? null;
}

/** Seed times are normalized to ISO-8601 UTC on load, and such strings order like the times they denote. */
export function latestTime(first: string, ...others: (string | null)[]): string {
  return others.reduce<string>((latest, time) => (time !== null && time > latest ? time : latest), first);
}

export function isStaff(user: SeedUser): boolean {
  return user.role === 'staff' || user.role === 'moderator';
}

export function uniqueId(prefix: string, taken: Map<string, unknown>): string {
  let n = taken.size + 1;
  while (taken.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
