import { invalid } from '../../core/contract/text.js';
import { SESSION_PHASES, SESSION_QUESTION_FILTERS, SESSION_QUESTION_SORTS, SUMMARY_TOP } from '../../core/live-session-names.js';
import type { SessionPhase, SessionQuestionFilter, SessionQuestionSort } from '../../core/live-session-names.js';
import { readSessionFields } from '../../core/live-sessions.js';
import type { SessionFields } from '../../core/live-sessions.js';
import type { LiveSession, LiveSessionSummary, SessionQuestion } from '../../core/types.js';
import { kindOf, readEnum, readId, readObject, readQuery } from './input.js';
import { paginate } from './listing.js';
import type { Ordering } from './listing.js';

/* Live sessions (capability `liveSessions`, rules in src/core/contract/live-sessions.ts and src/core/live-sessions.ts). */

const time = (value: string) => Date.parse(value);

/** A session question as {@link paginate} pages it: by its question's id. */
export interface Entry {
  id: string;
  entry: SessionQuestion;
}

export const toEntry = (entry: SessionQuestion): Entry => ({ id: entry.question.id, entry });

export const sessionQuestionOrderings: Record<SessionQuestionSort, Ordering<Entry>> = {
  votes: {
    name: 'session-questions/votes',
    keyLength: 2,
    key: ({ entry }) => [-entry.question.voteCount, time(entry.question.createdAt)],
  },
  newest: { name: 'session-questions/newest', keyLength: 1, key: ({ entry }) => [-time(entry.question.createdAt)] },
};

/** Upcoming and live sessions soonest first; ended ones (and a list of every phase) latest first. */
export function sessionOrdering(phase: SessionPhase | null): Ordering<LiveSession> {
  return phase === 'upcoming' || phase === 'live'
    ? { name: `sessions/${phase}`, keyLength: 1, key: (session) => [time(session.startsAt)] }
    : { name: 'sessions/latest', keyLength: 1, key: (session) => [-time(session.startsAt)] };
}

export function readSessionQuery(query: unknown): { phase: SessionPhase | null; cursor?: unknown; limit?: unknown } {
  const record = readQuery(query);
  const phase = record.phase === undefined || record.phase === null ? null : readEnum<SessionPhase>(record, 'phase', SESSION_PHASES);
  return { phase, cursor: record.cursor, limit: record.limit };
}

export function readSessionQuestionQuery(query: unknown): {
  filter: SessionQuestionFilter;
  sort: SessionQuestionSort;
  cursor?: unknown;
  limit?: unknown;
} {
  const record = readQuery(query);
  return {
    filter: readEnum<SessionQuestionFilter>(record, 'filter', SESSION_QUESTION_FILTERS, 'all'),
    sort: readEnum<SessionQuestionSort>(record, 'sort', SESSION_QUESTION_SORTS, 'votes'),
    cursor: record.cursor,
    limit: record.limit,
  };
}

export function matchesFilter(entry: SessionQuestion, filter: SessionQuestionFilter): boolean {
  return filter === 'all' || entry.answered === (filter === 'answered');
}

const optionalString = (record: Record<string, unknown>, field: string): string | undefined => {
  const value = record[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalid(field, `${field} must be a string, got ${kindOf(value)}`);
  return value;
};

const requiredString = (record: Record<string, unknown>, field: string): string =>
  optionalString(record, field) ?? invalidMissing(field);

function invalidMissing(field: string): never {
  throw invalid(field, `${field} is required`);
}

/** The fields of a session to create or update, type-checked here and validated by the shared rules. */
export function readSessionInput(input: unknown, withId: boolean): SessionFields & { sessionId: string | null } {
  const record = readObject(input, 'The session');
  const hostIds = record.hostIds;
  if (!Array.isArray(hostIds) || hostIds.some((hostId) => typeof hostId !== 'string')) {
    throw invalid('hostIds', `hostIds must be a list of member ids, got ${kindOf(hostIds)}`);
  }
  const fields = readSessionFields({
    title: requiredString(record, 'title'),
    description: optionalString(record, 'description'),
    hashtag: requiredString(record, 'hashtag'),
    hostIds: hostIds as string[],
    startsAt: requiredString(record, 'startsAt'),
    endsAt: requiredString(record, 'endsAt'),
    categoryId: optionalString(record, 'categoryId') ?? null,
  });
  return { ...fields, sessionId: withId ? readId(record, 'sessionId') : null };
}

/** The archive's figures over a session's questions as the viewer sees them. */
export function summaryOf(sessionId: string, entries: readonly SessionQuestion[]): LiveSessionSummary {
  const top = paginate(entries.map(toEntry), sessionQuestionOrderings.votes, { limit: SUMMARY_TOP }).items.map(({ entry }) => entry);
  return {
    sessionId,
    questionCount: entries.length,
    answeredCount: entries.filter((entry) => entry.answered).length,
    hostAnswerCount: entries.reduce((sum, entry) => sum + entry.hostAnswers.length, 0),
    topQuestions: top,
  };
}
