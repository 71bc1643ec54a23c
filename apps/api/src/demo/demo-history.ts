import type { ClientStatus, GasLevel } from '@waypoint/shared';
import type { DemoGoal } from './demo-practice';

// The parts of a demo client's history that the scripts imply rather than spell out: when
// their care was paused or ended, when goals were set, and GAS reviews every four weeks.

export interface DemoStatusChange {
  readonly status: ClientStatus;
  readonly changedOn: string;
  readonly reason: string | null;
}

export interface DemoGasReview {
  readonly reviewedOn: string;
  readonly ratings: readonly { readonly goalPosition: number; readonly level: GasLevel }[];
}

const REASONS: Readonly<Record<ClientStatus, string | null>> = {
  ACTIVE: null,
  PAUSED: 'Asked for a break over a busy month; plans to come back',
  DISCHARGED: 'Finished the work we set out to do together',
};

/** Care began on the start day; a paused or discharged client changed after their last entry. */
export function demoStatusHistory(
  status: ClientStatus,
  startedOn: string,
  lastActivityOn: string,
  today: string,
): DemoStatusChange[] {
  const started: DemoStatusChange = { status: 'ACTIVE', changedOn: startedOn, reason: null };
  if (status === 'ACTIVE') return [started];
  const changedOn = minDate(addDays(lastActivityOn, 3), today);
  return [started, { status, changedOn, reason: REASONS[status] }];
}

/** Goals were set in the first sessions: a week apart from the first week of care. */
export function demoGoalSetOn(startedOn: string, position: number, today: string): string {
  return minDate(addDays(startedOn, 7 * (position + 1)), today);
}

/**
 * A review every 28 days (the last four), rating each active goal by the share of its steps
 * ticked by then: none -1, under half 0, half or more +1, all +2. Plausible, and repeatable
 * from the script.
 */
export function demoGasReviews(
  goals: readonly (DemoGoal & { readonly setOn: string })[],
  startedOn: string,
  today: string,
): DemoGasReview[] {
  const reviews: DemoGasReview[] = [];
  for (let day = addDays(startedOn, 28); day < today; day = addDays(day, 28)) {
    const ratings = goals
      .filter((goal) => goal.status === 'ACTIVE' && goal.setOn < day && goal.milestones.length > 0)
      .map((goal) => {
        const ticked = goal.milestones.filter(
          (milestone) => milestone.doneAt !== null && milestone.doneAt.slice(0, 10) <= day,
        ).length;
        return { goalPosition: goal.position, level: levelFor(ticked, goal.milestones.length) };
      });
    if (ratings.length > 0) reviews.push({ reviewedOn: day, ratings });
  }
  return reviews.slice(-4);
}

function levelFor(ticked: number, total: number): GasLevel {
  if (ticked === 0) return -1;
  if (ticked === total) return 2;
  return ticked * 2 < total ? 0 : 1;
}

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(isoDate) + days * 86_400_000).toISOString().slice(0, 10);
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}
