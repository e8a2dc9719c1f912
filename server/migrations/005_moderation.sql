-- Moderation (issue 13): post states, flags, revisions, the audit log and suspensions.
--
-- Every post has a state: 'published' (what existed before keeps it), 'pending' (awaiting approval: pre-moderation),
-- 'hidden' (by a moderator, or on its own when its open flags reached the threshold) or 'deleted' (by its author
-- or a moderator; soft: the row stays). server/src/repository/moderation.ts writes the changes and their audit_log
-- rows in one transaction; the triggers below keep counters and the reputation ledger right whatever code writes.

ALTER TABLE questions
  ADD COLUMN state text NOT NULL DEFAULT 'published' CONSTRAINT question_state CHECK (state IN ('published', 'pending', 'hidden', 'deleted')),
  ADD COLUMN moderation_reason text,
  ADD COLUMN moderation_by text COLLATE "C" REFERENCES users (id),
  -- When the post entered its current state (null while it was always published).
  ADD COLUMN moderation_at timestamptz,
  ADD COLUMN pinned boolean NOT NULL DEFAULT false,
  ADD COLUMN duplicate_of text COLLATE "C" REFERENCES questions (id) CONSTRAINT question_not_duplicate_of_itself CHECK (duplicate_of <> id),
  ADD COLUMN revision_count integer NOT NULL DEFAULT 0 CHECK (revision_count >= 0);

ALTER TABLE answers
  ADD COLUMN state text NOT NULL DEFAULT 'published' CONSTRAINT answer_state CHECK (state IN ('published', 'pending', 'hidden', 'deleted')),
  ADD COLUMN moderation_reason text,
  ADD COLUMN moderation_by text COLLATE "C" REFERENCES users (id),
  ADD COLUMN moderation_at timestamptz,
  ADD COLUMN revision_count integer NOT NULL DEFAULT 0 CHECK (revision_count >= 0);

-- The queue's pending and hidden tabs, and lists that leave out what is not published.
CREATE INDEX questions_not_published ON questions (state, moderation_at) WHERE state <> 'published';
CREATE INDEX answers_not_published ON answers (state, moderation_at) WHERE state <> 'published';
-- Flood limits: a member's posts of the last hour, and the same body posted again.
CREATE INDEX questions_by_author_time ON questions (author_id, created_at);
CREATE INDEX answers_by_author_time ON answers (author_id, created_at);

-- One flag per member and post, ever (a dismissed flag stays, resolved, so the member cannot flag again).
CREATE TABLE flags (
  target text NOT NULL CHECK (target IN ('question', 'answer')),
  post_id text COLLATE "C" NOT NULL,
  user_id text COLLATE "C" NOT NULL REFERENCES users (id),
  reason text NOT NULL CHECK (reason IN ('spam', 'abusive', 'off-topic', 'personal-data', 'other')),
  note text CHECK (majlis_utf16_length(note) BETWEEN 1 AND 500),
  created_at timestamptz NOT NULL,
  -- Open until a moderator acts on the post (approve, hide, restore, delete, dismiss-flags).
  resolved_at timestamptz,
  resolved_by text COLLATE "C" REFERENCES users (id),
  PRIMARY KEY (target, post_id, user_id),
  CONSTRAINT flag_note_for_other CHECK (reason <> 'other' OR note IS NOT NULL)
);
-- The reported tab: open flags per post (count, oldest).
CREATE INDEX flags_open ON flags (target, post_id, created_at) WHERE resolved_at IS NULL;

-- A post as it was after each edit; number 1 is the post as first written (stored at its first edit).
CREATE TABLE revisions (
  target text NOT NULL CHECK (target IN ('question', 'answer')),
  post_id text COLLATE "C" NOT NULL,
  number integer NOT NULL CHECK (number >= 1),
  title text,
  body text NOT NULL,
  tags text[],
  edited_by text COLLATE "C" NOT NULL REFERENCES users (id),
  reason text CHECK (majlis_utf16_length(reason) BETWEEN 1 AND 500),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (target, post_id, number)
);

-- Who did what, when and why. actor_id is null for what happened on its own (auto-hide).
CREATE TABLE audit_log (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  actor_id text COLLATE "C" REFERENCES users (id),
  action text NOT NULL CHECK (action IN ('approve', 'hide', 'restore', 'delete', 'dismiss-flags', 'lock', 'unlock',
    'pin', 'unpin', 'move', 'mark-duplicate', 'suspend', 'unsuspend', 'auto-hide', 'edit', 'author-delete')),
  target text NOT NULL CHECK (target IN ('question', 'answer', 'user')),
  target_id text COLLATE "C" NOT NULL,
  question_id text COLLATE "C",
  reason text,
  -- json, not jsonb: the details keep the order they were written in (`{ "from", "to" }`).
  details json NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL
);
CREATE INDEX audit_log_by_target ON audit_log (target_id, seq);
CREATE INDEX audit_log_by_actor ON audit_log (actor_id, seq);

-- Suspensions by moderators; one in force per member (not lifted, and until null or in the future).
CREATE TABLE suspensions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id text COLLATE "C" NOT NULL REFERENCES users (id),
  reason text NOT NULL,
  until timestamptz,
  created_by text COLLATE "C" NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  lifted_at timestamptz,
  lifted_by text COLLATE "C" REFERENCES users (id)
);
CREATE INDEX suspensions_of_user ON suspensions (user_id, created_at) WHERE lifted_at IS NULL;

-- A deleted post's reputation: the ledger rows it earned (its kudos, its acceptance, its question asked) move here
-- while it is deleted, and back when a moderator restores it, so reputation goes back by exactly what it earned and
-- returns exactly. (The day's kudos cap is not applied again on the way back.)
CREATE TABLE withheld_reputation_events (LIKE reputation_events INCLUDING ALL);

-- An answer counts on its question, and moves its activity, once it is visible to all: a pending answer does not.
CREATE OR REPLACE FUNCTION majlis_answer_added() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  question_status text;
  counted integer := CASE WHEN NEW.state = 'pending' THEN 0 ELSE 1 END;
BEGIN
  UPDATE questions
     SET answer_count = answer_count + counted,
         last_activity_at = CASE WHEN counted = 1 THEN greatest(last_activity_at, NEW.created_at) ELSE last_activity_at END
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

-- Whether the ledger row `source_key` (with its `answer_id`) was earned by the post `target` `post`: its kudos, its
-- acceptance, its question asked.
CREATE FUNCTION majlis_earned_by(source_key text, answer_id text, target text, post text) RETURNS boolean
  LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN target = 'answer' THEN answer_id = post
    ELSE answer_id IS NULL AND (source_key = 'ask:' || post
      OR source_key LIKE 'vote:question:' || replace(replace(replace(post, '\', '\\'), '%', '\%'), '_', '\_') || ':%') END
$$;

-- State changes: deleting withholds the post's reputation, restoring gives it back; an answer leaving or entering
-- 'pending' counts on its question. TG_ARGV[0] is 'question' or 'answer'.
CREATE FUNCTION majlis_post_state_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  -- Its kudos' keys are the range [low, high) of the primary key ("C" collation: ';' follows ':').
  low text := format('vote:%s:%s:', TG_ARGV[0], NEW.id);
  high text := format('vote:%s:%s;', TG_ARGV[0], NEW.id);
  own text := CASE WHEN TG_ARGV[0] = 'answer' THEN 'accept:' ELSE 'ask:' END || NEW.id;
BEGIN
  IF NEW.state = 'deleted' AND OLD.state <> 'deleted' THEN
    WITH gone AS (
      DELETE FROM reputation_events e
       WHERE (e.source_key >= low AND e.source_key < high) OR e.source_key = own RETURNING *
    ), kept AS (
      INSERT INTO withheld_reputation_events SELECT * FROM gone ON CONFLICT (source_key) DO NOTHING
    ), lost AS (
      SELECT user_id, sum(points)::integer AS points FROM gone GROUP BY user_id
    )
    UPDATE users u SET reputation = u.reputation - lost.points FROM lost WHERE u.id = lost.user_id;
  ELSIF OLD.state = 'deleted' AND NEW.state <> 'deleted' THEN
    WITH back AS (
      DELETE FROM withheld_reputation_events e
       WHERE (e.source_key >= low AND e.source_key < high) OR e.source_key = own RETURNING *
    ), restored AS (
      INSERT INTO reputation_events SELECT * FROM back ON CONFLICT (source_key) DO NOTHING
    ), regained AS (
      SELECT user_id, sum(points)::integer AS points FROM back GROUP BY user_id
    )
    UPDATE users u SET reputation = u.reputation + regained.points FROM regained WHERE u.id = regained.user_id;
  END IF;
  IF TG_ARGV[0] = 'answer' AND (OLD.state = 'pending') <> (NEW.state = 'pending') THEN
    UPDATE questions
       SET answer_count = answer_count + CASE WHEN NEW.state = 'pending' THEN -1 ELSE 1 END,
           last_activity_at = CASE WHEN NEW.state = 'pending' THEN last_activity_at
             ELSE greatest(last_activity_at, coalesce(NEW.moderation_at, NEW.created_at)) END
     WHERE id = NEW.question_id;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER question_state_changed AFTER UPDATE OF state ON questions
  FOR EACH ROW WHEN (OLD.state IS DISTINCT FROM NEW.state) EXECUTE FUNCTION majlis_post_state_changed('question');
CREATE TRIGGER answer_state_changed AFTER UPDATE OF state ON answers
  FOR EACH ROW WHEN (OLD.state IS DISTINCT FROM NEW.state) EXECUTE FUNCTION majlis_post_state_changed('answer');

-- After the ledger is rebuilt (majlis_rebuild_ledger: a seed load), the rows of posts that are deleted are withheld.
CREATE FUNCTION majlis_withhold_deleted() RETURNS void LANGUAGE sql AS $$
  DELETE FROM withheld_reputation_events;
  WITH gone AS (
    DELETE FROM reputation_events e
     WHERE EXISTS (SELECT 1 FROM answers a WHERE a.state = 'deleted' AND a.id = e.answer_id)
        OR EXISTS (SELECT 1 FROM questions q WHERE q.state = 'deleted'
                    AND majlis_earned_by(e.source_key, e.answer_id, 'question', q.id))
    RETURNING *
  ), kept AS (
    INSERT INTO withheld_reputation_events SELECT * FROM gone
  ), lost AS (
    SELECT user_id, sum(points)::integer AS points FROM gone GROUP BY user_id
  )
  UPDATE users u SET reputation = u.reputation - lost.points FROM lost WHERE u.id = lost.user_id;
$$;

-- A kudos withdrawn while its post is deleted takes its withheld row with it, so a restore cannot bring it back.
CREATE FUNCTION majlis_vote_withdrawn_withheld() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM withheld_reputation_events WHERE source_key = format('vote:%s:%s:%s', TG_ARGV[0], OLD.post_id, OLD.user_id);
  RETURN NULL;
END $$;
CREATE TRIGGER question_vote_withdrawn_withheld AFTER DELETE ON question_votes
  FOR EACH ROW EXECUTE FUNCTION majlis_vote_withdrawn_withheld('question');
CREATE TRIGGER answer_vote_withdrawn_withheld AFTER DELETE ON answer_votes
  FOR EACH ROW EXECUTE FUNCTION majlis_vote_withdrawn_withheld('answer');
