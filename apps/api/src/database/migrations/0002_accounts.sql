-- Accounts, sign-in and sessions: passwords, second factors, supervision, one-time links,
-- server-side sessions and sign-in throttling.
--
-- Secrets are never stored as given. Passwords are argon2id hashes; set-password links,
-- session tokens and recovery codes are high-entropy random values stored as their SHA-256
-- (a slow hash adds nothing to 256 or 80 random bits, and a SHA-256 can be looked up by
-- equality). TOTP secrets must be read back to check codes, so they are stored encrypted with
-- AES-256-GCM under a key kept outside the database (auth/secret-box.ts): a stolen dump or
-- backup alone does not yield them.

ALTER TABLE practice
  ADD COLUMN requires_second_factor boolean NOT NULL DEFAULT false;

ALTER TABLE clinician
  -- Null until the account's owner chooses a password through a one-time link.
  ADD COLUMN password_hash      text CHECK (password_hash LIKE '$argon2id$%'),
  ADD COLUMN is_active          boolean NOT NULL DEFAULT true,
  ADD COLUMN deactivated_at     timestamptz,
  -- 'v1.<iv>.<ciphertext>.<tag>' (base64url), bound to the clinician's id.
  ADD COLUMN totp_secret        text CHECK (totp_secret LIKE 'v1.%'),
  ADD COLUMN totp_enabled_at    timestamptz,
  -- The last 30-second step a code was accepted for: a code works once (RFC 6238 section 5.2).
  ADD COLUMN totp_last_step     bigint,
  ADD COLUMN version            integer NOT NULL DEFAULT 1,
  ADD CONSTRAINT clinician_deactivation_check CHECK (is_active = (deactivated_at IS NULL)),
  ADD CONSTRAINT clinician_totp_check CHECK ((totp_secret IS NULL) = (totp_enabled_at IS NULL));

-- Who supervises whom. Both foreign keys carry practice_id, so a supervisor and their
-- supervisees are always of the same practice.
CREATE TABLE supervision (
  practice_id    uuid NOT NULL,
  supervisor_id  uuid NOT NULL,
  supervisee_id  uuid NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (supervisor_id, supervisee_id),
  FOREIGN KEY (practice_id, supervisor_id) REFERENCES clinician (practice_id, id),
  FOREIGN KEY (practice_id, supervisee_id) REFERENCES clinician (practice_id, id),
  CHECK (supervisor_id <> supervisee_id)
);
CREATE INDEX supervision_supervisee_idx ON supervision (supervisee_id);

-- One-time links to choose a password. Only the token's SHA-256 is kept.
CREATE TABLE set_password_token (
  token_hash    text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  practice_id   uuid NOT NULL,
  clinician_id  uuid NOT NULL,
  -- The admin who issued it; null when an operator's command did.
  created_by    uuid,
  created_at    timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL,
  used_at       timestamptz,
  FOREIGN KEY (practice_id, clinician_id) REFERENCES clinician (practice_id, id),
  FOREIGN KEY (practice_id, created_by) REFERENCES clinician (practice_id, id),
  CHECK (expires_at > created_at)
);
CREATE INDEX set_password_token_clinician_idx ON set_password_token (clinician_id)
  WHERE used_at IS NULL;

-- Server-side sessions. The id is the SHA-256 of the cookie's token, never the token itself,
-- so a read of this table cannot be replayed as a cookie.
CREATE TABLE auth_session (
  id                   text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{64}$'),
  practice_id          uuid NOT NULL,
  clinician_id         uuid NOT NULL,
  stage                text NOT NULL CHECK (stage IN ('SIGNED_IN', 'SECOND_FACTOR_REQUIRED',
                         'SECOND_FACTOR_ENROLMENT_REQUIRED')),
  -- An authenticator secret shown by beginSecondFactorEnrolment, waiting for its first code;
  -- kept with the session that saw it, encrypted like clinician.totp_secret.
  pending_totp_secret  text CHECK (pending_totp_secret LIKE 'v1.%'),
  created_at           timestamptz NOT NULL,
  last_seen_at         timestamptz NOT NULL,
  -- The absolute lifetime; the idle timeout is last_seen_at plus the configured idle minutes.
  expires_at           timestamptz NOT NULL,
  ended_at             timestamptz,
  end_reason           text CHECK (end_reason IN ('SIGNED_OUT', 'IDLE_TIMEOUT', 'LIFETIME_EXPIRED',
                         'ACCOUNT_DEACTIVATED', 'PASSWORD_RESET', 'PASSWORD_CHANGED', 'PROMOTED',
                         'REPLACED')),
  FOREIGN KEY (practice_id, clinician_id) REFERENCES clinician (practice_id, id),
  CHECK ((ended_at IS NULL) = (end_reason IS NULL)),
  CHECK (expires_at > created_at AND last_seen_at >= created_at)
);
CREATE INDEX auth_session_live_clinician_idx ON auth_session (clinician_id) WHERE ended_at IS NULL;

-- Single-use codes that stand in for the authenticator app; 80 random bits each, SHA-256 here.
CREATE TABLE recovery_code (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id   uuid NOT NULL,
  clinician_id  uuid NOT NULL,
  code_hash     text NOT NULL CHECK (code_hash ~ '^[0-9a-f]{64}$'),
  created_at    timestamptz NOT NULL DEFAULT now(),
  used_at       timestamptz,
  FOREIGN KEY (practice_id, clinician_id) REFERENCES clinician (practice_id, id),
  UNIQUE (clinician_id, code_hash)
);

-- Consecutive failed sign-ins per key: 'account:<sha256 of the normalised email>' (known or
-- not, so an unknown email is throttled exactly like a known one), 'address:<ip>', and
-- 'second-factor:<clinician id>' for codes. The arithmetic lives in auth/throttle.ts.
CREATE TABLE sign_in_throttle (
  key              text PRIMARY KEY CHECK (key ~ '^(account:[0-9a-f]{64}|address:.+|second-factor:[0-9a-f-]{36})$'),
  failure_count    integer NOT NULL CHECK (failure_count >= 0),
  last_failure_at  timestamptz NOT NULL,
  locked_until     timestamptz
);
-- Forgotten rows (no failure for a day, no lock) are swept by age.
CREATE INDEX sign_in_throttle_last_failure_idx ON sign_in_throttle (last_failure_at);
