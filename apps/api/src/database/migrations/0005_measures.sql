-- Outcome measures given in session: drafts, the PHQ-9 difficulty item, the mood word,
-- safety flags that stay until reviewed, and per-client schedules.

ALTER TABLE measure_response
  ADD COLUMN version             integer NOT NULL DEFAULT 1,
  ADD COLUMN is_draft            boolean NOT NULL DEFAULT false,
  ADD COLUMN difficulty          smallint CHECK (difficulty BETWEEN 0 AND 3),
  ADD COLUMN mood_word           text CHECK (length(mood_word) BETWEEN 1 AND 40),
  ADD COLUMN administered_by_id  uuid,
  ADD FOREIGN KEY (practice_id, administered_by_id) REFERENCES clinician (practice_id, id),
  ADD UNIQUE (practice_id, client_id, id),
  -- A complete response has every answer and its total; a draft has no total.
  ADD CONSTRAINT measure_response_scored_when_complete CHECK (
    CASE WHEN is_draft THEN total IS NULL
         ELSE array_position(answers, NULL) IS NULL AND total IS NOT NULL END),
  ADD CONSTRAINT measure_response_difficulty_on_phq9 CHECK (difficulty IS NULL OR instrument = 'PHQ9'),
  ADD CONSTRAINT measure_response_word_on_mood CHECK (mood_word IS NULL OR instrument = 'MOOD');

-- The 0001 check compares with answers[9], which is NULL while a draft leaves item 9 open:
-- then the flag must be down.
ALTER TABLE measure_response ADD CONSTRAINT measure_response_flag_when_item_nine_open CHECK (
  instrument <> 'PHQ9' OR answers[9] IS NOT NULL OR NOT has_safety_flag);

CREATE TABLE safety_flag (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id          uuid NOT NULL,
  client_id            uuid NOT NULL,
  measure_response_id  uuid NOT NULL UNIQUE,
  raised_at            timestamptz NOT NULL DEFAULT clock_timestamp(),
  reviewed_at          timestamptz,
  reviewed_by_id       uuid,
  review_note          text CHECK (length(review_note) BETWEEN 1 AND 2000),
  -- Reviewed means all three: when, who and the note.
  CHECK ((reviewed_at IS NULL) = (reviewed_by_id IS NULL)
     AND (reviewed_at IS NULL) = (review_note IS NULL)),
  FOREIGN KEY (practice_id, client_id, measure_response_id)
    REFERENCES measure_response (practice_id, client_id, id),
  FOREIGN KEY (practice_id, reviewed_by_id) REFERENCES clinician (practice_id, id)
);
CREATE INDEX safety_flag_unreviewed_idx ON safety_flag (client_id) WHERE reviewed_at IS NULL;

-- The flag is raised by the database itself, whoever writes the answers (the API, the demo
-- seed, an import), so an item 9 answer above 0 can never go unflagged.
CREATE FUNCTION raise_safety_flag() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.has_safety_flag THEN
    INSERT INTO safety_flag (practice_id, client_id, measure_response_id)
      VALUES (NEW.practice_id, NEW.client_id, NEW.id)
      ON CONFLICT (measure_response_id) DO NOTHING;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER measure_response_raises_safety_flag
  AFTER INSERT OR UPDATE OF has_safety_flag ON measure_response
  FOR EACH ROW EXECUTE FUNCTION raise_safety_flag();

INSERT INTO safety_flag (practice_id, client_id, measure_response_id, raised_at)
  SELECT practice_id, client_id, id, created_at FROM measure_response WHERE has_safety_flag;

CREATE TABLE measure_schedule (
  practice_id  uuid NOT NULL,
  client_id    uuid NOT NULL,
  instrument   text NOT NULL CHECK (instrument IN ('PHQ9', 'GAD7', 'MOOD')),
  every_weeks  smallint NOT NULL CHECK (every_weeks BETWEEN 1 AND 52),
  PRIMARY KEY (client_id, instrument),
  FOREIGN KEY (practice_id, client_id) REFERENCES client (practice_id, id)
);

CREATE INDEX measure_response_complete_idx ON measure_response (client_id, instrument, administered_on)
  WHERE NOT is_draft;
