import type { CaseloadViewQuery } from '../__generated__/graphql';

/** One caseload row as the API answers it, with the __typename Apollo's cache keys it by. */
export type AnsweredCaseloadRow = CaseloadViewQuery['caseloadView']['rows'][number] & {
  readonly __typename: 'CaseloadRow';
};

/**
 * For specs: a calm, active client with one goal and nothing recorded yet, as the caseload view
 * answers one; `changes` override. Here, not in the caseload feature, because its data-access,
 * ui and feature specs all use it and none of them may import another's.
 */
export function aCaseloadRow(
  id: string,
  preferredName: string,
  changes: Partial<AnsweredCaseloadRow> = {},
): AnsweredCaseloadRow {
  return {
    __typename: 'CaseloadRow',
    id,
    preferredName,
    pronouns: null,
    status: 'ACTIVE',
    activeGoalCount: 1,
    activeGoalDomains: ['MOOD'],
    lastProgressOn: null,
    lastSessionAt: null,
    notesToSignCount: 0,
    nextMeasureDue: null,
    milestonesTickedLast30Days: 0,
    winsLast30Days: 0,
    weeklyActivity: [0, 0, 0, 0, 0, 0, 0, 0],
    measures: [],
    gasTScores: [],
    attention: [],
    goodNews: [],
    ...changes,
  };
}
