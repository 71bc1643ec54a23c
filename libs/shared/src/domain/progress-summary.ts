import type { GoalStatus } from './goal';
import type { ProgressEntryKind } from './progress';

/** What the summary needs to know about one goal and its milestones. */
export interface ProgressSummaryGoal {
  readonly status: GoalStatus;
  readonly milestones: readonly { readonly doneAt: string | null }[];
}

/** What the summary needs to know about one progress entry. */
export interface ProgressSummaryEntry {
  readonly kind: ProgressEntryKind;
  readonly isEffort: boolean;
  /** The day it happened (ISO date). */
  readonly occurredOn: string;
}

/** A client's record, reduced to what "how far they've come" counts. */
export interface ProgressSummaryInput {
  /** The day the baseline was written down (ISO date), if it has been. */
  readonly baselineRecordedOn: string | null;
  /** The day care began (ISO date). */
  readonly startedOn: string;
  readonly goals: readonly ProgressSummaryGoal[];
  readonly entries: readonly ProgressSummaryEntry[];
}

/** How far a client has come since their baseline. */
export interface ProgressSummary {
  /** The day counting starts from: the baseline's date, or the start of care without one. */
  readonly since: string;
  readonly goalsAchieved: number;
  readonly activeGoals: number;
  readonly milestonesTicked: number;
  readonly milestonesTotal: number;
  readonly winsLogged: number;
  /** Wins that celebrate the trying rather than the outcome. */
  readonly effortWins: number;
  readonly setbacksLogged: number;
}

/** How many of a goal's milestones are ticked, out of how many. */
export function goalProgress(milestones: readonly { readonly doneAt: string | null }[]): {
  ticked: number;
  total: number;
} {
  const ticked = milestones.filter((milestone) => milestone.doneAt !== null).length;
  return { ticked, total: milestones.length };
}

/** Counts a client's goals, milestones, wins and setbacks since their baseline. */
export function summariseProgress(input: ProgressSummaryInput): ProgressSummary {
  const since = input.baselineRecordedOn ?? input.startedOn;
  // A cancelled goal's steps were set aside, so they count neither as done nor as still to do.
  const pursuedGoals = input.goals.filter((goal) => goal.status !== 'CANCELLED');
  const milestones = pursuedGoals.map((goal) => goalProgress(goal.milestones));
  // Entries are counted from `since` on, so the numbers match the day shown beside them.
  // ISO dates (YYYY-MM-DD) compare correctly as strings.
  const entriesSince = input.entries.filter((entry) => entry.occurredOn >= since);
  const wins = entriesSince.filter((entry) => entry.kind === 'WIN');
  return {
    since,
    goalsAchieved: input.goals.filter((goal) => goal.status === 'COMPLETED').length,
    activeGoals: input.goals.filter((goal) => goal.status === 'ACTIVE').length,
    milestonesTicked: milestones.reduce((sum, progress) => sum + progress.ticked, 0),
    milestonesTotal: milestones.reduce((sum, progress) => sum + progress.total, 0),
    winsLogged: wins.length,
    effortWins: wins.filter((entry) => entry.isEffort).length,
    setbacksLogged: entriesSince.filter((entry) => entry.kind === 'SETBACK').length,
  };
}
