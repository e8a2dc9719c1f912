/**
 * The names of live sessions every layer shares (phases, filters, orders, the hashtag's shape): data only, so the
 * in-browser adapter, the server and the element take them without the contract's schemas.
 */

/** Where a session is on the clock: before `startsAt`, from `startsAt` until `endsAt`, after `endsAt`. */
export const SESSION_PHASES = ['upcoming', 'live', 'ended'] as const;
/** Which questions of a session: all, those a host answered, those no host answered yet. */
export const SESSION_QUESTION_FILTERS = ['all', 'answered', 'waiting'] as const;
/** How a session's questions are ordered: most kudos (most wanted) or newest. */
export const SESSION_QUESTION_SORTS = ['votes', 'newest'] as const;
/** A hashtag without its `#`: letters (any script), digits and `_`, 2 to 50, not digits only. */
export const HASHTAG_PATTERN = '^(?=.*[\\p{L}_])[\\p{L}\\p{M}\\p{N}_]{2,50}$';
/** How many questions the archive's summary names as its top questions. */
export const SUMMARY_TOP = 3;
/** The most hosts a session has. */
export const HOSTS_MAX = 10;

export type SessionPhase = (typeof SESSION_PHASES)[number];
export type SessionQuestionFilter = (typeof SESSION_QUESTION_FILTERS)[number];
export type SessionQuestionSort = (typeof SESSION_QUESTION_SORTS)[number];

/** The phase of a session at `now`: the one rule every implementation applies (the end is exclusive). */
export function phaseAt(session: { startsAt: string; endsAt: string }, now: Date): SessionPhase {
  const time = now.getTime();
  if (time < Date.parse(session.startsAt)) return 'upcoming';
  return time < Date.parse(session.endsAt) ? 'live' : 'ended';
}
