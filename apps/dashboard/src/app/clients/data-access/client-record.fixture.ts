import type { GoalRecord, MilestoneRecord, ProgressEntryRecord } from './client-documents';

// Records as the server answers them (with __typenames), for specs. Days are fixed, so the
// words on screen are too.

type WithTypename<T, Name extends string> = T & { readonly __typename: Name };

/** A milestone of goal `goalId`. */
export function aMilestone(
  id: string,
  goalId: string,
  title: string,
  options: Partial<MilestoneRecord> = {},
): WithTypename<MilestoneRecord, 'Milestone'> {
  return {
    __typename: 'Milestone',
    id,
    version: 1,
    goalId,
    title,
    dueOn: null,
    doneAt: null,
    doneInSessionId: null,
    ...options,
  };
}

/** A goal, active unless told otherwise, set on 3 March 2026. */
export function aGoal(
  id: string,
  clientWords: string,
  options: Partial<Omit<GoalRecord, 'milestones'>> & {
    readonly milestones?: readonly ReturnType<typeof aMilestone>[];
  } = {},
) {
  const { milestones, ...fields } = options;
  return {
    __typename: 'Goal' as const,
    id,
    version: 1,
    clientWords,
    clinicianWording: null,
    domain: 'OTHER' as const,
    specific: null,
    measureOfSuccess: null,
    targetDate: null,
    gasLevels: null,
    weight: 1,
    status: 'ACTIVE' as const,
    statusHistory: [
      {
        __typename: 'GoalStatusChange' as const,
        status: fields.status === 'PROPOSED' ? ('PROPOSED' as const) : ('ACTIVE' as const),
        changedAt: '2026-03-03T10:00:00.000Z',
        reason: null,
        changedBy: null,
      },
    ],
    ...fields,
    milestones: [...(milestones ?? [])],
  };
}

/** A progress entry, a small win unless told otherwise. */
export function aProgressEntry(
  id: string,
  clientWords: string,
  options: Partial<ProgressEntryRecord> = {},
): WithTypename<ProgressEntryRecord, 'ProgressEntry'> {
  return {
    __typename: 'ProgressEntry',
    id,
    version: 1,
    kind: 'WIN',
    category: 'OTHER',
    clientWords,
    isEffort: false,
    occurredOn: '2026-03-10',
    goalId: null,
    ...options,
  };
}

/** GAS level descriptions for a walking goal. */
export const walkingLevels = {
  __typename: 'GasLevels' as const,
  muchLess: 'No walks in a week',
  less: 'One walk in a week',
  expected: 'Three walks in a week',
  more: 'Three walks, one longer than half an hour',
  muchMore: 'Walking most days without talking myself into it',
};

/** A GAS review of the goals rated, each with weight 1 unless the rating says. */
export function aGasReview(
  id: string,
  reviewedOn: string,
  tScore: number,
  ratings: readonly { readonly goalId: string; readonly level: number; readonly weight?: number }[],
) {
  return {
    __typename: 'GasReview' as const,
    id,
    reviewedOn,
    tScore,
    ratings: ratings.map((rating) => ({
      __typename: 'GasRating' as const,
      goalId: rating.goalId,
      level: rating.level,
      weight: rating.weight ?? 1,
    })),
  };
}

/** Sam's record: a baseline, a walking goal with three steps, a finished goal, three entries. */
export function samsRecord(overrides: Partial<ReturnType<typeof samsBaseRecord>> = {}) {
  return { ...samsBaseRecord(), ...overrides };
}

function samsBaseRecord() {
  const walking = aGoal('goal-walk', 'Get outside for a walk three times a week', {
    clinicianWording: 'Behavioural activation: scheduled outdoor walks.',
    domain: 'HEALTH',
    targetDate: '2026-06-30',
    gasLevels: walkingLevels,
    weight: 2,
    milestones: [
      aMilestone('step-shoes', 'goal-walk', 'Shoes by the door the night before', {
        doneAt: '2026-03-05T18:00:00.000Z',
      }),
      aMilestone('step-street', 'goal-walk', 'Walk to the end of the street'),
      aMilestone('step-shop', 'goal-walk', 'Walk to the corner shop twice'),
    ],
  });
  const cooking = aGoal('goal-cook', 'Cook a proper meal again', {
    domain: 'SELF_CARE',
    status: 'COMPLETED',
    milestones: [
      aMilestone('step-list', 'goal-cook', 'Write a shopping list', {
        doneAt: '2026-03-04T12:00:00.000Z',
      }),
    ],
  });
  const review = aGasReview('review-1', '2026-03-12', 56.1, [{ goalId: 'goal-walk', level: 1 }]);
  return {
    __typename: 'Client' as const,
    id: 'client-sam',
    version: 3,
    preferredName: 'Sam Rivera',
    pronouns: 'they/them',
    status: 'ACTIVE' as const,
    startedOn: '2026-03-01',
    primaryClinician: {
      __typename: 'Clinician' as const,
      id: 'clinician-1',
      displayName: 'Ada Okafor',
    },
    baseline: {
      __typename: 'Baseline' as const,
      text: "Most days I can't face leaving the flat.",
      recordedOn: '2026-03-01',
    },
    statusHistory: [
      {
        __typename: 'ClientStatusChange' as const,
        status: 'ACTIVE' as const,
        changedOn: '2026-03-01',
        reason: null,
        changedBy: null,
      },
    ],
    goals: [walking, cooking],
    progressEntries: [
      aProgressEntry('entry-park', 'Went to the park even though it rained', {
        isEffort: true,
        category: 'MOVEMENT',
        occurredOn: '2026-03-11',
        goalId: 'goal-walk',
      }),
      aProgressEntry('entry-skipped', 'Skipped the walk three days running', {
        kind: 'SETBACK',
        category: 'MOVEMENT',
        occurredOn: '2026-03-09',
      }),
      aProgressEntry('entry-sun', 'Sun on the kitchen table', {
        kind: 'GRATITUDE',
        occurredOn: '2026-03-08',
      }),
    ],
    gasReviews: [review],
  };
}
