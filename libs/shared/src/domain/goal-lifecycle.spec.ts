import { GOAL_STATUSES, type GoalStatus } from './goal';
import {
  GOAL_STATUS_LABELS,
  GOAL_STATUS_REASON_MAX_LENGTH,
  GOAL_STATUS_TRANSITIONS,
  canTickMilestonesOf,
  goalStatusChangeProblem,
  isRateableAtReview,
} from './goal-lifecycle';

// Every from × to pair; true where a clinician may make the change.
const EXPECTED_TRANSITIONS: Readonly<Record<GoalStatus, Readonly<Record<GoalStatus, boolean>>>> = {
  PROPOSED: { PROPOSED: false, ACTIVE: true, ON_HOLD: false, COMPLETED: false, CANCELLED: true },
  ACTIVE: { PROPOSED: false, ACTIVE: false, ON_HOLD: true, COMPLETED: true, CANCELLED: true },
  ON_HOLD: { PROPOSED: false, ACTIVE: true, ON_HOLD: false, COMPLETED: true, CANCELLED: true },
  COMPLETED: { PROPOSED: false, ACTIVE: true, ON_HOLD: false, COMPLETED: false, CANCELLED: false },
  CANCELLED: { PROPOSED: true, ACTIVE: true, ON_HOLD: false, COMPLETED: false, CANCELLED: false },
};

const allPairs = GOAL_STATUSES.flatMap((from) =>
  GOAL_STATUSES.map((to) => [from, to, EXPECTED_TRANSITIONS[from][to]] as const),
);

const label = (status: GoalStatus) => GOAL_STATUS_LABELS[status].toLowerCase();

describe('goal lifecycle', () => {
  describe('status changes', () => {
    it.each(allPairs)('%s → %s is allowed: %p', (from, to, isAllowed) => {
      expect(GOAL_STATUS_TRANSITIONS[from].includes(to)).toBe(isAllowed);
      const problem = goalStatusChangeProblem(from, to, 'Agreed in session');
      expect(problem === null).toBe(isAllowed);
      if (problem) expect(problem.field).toBe('status');
    });

    it.each(GOAL_STATUSES)('says a goal is already %s when asked to stay there', (status) => {
      expect(goalStatusChangeProblem(status, status, 'Agreed in session')).toEqual({
        field: 'status',
        message: `The goal is already ${label(status)}`,
      });
    });

    it('explains that a completed goal can only be reopened as active', () => {
      expect(goalStatusChangeProblem('COMPLETED', 'CANCELLED', 'No longer wanted')).toEqual({
        field: 'status',
        message: 'A completed goal cannot be cancelled; it can only be reopened as active',
      });
    });

    it.each(allPairs.filter(([from, to, isAllowed]) => from !== to && !isAllowed))(
      'names both statuses, and only the allowed next ones, when refusing %s → %s',
      (from, to) => {
        const message = goalStatusChangeProblem(from, to, 'Agreed in session')?.message ?? '';
        const [refusal, alternatives] = message.split('; ');
        expect(refusal).toContain(label(from));
        expect(refusal).toContain(label(to));
        for (const status of GOAL_STATUSES.filter((other) => other !== from)) {
          expect(alternatives.includes(label(status))).toBe(EXPECTED_TRANSITIONS[from][status]);
        }
      },
    );
  });

  describe('reasons', () => {
    it.each([null, '', '   \n'])(
      'asks why a goal is being put on hold when the reason is %p',
      (reason) => {
        expect(goalStatusChangeProblem('ACTIVE', 'ON_HOLD', reason)).toEqual({
          field: 'reason',
          message: 'Say why the goal is being put on hold',
        });
      },
    );

    it('asks why a goal is being cancelled', () => {
      expect(goalStatusChangeProblem('PROPOSED', 'CANCELLED', ' ')).toEqual({
        field: 'reason',
        message: 'Say why the goal is being cancelled',
      });
    });

    it('lets a goal be made active, completed or reopened without a reason', () => {
      expect(goalStatusChangeProblem('PROPOSED', 'ACTIVE', null)).toBeNull();
      expect(goalStatusChangeProblem('ACTIVE', 'COMPLETED', null)).toBeNull();
      expect(goalStatusChangeProblem('CANCELLED', 'PROPOSED', '')).toBeNull();
    });

    it('refuses the status before the reason when both are wrong', () => {
      expect(goalStatusChangeProblem('COMPLETED', 'ON_HOLD', null)?.field).toBe('status');
    });

    it(`accepts a reason of ${GOAL_STATUS_REASON_MAX_LENGTH} characters and no more`, () => {
      expect(GOAL_STATUS_REASON_MAX_LENGTH).toBe(500);
      const longest = 'a'.repeat(GOAL_STATUS_REASON_MAX_LENGTH);
      expect(goalStatusChangeProblem('ACTIVE', 'ON_HOLD', longest)).toBeNull();
      expect(goalStatusChangeProblem('ACTIVE', 'ON_HOLD', `${longest}a`)).toEqual({
        field: 'reason',
        message: 'Keep the reason to 500 characters or fewer',
      });
      // An optional reason is held to the same limit.
      expect(goalStatusChangeProblem('ACTIVE', 'COMPLETED', `${longest}a`)?.field).toBe('reason');
    });
  });

  describe('what each status permits', () => {
    it.each([
      ['PROPOSED', true],
      ['ACTIVE', true],
      ['ON_HOLD', true],
      ['COMPLETED', false],
      ['CANCELLED', false],
    ] as const)('milestones can be ticked while the goal is %s: %p', (status, expected) => {
      expect(canTickMilestonesOf(status)).toBe(expected);
    });

    it.each([
      ['PROPOSED', false],
      ['ACTIVE', true],
      ['ON_HOLD', false],
      ['COMPLETED', false],
      ['CANCELLED', false],
    ] as const)('a goal is rated at a GAS review while %s: %p', (status, expected) => {
      expect(isRateableAtReview(status)).toBe(expected);
    });

    it('labels every status in plain words', () => {
      expect(GOAL_STATUSES.map((status) => GOAL_STATUS_LABELS[status])).toEqual([
        'Proposed',
        'Active',
        'On hold',
        'Completed',
        'Cancelled',
      ]);
    });
  });
});
