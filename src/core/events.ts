import type { MajlisError } from './adapter.js';
import type { Answer, PostType, Question } from './types.js';

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
export type LoginReason = 'vote' | 'answer' | 'accept' | 'ask';

/** An anonymous viewer tried something that needs a sign-in; the host page opens its own sign-in. */
export class MajlisLoginRequestEvent extends MajlisEvent<{ reason: LoginReason }> {
  static readonly type = 'majlis-login-request';
  constructor(reason: LoginReason) {
    super(MajlisLoginRequestEvent.type, { reason }, true);
  }
}

export type NavigateDetail =
  | { view: 'list' }
  | { view: 'ask' }
  | { view: 'question'; questionId: string };

/** The viewer asked to open another view; cancel it to route in the host page instead. */
export class MajlisNavigateEvent extends MajlisEvent<NavigateDetail> {
  static readonly type = 'majlis-navigate';
  constructor(detail: NavigateDetail) {
    super(MajlisNavigateEvent.type, detail, true);
  }
}

/** Which kind of call failed: a read the element needed, or a mutation the viewer made. */
export type ErrorOperation = 'configure' | 'load' | 'vote' | 'accept' | 'post-answer' | 'ask-question';

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

declare global {
  // GlobalEventHandlersEventMap (not HTMLElementEventMap): the Element, Document and Window maps
  // all extend it, so `document.addEventListener('majlis-vote', …)` is typed too.
  interface GlobalEventHandlersEventMap {
    'majlis-vote': MajlisVoteEvent;
    'majlis-accept': MajlisAcceptEvent;
    'majlis-answer-posted': MajlisAnswerPostedEvent;
    'majlis-question-asked': MajlisQuestionAskedEvent;
    'majlis-login-request': MajlisLoginRequestEvent;
    'majlis-navigate': MajlisNavigateEvent;
    'majlis-error': MajlisErrorEvent;
    'majlis-leaderboard-change': MajlisLeaderboardChangeEvent;
  }
}
