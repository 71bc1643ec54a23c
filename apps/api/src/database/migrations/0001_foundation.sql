-- The foundation: practices, clinicians and the client's record of progress.
-- Every row carries practice_id so that tenancy can be checked in one place.

CREATE TABLE practice (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE clinician (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id   uuid NOT NULL REFERENCES practice (id),
  email         text NOT NULL CHECK (length(email) BETWEEN 3 AND 320),
  display_name  text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  role          text NOT NULL CHECK (role IN ('CLINICIAN', 'SUPERVISOR', 'ADMIN')),
  created_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (practice_id, id)
);
CREATE UNIQUE INDEX clinician_email_key ON clinician (lower(email));

CREATE TABLE client (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id            uuid NOT NULL REFERENCES practice (id),
  primary_clinician_id   uuid NOT NULL,
  preferred_name         text NOT NULL CHECK (length(preferred_name) BETWEEN 1 AND 100),
  pronouns               text CHECK (length(pronouns) <= 40),
  status                 text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'PAUSED', 'DISCHARGED')),
  started_on             date NOT NULL,
  baseline               text CHECK (length(baseline) <= 4000),
  baseline_recorded_on   date,
  version                integer NOT NULL DEFAULT 1,
  created_at             timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (practice_id, primary_clinician_id) REFERENCES clinician (practice_id, id),
  UNIQUE (practice_id, id)
);
CREATE INDEX client_primary_clinician_idx ON client (primary_clinician_id, preferred_name);

CREATE TABLE goal (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id         uuid NOT NULL,
  client_id           uuid NOT NULL,
  client_words        text NOT NULL CHECK (length(client_words) BETWEEN 1 AND 500),
  clinician_wording   text CHECK (length(clinician_wording) <= 1000),
  domain              text NOT NULL CHECK (domain IN ('MOOD', 'ANXIETY', 'RELATIONSHIPS', 'SELF_CARE',
                        'WORK_OR_STUDY', 'HEALTH', 'SUBSTANCE_USE', 'OTHER')),
  specific            text CHECK (length(specific) <= 1000),
  measure_of_success  text CHECK (length(measure_of_success) <= 1000),
  target_date         date,
  gas_levels          jsonb,
  weight              smallint NOT NULL DEFAULT 1 CHECK (weight BETWEEN 1 AND 3),
  status              text NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED', 'ACTIVE', 'ON_HOLD',
                        'COMPLETED', 'CANCELLED')),
  position            integer NOT NULL,
  version             integer NOT NULL DEFAULT 1,
  created_at          timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (practice_id, client_id) REFERENCES client (practice_id, id),
  UNIQUE (practice_id, id),
  UNIQUE (practice_id, client_id, id)
);
CREATE INDEX goal_client_idx ON goal (client_id, position);

CREATE TABLE milestone (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id         uuid NOT NULL,
  goal_id             uuid NOT NULL,
  title               text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  due_on              date,
  position            integer NOT NULL,
  done_at             timestamptz,
  done_in_session_id  uuid,
  version             integer NOT NULL DEFAULT 1,
  created_at          timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (practice_id, goal_id) REFERENCES goal (practice_id, id)
);
CREATE INDEX milestone_goal_idx ON milestone (goal_id, position);

CREATE TABLE progress_entry (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id   uuid NOT NULL,
  client_id     uuid NOT NULL,
  goal_id       uuid,
  kind          text NOT NULL CHECK (kind IN ('WIN', 'SETBACK', 'GRATITUDE', 'REFLECTION')),
  category      text NOT NULL CHECK (category IN ('SELF_CARE', 'HYGIENE', 'NUTRITION', 'MOVEMENT',
                  'CONNECTION', 'BOUNDARIES', 'COPING_SKILL', 'EMOTIONAL_AWARENESS', 'SELF_COMPASSION',
                  'SHOWING_UP_TO_THERAPY', 'TASK_DONE', 'OTHER')),
  client_words  text NOT NULL CHECK (length(client_words) BETWEEN 1 AND 1000),
  is_effort     boolean NOT NULL DEFAULT false,
  occurred_on   date NOT NULL,
  version       integer NOT NULL DEFAULT 1,
  created_at    timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (practice_id, client_id) REFERENCES client (practice_id, id),
  -- An entry may only name a goal of the same client.
  FOREIGN KEY (practice_id, client_id, goal_id) REFERENCES goal (practice_id, client_id, id)
);
CREATE INDEX progress_entry_client_idx ON progress_entry (client_id, occurred_on DESC);

CREATE TABLE measure_response (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id      uuid NOT NULL,
  client_id        uuid NOT NULL,
  instrument       text NOT NULL CHECK (instrument IN ('PHQ9', 'GAD7', 'MOOD')),
  answers          smallint[] NOT NULL,
  total            smallint,
  administered_on  date NOT NULL,
  has_safety_flag  boolean NOT NULL DEFAULT false,
  created_at       timestamptz NOT NULL DEFAULT now(),
  CHECK (cardinality(answers) = CASE instrument WHEN 'PHQ9' THEN 9 WHEN 'GAD7' THEN 7 ELSE 1 END),
  CHECK (0 <= ALL (answers) AND (CASE instrument WHEN 'MOOD' THEN 10 ELSE 3 END) >= ALL (answers)),
  -- PHQ-9 item 9 (thoughts of self-harm) above 0 always raises the safety flag, and only it.
  CHECK (has_safety_flag = (instrument = 'PHQ9' AND answers[9] > 0)),
  FOREIGN KEY (practice_id, client_id) REFERENCES client (practice_id, id)
);
CREATE INDEX measure_response_client_idx ON measure_response (client_id, instrument, administered_on);
