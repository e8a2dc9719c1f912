-- Escalation to the operator's care desk (issue 16): a question without an answer by staff or an expert some hours
-- after it was asked (per category, in the server's configuration) is queued once here; the escalation worker
-- (server/src/escalation/) posts a signed webhook for it, retried with backoff, and logs every delivery attempt.

CREATE TABLE escalations (
  question_id text COLLATE "C" PRIMARY KEY REFERENCES questions (id) ON DELETE CASCADE,
  -- queued: to send (again at run_at); delivered: the care desk answered 2xx; answered: staff or an expert answered
  -- before it was sent; failed: every attempt failed.
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'delivered', 'answered', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  run_at timestamptz NOT NULL,
  -- A worker's lease on the job (SKIP LOCKED claims skip it until then).
  locked_until timestamptz,
  last_error text,
  created_at timestamptz NOT NULL,
  finished_at timestamptz
);
CREATE INDEX escalations_due ON escalations (run_at) WHERE status = 'queued';

-- Every attempt to deliver an escalation, newest read first by staff (GET /escalations/deliveries).
CREATE TABLE escalation_deliveries (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  question_id text COLLATE "C" NOT NULL REFERENCES escalations (question_id) ON DELETE CASCADE,
  attempt integer NOT NULL,
  at timestamptz NOT NULL,
  -- The care desk's HTTP status, or null when it did not answer (network error, timeout).
  http_status integer,
  error text,
  duration_ms integer NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('delivered', 'retry', 'failed'))
);
CREATE INDEX escalation_deliveries_question ON escalation_deliveries (question_id);
