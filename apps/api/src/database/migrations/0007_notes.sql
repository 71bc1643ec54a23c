-- Progress notes: drafted from the session, edited, signed and then never changed; dated
-- addenda for corrections; and private psychotherapy notes, visible only to their author.

ALTER TABLE clinician
  ADD COLUMN default_note_format text NOT NULL DEFAULT 'SOAP'
    CHECK (default_note_format IN ('SOAP', 'DAP', 'BIRP', 'GIRP'));

CREATE TABLE session_note (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id   uuid NOT NULL,
  client_id     uuid NOT NULL,
  session_id    uuid NOT NULL UNIQUE,
  author_id     uuid NOT NULL,
  format        text NOT NULL CHECK (format IN ('SOAP', 'DAP', 'BIRP', 'GIRP')),
  -- Section key to text, in the format's order (libs/shared/src/notes/note-formats.ts).
  sections      jsonb NOT NULL CHECK (jsonb_typeof(sections) = 'object'),
  version       integer NOT NULL DEFAULT 1,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  signed_at     timestamptz,
  signed_by_id  uuid,
  CHECK ((signed_at IS NULL) = (signed_by_id IS NULL)),
  FOREIGN KEY (practice_id, client_id, session_id)
    REFERENCES therapy_session (practice_id, client_id, id),
  FOREIGN KEY (practice_id, author_id) REFERENCES clinician (practice_id, id),
  FOREIGN KEY (practice_id, signed_by_id) REFERENCES clinician (practice_id, id),
  UNIQUE (practice_id, id)
);
CREATE INDEX session_note_client_idx ON session_note (client_id, created_at DESC);
CREATE INDEX session_note_unsigned_idx ON session_note (client_id) WHERE signed_at IS NULL;

-- A signed note never changes, whoever writes: the database refuses it.
CREATE FUNCTION session_note_signed_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.signed_at IS NOT NULL THEN
    RAISE EXCEPTION 'a signed progress note never changes: add an addendum instead'
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER session_note_signed_is_final
  BEFORE UPDATE OR DELETE ON session_note
  FOR EACH ROW EXECUTE FUNCTION session_note_signed_is_final();

-- Corrections to a signed note: dated, by their author, and never changed themselves.
CREATE TABLE note_addendum (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id  uuid NOT NULL,
  note_id      uuid NOT NULL,
  author_id    uuid NOT NULL,
  text         text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
  created_at   timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (practice_id, note_id) REFERENCES session_note (practice_id, id),
  FOREIGN KEY (practice_id, author_id) REFERENCES clinician (practice_id, id)
);
CREATE INDEX note_addendum_note_idx ON note_addendum (note_id, created_at);

CREATE FUNCTION note_addendum_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'an addendum never changes: add another one'
    USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER note_addendum_is_final
  BEFORE UPDATE OR DELETE ON note_addendum
  FOR EACH ROW EXECUTE FUNCTION note_addendum_is_final();

-- Psychotherapy notes in HIPAA's sense (45 CFR 164.501): kept apart from the record, one per
-- session and author, readable by that author alone.
CREATE TABLE private_note (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id  uuid NOT NULL,
  session_id   uuid NOT NULL,
  author_id    uuid NOT NULL,
  text         text NOT NULL CHECK (length(text) <= 20000),
  version      integer NOT NULL DEFAULT 1,
  updated_at   timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (practice_id, session_id) REFERENCES therapy_session (practice_id, id),
  FOREIGN KEY (practice_id, author_id) REFERENCES clinician (practice_id, id),
  UNIQUE (session_id, author_id)
);

-- A note's history is read from the trail: its own events and its addenda's, by entity.
CREATE INDEX audit_event_entity_idx ON audit_event (chain_id, entity_type, entity_id, sequence)
  WHERE entity_id IS NOT NULL;
