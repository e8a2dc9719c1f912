/**
 * The Majlis domain model: plain data that adapters return and the store caches.
 * Times are ISO-8601 strings (UTC), languages are BCP-47 tags (`en`, `ar`, `nl-BE`, `vi`).
 */

/** What a member is to the community; staff, experts and moderators get a badge. */
export type Role = 'member' | 'expert' | 'staff' | 'moderator';

export const ROLES: readonly Role[] = ['member', 'expert', 'staff', 'moderator'];

/** A person as shown next to a post. */
export interface User {
  id: string;
  /** Display name; may be in any script. */
  name: string;
  role: Role;
  /** Points earned from kudos and accepted solutions. */
  reputation: number;
  /** Absolute http(s) URL of an avatar image, if the member has one. */
  avatarUrl?: string | null;
  /** When the member joined (ISO-8601). */
  joinedAt: string;
}

/** Counters shown on a user card. */
export interface UserStats {
  questions: number;
  answers: number;
  /** Answers of this user marked as the accepted solution. */
  acceptedAnswers: number;
  /** Kudos received on all of this user's posts. */
  kudosReceived: number;
}

/** A user with the figures a profile card shows. */
export interface UserProfile extends User {
  stats: UserStats;
  /** 1-based position by reputation among all members, or null when not ranked. */
  rank: number | null;
}

/** Who is looking: a signed-in member, or an anonymous reader (`user: null`). */
export interface Viewer {
  user: User | null;
}

/** A topic questions are filed under. `id` is a stable slug such as `network-quality`. */
export interface Category {
  id: string;
  /** Name in the community's default language. */
  name: string;
  description?: string;
  /** Names by BCP-47 language, e.g. `{ ar: 'جودة الشبكة' }`; `name` is the fallback. */
  names?: Record<string, string>;
}

export type PostType = 'question' | 'answer';

export type QuestionStatus = 'open' | 'locked';

/** What the current viewer may do with a post; decided by the backend, shown by the UI. */
export interface PostPermissions {
  /** Give or take back kudos. False for anonymous viewers and for one's own post. */
  vote: boolean;
  edit: boolean;
  moderate: boolean;
}

export interface QuestionPermissions extends PostPermissions {
  /** Post an answer (signed in, question not locked). */
  answer: boolean;
}

export interface AnswerPermissions extends PostPermissions {
  /** Mark or unmark this answer as the accepted solution (asker, staff, moderators). */
  accept: boolean;
}

interface PostBase {
  id: string;
  /** Markdown source; rendered only through the sanitizing pipeline. */
  body: string;
  author: User;
  /** BCP-47 language the post is written in. */
  language: string;
  createdAt: string;
  /** Last edit, or null when never edited. */
  editedAt: string | null;
  /** Number of kudos (thumbs-up). */
  voteCount: number;
  /** Whether the viewer has given kudos; always false for anonymous viewers. */
  viewerHasVoted: boolean;
}

export interface Question extends PostBase {
  type: 'question';
  title: string;
  categoryId: string;
  tags: string[];
  answerCount: number;
  /** The accepted answer's id, or null. At most one per question. */
  acceptedAnswerId: string | null;
  status: QuestionStatus;
  /** Latest of creation, answers and edits; list order "latest activity" uses it. */
  lastActivityAt: string;
  viewerCan: QuestionPermissions;
}

export interface Answer extends PostBase {
  type: 'answer';
  questionId: string;
  accepted: boolean;
  /** Who marked it accepted (the asker or staff), or null. */
  acceptedBy: User | null;
  acceptedAt: string | null;
  viewerCan: AnswerPermissions;
}

export type Post = Question | Answer;

/** A cursor page. `nextCursor` is null on the last page; `total` counts all matching items when known. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total?: number;
}

export interface PageQuery {
  /** Opaque cursor from a previous page's `nextCursor`. */
  cursor?: string | null;
  /** Page size; adapters clamp it to 1…100. Default 20. */
  limit?: number;
}

export type QuestionSort = 'activity' | 'newest' | 'votes';
export type QuestionStatusFilter = 'all' | 'unanswered' | 'unsolved' | 'solved';

export interface QuestionQuery extends PageQuery {
  categoryId?: string;
  status?: QuestionStatusFilter;
  /** Primary language subtag match: `nl` matches `nl` and `nl-BE`. */
  language?: string;
  /** Default `activity`; with a `search`, `relevance` is also allowed (and the default). */
  sort?: QuestionSort | 'relevance';
  /**
   * Free text matched against titles and bodies, case- and diacritic-insensitive (Arabic harakat,
   * Vietnamese tones): `apn instellingen`, `eSIM`, `التجوال`. Empty or blank means no search.
   */
  search?: string;
  /**
   * `all` (default): every search word must match. `any`: at least one must, and questions matching more
   * words rank first — what "similar questions" for a typed title needs.
   */
  match?: 'all' | 'any';
}

export type AnswerSort = 'votes' | 'newest' | 'oldest';

export interface AnswerQuery extends PageQuery {
  /** Default `votes`. The accepted answer, when there is one, always comes first on the first page. */
  sort?: AnswerSort;
}

export interface AskQuestionInput {
  title: string;
  body: string;
  categoryId: string;
  language: string;
  tags?: string[];
}

export interface PostAnswerInput {
  questionId: string;
  body: string;
  language: string;
}

export interface VoteInput {
  target: PostType;
  id: string;
  /** true gives kudos, false takes it back. Setting the state it already has changes nothing. */
  voted: boolean;
}

export interface AcceptInput {
  answerId: string;
  /** true accepts (replacing any other accepted answer), false unaccepts. */
  accepted: boolean;
}

/** The entities an accept/unaccept changed. */
export interface AcceptResult {
  question: Question;
  answer: Answer;
  /** The answer that lost its accepted mark because another was accepted, if any. */
  previous: Answer | null;
}

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

/** Reputation a member earns; adapters and the reference server compute it the same way. */
export const REPUTATION = {
  /** Per kudos received on an answer. */
  answerKudos: 10,
  /** Per kudos received on a question. */
  questionKudos: 5,
  /** For an answer marked as the accepted solution. */
  acceptedAnswer: 15,
} as const;
