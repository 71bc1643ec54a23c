import type { MeasureRecordQuery } from '../../__generated__/graphql';
import type { MeasureResponseRecord, SafetyFlagRecord } from './measure-documents';

// Records as the server answers them (with __typenames), for specs. Days are fixed, so the
// words on screen are too.

/** A complete response, or a draft when an answer is null. */
export function aMeasureResponse(
  id: string,
  options: Partial<MeasureResponseRecord> = {},
): MeasureResponseRecord & { readonly __typename: 'MeasureResponse' } {
  return {
    __typename: 'MeasureResponse',
    id,
    version: 1,
    instrument: 'PHQ9',
    administeredOn: '2026-01-05',
    answers: [2, 2, 2, 2, 2, 2, 2, 2, 0],
    isComplete: true,
    total: 16,
    severity: 'MODERATELY_SEVERE',
    difficulty: null,
    moodWord: null,
    hasSafetyFlag: false,
    change: null,
    ...options,
  };
}

/** How a score compares with the baseline. */
export function aChange(
  fromBaseline: number,
  reliableChange: 'RELIABLE_IMPROVEMENT' | 'NO_RELIABLE_CHANGE' | 'RELIABLE_DETERIORATION',
) {
  return {
    __typename: 'MeasureChange' as const,
    fromBaseline,
    fromPrevious: null,
    reliableChange,
    isCase: true,
    hasRecovered: false,
    hasReliablyRecovered: false,
    hasResponded: false,
    isInRemission: null,
  };
}

/** A safety flag, unreviewed unless told otherwise. */
export function aSafetyFlag(
  id: string,
  measureResponseId: string,
  options: Partial<SafetyFlagRecord> = {},
): SafetyFlagRecord & { readonly __typename: 'SafetyFlag' } {
  return {
    __typename: 'SafetyFlag',
    id,
    measureResponseId,
    raisedAt: '2026-03-12T10:00:00.000Z',
    isReviewed: false,
    reviewedAt: null,
    reviewedBy: null,
    reviewNote: null,
    ...options,
  };
}

/** The crisis resources of a US installation. */
export const usCrisisResources = [
  {
    __typename: 'CrisisResource' as const,
    label: '988 Suicide & Crisis Lifeline',
    contact: 'Call or text 988',
  },
  { __typename: 'CrisisResource' as const, label: 'Emergency services', contact: 'Call 911' },
];

/**
 * Jordan's measures: PHQ-9 from 18 to 11 with the last answering item 9 "Several days" (an
 * unreviewed flag), a GAD-7, a mood check-in, PHQ-9 and GAD-7 every four weeks.
 */
export function jordansMeasures() {
  const record = {
    client: {
      __typename: 'Client' as const,
      id: 'client-jordan',
      startedOn: '2026-01-05',
      measureResponses: [
        aMeasureResponse('phq9-latest', {
          administeredOn: '2026-03-12',
          answers: [1, 1, 2, 1, 1, 2, 1, 1, 1],
          total: 11,
          severity: 'MODERATE',
          hasSafetyFlag: true,
          change: aChange(-7, 'RELIABLE_IMPROVEMENT'),
        }),
        aMeasureResponse('mood-latest', {
          instrument: 'MOOD',
          administeredOn: '2026-03-12',
          answers: [4],
          total: 4,
          severity: null,
          moodWord: 'tired',
        }),
        aMeasureResponse('gad7-baseline', {
          instrument: 'GAD7',
          administeredOn: '2026-01-05',
          answers: [2, 2, 1, 2, 1, 2, 1],
          total: 11,
          severity: 'MODERATE',
        }),
        aMeasureResponse('phq9-baseline', {
          administeredOn: '2026-01-05',
          answers: [2, 2, 2, 2, 2, 2, 2, 2, 2],
          total: 18,
          severity: 'MODERATELY_SEVERE',
          hasSafetyFlag: false,
        }),
      ],
      safetyFlags: [aSafetyFlag('flag-1', 'phq9-latest')],
      unreviewedSafetyFlagCount: 1,
      measureSchedules: [
        {
          __typename: 'MeasureSchedule' as const,
          instrument: 'PHQ9' as const,
          everyWeeks: 4,
          nextDueOn: '2026-04-09',
          isOverdue: false,
        },
        {
          __typename: 'MeasureSchedule' as const,
          instrument: 'GAD7' as const,
          everyWeeks: 4,
          nextDueOn: '2026-02-02',
          isOverdue: true,
        },
      ],
      overdueMeasures: ['GAD7' as const],
      notOnTrack: [] as { instrument: 'PHQ9' | 'GAD7'; reason: string }[],
      gasReviews: [
        {
          __typename: 'GasReview' as const,
          id: 'review-1',
          reviewedOn: '2026-02-02',
          tScore: 38.2,
        },
        {
          __typename: 'GasReview' as const,
          id: 'review-2',
          reviewedOn: '2026-03-02',
          tScore: 52.5,
        },
      ],
      progressEntries: [
        {
          __typename: 'ProgressEntry' as const,
          id: 'entry-1',
          kind: 'WIN' as const,
          occurredOn: '2026-03-10',
        },
        {
          __typename: 'ProgressEntry' as const,
          id: 'entry-2',
          kind: 'SETBACK' as const,
          occurredOn: '2026-03-09',
        },
      ],
      goals: [
        {
          __typename: 'Goal' as const,
          id: 'goal-1',
          milestones: [
            {
              __typename: 'Milestone' as const,
              id: 'milestone-1',
              doneAt: '2026-03-10T12:00:00.000Z',
            },
            { __typename: 'Milestone' as const, id: 'milestone-2', doneAt: null },
          ],
        },
      ],
    },
    crisisResources: usCrisisResources,
  };
  return record satisfies MeasureRecordQuery;
}
