import { graphql } from '../../__generated__';
import type { CaseloadQuery, CaseloadSuperviseesQuery } from '../../__generated__/graphql';

/**
 * A clinician's clients (the signed-in clinician's own, or a supervisee's when `clinicianId`
 * names them), with what the caseload table shows for each and what it filters by.
 */
export const caseloadDocument = graphql(`
  query Caseload($clinicianId: ID) {
    caseload(clinicianId: $clinicianId) {
      id
      preferredName
      pronouns
      status
      activeGoalCount
      activeGoalDomains
      lastProgressOn
      lastSessionAt
      notesToSignCount
      attention {
        kind
        label
        detail
        evidence
      }
      goodNews {
        kind
        label
        detail
        evidence
      }
    }
  }
`);

/**
 * The clinicians whose caseloads the signed-in supervisor may read. The viewer has no id, so the
 * cache keeps it inside the root query and a new answer replaces it whole: asking for every
 * field the session keeps (`ViewerFields`) leaves the signed-in viewer complete.
 */
export const caseloadSuperviseesDocument = graphql(`
  query CaseloadSupervisees {
    viewer {
      ...ViewerFields
      clinician {
        id
        supervisees {
          id
          displayName
        }
      }
    }
  }
`);

/** One client as the caseload shows them. */
export type CaseloadClient = CaseloadQuery['caseload'][number];

/** A clinician whose caseload the signed-in supervisor may read. */
export type CaseloadSupervisee = NonNullable<
  CaseloadSuperviseesQuery['viewer']
>['clinician']['supervisees'][number];
