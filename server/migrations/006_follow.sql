-- Following and notifications by mail (issue 14).
--
-- A member follows a question or a category (follows.following = true). An explicit unfollow is kept as a row with
-- following = false, so asking or answering (auto-follow: INSERT … ON CONFLICT DO NOTHING) never undoes it.
-- When a published answer arrives (posted, or approved out of pre-moderation), server/src/mail/notify.ts writes one
-- notification per follower of the question or of its category (never its author), and one mail job per
-- notification (delivery `immediate`) or per member and day (delivery `daily`: a digest). Workers take jobs with
-- SELECT … FOR UPDATE SKIP LOCKED and a lease, retry failures with exponential backoff, and record attempts and
-- the last error.

-- Where mails go; filled by the operator's sign-in or import (a member without one gets no mail).
ALTER TABLE users ADD COLUMN email text;

CREATE TABLE follows (
  user_id text COLLATE "C" NOT NULL REFERENCES users (id),
  -- Later targets (idea, live-session) widen this check.
  target text NOT NULL CHECK (target IN ('question', 'category')),
  target_id text COLLATE "C" NOT NULL,
  following boolean NOT NULL,
  -- When it was last followed or unfollowed.
  created_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, target, target_id)
);
-- Who follows a target (the notifications of an answer), and a member's list, newest first.
CREATE INDEX follows_by_target ON follows (target, target_id) WHERE following;
CREATE INDEX follows_by_member ON follows (user_id, created_at DESC) WHERE following;

CREATE TABLE notification_settings (
  user_id text COLLATE "C" PRIMARY KEY REFERENCES users (id),
  delivery text NOT NULL DEFAULT 'immediate' CHECK (delivery IN ('immediate', 'daily', 'off')),
  -- BCP-47; null: the server's MAJLIS_MAIL_LANGUAGE.
  language text
);

-- One per member and answer, however many of their follows it matches.
CREATE TABLE notifications (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id text COLLATE "C" NOT NULL REFERENCES users (id),
  answer_id text COLLATE "C" NOT NULL REFERENCES answers (id),
  -- Why: the member follows the question, or its category.
  reason text NOT NULL CHECK (reason IN ('question', 'category')),
  created_at timestamptz NOT NULL,
  job_id bigint NOT NULL,
  UNIQUE (user_id, answer_id)
);

CREATE TABLE mail_jobs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id text COLLATE "C" NOT NULL REFERENCES users (id),
  kind text NOT NULL CHECK (kind IN ('answer', 'digest')),
  -- Digests: the UTC day whose answers it lists (one job per member and day).
  day date,
  created_at timestamptz NOT NULL,
  -- Not before: now for an immediate mail, the end of the day for a digest, later after a failure (backoff).
  run_at timestamptz NOT NULL,
  -- A worker holds the job until then; another may take it after (the first one died).
  locked_until timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  -- done: sent, or nothing left to send; failed: gave up after MAJLIS_MAIL_MAX_ATTEMPTS.
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'done', 'failed')),
  finished_at timestamptz,
  CONSTRAINT mail_job_digest_day CHECK ((kind = 'digest') = (day IS NOT NULL))
);
CREATE UNIQUE INDEX mail_jobs_one_digest ON mail_jobs (user_id, day) WHERE kind = 'digest';
CREATE INDEX mail_jobs_due ON mail_jobs (run_at) WHERE status = 'queued';
ALTER TABLE notifications ADD CONSTRAINT notification_job FOREIGN KEY (job_id) REFERENCES mail_jobs (id);
