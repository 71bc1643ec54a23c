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

/** What each GAS level looks like for this goal, in words the client recognises. */
export type GasLevelDescriptions = Readonly<Record<`${GasLevel}`, string>>;

/** A goal set with the client, in the client's words. */
export interface Goal {
  readonly id: string;
  readonly clientId: string;
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
  readonly title: string;
  readonly dueOn: string | null;
  readonly position: number;
  /** When it was ticked (ISO date-time), or null while still to do. */
  readonly doneAt: string | null;
  /** The therapy session it was ticked in, when one was open. */
  readonly doneInSessionId: string | null;
}

/** A goal's attained level at a review. */
export interface GasRating {
  readonly id: string;
  readonly goalId: string;
  readonly level: GasLevel;
  readonly ratedOn: string;
}
