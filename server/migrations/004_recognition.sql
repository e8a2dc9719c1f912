-- Recognition (issue 12): a reputation ledger, the rules its triggers apply, and earned badges.
--
-- Every kudos, acceptance and (when it earns points) question asked writes one row of reputation_events, in the
-- transaction of the vote, accept or question, with the points it earned under the rules in force: kudos points
-- are capped per recipient and UTC day (daily_kudos_cap), and a capped kudos still gets its row (possibly 0
-- points) so the kudos figures count it. Withdrawing deletes exactly that row, so reputation moves back by exactly
-- what it gained. users.reputation = reputation_base + the sum of the member's rows; reads show it floored at 0.
-- The leaderboard sums and counts these rows per period (src/core/recognition.ts defines the same behaviour for
-- the in-browser adapter).

-- The points the triggers apply: one row, written by the server at start from MAJLIS_RECOGNITION
-- (server/src/repository/recognition.ts). Rows earned under earlier rules keep their points.
CREATE TABLE recognition_settings (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  answer_kudos integer NOT NULL CHECK (answer_kudos >= 0),
  question_kudos integer NOT NULL CHECK (question_kudos >= 0),
  accepted_answer integer NOT NULL CHECK (accepted_answer >= 0),
  question_asked integer NOT NULL CHECK (question_asked >= 0),
  -- Most points from kudos a member earns per UTC day; null: no cap.
  daily_kudos_cap integer CHECK (daily_kudos_cap >= 0),
  -- The badge definitions, [{ "id", "metric", "threshold" }], that user_badges are awarded by.
  badges jsonb NOT NULL
);
-- DEFAULT_RECOGNITION (src/core/recognition.ts).
INSERT INTO recognition_settings (answer_kudos, question_kudos, accepted_answer, question_asked, daily_kudos_cap, badges)
VALUES (10, 5, 15, 0, 200, '[
  {"id": "first-question", "metric": "questions", "threshold": 1},
  {"id": "first-answer", "metric": "answers", "threshold": 1},
  {"id": "first-solution", "metric": "solutions", "threshold": 1},
  {"id": "ten-solutions", "metric": "solutions", "threshold": 10},
  {"id": "hundred-kudos", "metric": "kudosReceived", "threshold": 100},
  {"id": "polyglot", "metric": "helpfulLanguages", "threshold": 3}
]');

CREATE TABLE reputation_events (
  -- What earned the points: 'vote:answer:a-1:u-9', 'accept:a-1', 'ask:q-3'. One row per source, ever.
  source_key text COLLATE "C" PRIMARY KEY,
  -- Who earned them.
  user_id text COLLATE "C" NOT NULL REFERENCES users (id),
  kind text NOT NULL CHECK (kind IN ('kudos', 'accept', 'ask')),
  points integer NOT NULL CHECK (points >= 0),
  at timestamptz NOT NULL,
  category_id text COLLATE "C" NOT NULL,
  -- The post's primary language subtag, lower-cased ('nl' for 'nl-BE'), as the leaderboard filters by it.
  language text NOT NULL,
  -- The answer a kudos or acceptance is about; null for questions.
  answer_id text COLLATE "C"
);
-- The leaderboard: rows of a period (optionally of a category or language), grouped by member or answer.
CREATE INDEX reputation_events_by_time ON reputation_events (at, user_id) INCLUDE (kind, points);
CREATE INDEX reputation_events_by_category ON reputation_events (category_id, at);
CREATE INDEX reputation_events_by_language ON reputation_events (language, at);
-- The daily cap: a member's kudos rows of one day.
CREATE INDEX reputation_events_by_user ON reputation_events (user_id, kind, at);

CREATE TABLE user_badges (
  user_id text COLLATE "C" NOT NULL REFERENCES users (id),
  badge_id text COLLATE "C" NOT NULL,
  awarded_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, badge_id)
);

-- The kudos triggers: TG_ARGV[0] is the posts table, TG_ARGV[1] the target ('question' or 'answer').
-- The recipient's row is locked first, so concurrent kudos for one member take turns and the cap holds.
CREATE OR REPLACE FUNCTION majlis_vote_counted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  inserting boolean := TG_OP = 'INSERT';
  vote_post text := CASE WHEN inserting THEN NEW.post_id ELSE OLD.post_id END;
  recipient text := CASE WHEN inserting THEN NEW.author_id ELSE OLD.author_id END;
  key text := format('vote:%s:%s:%s', TG_ARGV[1], vote_post, CASE WHEN inserting THEN NEW.user_id ELSE OLD.user_id END);
  rules recognition_settings;
  full_points integer;
  earned integer;
  gained integer;
  post_time timestamptz;
  post_category text;
  post_language text;
  day_start timestamptz;
BEGIN
  EXECUTE format('UPDATE %I SET vote_count = vote_count + $1 WHERE id = $2', TG_ARGV[0])
    USING CASE WHEN inserting THEN 1 ELSE -1 END, vote_post;
  IF NOT inserting THEN
    DELETE FROM reputation_events WHERE source_key = key RETURNING points INTO gained;
    UPDATE users SET reputation = reputation - coalesce(gained, 0) WHERE id = recipient;
    RETURN NULL;
  END IF;
  PERFORM 1 FROM users WHERE id = recipient FOR UPDATE;
  SELECT * INTO rules FROM recognition_settings;
  IF TG_ARGV[1] = 'answer' THEN
    SELECT a.created_at, q.category_id, a.language INTO post_time, post_category, post_language
      FROM answers a JOIN questions q ON q.id = a.question_id WHERE a.id = vote_post;
    full_points := rules.answer_kudos;
  ELSE
    SELECT q.created_at, q.category_id, q.language INTO post_time, post_category, post_language
      FROM questions q WHERE q.id = vote_post;
    full_points := rules.question_kudos;
  END IF;
  -- A seeded kudos without a time counts at its post's time.
  post_time := coalesce(NEW.created_at, post_time);
  IF rules.daily_kudos_cap IS NULL THEN
    gained := full_points;
  ELSE
    day_start := date_trunc('day', post_time, 'UTC');
    SELECT coalesce(sum(points), 0) INTO earned FROM reputation_events
     WHERE user_id = recipient AND kind = 'kudos' AND at >= day_start AND at < day_start + interval '1 day';
    gained := least(full_points, greatest(0, rules.daily_kudos_cap - earned));
  END IF;
  INSERT INTO reputation_events (source_key, user_id, kind, points, at, category_id, language, answer_id)
  VALUES (key, recipient, 'kudos', gained, post_time, post_category, lower(split_part(post_language, '-', 1)),
    CASE WHEN TG_ARGV[1] = 'answer' THEN vote_post END)
  ON CONFLICT (source_key) DO NOTHING
  RETURNING points INTO gained;
  UPDATE users SET reputation = reputation + coalesce(gained, 0) WHERE id = recipient;
  RETURN NULL;
END $$;

DROP TRIGGER question_vote_counted ON question_votes;
DROP TRIGGER answer_vote_counted ON answer_votes;
CREATE TRIGGER question_vote_counted AFTER INSERT OR DELETE ON question_votes
  FOR EACH ROW EXECUTE FUNCTION majlis_vote_counted('questions', 'question');
CREATE TRIGGER answer_vote_counted AFTER INSERT OR DELETE ON answer_votes
  FOR EACH ROW EXECUTE FUNCTION majlis_vote_counted('answers', 'answer');

-- Accepting writes the answer author's row (accepted solutions are not capped); unaccepting deletes it.
CREATE OR REPLACE FUNCTION majlis_answer_acceptance_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  key text := 'accept:' || NEW.id;
  gained integer;
BEGIN
  IF EXISTS (SELECT 1 FROM questions WHERE id = NEW.question_id AND status = 'locked') THEN
    RAISE EXCEPTION 'Question "%" is locked: its accepted answer cannot change', NEW.question_id
      USING ERRCODE = 'restrict_violation', CONSTRAINT = 'question_locked';
  END IF;
  IF NEW.accepted THEN
    INSERT INTO reputation_events (source_key, user_id, kind, points, at, category_id, language, answer_id)
    SELECT key, NEW.author_id, 'accept', s.accepted_answer, coalesce(NEW.accepted_at, NEW.created_at), q.category_id,
      lower(split_part(NEW.language, '-', 1)), NEW.id
      FROM recognition_settings s, questions q WHERE q.id = NEW.question_id
    ON CONFLICT (source_key) DO NOTHING
    RETURNING points INTO gained;
    UPDATE users SET reputation = reputation + coalesce(gained, 0) WHERE id = NEW.author_id;
  ELSE
    DELETE FROM reputation_events WHERE source_key = key RETURNING points INTO gained;
    UPDATE users SET reputation = reputation - coalesce(gained, 0) WHERE id = NEW.author_id;
  END IF;
  RETURN NULL;
END $$;

-- A question asked earns question_asked points when the rules give any.
CREATE FUNCTION majlis_question_asked() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  gained integer;
BEGIN
  INSERT INTO reputation_events (source_key, user_id, kind, points, at, category_id, language, answer_id)
  SELECT 'ask:' || NEW.id, NEW.author_id, 'ask', s.question_asked, NEW.created_at, NEW.category_id,
    lower(split_part(NEW.language, '-', 1)), NULL
    FROM recognition_settings s WHERE s.question_asked > 0
  ON CONFLICT (source_key) DO NOTHING
  RETURNING points INTO gained;
  IF gained IS NOT NULL THEN
    UPDATE users SET reputation = reputation + gained WHERE id = NEW.author_id;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER question_asked AFTER INSERT ON questions FOR EACH ROW EXECUTE FUNCTION majlis_question_asked();

-- The whole ledger rebuilt from the posts, kudos and acceptances, as if they had happened in time order (ties by
-- source key), and every member's reputation recomputed from it. The capped points of the k-th kudos of a
-- recipient's day are least(cap, S_k) - least(cap, S_k-1), S being the running sum of full points: the cap
-- applied one kudos at a time. The migration runs it for the data already there; the seed loader after a load.
-- JIT off: right after a load the tables have no statistics, and compiling these statements for a few rows costs
-- PostgreSQL seconds.
CREATE FUNCTION majlis_rebuild_ledger() RETURNS void LANGUAGE plpgsql SET jit = off AS $$
BEGIN
  DELETE FROM reputation_events;
  WITH kudos AS (
    SELECT format('vote:question:%s:%s', v.post_id, v.user_id) AS source_key, v.author_id AS user_id,
      s.question_kudos AS full_points, coalesce(v.created_at, q.created_at) AS at, q.category_id, q.language,
      NULL::text AS answer_id
      FROM question_votes v JOIN questions q ON q.id = v.post_id, recognition_settings s
    UNION ALL
    SELECT format('vote:answer:%s:%s', v.post_id, v.user_id), v.author_id, s.answer_kudos,
      coalesce(v.created_at, a.created_at), q.category_id, a.language, a.id
      FROM answer_votes v JOIN answers a ON a.id = v.post_id JOIN questions q ON q.id = a.question_id,
        recognition_settings s
  ), running AS (
    SELECT kudos.*, sum(full_points) OVER (
        PARTITION BY user_id, date_trunc('day', at, 'UTC') ORDER BY at, source_key COLLATE "C" ROWS UNBOUNDED PRECEDING
      ) AS total
      FROM kudos
  )
  INSERT INTO reputation_events (source_key, user_id, kind, points, at, category_id, language, answer_id)
  SELECT source_key, user_id, 'kudos',
    CASE WHEN s.daily_kudos_cap IS NULL THEN full_points
      ELSE least(s.daily_kudos_cap, total) - least(s.daily_kudos_cap, total - full_points) END,
    at, category_id, lower(split_part(language, '-', 1)), answer_id
    FROM running, recognition_settings s;
  INSERT INTO reputation_events (source_key, user_id, kind, points, at, category_id, language, answer_id)
  SELECT 'accept:' || a.id, a.author_id, 'accept', s.accepted_answer, coalesce(a.accepted_at, a.created_at),
    q.category_id, lower(split_part(a.language, '-', 1)), a.id
    FROM answers a JOIN questions q ON q.id = a.question_id, recognition_settings s
   WHERE a.accepted;
  INSERT INTO reputation_events (source_key, user_id, kind, points, at, category_id, language, answer_id)
  SELECT 'ask:' || q.id, q.author_id, 'ask', s.question_asked, q.created_at, q.category_id,
    lower(split_part(q.language, '-', 1)), NULL
    FROM questions q, recognition_settings s
   WHERE s.question_asked > 0;
  UPDATE users u SET reputation = u.reputation_base + coalesce(
    (SELECT sum(points) FROM reputation_events e WHERE e.user_id = u.id), 0);
END $$;

-- Awards the badges (recognition_settings.badges) that the members `members` (null: everyone) have earned and do
-- not hold yet, dated `awarded` or, when null, when the figure reached the threshold (the n-th time it grew).
-- Figures as src/adapters/memory/recognition.ts counts them: questions, answers, solutions (accepted answers),
-- kudos received, and helpful languages (primary languages of answers with a kudos or accepted). Kept badges stay.
CREATE FUNCTION majlis_award_badges(members text[], awarded timestamptz) RETURNS void LANGUAGE sql AS $$
  WITH times AS (
    SELECT author_id AS user_id, 'questions' AS metric, created_at AS at FROM questions
     WHERE members IS NULL OR author_id = ANY (members)
    UNION ALL
    SELECT author_id, 'answers', created_at FROM answers WHERE members IS NULL OR author_id = ANY (members)
    UNION ALL
    SELECT author_id, 'solutions', coalesce(accepted_at, created_at) FROM answers
     WHERE accepted AND (members IS NULL OR author_id = ANY (members))
    UNION ALL
    SELECT v.author_id, 'kudosReceived', coalesce(v.created_at, q.created_at)
      FROM question_votes v JOIN questions q ON q.id = v.post_id WHERE members IS NULL OR v.author_id = ANY (members)
    UNION ALL
    SELECT v.author_id, 'kudosReceived', coalesce(v.created_at, a.created_at)
      FROM answer_votes v JOIN answers a ON a.id = v.post_id WHERE members IS NULL OR v.author_id = ANY (members)
    UNION ALL
    SELECT user_id, 'helpfulLanguages', min(at) FROM (
      SELECT a.author_id AS user_id, lower(split_part(a.language, '-', 1)) AS lang, coalesce(v.created_at, a.created_at) AS at
        FROM answer_votes v JOIN answers a ON a.id = v.post_id WHERE members IS NULL OR a.author_id = ANY (members)
      UNION ALL
      SELECT author_id, lower(split_part(language, '-', 1)), coalesce(accepted_at, created_at) FROM answers
       WHERE accepted AND (members IS NULL OR author_id = ANY (members))
    ) helpful GROUP BY user_id, lang
  ), ranked AS (
    SELECT user_id, metric, at, row_number() OVER (PARTITION BY user_id, metric ORDER BY at) AS n FROM times
  )
  INSERT INTO user_badges (user_id, badge_id, awarded_at)
  SELECT r.user_id, b.id, coalesce(awarded, r.at)
    FROM ranked r
    JOIN jsonb_to_recordset((SELECT badges FROM recognition_settings)) AS b(id text, metric text, threshold integer)
      ON b.metric = r.metric AND b.threshold = r.n
  ON CONFLICT (user_id, badge_id) DO NOTHING
$$;

SELECT majlis_rebuild_ledger();
SELECT majlis_award_badges(NULL, NULL);
