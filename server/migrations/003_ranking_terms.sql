-- Relevance ranking (src/core/ranking.ts, BM25F). The words of each title and body, as the ranking analyses them
-- in JavaScript (folded, Arabic article removed; `marks` keep Latin accents), in order with repeats: the server
-- counts term frequencies from them and field lengths are their cardinalities. rank_vector holds every distinct
-- folded word, so a GIN index finds the candidates of a search and the document frequency of each query word.
-- tag_keys are the tags lower-cased in JavaScript (as the in-browser adapter compares them), for the tag filter.
-- The columns of questions that already exist are filled in JavaScript right after this file
-- (server/src/db/migrate.ts, backfills).

ALTER TABLE questions
  ADD COLUMN title_terms text[] NOT NULL DEFAULT '{}',
  ADD COLUMN title_marks text[] NOT NULL DEFAULT '{}',
  ADD COLUMN body_terms text[] NOT NULL DEFAULT '{}',
  ADD COLUMN body_marks text[] NOT NULL DEFAULT '{}',
  ADD COLUMN tag_keys text[] NOT NULL DEFAULT '{}',
  ADD COLUMN title_length integer GENERATED ALWAYS AS (cardinality(title_terms)) STORED,
  ADD COLUMN body_length integer GENERATED ALWAYS AS (cardinality(body_terms)) STORED,
  ADD COLUMN rank_vector tsvector GENERATED ALWAYS AS (majlis_words_vector(title_terms || body_terms)) STORED;
CREATE INDEX questions_rank ON questions USING gin (rank_vector);
CREATE INDEX questions_tag_keys ON questions USING gin (tag_keys);
