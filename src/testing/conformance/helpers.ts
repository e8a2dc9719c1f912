/** What checks share: reading whole lists, walking pages, and valid inputs to vary. */
import type { CommunityAdapter } from '../../core/adapter.js';
import type {
  Answer,
  AnswerSort,
  AskQuestionInput,
  Page,
  PostAnswerInput,
  Question,
  QuestionQuery,
  QuestionSort,
} from '../../core/types.js';
import { ensure, expectEqual, show, violation } from './assertions.js';
import { conformanceSeed } from './seed.js';

export type Adapter = CommunityAdapter;
export type WithId = { id: string };

export const questionSorts: readonly QuestionSort[] = ['activity', 'newest', 'votes'];
export const answerSorts: readonly AnswerSort[] = ['votes', 'newest', 'oldest'];
export const allQuestionIds = conformanceSeed.questions.map((question) => question.id);
const MAX_PAGES = 50;

export function ids(items: readonly WithId[]): string[] {
  return items.map((item) => item.id);
}

export async function questionsOf(adapter: Adapter, query: QuestionQuery = {}): Promise<Question[]> {
  return (await adapter.listQuestions({ ...query, limit: 100 })).items;
}

export async function answersOf(adapter: Adapter, questionId: string, sort?: AnswerSort): Promise<Answer[]> {
  return (await adapter.listAnswers(questionId, sort === undefined ? { limit: 100 } : { sort, limit: 100 })).items;
}

export async function answerOf(adapter: Adapter, questionId: string, answerId: string): Promise<Answer> {
  const answer = (await answersOf(adapter, questionId)).find((candidate) => candidate.id === answerId);
  return answer ?? violation(`expected listAnswers("${questionId}") to include answer "${answerId}"`);
}

export function expectSameIds(actual: readonly string[], expected: readonly string[], what: string): void {
  const missing = expected.filter((candidate) => !actual.includes(candidate));
  const extra = actual.filter((candidate) => !expected.includes(candidate));
  if (missing.length > 0 || extra.length > 0) {
    violation(
      `expected ${what} to be ${show([...expected].sort())}; missing ${show(missing)}, unexpected ${show(extra)}`,
    );
  }
}

export function firstDuplicate(values: readonly string[]): string | undefined {
  return values.find((value, index) => values.indexOf(value) !== index);
}

/** Follows `nextCursor` to the end; `betweenPages` runs after the first page (to insert something). */
export async function walkPages<T extends WithId>(
  what: string,
  limit: number,
  fetchPage: (cursor: string | null) => Promise<Page<T>>,
  betweenPages?: () => Promise<unknown>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let pageNumber = 1; pageNumber <= MAX_PAGES; pageNumber++) {
    const page = await fetchPage(cursor);
    const size = page.items.length;
    ensure(size <= limit, `expected at most ${limit} items on page ${pageNumber} of ${what}, got ${size}`);
    items.push(...page.items);
    if (!page.nextCursor) return items;
    ensure(size > 0, `page ${pageNumber} of ${what} is empty but has a nextCursor`);
    if (pageNumber === 1) await betweenPages?.();
    cursor = page.nextCursor;
  }
  return violation(`${what} still had a nextCursor after ${MAX_PAGES} pages`);
}

export function expectPermissions(actual: object, expected: Record<string, boolean>, whose: string): void {
  for (const [flag, allowed] of Object.entries(expected)) {
    expectEqual((actual as Record<string, unknown>)[flag], allowed, `viewerCan.${flag}`, `for ${whose}`);
  }
}

/** A realistic question anyone may ask; checks vary one field at a time. */
export const validQuestion: AskQuestionInput = {
  title: 'Voicemail calls me back every night at 2 am',
  body: 'Since Tuesday my phone rings at 2 am and it is the voicemail reminder. How do I switch that off?',
  categoryId: 'network',
  language: 'en',
  tags: ['voicemail', 'notifications'],
};

export const validAnswer: PostAnswerInput = {
  questionId: 'q-open',
  body: 'Restarting the phone in flight mode for a minute made 4G come back for me.',
  language: 'en',
};

/** Realistic text of exactly `length` characters, without outer whitespace. */
export function textOfLength(length: number): string {
  const text = 'My fibre router restarts every evening around eight, '.repeat(Math.ceil(length / 50) + 1);
  return `${text.slice(0, length - 1)}?`;
}
