import { graphql } from '../../__generated__';
import type { CaseloadQuery } from '../../__generated__/graphql';

/** The signed-in clinician's clients, with what the caseload table shows for each. */
export const caseloadDocument = graphql(`
  query Caseload {
    caseload {
      id
      preferredName
      pronouns
      status
      activeGoalCount
      lastProgressOn
      lastSessionAt
      notesToSignCount
      unreviewedSafetyFlagCount
      overdueMeasures
      notOnTrack {
        instrument
        reason
      }
    }
  }
`);

/** One client as the caseload shows them. */
export type CaseloadClient = CaseloadQuery['caseload'][number];
