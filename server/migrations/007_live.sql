-- Live updates (server/src/live/): the log of events pushed to subscribers, kept for a retention window so a client
-- that reconnects with Last-Event-ID (after a network blip, or a restart of the server it was on) misses nothing.
-- Events hold ids and counters only (src/core/contract/live.ts), never a post's text.
CREATE TABLE live_events (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  question_id text COLLATE "C" NOT NULL,
  category_id text COLLATE "C" NOT NULL,
  event jsonb NOT NULL
);
CREATE INDEX live_events_at ON live_events (at);

-- Mutation rate limits shared by every instance on this database: one row per member (or IP) and route, counting
-- the hits of the current fixed window (an atomic upsert, server/src/live/rate-limit-store.ts).
CREATE TABLE rate_limits (
  key text COLLATE "C" PRIMARY KEY,
  window_start timestamptz NOT NULL,
  hits integer NOT NULL
);
CREATE INDEX rate_limits_window_start ON rate_limits (window_start);
