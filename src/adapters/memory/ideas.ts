import { MajlisError } from '../../core/adapter.js';
import { primaryLanguage } from '../../core/contract/language.js';
import { invalid, readSearch } from '../../core/contract/text.js';
import { rankTerms } from '../../core/ranking.js';
import type { RankTerm } from '../../core/ranking.js';
import { readIdeaNote, readIdeaPeriod } from '../../core/ideas.js';
import {
  IDEA_CRITERIA,
  IDEA_SORTS,
  IDEA_STATUSES,
  IDEA_TOPICS,
  TRENDING_DAYS,
} from '../../core/idea-names.js';
import type { IdeaCriterion, IdeaSort, IdeaStatus, IdeaTopic } from '../../core/idea-names.js';
import type { SeedVote } from '../../core/seed.js';
import type { Idea, IdeaEvaluation, IdeaScores } from '../../core/types.js';
import { kindOf, readBoolean, readEnum, readId, readObject, readQuery } from './input.js';
import type { Ordering } from './listing.js';
import { postKey } from './model.js';
import type { CommunityData, StoredEvaluation, StoredIdea } from './model.js';

/* Ideas (capability `ideas`, rules in src/core/contract/ideas.ts): an idea is a question with these fields. */

const DAY = 86_400_000;

/** Averages to two decimals, as the server's SQL rounds them. */
const round = (value: number) => Math.round(value * 100) / 100;

export function evaluationOf(idea: StoredIdea): IdeaEvaluation | null {
  const count = idea.evaluations.length;
  if (count === 0) return null;
  const average = (criterion: IdeaCriterion) =>
    round(idea.evaluations.reduce((sum, evaluation) => sum + evaluation[criterion], 0) / count);
  return {
    constructive: average('constructive'),
    creative: average('creative'),
    feasible: average('feasible'),
    effective: average('effective'),
    evaluators: count,
  };
}

/**
 * The mean of the four criteria averages, unrounded (the `evaluation` order; the server computes it alike, so the
 * orders agree where rounded averages would tie); null before any evaluation.
 */
export function overallScore(idea: StoredIdea): number | null {
  const count = idea.evaluations.length;
  if (count === 0) return null;
  const sum = idea.evaluations.reduce(
    (total, evaluation) => total + IDEA_CRITERIA.reduce((scores, criterion) => scores + evaluation[criterion], 0),
    0,
  );
  return sum / count / IDEA_CRITERIA.length;
}

export function scoresOf(evaluation: StoredEvaluation | undefined): IdeaScores | null {
  if (evaluation === undefined) return null;
  const { constructive, creative, feasible, effective } = evaluation;
  return { constructive, creative, feasible, effective };
}

/** Kudos on the idea's question in the {@link TRENDING_DAYS} days before `now` (a seeded kudos without a time: the post's). */
export function recentVotes(data: CommunityData, idea: StoredIdea, now: Date): number {
  const since = new Date(now.getTime() - TRENDING_DAYS * DAY).toISOString();
  const createdAt = data.questions.get(idea.questionId)?.createdAt ?? '';
  return [...(data.votes.get(postKey('question', idea.questionId))?.values() ?? [])].filter(
    (vote) => (vote.createdAt ?? createdAt) >= since,
  ).length;
}

const time = (value: string) => Date.parse(value);

const ideaOrderings: Record<Exclude<IdeaSort, 'evaluation'>, Ordering<Idea>> = {
  votes: { name: 'ideas/votes', keyLength: 2, key: (idea) => [-idea.question.voteCount, -time(idea.question.createdAt)] },
  newest: { name: 'ideas/newest', keyLength: 1, key: (idea) => [-time(idea.question.createdAt)] },
  trending: {
    name: 'ideas/trending',
    keyLength: 3,
    key: (idea) => [-idea.recentVoteCount, -idea.question.voteCount, -time(idea.question.createdAt)],
  },
};

/** The order of `sort`; `evaluation` takes each idea's {@link overallScore} (none sorts as 0: last). */
export function ideaOrdering(sort: IdeaSort, scoreOf: (id: string) => number | null): Ordering<Idea> {
  if (sort !== 'evaluation') return ideaOrderings[sort];
  return {
    name: 'ideas/evaluation',
    keyLength: 3,
    key: (idea) => [-(scoreOf(idea.id) ?? 0), -idea.question.voteCount, -time(idea.question.createdAt)],
  };
}

export interface IdeaFilters {
  /** The search's words (any of them matches); none without a search. */
  terms: RankTerm[];
  match: 'any';
  topic: IdeaTopic | null;
  status: IdeaStatus | null;
  language: string | null;
  sort: IdeaSort;
  /** Only ideas evaluated at least once (true) or never (false); null: both. */
  evaluated: boolean | null;
  cursor?: unknown;
  limit?: unknown;
}

export function readIdeaQuery(query: unknown): IdeaFilters {
  const record = readQuery(query);
  const optionalEnum = <T extends string>(field: string, values: readonly T[]): T | null =>
    record[field] === undefined || record[field] === null ? null : readEnum<T>(record, field, values);
  const language = record.language;
  if (language !== undefined && language !== null && typeof language !== 'string') {
    throw invalid('language', `language must be a language tag, got ${kindOf(language)}`);
  }
  const search = record.search;
  if (search !== undefined && search !== null && typeof search !== 'string') {
    throw invalid('search', `search must be a string, got ${kindOf(search)}`);
  }
  const words = readSearch(typeof search === 'string' ? search : '');
  const primary = typeof language === 'string' && language.trim() !== '' ? primaryLanguage(language) : null;
  return {
    terms: words.blank ? [] : rankTerms(words.text, primary ?? undefined),
    match: 'any',
    topic: optionalEnum('topic', IDEA_TOPICS),
    status: optionalEnum('status', IDEA_STATUSES),
    language: primary,
    sort: readEnum<IdeaSort>(record, 'sort', IDEA_SORTS, 'votes'),
    evaluated: record.evaluated === undefined || record.evaluated === null ? null : readBoolean(record, 'evaluated'),
    cursor: record.cursor,
    limit: record.limit,
  };
}

export function matchesIdeaFilters(idea: Idea, filters: IdeaFilters): boolean {
  return (
    (filters.topic === null || idea.topic === filters.topic) &&
    (filters.status === null || idea.status === filters.status) &&
    (filters.language === null || primaryLanguage(idea.question.language) === filters.language) &&
    (filters.evaluated === null || (idea.evaluation !== null) === filters.evaluated)
  );
}

export function readTopic(record: Record<string, unknown>): IdeaTopic {
  return readEnum<IdeaTopic>(record, 'topic', IDEA_TOPICS);
}

export function readStatusInput(input: unknown): { ideaId: string; status: IdeaStatus; note: string | null } {
  const record = readObject(input, 'The status change');
  const status = readEnum<IdeaStatus>(record, 'status', IDEA_STATUSES);
  if (status === 'duplicate') throw invalid('status', 'status "duplicate" comes from merging the idea (mergeIdea)');
  return { ideaId: readId(record, 'ideaId'), status, note: readIdeaNote(record.note) };
}

export function readScores(input: unknown): { ideaId: string; scores: IdeaScores } {
  const record = readObject(input, 'The evaluation');
  const score = (criterion: IdeaCriterion) => {
    const value = record[criterion];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 5) {
      throw invalid(criterion, `${criterion} must be a whole number from 1 to 5, got ${JSON.stringify(value)}`);
    }
    return value;
  };
  return {
    ideaId: readId(record, 'ideaId'),
    scores: { constructive: score('constructive'), creative: score('creative'), feasible: score('feasible'), effective: score('effective') },
  };
}

export function readMergeInput(input: unknown): { ideaId: string; intoId: string; note: string | null } {
  const record = readObject(input, 'The merge');
  return { ideaId: readId(record, 'ideaId'), intoId: readId(record, 'intoId'), note: readIdeaNote(record.note) };
}

export function readWinnerInput(input: unknown): { ideaId: string; period: string } {
  const record = readObject(input, 'The winner');
  return { ideaId: readId(record, 'ideaId'), period: readIdeaPeriod(record.period) };
}

/** A merge's rules: another idea, neither one merged already. */
export function checkMerge(from: StoredIdea, into: StoredIdea): void {
  if (from.questionId === into.questionId) throw invalid('intoId', 'An idea cannot be merged into itself');
  if (into.status === 'duplicate') {
    throw invalid('intoId', `Idea "${into.questionId}" was merged into "${into.mergedInto}": merge into that one`);
  }
  if (from.status === 'duplicate') throw new MajlisError('conflict', `Idea "${from.questionId}" is merged already`);
}

/** Moves the kudos of `from` to `into`: a member who gave both counts once, the author of `into` is left out. */
export function carryVotes(data: CommunityData, from: string, into: string, intoAuthorId: string): void {
  const source = data.votes.get(postKey('question', from)) ?? new Map<string, SeedVote>();
  const target = data.votes.get(postKey('question', into)) ?? new Map<string, SeedVote>();
  for (const [userId, vote] of source) {
    if (userId !== intoAuthorId && !target.has(userId)) target.set(userId, { ...vote, targetId: into });
  }
  data.votes.set(postKey('question', into), target);
  data.votes.set(postKey('question', from), new Map<string, SeedVote>());
}

export function newIdea(questionId: string, topic: IdeaTopic): StoredIdea {
  return {
    questionId,
    topic,
    status: 'new',
    statusNote: null,
    statusChangedAt: null,
    statusChangedById: null,
    mergedInto: null,
    evaluations: [],
    wins: [],
  };
}
