export const GOAL_DOMAINS = [
  'MOOD',
  'ANXIETY',
  'RELATIONSHIPS',
  'SELF_CARE',
  'WORK_OR_STUDY',
  'HEALTH',
  'SUBSTANCE_USE',
  'OTHER',
] as const;
/** The part of life a goal is about. */
export type GoalDomain = (typeof GOAL_DOMAINS)[number];

/** Goal lifecycle; mirrors the FHIR Goal lifecycleStatus values a clinician meets. */
export const GOAL_STATUSES = ['PROPOSED', 'ACTIVE', 'ON_HOLD', 'COMPLETED', 'CANCELLED'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** Goal Attainment Scaling levels: -2 much less than expected ... +2 much more than expected. */
export const GAS_LEVELS = [-2, -1, 0, 1, 2] as const;
export type GasLevel = (typeof GAS_LEVELS)[number];

/** The GAS levels by name, -2 to +2, as the contract spells them. */
export const GAS_LEVEL_NAMES = ['muchLess', 'less', 'expected', 'more', 'muchMore'] as const;
export type GasLevelName = (typeof GAS_LEVEL_NAMES)[number];

/** What each GAS level looks like for this goal, in words the client recognises. */
export type GasLevelDescriptions = Readonly<Record<GasLevelName, string>>;

/** A goal set with the client, in the client's words. */
export interface Goal {
  readonly id: string;
  readonly practiceId: string;
  readonly clientId: string;
  /** Changes with every edit; a save names the version it was made on. */
  readonly version: number;
  /** The goal as the client said it. */
  readonly clientWords: string;
  /** An optional clinical wording beside the client's. */
  readonly clinicianWording: string | null;
  readonly domain: GoalDomain;
  /** SMART: what exactly. */
  readonly specific: string | null;
  /** SMART: how we will know. */
  readonly measureOfSuccess: string | null;
  /** SMART: by when (ISO date). */
  readonly targetDate: string | null;
  readonly gasLevels: GasLevelDescriptions | null;
  /** Relative importance for the GAS T-score, 1 to 3. */
  readonly weight: 1 | 2 | 3;
  readonly status: GoalStatus;
  readonly position: number;
}

/** An ordered small step toward a goal. */
export interface Milestone {
  readonly id: string;
  readonly goalId: string;
  readonly version: number;
  readonly title: string;
  readonly dueOn: string | null;
  readonly position: number;
  /** When it was ticked (ISO date-time), or null while still to do. */
  readonly doneAt: string | null;
  /** The therapy session it was ticked in, when one was open. */
  readonly doneInSessionId: string | null;
}

/** One change of a goal's status. */
export interface GoalStatusChange {
  readonly status: GoalStatus;
  /** ISO date-time. */
  readonly changedAt: string;
  readonly reason: string | null;
  /** Null for changes made before accounts existed. */
  readonly changedById: string | null;
}

/** A goal's attained level at a review, with the goal's weight at that time. */
export interface GasRating {
  readonly goalId: string;
  readonly level: GasLevel;
  readonly weight: 1 | 2 | 3;
}

/** A Goal Attainment Scaling review: active goals rated on one day. */
export interface GasReview {
  readonly id: string;
  readonly clientId: string;
  /** ISO date. */
  readonly reviewedOn: string;
  readonly ratings: readonly GasRating[];
}
