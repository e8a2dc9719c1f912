import { decodeCursor, encodeCursor } from '../../core/contract/cursor.js';
import type { CursorOrder, CursorPosition } from '../../core/contract/cursor.js';
import { primaryLanguage } from '../../core/contract/language.js';
import { checkNoControlCharacters, invalid, readSearch } from '../../core/contract/text.js';
import { containsTerm, rankScore, rankStatistics, rankTerms, statisticsFromKey, statisticsKey } from '../../core/ranking.js';
import type { RankTerm, RankedText } from '../../core/ranking.js';
import type { SearchQuery } from '../../core/search.js';
import type {
  Answer,
  AnswerSort,
  Page,
  PageQuery,
  Question,
  QuestionSort,
  QuestionStatusFilter,
} from '../../core/types.js';
import { kindOf, readEnum, readLimit } from './input.js';
import { compareIds } from './model.js';

/* Listing: the question filters, the orderings of questions and answers, and keyset paging over them. */

export interface QuestionFilters {
  categoryId: string | null;
  status: QuestionStatusFilter;
  language: string | null;
  sort: QuestionSort | 'relevance';
  /** Blank when the query has no search. */
  search: SearchQuery;
  /** The search's words as the ranking sees them (src/core/ranking.ts); none without a search. */
  terms: RankTerm[];
  match: 'all' | 'any';
  /** Only questions carrying this tag (compared ignoring case). */
  tag: string | null;
}

export function readQuestionFilters(record: Record<string, unknown>): QuestionFilters {
  const optionalString = (field: string): string | null => {
    const value = record[field];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') throw invalid(field, `${field} must be a string, got ${kindOf(value)}`);
    checkNoControlCharacters(value, field);
    return value;
  };
  const search = readSearch(optionalString('search') ?? '');
  const language = optionalString('language');
  return {
    categoryId: optionalString('categoryId'),
    language,
    status: readEnum<QuestionStatusFilter>(record, 'status', ['all', 'unanswered', 'unsolved', 'solved'], 'all'),
    // Relevance is the default while searching; without a search every question is equally relevant, so
    // `relevance` then orders by activity like the default.
    sort: readEnum<QuestionSort | 'relevance'>(
      record,
      'sort',
      ['activity', 'newest', 'votes', 'relevance'],
      search.blank ? 'activity' : 'relevance',
    ),
    search,
    terms: search.blank ? [] : rankTerms(search.text, language === null ? undefined : primaryLanguage(language)),
    match: readEnum<'all' | 'any'>(record, 'match', ['all', 'any'], 'all'),
    tag: optionalString('tag'),
  };
}

const statusFilters: Record<QuestionStatusFilter, (question: Question) => boolean> = {
  all: () => true,
  unanswered: (question) => question.answerCount === 0,
  unsolved: (question) => question.acceptedAnswerId === null,
  solved: (question) => question.acceptedAnswerId !== null,
};

export function matchesQuestionFilters(question: Question, filters: QuestionFilters): boolean {
  return (
    (filters.categoryId === null || question.categoryId === filters.categoryId) &&
    (filters.language === null || primaryLanguage(question.language) === primaryLanguage(filters.language)) &&
    (filters.tag === null || question.tags.some((tag) => sameTag(tag, filters.tag ?? ''))) &&
    statusFilters[filters.status](question)
  );
}

/** Tags compare ignoring case (`eSIM` is `esim`), as the server's filter does. */
function sameTag(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Whether `text` has every word of the search (any of them, with `match: 'any'`); a blank search matches all. */
export function matchesSearch(text: RankedText, filters: Pick<QuestionFilters, 'terms' | 'match'>): boolean {
  const found = (term: RankTerm) => containsTerm(term, text);
  return filters.match === 'any' ? filters.terms.length === 0 || filters.terms.some(found) : filters.terms.every(found);
}

/** A total order: items sort by ascending `key` (descending orders negate), then by id. */
export interface Ordering<T> extends CursorOrder {
  key(item: T): number[];
}

/** A {@link PageQuery} as a JavaScript caller may pass it. */
type PageRequest = { [K in keyof PageQuery]?: unknown };

const time = (iso: string) => Date.parse(iso);

export const questionOrderings: Record<QuestionSort, Ordering<Question>> = {
  activity: { name: 'questions/activity', keyLength: 1, key: (question) => [-time(question.lastActivityAt)] },
  newest: { name: 'questions/newest', keyLength: 1, key: (question) => [-time(question.createdAt)] },
  votes: { name: 'questions/votes', keyLength: 1, key: (question) => [-question.voteCount] },
};

/**
 * A category's list in latest-activity order: its pinned questions first (latest activity first among them),
 * then the others. Used for `sort: 'activity'` with a `categoryId`; without a category nothing is pinned.
 */
export const pinnedActivityOrdering: Ordering<Question> = {
  name: 'questions/activity-pinned',
  keyLength: 2,
  key: (question) => [question.pinned === true ? 0 : 1, -time(question.lastActivityAt)],
};

/**
 * Best match first, by the BM25F score of src/core/ranking.ts, then the latest activity. The key ends with the
 * corpus statistics the scores were computed with: a cursor carries them, and the next page scores with the same
 * ones (`cursor`), so pages stay consistent even when questions are asked meanwhile.
 */
export function relevanceOrdering(
  filters: QuestionFilters,
  corpus: readonly RankedText[],
  textOf: (question: Question) => RankedText,
  cursor: unknown,
): Ordering<Question> {
  const name = 'questions/relevance';
  const keyLength = 5 + filters.terms.length;
  const statistics =
    cursor === undefined || cursor === null
      ? rankStatistics(filters.terms, corpus)
      : statisticsFromKey(decodeCursor(cursor, { name, keyLength }).key.slice(2));
  const frozen = statisticsKey(statistics);
  return {
    name,
    keyLength,
    key: (question) => [-rankScore(filters.terms, textOf(question), statistics), -time(question.lastActivityAt), ...frozen],
  };
}

/** The accepted answer sorts before all others, so it leads the first page. */
function acceptedFirst(name: string, value: (answer: Answer) => number): Ordering<Answer> {
  return { name, keyLength: 2, key: (answer) => [answer.accepted ? 0 : 1, value(answer)] };
}

export const answerOrderings: Record<AnswerSort, Ordering<Answer>> = {
  votes: acceptedFirst('answers/votes', (answer) => -answer.voteCount),
  newest: acceptedFirst('answers/newest', (answer) => -time(answer.createdAt)),
  oldest: acceptedFirst('answers/oldest', (answer) => time(answer.createdAt)),
};

function comparePositions(a: CursorPosition, b: CursorPosition): number {
  for (let i = 0; i < a.key.length; i++) {
    const difference = (a.key[i] ?? 0) - (b.key[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return compareIds(a.id, b.id);
}

/** Keyset paging (see src/core/contract/cursor.ts): the page after the cursor's position, in `ordering`. */
export function paginate<T extends { id: string }>(items: T[], ordering: Ordering<T>, query: PageRequest): Page<T> {
  const limit = readLimit(query.limit);
  const after = query.cursor === undefined || query.cursor === null ? null : decodeCursor(query.cursor, ordering);
  const remaining = items
    .map((item) => ({ item, position: { key: ordering.key(item), id: item.id } }))
    .sort((a, b) => comparePositions(a.position, b.position))
    .filter(({ position }) => after === null || comparePositions(position, after) > 0);
  const page = remaining.slice(0, limit);
  const last = page.at(-1);
  const nextCursor = remaining.length > limit && last !== undefined ? encodeCursor(ordering, last.position) : null;
  return { items: page.map(({ item }) => item), nextCursor, total: items.length };
}
