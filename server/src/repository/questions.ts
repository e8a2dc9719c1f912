import { randomBytes } from 'node:crypto';
import { primaryLanguage } from '#majlis/core/contract/language.js';
import { readSearch } from '#majlis/core/contract/text.js';
import type { Page, Question, QuestionQuery, QuestionSort, QuestionStatusFilter } from '#majlis/core/types.js';
import type { Database, Queryable } from '../db/database.js';
import { invalid } from '../errors.js';
import { readBody, readId, readLanguage, readTags, readTitle } from '../validation.js';
import { categoryExists } from './categories.js';
import type { Ordering } from './paging.js';
import { readPage } from './paging.js';
import { searchWords } from './search-words.js';
import { Params, ms } from './sql.js';
import { questionView, readQuestion } from './views.js';
import type { Actor } from './viewer.js';
import { awardBadges } from './recognition.js';

const orderings: Record<QuestionSort | 'relevance', Ordering> = {
  activity: { name: 'questions/activity', keys: [`-${ms('c.last_activity_at')}`] },
  newest: { name: 'questions/newest', keys: [`-${ms('c.created_at')}`] },
  votes: { name: 'questions/votes', keys: ['-c.vote_count::float8'] },
  // Best match first: more query words matched, then more of them in the title, then the latest activity.
  relevance: {
    name: 'questions/relevance',
    keys: ['-c.match_count::float8', '-c.title_hits::float8', `-${ms('c.last_activity_at')}`],
  },
};

const statusConditions: Record<QuestionStatusFilter, string> = {
  all: 'true',
  unanswered: 'q.answer_count = 0',
  unsolved: 'NOT EXISTS (SELECT 1 FROM answers a WHERE a.question_id = q.id AND a.accepted)',
  solved: 'EXISTS (SELECT 1 FROM answers a WHERE a.question_id = q.id AND a.accepted)',
};

/** Longest lexeme of the search vectors (migration 002): query words are cut the same way. */
const LEXEME_MAX = 100;

/** A query word as a prefix tsquery over the normalized words of migration 002 (`'roam':*`). */
function prefixQuery(token: string): string {
  return `'${token.slice(0, LEXEME_MAX).replaceAll('\\', '\\\\').replaceAll("'", "''")}':*`;
}

/** How many of the query words (`words`, a tsquery[] parameter) match the tsvector column `vector`. */
function wordsMatched(words: string, vector: string): string {
  return `(SELECT count(*) FROM unnest(${words}::tsquery[]) AS word WHERE ${vector} @@ word)`;
}

export async function listQuestions(db: Queryable, actor: Actor, query: QuestionQuery): Promise<Page<Question>> {
  const search = readSearch(query.search ?? '');
  // Relevance is the default while searching; without a search it orders by activity like the default.
  const sort = query.sort ?? (search.blank ? 'activity' : 'relevance');
  const params = new Params();
  const conditions = [statusConditions[query.status ?? 'all']];
  if (query.categoryId !== undefined) conditions.push(`q.category_id = ${params.add(query.categoryId)}`);
  if (query.language !== undefined) {
    conditions.push(`lower(split_part(q.language, '-', 1)) = ${params.add(primaryLanguage(query.language))}`);
  }
  let scores = '0 AS match_count, 0 AS title_hits';
  if (!search.blank) {
    const words = search.tokens.map(prefixQuery);
    const wordList = params.add(words);
    scores = `${wordsMatched(wordList, 'q.search_vector')} AS match_count,
      ${wordsMatched(wordList, 'q.title_vector')} AS title_hits`;
    // One tsquery for the index: every word (&) or any (|).
    const matching = words.join(query.match === 'any' ? ' | ' : ' & ');
    conditions.push(`q.search_vector @@ ${params.add(matching)}::tsquery`);
  }
  const candidates = `(SELECT q.*, ${scores} FROM questions q WHERE ${conditions.join(' AND ')}) AS c`;
  return readPage(db, {
    candidates,
    ordering: orderings[sort === 'relevance' && search.blank ? 'activity' : sort],
    view: questionView,
    actor,
    params,
    query,
  });
}

export { readQuestion as getQuestion };

export interface AskQuestionBody {
  title: string;
  body: string;
  categoryId: string;
  language: string;
  tags?: string[];
}

export function newId(prefix: string): string {
  return `${prefix}-${randomBytes(6).toString('hex')}`;
}

export async function askQuestion(
  db: Database,
  actor: NonNullable<Actor>,
  input: AskQuestionBody,
  now: Date = new Date(),
): Promise<Question> {
  const title = readTitle(input.title);
  const body = readBody(input.body);
  const categoryId = readId(input.categoryId, 'categoryId');
  const language = readLanguage(input.language);
  const tags = readTags(input.tags ?? []);
  return db.transaction(async (tx) => {
    if (!(await categoryExists(tx, categoryId))) {
      throw invalid('categoryId', `categoryId "${categoryId}" is not a category of this community`);
    }
    const id = newId('q');
    await tx.query(
      `INSERT INTO questions (id, author_id, category_id, title, body, language, tags, created_at, last_activity_at,
         title_words, search_words)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9, $10)`,
      [id, actor.id, categoryId, title, body, language, tags, now, searchWords(title), searchWords(title, body)],
    );
    await awardBadges(tx, [actor.id], now);
    return readQuestion(tx, actor, id);
  });
}
