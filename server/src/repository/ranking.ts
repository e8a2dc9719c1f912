import { RANKING, analyzeText, inverseDocumentFrequency } from '#majlis/core/ranking.js';
import type { RankStatistics, RankTerm } from '#majlis/core/ranking.js';
import type { Queryable } from '../db/database.js';
import { searchWords } from './search-words.js';
import type { Params } from './sql.js';

/*
 * The ranking of src/core/ranking.ts in SQL. A GIN index on the folded words (migration 003) finds the candidates
 * and each query word's document frequency; the BM25F score is computed in PostgreSQL from the stored words of each
 * candidate, with the constants of RANKING and the inverse document frequencies computed in JavaScript, so only a
 * page of rows leaves the database. That scales to ~100k questions: the corpus statistics cost one aggregate over
 * two integer columns plus one index count per query word, and the score is computed only for the candidates (all
 * words with `match: 'all'`), never for the whole table.
 */

/** The stored columns of a question for search and tags (migration 003). */
export function rankColumns(title: string, body: string, tags: readonly string[]) {
  const titleText = analyzeText(title);
  const bodyText = analyzeText(body);
  return {
    title_terms: titleText.terms,
    title_marks: titleText.marks,
    body_terms: bodyText.terms,
    body_marks: bodyText.marks,
    tag_keys: tags.map(tagKey),
  };
}

/** Tags compare ignoring case, lower-cased in JavaScript as the in-browser adapter does. */
export function tagKey(tag: string): string {
  return tag.toLowerCase();
}

/** A query word as a prefix tsquery over rank_vector (`'roam':*`). */
export function prefixQuery(term: RankTerm): string {
  return `'${term.term.replaceAll('\\', '\\\\').replaceAll("'", "''")}':*`;
}

/** The corpus statistics of `terms` (every question of the community, as the in-browser adapter counts them). */
export async function rankStatistics(db: Queryable, terms: readonly RankTerm[]): Promise<RankStatistics> {
  const [row] = await db.query<{ count: number; title: number; body: number; dfs: number[] }>(
    `SELECT count(*)::float8 AS count, coalesce(avg(title_length), 0)::float8 AS title,
       coalesce(avg(body_length), 0)::float8 AS body,
       ARRAY(SELECT (SELECT count(*) FROM questions WHERE rank_vector @@ word)::float8
             FROM unnest($1::tsquery[]) WITH ORDINALITY AS words(word, position) ORDER BY position) AS dfs
     FROM questions`,
    [terms.map(prefixQuery)],
  );
  return {
    count: Number(row?.count ?? 0),
    averageTitleLength: Number(row?.title ?? 0),
    averageBodyLength: Number(row?.body ?? 0),
    documentFrequencies: (row?.dfs ?? []).map(Number),
  };
}

/** A field's weighted, length-normalised frequency of the query word `t` in the question `q`. */
function fieldFrequency(field: 'title' | 'body', average: string, weight: number, b: number): string {
  const frequency = `(SELECT coalesce(sum(CASE WHEN t.mark IS NULL OR starts_with(w.mark, t.mark) THEN 1
      ELSE ${RANKING.accentMismatch}::float8 END), 0)::float8
    FROM unnest(q.${field}_terms, q.${field}_marks) AS w(term, mark) WHERE starts_with(w.term, t.term))`;
  return `${weight}::float8 * (${frequency} / (1::float8 - ${b}::float8 + (${b}::float8 * q.${field}_length) / greatest(${average}, 1)))`;
}

/** The BM25F score of the question `q` (an SQL expression), as rankScore() of src/core/ranking.ts computes it. */
export function scoreExpression(params: Params, terms: readonly RankTerm[], statistics: RankStatistics): string {
  const { k1, titleB, bodyB, titleWeight, bodyWeight } = RANKING;
  const idfs = terms.map((_, index) =>
    inverseDocumentFrequency(statistics.documentFrequencies[index] ?? 0, statistics.count),
  );
  const title = fieldFrequency('title', `${params.add(statistics.averageTitleLength)}::float8`, titleWeight, titleB);
  const body = fieldFrequency('body', `${params.add(statistics.averageBodyLength)}::float8`, bodyWeight, bodyB);
  return `(SELECT coalesce(sum(t.idf * f.weighted * ${k1 + 1}::float8 / (f.weighted + ${k1}::float8)), 0)
    FROM json_to_recordset(${params.add(JSON.stringify(terms.map((term, index) => ({ ...term, idf: idfs[index] }))))}::json)
      AS t(term text, mark text, idf float8)
    CROSS JOIN LATERAL (SELECT ${title} + ${body} AS weighted) AS f
    WHERE f.weighted > 0)`;
}

/**
 * Computes again, in JavaScript, every stored word of every question, a batch at a time: the search words (001, 002)
 * and the ranking's terms (003). Runs after migration 003, which adds the ranking's columns, and after a migration
 * that changes how src/core folds words (014), so stored questions match as new ones do.
 */
export async function backfillWordColumns(db: Queryable): Promise<void> {
  let after = '';
  for (;;) {
    const rows = await db.query<{ id: string; title: string; body: string; tags: string[] }>(
      'SELECT id, title, body, tags FROM questions WHERE id > $1 ORDER BY id LIMIT 500',
      [after],
    );
    const last = rows.at(-1);
    if (last === undefined) return;
    const columns = rows.map((row) => ({
      id: row.id,
      title_words: searchWords(row.title),
      search_words: searchWords(row.title, row.body),
      ...rankColumns(row.title, row.body, row.tags),
    }));
    await db.query(
      `UPDATE questions q SET title_words = s.title_words, search_words = s.search_words, title_terms = s.title_terms,
         title_marks = s.title_marks, body_terms = s.body_terms, body_marks = s.body_marks, tag_keys = s.tag_keys
       FROM json_to_recordset($1::json) AS s(id text, title_words text[], search_words text[], title_terms text[],
         title_marks text[], body_terms text[], body_marks text[], tag_keys text[])
       WHERE q.id = s.id`,
      [JSON.stringify(columns)],
    );
    after = last.id;
  }
}
