-- Session mode: therapy sessions and what happened in them, the prompt library, and the
-- idempotency keys that let the session screen replay its offline queue without recording
-- anything twice.

CREATE TABLE therapy_session (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id   uuid NOT NULL,
  client_id     uuid NOT NULL,
  clinician_id  uuid NOT NULL,
  modality      text NOT NULL CHECK (modality IN ('IN_PERSON', 'VIDEO', 'PHONE')),
  started_at    timestamptz NOT NULL,
  ended_at      timestamptz CHECK (ended_at >= started_at),
  notes         text NOT NULL DEFAULT '' CHECK (length(notes) <= 20000),
  version       integer NOT NULL DEFAULT 1,
  created_at    timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (practice_id, client_id) REFERENCES client (practice_id, id),
  FOREIGN KEY (practice_id, clinician_id) REFERENCES clinician (practice_id, id),
  UNIQUE (practice_id, id),
  UNIQUE (practice_id, client_id, id)
);
CREATE INDEX therapy_session_client_idx ON therapy_session (client_id, started_at DESC);
-- One open session per client, whoever starts it: a second start is refused by the database
-- even when two requests race.
CREATE UNIQUE INDEX therapy_session_one_open_per_client ON therapy_session (client_id)
  WHERE ended_at IS NULL;

-- What was ticked, logged and given in a session. A session can only hold its own client's
-- records.
ALTER TABLE milestone
  ADD FOREIGN KEY (done_in_session_id) REFERENCES therapy_session (id),
  ADD CONSTRAINT milestone_session_only_when_done CHECK (done_in_session_id IS NULL OR done_at IS NOT NULL);
CREATE INDEX milestone_session_idx ON milestone (done_in_session_id) WHERE done_in_session_id IS NOT NULL;

ALTER TABLE progress_entry
  ADD COLUMN session_id uuid,
  ADD FOREIGN KEY (practice_id, client_id, session_id) REFERENCES therapy_session (practice_id, client_id, id);
CREATE INDEX progress_entry_session_idx ON progress_entry (session_id) WHERE session_id IS NOT NULL;

ALTER TABLE measure_response
  ADD COLUMN session_id uuid,
  ADD FOREIGN KEY (practice_id, client_id, session_id) REFERENCES therapy_session (practice_id, client_id, id);
CREATE INDEX measure_response_session_idx ON measure_response (session_id) WHERE session_id IS NOT NULL;

-- A clinician's own prompts, beside the built-in library that ships in libs/shared.
CREATE TABLE own_prompt (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id   uuid NOT NULL,
  clinician_id  uuid NOT NULL,
  text          text NOT NULL CHECK (length(text) BETWEEN 1 AND 300),
  situations    text[] NOT NULL CHECK (cardinality(situations) BETWEEN 1 AND 10),
  version       integer NOT NULL DEFAULT 1,
  created_at    timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (practice_id, clinician_id) REFERENCES clinician (practice_id, id)
);
CREATE INDEX own_prompt_clinician_idx ON own_prompt (clinician_id, created_at);

-- Prompts a clinician chose not to be offered: a built-in one by its id, or one of their own.
CREATE TABLE hidden_prompt (
  clinician_id  uuid NOT NULL REFERENCES clinician (id),
  prompt_id     text NOT NULL CHECK (length(prompt_id) BETWEEN 1 AND 100),
  PRIMARY KEY (clinician_id, prompt_id)
);

-- A prompt asked in a session, as worded then (a prompt edited later keeps its history), with
-- the reason it was offered and the client's answer in their words.
CREATE TABLE session_prompt (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id uuid NOT NULL,
  session_id  uuid NOT NULL,
  prompt_id   text NOT NULL CHECK (length(prompt_id) BETWEEN 1 AND 100),
  text        text NOT NULL CHECK (length(text) BETWEEN 1 AND 300),
  reason      text CHECK (length(reason) BETWEEN 1 AND 200),
  asked_at    timestamptz NOT NULL,
  answer      text CHECK (length(answer) BETWEEN 1 AND 2000),
  version     integer NOT NULL DEFAULT 1,
  FOREIGN KEY (practice_id, session_id) REFERENCES therapy_session (practice_id, id),
  UNIQUE (session_id, prompt_id)
);

-- Idempotency keys: the first request under a key records the action and the row it
-- produced; a repeat with the same key answers that row again instead of acting twice.
-- The fingerprint (SHA-256 of the operation's arguments) tells a genuine repeat from a key
-- reused for a different action.
CREATE TABLE idempotent_action (
  clinician_id  uuid NOT NULL REFERENCES clinician (id),
  key           uuid NOT NULL,
  operation     text NOT NULL CHECK (length(operation) BETWEEN 1 AND 64),
  fingerprint   text NOT NULL CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
  result_id     uuid,
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (clinician_id, key)
);
