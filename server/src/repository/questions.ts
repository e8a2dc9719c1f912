import { randomBytes } from 'node:crypto';
import { primaryLanguage } from '#majlis/core/contract/language.js';
import { decodeCursor } from '#majlis/core/contract/cursor.js';
import { readSearch } from '#majlis/core/contract/text.js';
import { rankTerms, statisticsFromKey, statisticsKey } from '#majlis/core/ranking.js';
import type { Page, Question, QuestionQuery, QuestionSort, QuestionStatusFilter } from '#majlis/core/types.js';
import type { Database, Queryable } from '../db/database.js';
import { invalid } from '../errors.js';
import { checkPersonalData, readBody, readId, readLanguage, readTags, readTitle } from '../validation.js';
import { categoryExists } from './categories.js';
import type { Ordering } from './paging.js';
import { readPage } from './paging.js';
import { prefixQuery, rankColumns, rankStatistics, scoreExpression, tagKey } from './ranking.js';
import { searchWords } from './search-words.js';
import { Params, ms } from './sql.js';
import { questionView, readQuestion, visibleCondition } from './views.js';
import type { Reader } from './viewer.js';
import { awardBadges } from './recognition.js';
import { admitPost } from './admission.js';
import { writer } from './posts.js';
import { autoFollow } from './follows.js';

const orderings: Record<QuestionSort, Ordering> = {
  // Pinned questions lead the default order.
  activity: {
    name: 'questions/activity',
    keys: ['(CASE WHEN c.pinned THEN 0 ELSE 1 END)::float8', `-${ms('c.last_activity_at')}`],
  },
  newest: { name: 'questions/newest', keys: [`-${ms('c.created_at')}`] },
  votes: { name: 'questions/votes', keys: ['-c.vote_count::float8'] },
};

const statusConditions: Record<QuestionStatusFilter, string> = {
  all: 'true',
  unanswered: 'q.answer_count = 0',
  unsolved: 'NOT EXISTS (SELECT 1 FROM answers a WHERE a.question_id = q.id AND a.accepted)',
  solved: 'EXISTS (SELECT 1 FROM answers a WHERE a.question_id = q.id AND a.accepted)',
};

const RELEVANCE = 'questions/relevance';

export async function listQuestions(db: Queryable, reader: Reader, query: QuestionQuery): Promise<Page<Question>> {
  const search = readSearch(query.search ?? '');
  // Relevance is the default while searching; without a search it orders by activity like the default.
  const sort = query.sort ?? (search.blank ? 'activity' : 'relevance');
  const language = query.language === undefined ? undefined : primaryLanguage(query.language);
  const terms = search.blank ? [] : rankTerms(search.text, language);
  const params = new Params();
  // Ideas are questions too, listed by listIdeas only (migration 008).
  const conditions = [
    statusConditions[query.status ?? 'all'],
    'NOT EXISTS (SELECT 1 FROM ideas i WHERE i.question_id = q.id)',
    'NOT EXISTS (SELECT 1 FROM live_session_questions s WHERE s.question_id = q.id)',
  ];
  const visibility = visibleCondition('q', reader, params, true);
  if (visibility !== 'true') conditions.push(visibility);
  if (query.categoryId !== undefined) conditions.push(`q.category_id = ${params.add(query.categoryId)}`);
  if (language !== undefined) conditions.push(`lower(split_part(q.language, '-', 1)) = ${params.add(language)}`);
  if (query.tag !== undefined) conditions.push(`q.tag_keys @> ARRAY[${params.add(tagKey(query.tag))}::text]`);
  if (terms.length > 0) {
    // One tsquery for the index: every word (&) or any (|), as src/core/ranking.ts matches them.
    const matching = terms.map(prefixQuery).join(query.match === 'any' ? ' | ' : ' & ');
    conditions.push(`q.rank_vector @@ ${params.add(matching)}::tsquery`);
  }
  let ordering = orderings[sort === 'relevance' ? 'activity' : sort];
  let score = '0::float8';
  if (sort === 'relevance' && terms.length > 0) {
    // BM25F (server/src/repository/ranking.ts), then the latest activity; the key ends with the corpus statistics,
    // which a cursor carries so every page of one search scores alike (as the in-browser adapter does).
    const keyLength = 5 + terms.length;
    const statistics =
      query.cursor === undefined || query.cursor === null
        ? await rankStatistics(db, terms)
        : statisticsFromKey(decodeCursor(query.cursor, { name: RELEVANCE, keyLength }).key.slice(2));
    score = scoreExpression(params, terms, statistics);
    ordering = {
      name: RELEVANCE,
      keys: ['-c.score', `-${ms('c.last_activity_at')}`, ...statisticsKey(statistics).map((n) => `${params.add(n)}::float8`)],
    };
  }
  const candidates = `(SELECT q.*, ${score} AS score FROM questions q WHERE ${conditions.join(' AND ')}) AS c`;
  return readPage(db, { candidates, ordering, view: questionView, reader, params, query });
}

export { readQuestion as getQuestion };

export interface AskQuestionBody {
  title: string;
  body: string;
  categoryId: string;
  language: string;
  tags?: string[];
  allowPersonalData?: boolean;
}

export function newId(prefix: string): string {
  return `${prefix}-${randomBytes(6).toString('hex')}`;
}

/** `extend` writes more rows of the new question in its transaction (an idea's, `ideas.ts`). */
export async function askQuestion(
  db: Database,
  reader: Reader,
  input: AskQuestionBody,
  extend?: (tx: Queryable, id: string) => Promise<void>,
): Promise<Question> {
  const actor = writer(reader.actor);
  const { now } = reader;
  const title = readTitle(input.title);
  const body = readBody(input.body);
  const categoryId = readId(input.categoryId, 'categoryId');
  const language = readLanguage(input.language);
  const tags = readTags(input.tags ?? []);
  checkPersonalData(title, 'title', input.allowPersonalData);
  checkPersonalData(body, 'body', input.allowPersonalData);
  return db.transaction(async (tx) => {
    if (!(await categoryExists(tx, categoryId))) {
      throw invalid('categoryId', `categoryId "${categoryId}" is not a category of this community`);
    }
    const state = await admitPost(tx, reader, body, categoryId);
    const id = newId('q');
    await tx.query(
      `INSERT INTO questions (id, author_id, category_id, title, body, language, tags, created_at, last_activity_at,
         title_words, search_words, title_terms, title_marks, body_terms, body_marks, tag_keys, state, moderation_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
      [
        ...[id, actor.id, categoryId, title, body, language, tags, now, searchWords(title), searchWords(title, body)],
        ...Object.values(rankColumns(title, body, tags)),
        state,
        state === 'published' ? null : now,
      ],
    );
    await extend?.(tx, id);
    await autoFollow(tx, actor.id, id, now);
    await awardBadges(tx, [actor.id], now);
    return readQuestion(tx, reader, id);
  });
}
