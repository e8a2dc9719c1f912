-- Telling an idea's author and followers when staff change its status (issue 15).
--
-- Every status change (set by staff, or "duplicate" by a merge) is a row of idea_status_changes: the history of an
-- idea's status, and what a notification points to. In the change's transaction, server/src/mail/notify.ts writes one
-- notification per follower of the idea (an idea's follows are its question's) and for its author unless they
-- unfollowed it, never for the staff member who made the change, with a mail job as for answers: immediate, or the
-- member's daily digest.

CREATE TABLE idea_status_changes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  idea_id text COLLATE "C" NOT NULL REFERENCES ideas (question_id),
  status text NOT NULL CHECK (status IN ('new', 'under-review', 'planned', 'in-progress', 'delivered', 'declined', 'duplicate')),
  note text,
  changed_by text COLLATE "C" NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL
);
CREATE INDEX idea_status_changes_by_idea ON idea_status_changes (idea_id, created_at);

-- A notification tells of an answer or of a status change, never both.
ALTER TABLE notifications ALTER COLUMN answer_id DROP NOT NULL;
ALTER TABLE notifications ADD COLUMN status_change_id bigint REFERENCES idea_status_changes (id);
ALTER TABLE notifications ADD CONSTRAINT notification_subject CHECK ((answer_id IS NULL) <> (status_change_id IS NULL));
CREATE UNIQUE INDEX notifications_one_per_status_change ON notifications (user_id, status_change_id) WHERE status_change_id IS NOT NULL;
-- Why: the member follows the question (or idea) or its category, or wrote the idea.
ALTER TABLE notifications DROP CONSTRAINT notifications_reason_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_reason_check CHECK (reason IN ('question', 'category', 'author'));

ALTER TABLE mail_jobs DROP CONSTRAINT mail_jobs_kind_check;
ALTER TABLE mail_jobs ADD CONSTRAINT mail_jobs_kind_check CHECK (kind IN ('answer', 'idea-status', 'digest'));
