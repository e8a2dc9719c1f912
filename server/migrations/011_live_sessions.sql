-- Live sessions (issue 16, src/core/contract/live-sessions.ts): scheduled "ask the experts" events. A session's
-- question is a question with a row in live_session_questions: its kudos, answers, follows and moderation are the
-- question's. Lists of questions leave session questions out. The phase (upcoming, live, ended) comes from the clock,
-- never stored; a question is answered when one of the session's hosts has a published answer on it.
-- (010 is reserved for another change.)

CREATE TABLE live_sessions (
  id text COLLATE "C" PRIMARY KEY,
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  hashtag text NOT NULL,
  host_ids text[] COLLATE "C" NOT NULL CHECK (cardinality(host_ids) BETWEEN 1 AND 10),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  category_id text COLLATE "C" REFERENCES categories (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT live_session_ends_after_start CHECK (ends_at > starts_at)
);
CREATE INDEX live_sessions_by_start ON live_sessions (starts_at);

CREATE TABLE live_session_questions (
  question_id text COLLATE "C" PRIMARY KEY REFERENCES questions (id),
  session_id text COLLATE "C" NOT NULL REFERENCES live_sessions (id)
);
CREATE INDEX live_session_questions_by_session ON live_session_questions (session_id);
