import type { GoalStatus } from './goal';
import { TEXT_LIMITS } from './text-limits';

/** Where a goal may go from each status; finished goals come back only by being reopened. */
export const GOAL_STATUS_TRANSITIONS: Readonly<Record<GoalStatus, readonly GoalStatus[]>> = {
  PROPOSED: ['ACTIVE', 'CANCELLED'],
  ACTIVE: ['ON_HOLD', 'COMPLETED', 'CANCELLED'],
  ON_HOLD: ['ACTIVE', 'COMPLETED', 'CANCELLED'],
  COMPLETED: ['ACTIVE'],
  CANCELLED: ['PROPOSED', 'ACTIVE'],
};

/** Goal statuses as a clinician reads them. */
export const GOAL_STATUS_LABELS: Readonly<Record<GoalStatus, string>> = {
  PROPOSED: 'Proposed',
  ACTIVE: 'Active',
  ON_HOLD: 'On hold',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
};

/** The longest reason a status change may carry, as the database's CHECK allows. */
export const GOAL_STATUS_REASON_MAX_LENGTH = TEXT_LIMITS.statusReason;

/** What is wrong with a requested status change, tied to the form field to show it on. */
export interface GoalStatusChangeProblem {
  readonly field: 'status' | 'reason';
  readonly message: string;
}

// Pausing or dropping a goal is a clinical decision the record should explain later.
const STATUSES_NEEDING_A_REASON: readonly GoalStatus[] = ['ON_HOLD', 'CANCELLED'];

const GOAL_IN_STATUS: Readonly<Record<GoalStatus, string>> = {
  PROPOSED: 'A proposed goal',
  ACTIVE: 'An active goal',
  ON_HOLD: 'A goal on hold',
  COMPLETED: 'A completed goal',
  CANCELLED: 'A cancelled goal',
};

const MOVING_TO: Readonly<Record<GoalStatus, string>> = {
  PROPOSED: 'moved back to proposed',
  ACTIVE: 'made active',
  ON_HOLD: 'put on hold',
  COMPLETED: 'completed',
  CANCELLED: 'cancelled',
};

// Kept beside GOAL_STATUS_TRANSITIONS; the spec checks each sentence against the table.
const ALLOWED_FROM: Readonly<Record<GoalStatus, string>> = {
  PROPOSED: 'it can only be made active or cancelled',
  ACTIVE: 'it can be put on hold, completed or cancelled',
  ON_HOLD: 'it can be made active again, completed or cancelled',
  COMPLETED: 'it can only be reopened as active',
  CANCELLED: 'it can only be reopened as proposed or active',
};

/** Why a goal may not move from one status to another, or null when it may. */
export function goalStatusChangeProblem(
  from: GoalStatus,
  to: GoalStatus,
  reason: string | null,
): GoalStatusChangeProblem | null {
  if (to === from) {
    return {
      field: 'status',
      message: `The goal is already ${GOAL_STATUS_LABELS[to].toLowerCase()}`,
    };
  }
  if (!GOAL_STATUS_TRANSITIONS[from].includes(to)) {
    return {
      field: 'status',
      message: `${GOAL_IN_STATUS[from]} cannot be ${MOVING_TO[to]}; ${ALLOWED_FROM[from]}`,
    };
  }
  // Checked trimmed, because spaces alone are no reason; callers store the trimmed text.
  const trimmedReason = reason?.trim() ?? '';
  if (STATUSES_NEEDING_A_REASON.includes(to) && trimmedReason === '') {
    return { field: 'reason', message: `Say why the goal is being ${MOVING_TO[to]}` };
  }
  if (trimmedReason.length > GOAL_STATUS_REASON_MAX_LENGTH) {
    return {
      field: 'reason',
      message: `Keep the reason to ${GOAL_STATUS_REASON_MAX_LENGTH} characters or fewer`,
    };
  }
  return null;
}

/** Whether a goal's milestones may be ticked or unticked; a finished goal's steps are frozen. */
export function canTickMilestonesOf(status: GoalStatus): boolean {
  return status !== 'COMPLETED' && status !== 'CANCELLED';
}

/** Whether a goal is rated at a GAS review; only active goals are. */
export function isRateableAtReview(status: GoalStatus): boolean {
  return status === 'ACTIVE';
}
