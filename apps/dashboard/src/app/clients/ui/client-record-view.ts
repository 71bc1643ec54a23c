import type {
  ClientStatus,
  GoalDomain,
  GoalStatus,
  ProgressCategory,
  ProgressEntryKind,
} from '@waypoint/shared';

// What the client page's presentational pieces read. They mirror the GraphQL fragments the
// feature loads, so records pass straight through, but ui never imports data access.

/** Someone who made a change, as the record names them. */
export interface PersonView {
  readonly id: string;
  readonly displayName: string;
}

/** "Where they started", in the client's own words. */
export interface BaselineView {
  readonly text: string;
  /** ISO date. */
  readonly recordedOn: string;
}

/** One change of a client's status. */
export interface ClientStatusChangeView {
  readonly status: ClientStatus;
  /** ISO date. */
  readonly changedOn: string;
  readonly reason: string | null;
  readonly changedBy: PersonView | null;
}

/** Who the client is and where they are in their care. */
export interface ClientView {
  readonly id: string;
  readonly version: number;
  readonly preferredName: string;
  readonly pronouns: string | null;
  readonly status: ClientStatus;
  /** ISO date. */
  readonly startedOn: string;
  readonly primaryClinician: PersonView;
  readonly baseline: BaselineView | null;
  readonly statusHistory: readonly ClientStatusChangeView[];
}

/** What each GAS level looks like for one goal. */
export interface GasLevelsView {
  readonly muchLess: string;
  readonly less: string;
  readonly expected: string;
  readonly more: string;
  readonly muchMore: string;
}

/** One change of a goal's status. */
export interface GoalStatusChangeView {
  readonly status: GoalStatus;
  /** ISO date-time. */
  readonly changedAt: string;
  readonly reason: string | null;
  readonly changedBy: PersonView | null;
}

/** A small step toward a goal. */
export interface MilestoneView {
  readonly id: string;
  readonly version: number;
  readonly goalId: string;
  readonly title: string;
  /** ISO date. */
  readonly dueOn: string | null;
  /** ISO date-time, or null while still to do. */
  readonly doneAt: string | null;
}

/** A goal set with the client. */
export interface GoalView {
  readonly id: string;
  readonly version: number;
  readonly clientWords: string;
  readonly clinicianWording: string | null;
  readonly domain: GoalDomain;
  readonly specific: string | null;
  readonly measureOfSuccess: string | null;
  /** ISO date. */
  readonly targetDate: string | null;
  readonly gasLevels: GasLevelsView | null;
  readonly weight: number;
  readonly status: GoalStatus;
  readonly statusHistory: readonly GoalStatusChangeView[];
  readonly milestones: readonly MilestoneView[];
}

/** A small win, setback, gratitude or reflection. */
export interface ProgressEntryView {
  readonly id: string;
  readonly version: number;
  readonly kind: ProgressEntryKind;
  readonly category: ProgressCategory;
  readonly clientWords: string;
  readonly isEffort: boolean;
  /** ISO date. */
  readonly occurredOn: string;
  readonly goalId: string | null;
}

/** A GAS review: each active goal rated on one day. */
export interface GasReviewView {
  readonly id: string;
  /** ISO date. */
  readonly reviewedOn: string;
  readonly tScore: number;
  readonly ratings: readonly { readonly goalId: string; readonly level: number }[];
}
