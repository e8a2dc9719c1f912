-- Ideas (issue 15, src/core/contract/ideas.ts). An idea is a question with these fields: its kudos (question_votes),
-- comments (answers), follows and moderation are the question's. Lists of questions leave ideas out.
-- Evaluations are one row per staff member and idea (replaced by a new one); readers get the averages only.
-- Wins are the periods (months) an idea won; the author's badge is a user_badges row `idea-of-the-month`.

CREATE TABLE ideas (
  question_id text COLLATE "C" PRIMARY KEY REFERENCES questions (id),
  topic text NOT NULL CHECK (topic IN ('care', 'products', 'network', 'other')),
  status text NOT NULL DEFAULT 'new'
    CHECK (status IN ('new', 'under-review', 'planned', 'in-progress', 'delivered', 'declined', 'duplicate')),
  status_note text,
  status_changed_at timestamptz,
  status_changed_by text COLLATE "C" REFERENCES users (id),
  merged_into text COLLATE "C" REFERENCES ideas (question_id),
  CONSTRAINT idea_merged_is_duplicate CHECK ((status = 'duplicate') = (merged_into IS NOT NULL)),
  CONSTRAINT idea_not_merged_into_itself CHECK (merged_into <> question_id)
);
CREATE INDEX ideas_by_topic ON ideas (topic, status);
CREATE INDEX ideas_by_status ON ideas (status);

CREATE TABLE idea_evaluations (
  idea_id text COLLATE "C" NOT NULL REFERENCES ideas (question_id),
  user_id text COLLATE "C" NOT NULL REFERENCES users (id),
  constructive smallint NOT NULL CHECK (constructive BETWEEN 1 AND 5),
  creative smallint NOT NULL CHECK (creative BETWEEN 1 AND 5),
  feasible smallint NOT NULL CHECK (feasible BETWEEN 1 AND 5),
  effective smallint NOT NULL CHECK (effective BETWEEN 1 AND 5),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (idea_id, user_id)
);

CREATE TABLE idea_wins (
  idea_id text COLLATE "C" NOT NULL REFERENCES ideas (question_id),
  period text COLLATE "C" NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  awarded_at timestamptz NOT NULL,
  PRIMARY KEY (idea_id, period)
);
CREATE INDEX idea_wins_by_period ON idea_wins (period DESC);

-- Trending: the recent kudos of a question.
CREATE INDEX question_votes_by_time ON question_votes (post_id, created_at);
