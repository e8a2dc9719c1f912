-- The Majlis community schema. Rules live here as constraints and triggers, so they hold whatever code writes:
-- one kudos per member and post, no kudos on one's own post, at most one accepted answer per question, no new
-- answers on a locked question, length limits (src/core/types.ts LIMITS), and counters and reputation kept
-- exact by triggers in the transaction that changes them (src/core/types.ts REPUTATION).
-- Ids compare byte-wise (COLLATE "C"), as JavaScript compares strings, so keyset paging agrees with the
-- in-browser adapter whatever the database's locale.

-- Length in UTF-16 code units, as JavaScript's String#length counts (LIMITS are defined that way).
CREATE FUNCTION majlis_utf16_length(value text) RETURNS integer
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN char_length(value) + char_length(regexp_replace(value, '[^\U00010000-\U0010FFFF]', '', 'g'));

CREATE FUNCTION majlis_tags_valid(tags text[]) RETURNS boolean
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN cardinality(tags) <= 5
    AND NOT EXISTS (SELECT 1 FROM unnest(tags) AS tag WHERE majlis_utf16_length(tag) NOT BETWEEN 1 AND 32);

CREATE TABLE users (
  id text COLLATE "C" PRIMARY KEY CHECK (id <> ''),
  name text NOT NULL CHECK (name <> ''),
  role text NOT NULL CHECK (role IN ('member', 'expert', 'staff', 'moderator')),
  avatar_url text,
  joined_at timestamptz NOT NULL,
  -- Reputation earned outside this community's posts (imported history).
  reputation_base integer NOT NULL DEFAULT 0,
  -- reputation_base plus what kudos and accepted answers earn; maintained by the triggers below.
  reputation integer NOT NULL DEFAULT 0
);
CREATE INDEX users_by_reputation ON users (reputation DESC, id);

CREATE TABLE categories (
  id text COLLATE "C" PRIMARY KEY CHECK (id <> ''),
  name text NOT NULL,
  description text,
  names jsonb,
  position integer NOT NULL
);

CREATE TABLE questions (
  id text COLLATE "C" PRIMARY KEY CHECK (id <> ''),
  author_id text COLLATE "C" NOT NULL REFERENCES users (id),
  category_id text COLLATE "C" NOT NULL REFERENCES categories (id),
  title text NOT NULL CONSTRAINT question_title_length CHECK (majlis_utf16_length(title) BETWEEN 10 AND 150),
  body text NOT NULL CONSTRAINT question_body_length CHECK (majlis_utf16_length(body) BETWEEN 2 AND 10000),
  language text NOT NULL CONSTRAINT question_language_present CHECK (language <> ''),
  tags text[] NOT NULL DEFAULT '{}' CONSTRAINT question_tags_valid CHECK (majlis_tags_valid(tags)),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'locked')),
  created_at timestamptz NOT NULL,
  edited_at timestamptz,
  last_activity_at timestamptz NOT NULL,
  vote_count integer NOT NULL DEFAULT 0 CHECK (vote_count >= 0),
  answer_count integer NOT NULL DEFAULT 0 CHECK (answer_count >= 0),
  -- Normalized words (src/core/search.ts) of the title, and of title and body, for search.
  title_words text[] NOT NULL DEFAULT '{}',
  search_words text[] NOT NULL DEFAULT '{}',
  UNIQUE (id, author_id)
);
CREATE INDEX questions_by_category ON questions (category_id);
CREATE INDEX questions_by_author ON questions (author_id);

CREATE TABLE answers (
  id text COLLATE "C" PRIMARY KEY CHECK (id <> ''),
  question_id text COLLATE "C" NOT NULL REFERENCES questions (id),
  author_id text COLLATE "C" NOT NULL REFERENCES users (id),
  body text NOT NULL CONSTRAINT answer_body_length CHECK (majlis_utf16_length(body) BETWEEN 2 AND 10000),
  language text NOT NULL CONSTRAINT answer_language_present CHECK (language <> ''),
  created_at timestamptz NOT NULL,
  edited_at timestamptz,
  vote_count integer NOT NULL DEFAULT 0 CHECK (vote_count >= 0),
  accepted boolean NOT NULL DEFAULT false,
  accepted_by text COLLATE "C" REFERENCES users (id),
  accepted_at timestamptz,
  UNIQUE (id, author_id),
  CONSTRAINT answer_accepted_by CHECK (accepted = (accepted_by IS NOT NULL)),
  CONSTRAINT answer_accepted_at CHECK (accepted OR accepted_at IS NULL)
);
CREATE INDEX answers_by_question ON answers (question_id);
CREATE INDEX answers_by_author ON answers (author_id);
CREATE UNIQUE INDEX one_accepted_answer ON answers (question_id) WHERE accepted;

-- The post's author is copied into the vote so that a constraint, not code, refuses kudos on one's own post.
CREATE TABLE question_votes (
  post_id text COLLATE "C" NOT NULL,
  user_id text COLLATE "C" NOT NULL REFERENCES users (id),
  author_id text COLLATE "C" NOT NULL,
  created_at timestamptz,
  PRIMARY KEY (post_id, user_id),
  FOREIGN KEY (post_id, author_id) REFERENCES questions (id, author_id),
  CONSTRAINT vote_not_own CHECK (user_id <> author_id)
);
CREATE INDEX question_votes_by_user ON question_votes (user_id);

-- The same table for answers (LIKE copies the columns, checks and indexes; foreign keys are declared again).
CREATE TABLE answer_votes (
  LIKE question_votes INCLUDING ALL,
  FOREIGN KEY (user_id) REFERENCES users (id),
  FOREIGN KEY (post_id, author_id) REFERENCES answers (id, author_id)
);

-- Counters. Each UPDATE … = … + n locks the row it changes, so concurrent kudos serialize on it and none is lost.

-- For question_votes and answer_votes: TG_ARGV[0] is the posts table, TG_ARGV[1] the reputation per kudos.
CREATE FUNCTION majlis_vote_counted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  delta integer := CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END;
  post_id text := CASE WHEN TG_OP = 'INSERT' THEN NEW.post_id ELSE OLD.post_id END;
  author_id text := CASE WHEN TG_OP = 'INSERT' THEN NEW.author_id ELSE OLD.author_id END;
BEGIN
  EXECUTE format('UPDATE %I SET vote_count = vote_count + $1 WHERE id = $2', TG_ARGV[0]) USING delta, post_id;
  UPDATE users SET reputation = reputation + delta * TG_ARGV[1]::integer WHERE id = author_id;
  RETURN NULL;
END $$;
CREATE TRIGGER question_vote_counted AFTER INSERT OR DELETE ON question_votes
  FOR EACH ROW EXECUTE FUNCTION majlis_vote_counted('questions', 5); -- REPUTATION.questionKudos
CREATE TRIGGER answer_vote_counted AFTER INSERT OR DELETE ON answer_votes
  FOR EACH ROW EXECUTE FUNCTION majlis_vote_counted('answers', 10); -- REPUTATION.answerKudos

-- A new answer counts on its question and moves its activity; a locked question refuses it. The UPDATE locks
-- the question row, so a question locked concurrently is seen here.
CREATE FUNCTION majlis_answer_added() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  question_status text;
BEGIN
  UPDATE questions
     SET answer_count = answer_count + 1, last_activity_at = greatest(last_activity_at, NEW.created_at)
   WHERE id = NEW.question_id
  RETURNING status INTO question_status;
  IF question_status = 'locked' THEN
    RAISE EXCEPTION 'Question "%" is locked: it takes no new answers', NEW.question_id
      USING ERRCODE = 'restrict_violation', CONSTRAINT = 'question_locked';
  END IF;
  IF NEW.accepted THEN
    RAISE EXCEPTION 'An answer is accepted after it is posted' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER answer_added AFTER INSERT ON answers FOR EACH ROW EXECUTE FUNCTION majlis_answer_added();

-- Accepting or unaccepting moves the author's reputation; a locked question's accepted answer is frozen.
CREATE FUNCTION majlis_answer_acceptance_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM questions WHERE id = NEW.question_id AND status = 'locked') THEN
    RAISE EXCEPTION 'Question "%" is locked: its accepted answer cannot change', NEW.question_id
      USING ERRCODE = 'restrict_violation', CONSTRAINT = 'question_locked';
  END IF;
  UPDATE users SET reputation = reputation + (CASE WHEN NEW.accepted THEN 15 ELSE -15 END) -- REPUTATION.acceptedAnswer
   WHERE id = NEW.author_id;
  RETURN NULL;
END $$;
CREATE TRIGGER answer_acceptance_changed AFTER UPDATE OF accepted ON answers
  FOR EACH ROW WHEN (OLD.accepted IS DISTINCT FROM NEW.accepted)
  EXECUTE FUNCTION majlis_answer_acceptance_changed();
