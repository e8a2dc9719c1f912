-- Hand-off to customer care (issue 16): staff or a moderator hand a question to the operator's care desk (an account
-- problem, a billing error) with a public note every reader sees (`hand-to-care`), and give it back to the community
-- (`return-from-care`). A handed-over question still takes answers (members may still help) and is not escalated:
-- the escalation worker skips it, and an escalation queued before the hand-off ends as `handed-off`.
-- 012: 010 and 011 are other work's; the runner applies migrations in the order of their names.

ALTER TABLE questions
  ADD COLUMN handoff_note text CHECK (majlis_utf16_length(handoff_note) BETWEEN 1 AND 500),
  ADD COLUMN handoff_by text COLLATE "C" REFERENCES users (id),
  ADD COLUMN handoff_at timestamptz,
  ADD CONSTRAINT question_handoff_whole CHECK (
    (handoff_note IS NULL AND handoff_by IS NULL AND handoff_at IS NULL)
    OR (handoff_note IS NOT NULL AND handoff_by IS NOT NULL AND handoff_at IS NOT NULL));

ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check CHECK (action IN ('approve', 'hide', 'restore', 'delete',
  'dismiss-flags', 'lock', 'unlock', 'pin', 'unpin', 'move', 'mark-duplicate', 'suspend', 'unsuspend', 'auto-hide',
  'edit', 'author-delete', 'hand-to-care', 'return-from-care'));

-- handed-off: the question went to customer care before the escalation was sent.
ALTER TABLE escalations DROP CONSTRAINT escalations_status_check;
ALTER TABLE escalations ADD CONSTRAINT escalations_status_check
  CHECK (status IN ('queued', 'delivered', 'answered', 'handed-off', 'failed'));
