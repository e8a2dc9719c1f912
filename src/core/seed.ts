import type { IdeaScores, IdeaStatus, IdeaTopic } from './types.js';
import type { AuditAction, FlagReason, FollowTarget, ModerationTarget, PostState, PostType, QuestionStatus, Role } from './types.js';

/**
 * The plain-JSON seed format `MemoryAdapter` (and the reference server) load.
 * Counts (votes, answers, reputation, accepted flags) are derived from it, never stored in it,
 * so a seed cannot contradict itself.
 */
export interface CommunitySeed {
  users: SeedUser[];
  categories: SeedCategory[];
  questions: SeedQuestion[];
  answers: SeedAnswer[];
  votes: SeedVote[];
  /** Members' reports of posts (moderation); optional. */
  flags?: SeedFlag[];
  /** Earlier versions of edited posts; optional (a post without any has never been edited). */
  revisions?: SeedRevision[];
  /** Members suspended by a moderator; optional. */
  suspensions?: SeedSuspension[];
  /** The audit log, in the order it was written; optional. */
  audit?: SeedAuditEntry[];
  /** What members follow (capability `follow`), and what they unfollowed; optional. */
  follows?: SeedFollow[];
  /** Which questions are ideas (capability `ideas`), with their status, evaluations and wins; optional. */
  ideas?: SeedIdea[];
  /** Live sessions (capability `liveSessions`) and the questions asked in them; optional. */
  liveSessions?: SeedLiveSession[];
}

/** Why and when a seeded post is not `published`. */
export interface SeedModeration {
  /** A moderator's public reason, or null. */
  reason?: string | null;
  /** The moderator who acted; null (the default) when it happened on its own (flags) or by the author. */
  byId?: string | null;
  /** When the post entered its state; default its `createdAt`. */
  at?: string;
}

export interface SeedUser {
  id: string;
  name: string;
  role: Role;
  avatarUrl?: string | null;
  joinedAt: string;
  /** Reputation earned outside the seeded posts (imported history); default 0. */
  reputationBase?: number;
}

export interface SeedCategory {
  id: string;
  name: string;
  description?: string;
  names?: Record<string, string>;
}

export interface SeedQuestion {
  id: string;
  authorId: string;
  categoryId: string;
  title: string;
  body: string;
  language: string;
  tags?: string[];
  status?: QuestionStatus;
  createdAt: string;
  editedAt?: string | null;
  /** Id of the accepted answer, if any. */
  acceptedAnswerId?: string | null;
  /** Who accepted it (defaults to the asker). */
  acceptedById?: string | null;
  acceptedAt?: string | null;
  state?: PostState;
  moderation?: SeedModeration | null;
  /** Pinned by a moderator: first in its category's list (latest activity order). */
  pinned?: boolean;
  /** The question this one duplicates, as marked by a moderator. */
  duplicateOf?: string | null;
  /** Handed to customer care by staff or a moderator (`hand-to-care`), with its public note. */
  handoff?: SeedHandoff | null;
}

/** A question's hand-off to customer care in a seed. */
export interface SeedHandoff {
  /** The public note (1 to 500 characters). */
  note: string;
  /** The staff member or moderator who handed it over. */
  byId: string;
  /** When; default the question's `createdAt`. */
  at?: string;
}

export interface SeedAnswer {
  id: string;
  questionId: string;
  authorId: string;
  body: string;
  language: string;
  createdAt: string;
  editedAt?: string | null;
  state?: PostState;
  moderation?: SeedModeration | null;
}

export interface SeedVote {
  userId: string;
  target: PostType;
  targetId: string;
  createdAt?: string;
}

/** A member's report of a post. At most one per member and post; never on one's own post. */
export interface SeedFlag {
  userId: string;
  target: PostType;
  targetId: string;
  reason: FlagReason;
  /** Required for reason `other`. */
  note?: string | null;
  createdAt: string;
  /** Dismissed by a moderator (or resolved by an action): no longer open. Default false. */
  dismissed?: boolean;
}

/**
 * One version of an edited post. A post's revisions are numbered 1 (as first written) upwards without gaps, and
 * the last one is the post as it is now (same body, and title and tags for a question).
 */
export interface SeedRevision {
  target: PostType;
  targetId: string;
  number: number;
  body: string;
  /** Questions only. */
  title?: string | null;
  tags?: string[] | null;
  editedById: string;
  reason?: string | null;
  createdAt: string;
}

export interface SeedSuspension {
  userId: string;
  /** When it ends; null (the default) for indefinitely. */
  until?: string | null;
  reason?: string | null;
  /** The moderator who suspended the member. */
  byId?: string | null;
  createdAt?: string;
}

/** A line of the audit log (see the contract's `AuditEntry`). */
export interface SeedAuditEntry {
  id: string;
  /** Null for what happened on its own (`auto-hide`). */
  actorId: string | null;
  action: AuditAction;
  target: ModerationTarget;
  targetId: string;
  /** The thread, for posts; derived when left out. */
  questionId?: string | null;
  reason?: string | null;
  details?: Record<string, string>;
  createdAt: string;
}

/**
 * A member's follow of a question, a category or a live session. Seeded posts do not follow anything on their own: only what is
 * listed here is followed. `following: false` records an explicit unfollow (auto-follow leaves it alone).
 */
export interface SeedFollow {
  userId: string;
  target: FollowTarget;
  targetId: string;
  /** Default true. */
  following?: boolean;
  createdAt?: string;
}

/** An idea: the idea fields of a seeded question (`questionId`); evaluations and wins are the idea's own. */
export interface SeedIdea {
  questionId: string;
  topic: IdeaTopic;
  /** Default `new`. `duplicate` needs `mergedInto`. */
  status?: IdeaStatus;
  statusNote?: string | null;
  statusChangedAt?: string | null;
  statusChangedById?: string | null;
  mergedInto?: string | null;
  /** One per staff member. */
  evaluations?: (IdeaScores & { userId: string; createdAt?: string })[];
  /** The periods (`2027-03`) it won. */
  wins?: { period: string; awardedAt?: string }[];
}

/** A live session: a scheduled event where hosts answer the questions asked in it (`questionIds`, seeded questions). */
export interface SeedLiveSession {
  id: string;
  title: string;
  /** Markdown; default empty. */
  description?: string;
  /** Without its `#`. */
  hashtag: string;
  hostIds: string[];
  startsAt: string;
  endsAt: string;
  /** The category its questions are filed under; default the first one. */
  categoryId?: string | null;
  /** The seeded questions asked in it. */
  questionIds?: string[];
}
