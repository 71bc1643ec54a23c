import type { Instrument, ReliableChange, Severity } from '@waypoint/shared';

// What the measures' presentational pieces read. They mirror the GraphQL fragments the
// feature loads, so records pass straight through, but ui never imports data access.

/** How a score compares with the client's own earlier scores on the same measure. */
export interface MeasureChangeView {
  /** Later minus earlier: negative is an improvement on both measures. */
  readonly fromBaseline: number;
  readonly fromPrevious: number | null;
  /** From baseline, by the NHS Talking Therapies thresholds. */
  readonly reliableChange: ReliableChange;
}

/** One administration of a measure: complete and scored, or a draft saved part-way. */
export interface MeasureResponseView {
  readonly id: string;
  readonly version: number;
  readonly instrument: Instrument;
  /** ISO date. */
  readonly administeredOn: string;
  /** Item answers in order; null for an item not answered yet (drafts only). */
  readonly answers: readonly (number | null)[];
  /** Whether every item is answered. Drafts are never scored. */
  readonly isComplete: boolean;
  readonly total: number | null;
  readonly severity: Severity | null;
  /** PHQ-9 only: how difficult the problems made life, 0-3; recorded, never scored. */
  readonly difficulty: number | null;
  /** Mood check-in only: the client's word for how they feel. */
  readonly moodWord: string | null;
  readonly hasSafetyFlag: boolean;
  /** Null for drafts and the mood check-in. */
  readonly change: MeasureChangeView | null;
}

/** A safety flag, raised by a PHQ-9 item 9 answer above 0. */
export interface SafetyFlagView {
  readonly id: string;
  readonly measureResponseId: string;
  /** ISO date-time. */
  readonly raisedAt: string;
  readonly isReviewed: boolean;
}

/** Where to turn in a crisis. */
export interface CrisisResourceView {
  readonly label: string;
  readonly contact: string;
}

/** How often a measure is given, and when it is next due. */
export interface MeasureScheduleView {
  readonly instrument: Instrument;
  readonly everyWeeks: number;
  /** ISO date. */
  readonly nextDueOn: string;
  readonly isOverdue: boolean;
}

/** A measure that looks off course, with the rule's reason in words. */
export interface NotOnTrackView {
  readonly instrument: Instrument;
  readonly reason: string;
}

/** One GAS review's T-score. */
export interface GasReviewPoint {
  /** ISO date. */
  readonly reviewedOn: string;
  readonly tScore: number;
}

/** What happened on one day, for the calendar of wins. */
export interface WinsDay {
  /** ISO date. */
  readonly day: string;
  /** Small wins logged that day. */
  readonly winCount: number;
  /** Milestones ticked that day. */
  readonly milestoneCount: number;
}

/** A new schedule the clinician chose: every N weeks, or none. */
export interface ScheduleChange {
  readonly instrument: Instrument;
  /** Weeks between administrations; null stops scheduling the measure. */
  readonly everyWeeks: number | null;
}
