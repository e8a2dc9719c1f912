import type { MajlisError } from './adapter.js';
import type { MajlisUnansweredEvent } from './care.js';
import type {
  Answer,
  FlagReason,
  FollowTarget,
  ModerationInput,
  ModerationResult,
  Post,
  PostType,
  Question,
  QuestionSort,
  QuestionStatusFilter,
} from './types.js';

/**
 * Every Majlis event bubbles and crosses shadow roots, so a host page can listen on `document`.
 * Request events (`majlis-login-request`, `majlis-navigate`) are cancelable: calling
 * `preventDefault()` tells the element that the host has taken over.
 */
abstract class MajlisEvent<Detail> extends CustomEvent<Detail> {
  constructor(type: string, detail: Detail, cancelable = false) {
    super(type, { detail, bubbles: true, composed: true, cancelable });
  }
}

export interface VoteDetail {
  target: PostType;
  id: string;
  voted: boolean;
  voteCount: number;
}

/** Kudos given or taken back; fired once the adapter confirmed it. */
export class MajlisVoteEvent extends MajlisEvent<VoteDetail> {
  static readonly type = 'majlis-vote';
  constructor(detail: VoteDetail) {
    super(MajlisVoteEvent.type, detail);
  }
}

export interface FollowDetail {
  target: FollowTarget;
  id: string;
  following: boolean;
}

/** A question or category followed or unfollowed; fired once the adapter confirmed it. */
export class MajlisFollowEvent extends MajlisEvent<FollowDetail> {
  static readonly type = 'majlis-follow';
  constructor(detail: FollowDetail) {
    super(MajlisFollowEvent.type, detail);
  }
}

export interface UnansweredDetail {
  questionId: string;
  /** When the question was asked (ISO-8601). */
  askedAt: string;
  /** The hours without an answer by staff or an expert that made it unanswered (the element's `unanswered-hours`). */
  hours: number;
}

export interface UnansweredDetail {
  questionId: string;
  /** When the question was asked (ISO-8601). */
  askedAt: string;
  /** The hours without an answer by staff or an expert that made it unanswered (the schedule's `unansweredHours`). */
  hours: number;
}

export interface AcceptDetail {
  questionId: string;
  answerId: string;
  accepted: boolean;
}

/** An answer was marked (or unmarked) as the accepted solution. */
export class MajlisAcceptEvent extends MajlisEvent<AcceptDetail> {
  static readonly type = 'majlis-accept';
  constructor(detail: AcceptDetail) {
    super(MajlisAcceptEvent.type, detail);
  }
}

/** A new answer was stored by the adapter. */
export class MajlisAnswerPostedEvent extends MajlisEvent<{ answer: Answer }> {
  static readonly type = 'majlis-answer-posted';
  constructor(answer: Answer) {
    super(MajlisAnswerPostedEvent.type, { answer });
  }
}

/** A new question was stored by the adapter. */
export class MajlisQuestionAskedEvent extends MajlisEvent<{ question: Question }> {
  static readonly type = 'majlis-question-asked';
  constructor(question: Question) {
    super(MajlisQuestionAskedEvent.type, { question });
  }
}

/** What an anonymous viewer tried to do. */
export type LoginReason = 'vote' | 'answer' | 'accept' | 'ask' | 'moderate' | 'follow';

/**
 * How the host tells the element that asked for a sign-in how it ended, so the viewer's action resumes.
 * Call one of them once; later calls do nothing.
 */
export interface LoginRequestDetail {
  reason: LoginReason;
  /**
   * The host signed the viewer in (its adapter now answers as the member): the store re-reads the viewer
   * without blanking the page (`store.refreshViewer()`), then the action resumes where it was asked for (the
   * kudos is given, the composer opens focused, the ask form shows). Resolves once it has.
   */
  signedIn(): Promise<void>;
  /** The sign-in was cancelled or failed: nothing happens and focus returns to the control. */
  cancelled(): void;
}

/** An anonymous viewer tried something that needs a sign-in; the host page opens its own sign-in. */
export class MajlisLoginRequestEvent extends MajlisEvent<LoginRequestDetail> {
  static readonly type = 'majlis-login-request';
  constructor(reason: LoginReason, outcome?: Pick<LoginRequestDetail, 'signedIn' | 'cancelled'>) {
    super(
      MajlisLoginRequestEvent.type,
      { reason, signedIn: outcome?.signedIn ?? (() => Promise.resolve()), cancelled: outcome?.cancelled ?? (() => undefined) },
      true,
    );
  }
}

/** The list's search, filters and order, as `<majlis-community>` keeps them in its URL. */
export interface ListFilters {
  /** Free-text search (empty for none). */
  search: string;
  /** Category id (empty for all). */
  category: string;
  status: QuestionStatusFilter;
  /** Language tag (empty for all). */
  language: string;
  /** A tag the questions carry (empty for all). */
  tag: string;
  /** The order shown; `relevance` only while searching (then the default). */
  sort: QuestionSort | 'relevance';
}

export type NavigateDetail =
  | { view: 'list'; filters?: Partial<ListFilters> }
  | { view: 'ask' }
  | { view: 'question'; questionId: string; answerId?: string };

/** The viewer asked to open another view; cancel it to route in the host page instead. */
export class MajlisNavigateEvent extends MajlisEvent<NavigateDetail> {
  static readonly type = 'majlis-navigate';
  /**
   * Set by a router that shows the view in the page (`<majlis-community>`): the link that was clicked is then
   * not followed.
   */
  inPage = false;
  constructor(detail: NavigateDetail) {
    super(MajlisNavigateEvent.type, detail, true);
  }
}

/** The list's search, filters or order changed (after the search box's pause, not per keystroke). */
export class MajlisFiltersChangedEvent extends MajlisEvent<ListFilters> {
  static readonly type = 'majlis-filters-changed';
  constructor(detail: ListFilters) {
    super(MajlisFiltersChangedEvent.type, detail);
  }
}

/** Which kind of call failed: a read the element needed, or a mutation the viewer made. */
export type ErrorOperation =
  | 'configure'
  | 'load'
  | 'vote'
  | 'accept'
  | 'post-answer'
  | 'ask-question'
  | 'flag'
  | 'edit-post'
  | 'delete-post'
  | 'moderate'
  | 'follow'
  | 'idea'
  | 'live-session';

export interface ErrorDetail {
  error: MajlisError;
  operation: ErrorOperation;
}

/** An adapter call failed; the element also shows a localized message (and a retry where it helps). */
export class MajlisErrorEvent extends MajlisEvent<ErrorDetail> {
  static readonly type = 'majlis-error';
  constructor(detail: ErrorDetail) {
    super(MajlisErrorEvent.type, detail);
  }
}

export interface LeaderboardChangeDetail {
  period: 'week' | 'month' | 'all';
  metric: 'reputation' | 'solutions' | 'kudos';
}

/** The viewer chose another period or metric on a `<majlis-leaderboard>` (its attributes already follow). */
export class MajlisLeaderboardChangeEvent extends MajlisEvent<LeaderboardChangeDetail> {
  static readonly type = 'majlis-leaderboard-change';
  constructor(detail: LeaderboardChangeDetail) {
    super(MajlisLeaderboardChangeEvent.type, detail);
  }
}

export interface FlagDetail {
  target: PostType;
  id: string;
  reason: FlagReason;
  /** The post as the adapter returned it (`viewerHasFlagged`; `state: 'hidden'` when this flag reached the threshold). */
  post: Post;
}

/** The viewer flagged a post for the moderators; fired once the adapter stored the flag. */
export class MajlisFlagEvent extends MajlisEvent<FlagDetail> {
  static readonly type = 'majlis-flag';
  constructor(detail: FlagDetail) {
    super(MajlisFlagEvent.type, detail);
  }
}

/** A post was edited (by its author or a moderator); `post` is the post as it is now. */
export class MajlisPostEditedEvent extends MajlisEvent<{ post: Post }> {
  static readonly type = 'majlis-post-edited';
  constructor(post: Post) {
    super(MajlisPostEditedEvent.type, { post });
  }
}

/** The viewer deleted their own post (a soft delete: readers see a placeholder); `post` is the post as it is now. */
export class MajlisPostDeletedEvent extends MajlisEvent<{ post: Post }> {
  static readonly type = 'majlis-post-deleted';
  constructor(post: Post) {
    super(MajlisPostDeletedEvent.type, { post });
  }
}

export interface ModeratedDetail {
  /** What the moderator asked for (the action, its target and reason…). */
  input: ModerationInput;
  /** What it changed, as the moderator now sees it, and its audit entry. */
  result: ModerationResult;
}

/** A moderator's action was confirmed by the adapter (one event per post of a bulk action). */
export class MajlisModeratedEvent extends MajlisEvent<ModeratedDetail> {
  static readonly type = 'majlis-moderated';
  constructor(detail: ModeratedDetail) {
    super(MajlisModeratedEvent.type, detail);
  }
}

declare global {
  // GlobalEventHandlersEventMap (not HTMLElementEventMap): the Element, Document and Window maps
  // all extend it, so `document.addEventListener('majlis-vote', …)` is typed too.
  interface GlobalEventHandlersEventMap {
    'majlis-vote': MajlisVoteEvent;
    'majlis-follow': MajlisFollowEvent;
    'majlis-accept': MajlisAcceptEvent;
    'majlis-answer-posted': MajlisAnswerPostedEvent;
    'majlis-question-asked': MajlisQuestionAskedEvent;
    'majlis-login-request': MajlisLoginRequestEvent;
    'majlis-navigate': MajlisNavigateEvent;
    'majlis-filters-changed': MajlisFiltersChangedEvent;
    'majlis-error': MajlisErrorEvent;
    'majlis-leaderboard-change': MajlisLeaderboardChangeEvent;
    'majlis-flag': MajlisFlagEvent;
    'majlis-post-edited': MajlisPostEditedEvent;
    'majlis-post-deleted': MajlisPostDeletedEvent;
    'majlis-moderated': MajlisModeratedEvent;
    /** Its class lives in `./care.ts`, in the lazy care chunk (only a care status fires it): see there. */
    'majlis-unanswered': MajlisUnansweredEvent;
  }
}
