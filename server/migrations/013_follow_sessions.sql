-- Following a live session (issue 16, src/core/contract/follow.ts): a member follows a session (target `session`)
-- to hear when its hosts answer. When a published answer by one of a session's hosts arrives on one of its
-- questions, server/src/mail/notify.ts writes, in the answer's transaction, one notification per follower of the
-- session (reason `session`; never the answering host), with a `session-answer` mail job or in the member's daily
-- digest. A member who also follows the question or its category gets one notification of the answer: the session's.
-- The first host answer of a session is its "has begun" mail (worked out when the mail is written): there is no
-- scheduled "starting now" mail.

ALTER TABLE follows DROP CONSTRAINT follows_target_check;
ALTER TABLE follows ADD CONSTRAINT follows_target_check CHECK (target IN ('question', 'category', 'session'));

ALTER TABLE notifications DROP CONSTRAINT notifications_reason_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_reason_check CHECK (reason IN ('question', 'category', 'author', 'session'));

ALTER TABLE mail_jobs DROP CONSTRAINT mail_jobs_kind_check;
ALTER TABLE mail_jobs ADD CONSTRAINT mail_jobs_kind_check CHECK (kind IN ('answer', 'idea-status', 'session-answer', 'digest'));
