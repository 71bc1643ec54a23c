import type { ColumnType, Generated } from 'kysely';
import type {
  ClientStatus,
  ClinicianRole,
  GasLevelDescriptions,
  GoalDomain,
  GoalStatus,
  Instrument,
  ProgressCategory,
  ProgressEntryKind,
} from '@waypoint/shared';

// Row types for Kysely, kept beside the SQL migrations they mirror (one table, one interface).
// `date` columns are read as 'YYYY-MM-DD' strings: see connection.ts.

type CreatedAt = ColumnType<Date, never, never>;
type Version = ColumnType<number, never, number>;

export interface PracticeTable {
  id: Generated<string>;
  name: string;
  created_at: CreatedAt;
}

export interface ClinicianTable {
  id: Generated<string>;
  practice_id: string;
  email: string;
  display_name: string;
  role: ClinicianRole;
  created_at: CreatedAt;
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
}

export interface MeasureResponseTable {
  id: Generated<string>;
  practice_id: string;
  client_id: string;
  instrument: Instrument;
  answers: number[];
  total: number | null;
  administered_on: string;
  has_safety_flag: Generated<boolean>;
  created_at: CreatedAt;
}

/** The whole database as Kysely sees it. */
export interface Database {
  practice: PracticeTable;
  clinician: ClinicianTable;
  client: ClientTable;
  goal: GoalTable;
  milestone: MilestoneTable;
  progress_entry: ProgressEntryTable;
  measure_response: MeasureResponseTable;
}
