import type { ColumnType, Generated, Kysely, Transaction } from 'kysely';
import type {
  AuditAction,
  AuditOutcome,
  ClientStatus,
  ClientSummary,
  ClinicianRole,
  GasLevelDescriptions,
  GoalDomain,
  GoalStatus,
  Instrument,
  NoteFormat,
  ProgressCategory,
  ProgressEntryKind,
  PromptSituation,
  SessionModality,
} from '@waypoint/shared';

// Row types for Kysely, kept beside the SQL migrations they mirror (one table, one interface).
// `date` columns are read as 'YYYY-MM-DD' strings: see connection.ts.

type CreatedAt = ColumnType<Date, never, never>;
type Version = ColumnType<number, never, number>;

export interface PracticeTable {
  id: Generated<string>;
  name: string;
  requires_second_factor: Generated<boolean>;
  created_at: CreatedAt;
}

export interface ClinicianTable {
  id: Generated<string>;
  practice_id: string;
  email: string;
  display_name: string;
  role: ClinicianRole;
  password_hash: string | null;
  is_active: Generated<boolean>;
  deactivated_at: Date | null;
  totp_secret: string | null;
  totp_enabled_at: Date | null;
  /** bigint: pg reads it as a string. */
  totp_last_step: ColumnType<string | null, string | null, string | null>;
  version: Version;
  created_at: CreatedAt;
  /** The format their progress notes are drafted in unless a note says otherwise (migration 0007). */
  default_note_format: Generated<NoteFormat>;
}

export interface ClientTable {
  id: Generated<string>;
  practice_id: string;
  primary_clinician_id: string;
  preferred_name: string;
  pronouns: string | null;
  status: Generated<ClientStatus>;
  started_on: string;
  baseline: string | null;
  baseline_recorded_on: string | null;
  version: Version;
  created_at: CreatedAt;
}

export interface GoalTable {
  id: Generated<string>;
  practice_id: string;
  client_id: string;
  client_words: string;
  clinician_wording: string | null;
  domain: GoalDomain;
  specific: string | null;
  measure_of_success: string | null;
  target_date: string | null;
  gas_levels: ColumnType<GasLevelDescriptions | null, string | null, string | null>;
  weight: Generated<number>;
  status: Generated<GoalStatus>;
  position: number;
  version: Version;
  created_at: CreatedAt;
}

export interface MilestoneTable {
  id: Generated<string>;
  practice_id: string;
  goal_id: string;
  title: string;
  due_on: string | null;
  position: number;
  done_at: Date | null;
  done_in_session_id: string | null;
  version: Version;
  created_at: CreatedAt;
}

export interface ProgressEntryTable {
  id: Generated<string>;
  practice_id: string;
  client_id: string;
  goal_id: string | null;
  kind: ProgressEntryKind;
  category: ProgressCategory;
  client_words: string;
  is_effort: Generated<boolean>;
  occurred_on: string;
  version: Version;
  created_at: CreatedAt;
  /** The therapy session it was logged in (migration 0006). */
  session_id: string | null;
}

/** One change of a client's status (migration 0004). */
export interface ClientStatusChangeTable {
  id: Generated<string>;
  practice_id: string;
  client_id: string;
  status: ClientStatus;
  changed_on: string;
  reason: string | null;
  changed_by_id: string | null;
  created_at: CreatedAt;
}

/** One change of a goal's status (migration 0004). */
export interface GoalStatusChangeTable {
  id: Generated<string>;
  practice_id: string;
  goal_id: string;
  status: GoalStatus;
  changed_at: ColumnType<Date, Date | undefined, never>;
  reason: string | null;
  changed_by_id: string | null;
}

/** A Goal Attainment Scaling review (migration 0004). */
export interface GasReviewTable {
  id: Generated<string>;
  practice_id: string;
  client_id: string;
  reviewed_on: string;
  reviewed_by_id: string | null;
  created_at: CreatedAt;
}

/** One goal's rating at a review, with the goal's weight then (migration 0004). */
export interface GasRatingTable {
  practice_id: string;
  client_id: string;
  review_id: string;
  goal_id: string;
  level: number;
  weight: number;
}

export interface MeasureResponseTable {
  id: Generated<string>;
  practice_id: string;
  client_id: string;
  instrument: Instrument;
  /** Null items are a draft's open questions (migration 0005). */
  answers: (number | null)[];
  total: number | null;
  administered_on: string;
  has_safety_flag: Generated<boolean>;
  created_at: CreatedAt;
  version: Version;
  is_draft: Generated<boolean>;
  difficulty: number | null;
  mood_word: string | null;
  administered_by_id: string | null;
  /** The therapy session it was given in (migration 0006). */
  session_id: string | null;
}

/** Raised by the database when PHQ-9 item 9 is above 0 (migration 0005). */
export interface SafetyFlagTable {
  id: Generated<string>;
  practice_id: string;
  client_id: string;
  measure_response_id: string;
  raised_at: ColumnType<Date, Date | undefined, never>;
  reviewed_at: Date | null;
  reviewed_by_id: string | null;
  review_note: string | null;
}

/** How often a measure is given to a client (migration 0005). */
export interface MeasureScheduleTable {
  practice_id: string;
  client_id: string;
  instrument: Instrument;
  every_weeks: number;
}

/** The newest event of one audit chain (migration 0003); the trail moves it, nothing else. */
export interface AuditChainHeadTable {
  chain_id: string;
  last_sequence: Generated<number>;
  last_hash: Generated<string>;
}

/** An audit event column: written by the insert, never by an update (the trigger agrees). */
type AppendOnly<T> = ColumnType<T, T, never>;

/** One audit event (migration 0003): inserted once, never updated or deleted. */
export interface AuditEventTable {
  id: AppendOnly<string>;
  practice_id: AppendOnly<string | null>;
  chain_id: ColumnType<string, never, never>;
  sequence: AppendOnly<number>;
  occurred_at: ColumnType<Date, string, never>;
  actor_id: AppendOnly<string | null>;
  action: AppendOnly<AuditAction>;
  entity_type: AppendOnly<string>;
  entity_id: AppendOnly<string | null>;
  client_id: AppendOnly<string | null>;
  request_id: AppendOnly<string>;
  outcome: AppendOnly<AuditOutcome>;
  previous_hash: AppendOnly<string>;
  hash: AppendOnly<string>;
}

export interface SupervisionTable {
  practice_id: string;
  supervisor_id: string;
  supervisee_id: string;
  created_at: CreatedAt;
}

export interface SetPasswordTokenTable {
  token_hash: string;
  practice_id: string;
  clinician_id: string;
  created_by: string | null;
  created_at: CreatedAt;
  expires_at: Date;
  used_at: Date | null;
}

/** Why a session ended; see 0002_accounts.sql. */
export type SessionEndReason =
  | 'SIGNED_OUT'
  | 'IDLE_TIMEOUT'
  | 'LIFETIME_EXPIRED'
  | 'ACCOUNT_DEACTIVATED'
  | 'PASSWORD_RESET'
  | 'PASSWORD_CHANGED'
  | 'PROMOTED'
  | 'REPLACED';

export interface AuthSessionTable {
  id: string;
  practice_id: string;
  clinician_id: string;
  stage: 'SIGNED_IN' | 'SECOND_FACTOR_REQUIRED' | 'SECOND_FACTOR_ENROLMENT_REQUIRED';
  pending_totp_secret: string | null;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  ended_at: Date | null;
  end_reason: SessionEndReason | null;
}

export interface RecoveryCodeTable {
  id: Generated<string>;
  practice_id: string;
  clinician_id: string;
  code_hash: string;
  created_at: CreatedAt;
  used_at: Date | null;
}

export interface SignInThrottleTable {
  key: string;
  failure_count: number;
  last_failure_at: Date;
  locked_until: Date | null;
}

/** One therapy session (migration 0006). */
export interface TherapySessionTable {
  id: Generated<string>;
  practice_id: string;
  client_id: string;
  clinician_id: string;
  modality: SessionModality;
  started_at: Date;
  ended_at: Date | null;
  notes: Generated<string>;
  version: Version;
  created_at: CreatedAt;
}

/** A clinician's own reflection prompt (migration 0006). */
export interface OwnPromptTable {
  id: Generated<string>;
  practice_id: string;
  clinician_id: string;
  text: string;
  situations: PromptSituation[];
  version: Version;
  created_at: CreatedAt;
}

/** A prompt, built-in or own, that a clinician hid from their suggestions (migration 0006). */
export interface HiddenPromptTable {
  clinician_id: string;
  prompt_id: string;
}

/** A prompt asked in a session and the client's answer (migration 0006). */
export interface SessionPromptTable {
  id: Generated<string>;
  practice_id: string;
  session_id: string;
  prompt_id: string;
  text: string;
  reason: string | null;
  asked_at: Date;
  answer: string | null;
  version: Version;
}

/** The first request under an idempotency key and what it produced (migration 0006). */
export interface IdempotentActionTable {
  clinician_id: string;
  key: string;
  operation: string;
  fingerprint: string;
  result_id: string | null;
  created_at: CreatedAt;
}

/** A session's progress note (migration 0007): a signed one never changes (a trigger says so). */
export interface SessionNoteTable {
  id: Generated<string>;
  practice_id: string;
  client_id: string;
  session_id: string;
  author_id: string;
  format: NoteFormat;
  /** Section key to text; jsonb keeps no key order, so readers put them in the format's. */
  sections: ColumnType<Record<string, string>, string, string>;
  version: Version;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, never, Date>;
  signed_at: ColumnType<Date | null, Date | undefined, Date>;
  signed_by_id: ColumnType<string | null, string | undefined, string>;
}

/** A dated correction to a signed note (migration 0007): never changed itself. */
export interface NoteAddendumTable {
  id: Generated<string>;
  practice_id: string;
  note_id: string;
  author_id: string;
  text: string;
  created_at: CreatedAt;
}

/** A private psychotherapy note, one per session and author (migration 0007). */
export interface PrivateNoteTable {
  id: Generated<string>;
  practice_id: string;
  session_id: string;
  author_id: string;
  text: string;
  version: Version;
  updated_at: ColumnType<Date, never, Date>;
}

/**
 * What the caseload reads of one client, rebuilt by triggers on every write to the tables it
 * summarises (migration 0008). Read only: the database writes it.
 */
export interface ClientSummaryTable {
  client_id: ColumnType<string, never, never>;
  revision: ColumnType<string, never, never>;
  document: ColumnType<ClientSummary, never, never>;
}

/** How many times a clinician's caseload has changed (migration 0008); triggers write it. */
export interface CaseloadRevisionTable {
  clinician_id: ColumnType<string, never, never>;
  revision: ColumnType<string, never, never>;
  membership: ColumnType<string, never, never>;
}

/** The whole database as Kysely sees it. */
export interface Database {
  practice: PracticeTable;
  clinician: ClinicianTable;
  client: ClientTable;
  goal: GoalTable;
  milestone: MilestoneTable;
  progress_entry: ProgressEntryTable;
  client_status_change: ClientStatusChangeTable;
  goal_status_change: GoalStatusChangeTable;
  gas_review: GasReviewTable;
  gas_rating: GasRatingTable;
  measure_response: MeasureResponseTable;
  safety_flag: SafetyFlagTable;
  measure_schedule: MeasureScheduleTable;
  supervision: SupervisionTable;
  set_password_token: SetPasswordTokenTable;
  auth_session: AuthSessionTable;
  recovery_code: RecoveryCodeTable;
  sign_in_throttle: SignInThrottleTable;
  audit_chain_head: AuditChainHeadTable;
  audit_event: AuditEventTable;
  therapy_session: TherapySessionTable;
  own_prompt: OwnPromptTable;
  hidden_prompt: HiddenPromptTable;
  session_prompt: SessionPromptTable;
  idempotent_action: IdempotentActionTable;
  session_note: SessionNoteTable;
  note_addendum: NoteAddendumTable;
  private_note: PrivateNoteTable;
  client_summary: ClientSummaryTable;
  caseload_revision: CaseloadRevisionTable;
}

/** Where a statement runs: the pool, or a transaction in progress. */
export type Executor = Kysely<Database> | Transaction<Database>;
