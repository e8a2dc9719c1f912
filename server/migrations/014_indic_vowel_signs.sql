-- Devanagari and its sister scripts keep their vowel signs, virama and nasal marks when words are folded
-- (src/core/search.ts): they spell a Hindi word, so डेटा no longer matches डाटा; the nukta still folds (फ़ोन = फोन).
-- Every stored word of every question is computed again in JavaScript right after this file
-- (server/src/db/migrate.ts, backfills), so questions asked before it match as new ones do.

COMMENT ON COLUMN questions.search_words IS
  'The folded words of the title and body (src/core/search.ts), and Arabic ones also without their article; Indic vowel signs kept since 014';
