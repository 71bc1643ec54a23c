-- The audit trail: who did what to which record, and when. Append-only, and tamper-evident:
-- events form one hash chain per practice (plus one chain, keyed by the nil uuid, for attempts
-- that belong to no practice, such as a failed sign-in with an unknown email). What each hash
-- covers is defined in apps/api/src/audit/audit-chain.ts.

-- The newest event of each chain. Appends lock this row, so one chain grows one event at a time,
-- and it lets verification notice that the newest events were deleted.
CREATE TABLE audit_chain_head (
  chain_id       uuid PRIMARY KEY,
  last_sequence  integer NOT NULL DEFAULT 0 CHECK (last_sequence >= 0),
  last_hash      text NOT NULL DEFAULT repeat('0', 64) CHECK (last_hash ~ '^[0-9a-f]{64}$')
);

CREATE TABLE audit_event (
  id             uuid PRIMARY KEY,
  -- Null for attempts that belong to no practice.
  practice_id    uuid REFERENCES practice (id),
  chain_id       uuid NOT NULL REFERENCES audit_chain_head (chain_id)
                   GENERATED ALWAYS AS (coalesce(practice_id, '00000000-0000-0000-0000-000000000000')) STORED,
  sequence       integer NOT NULL CHECK (sequence >= 1),
  occurred_at    timestamptz NOT NULL,
  -- No foreign keys to what events name: the trail outlives the records it mentions.
  actor_id       uuid,
  action         text NOT NULL CHECK (action ~ '^[A-Z_]{1,64}$'),
  entity_type    text NOT NULL CHECK (length(entity_type) BETWEEN 1 AND 64),
  entity_id      text CHECK (length(entity_id) BETWEEN 1 AND 200),
  client_id      uuid,
  request_id     text NOT NULL CHECK (length(request_id) BETWEEN 1 AND 200),
  outcome        text NOT NULL CHECK (outcome IN ('SUCCESS', 'DENIED', 'FAILED')),
  previous_hash  text NOT NULL CHECK (previous_hash ~ '^[0-9a-f]{64}$'),
  hash           text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
  UNIQUE (chain_id, sequence)
);
-- The audit page filters one practice's events by date, actor or client.
CREATE INDEX audit_event_occurred_at_idx ON audit_event (chain_id, occurred_at);
CREATE INDEX audit_event_actor_idx ON audit_event (chain_id, actor_id, sequence);
CREATE INDEX audit_event_client_idx ON audit_event (chain_id, client_id, sequence)
  WHERE client_id IS NOT NULL;

-- Statement-level, so it refuses even statements that match no row.
CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

CREATE TRIGGER audit_chain_head_kept
  BEFORE DELETE OR TRUNCATE ON audit_chain_head
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- A head starts empty and only ever moves one event forward, onto an event that exists.
CREATE FUNCTION audit_chain_head_moves_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.last_sequence <> 0 OR NEW.last_hash <> repeat('0', 64) THEN
      RAISE EXCEPTION 'an audit chain starts empty' USING ERRCODE = 'insufficient_privilege';
    END IF;
  ELSIF NEW.chain_id <> OLD.chain_id
    OR NEW.last_sequence <> OLD.last_sequence + 1
    OR NOT EXISTS (
      SELECT 1 FROM audit_event
      WHERE chain_id = NEW.chain_id AND sequence = NEW.last_sequence AND hash = NEW.last_hash
    ) THEN
    RAISE EXCEPTION 'an audit chain head only moves one event forward'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER audit_chain_head_forward_only
  BEFORE INSERT OR UPDATE ON audit_chain_head
  FOR EACH ROW EXECUTE FUNCTION audit_chain_head_moves_forward();
