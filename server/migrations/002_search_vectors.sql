-- Full-text search over the words of src/core/search.ts. The words are normalized in JavaScript, by the same code
-- as the in-browser adapter (case, diacritics, Arabic variants and articles folded), and stored in title_words and
-- search_words; here they become tsvectors of those exact lexemes (no dictionary, no stemming), so a prefix
-- tsquery (`'roam':*`) matches exactly what the in-browser adapter matches, and a GIN index finds the candidates
-- instead of a scan of every question's words.

-- Lexemes are cut to 100 characters (tsvector refuses lexemes over 2 KB); the server cuts query words the same way.
CREATE FUNCTION majlis_words_vector(words text[]) RETURNS tsvector
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN coalesce(
    array_to_tsvector(ARRAY(SELECT DISTINCT left(word, 100) FROM unnest(words) AS word WHERE word <> '')),
    ''::tsvector
  );

ALTER TABLE questions
  ADD COLUMN title_vector tsvector GENERATED ALWAYS AS (majlis_words_vector(title_words)) STORED,
  ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (majlis_words_vector(search_words)) STORED;
CREATE INDEX questions_search ON questions USING gin (search_vector);
