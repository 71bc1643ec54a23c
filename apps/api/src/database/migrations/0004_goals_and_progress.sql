-- The client's record of progress: status histories for clients and goals, GAS reviews, and
-- GAS level descriptions keyed by name as the contract spells them.

-- Kept for every change so "paused in March, back in May" stays on the record.
CREATE TABLE client_status_change (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id    uuid NOT NULL,
  client_id      uuid NOT NULL,
  status         text NOT NULL CHECK (status IN ('ACTIVE', 'PAUSED', 'DISCHARGED')),
  changed_on     date NOT NULL,
  reason         text CHECK (length(reason) BETWEEN 1 AND 500),
  changed_by_id  uuid,
  created_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
  FOREIGN KEY (practice_id, client_id) REFERENCES client (practice_id, id),
  FOREIGN KEY (practice_id, changed_by_id) REFERENCES clinician (practice_id, id)
);
CREATE INDEX client_status_change_client_idx ON client_status_change (client_id, created_at);

CREATE TABLE goal_status_change (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id    uuid NOT NULL,
  goal_id        uuid NOT NULL,
  status         text NOT NULL CHECK (status IN ('PROPOSED', 'ACTIVE', 'ON_HOLD', 'COMPLETED',
                   'CANCELLED')),
  changed_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
  reason         text CHECK (length(reason) BETWEEN 1 AND 500),
  changed_by_id  uuid,
  FOREIGN KEY (practice_id, goal_id) REFERENCES goal (practice_id, id) ON DELETE CASCADE,
  FOREIGN KEY (practice_id, changed_by_id) REFERENCES clinician (practice_id, id)
);
CREATE INDEX goal_status_change_goal_idx ON goal_status_change (goal_id, changed_at);

-- What was on record before this migration starts each history with one entry.
INSERT INTO client_status_change (practice_id, client_id, status, changed_on)
  SELECT practice_id, id, 'ACTIVE', started_on FROM client;
INSERT INTO client_status_change (practice_id, client_id, status, changed_on)
  SELECT practice_id, id, status, greatest(started_on, created_at::date) FROM client
  WHERE status <> 'ACTIVE';
INSERT INTO goal_status_change (practice_id, goal_id, status, changed_at)
  SELECT practice_id, id, status, created_at FROM goal;

-- A review rates goals on one day; each rating keeps the goal's weight at that time, so a
-- later change of weight never rewrites an old T-score.
CREATE TABLE gas_review (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id     uuid NOT NULL,
  client_id       uuid NOT NULL,
  reviewed_on     date NOT NULL,
  reviewed_by_id  uuid,
  created_at      timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (practice_id, client_id) REFERENCES client (practice_id, id),
  FOREIGN KEY (practice_id, reviewed_by_id) REFERENCES clinician (practice_id, id),
  UNIQUE (practice_id, client_id, id)
);
CREATE INDEX gas_review_client_idx ON gas_review (client_id, reviewed_on);

CREATE TABLE gas_rating (
  practice_id  uuid NOT NULL,
  client_id    uuid NOT NULL,
  review_id    uuid NOT NULL,
  goal_id      uuid NOT NULL,
  level        smallint NOT NULL CHECK (level BETWEEN -2 AND 2),
  weight       smallint NOT NULL CHECK (weight BETWEEN 1 AND 3),
  PRIMARY KEY (review_id, goal_id),
  FOREIGN KEY (practice_id, client_id, review_id) REFERENCES gas_review (practice_id, client_id, id)
    ON DELETE CASCADE,
  -- A rating may only name a goal of the same client.
  FOREIGN KEY (practice_id, client_id, goal_id) REFERENCES goal (practice_id, client_id, id)
);

-- GAS descriptions were keyed '-2'..'2'; the contract names them.
UPDATE goal SET gas_levels = jsonb_build_object(
    'muchLess', gas_levels->>'-2', 'less', gas_levels->>'-1', 'expected', gas_levels->>'0',
    'more', gas_levels->>'1', 'muchMore', gas_levels->>'2')
  WHERE gas_levels ? '-2';
ALTER TABLE goal ADD CONSTRAINT goal_gas_levels_named CHECK (
  gas_levels IS NULL OR (gas_levels ?& ARRAY['muchLess', 'less', 'expected', 'more', 'muchMore']));

CREATE INDEX milestone_goal_done_idx ON milestone (goal_id) WHERE done_at IS NOT NULL;
