import {
  CaseloadSuperviseesDocument,
  CaseloadViewDocument,
  PracticeSummaryDocument,
  type CaseloadSuperviseesQuery,
  type CaseloadViewQuery,
  type PracticeSummaryQuery,
} from '../../__generated__/graphql';

/**
 * One window of a caseload view: the rows from `offset` with the view's counts. The server
 * filters and orders the whole caseload (the signed-in clinician's own, or a supervisee's when
 * `clinicianId` names them), so the table asks only for the rows it is about to show.
 */
export const caseloadViewDocument = CaseloadViewDocument;

/**
 * The clinicians whose caseloads the signed-in supervisor may read. The viewer has no id, so the
 * cache keeps it inside the root query and a new answer replaces it whole: asking for every
 * field the session keeps (`ViewerFields`) leaves the signed-in viewer complete.
 */
export const caseloadSuperviseesDocument = CaseloadSuperviseesDocument;

/** A supervisor's counts across their own and their supervisees' caseloads. */
export const practiceSummaryDocument = PracticeSummaryDocument;

/** One window of a caseload view, as the server answers it. */
export type CaseloadWindow = CaseloadViewQuery['caseloadView'];

/** One client as the caseload shows them. */
export type CaseloadClient = CaseloadWindow['rows'][number];

/** A clinician whose caseload the signed-in supervisor may read. */
export type CaseloadSupervisee = NonNullable<
  CaseloadSuperviseesQuery['viewer']
>['clinician']['supervisees'][number];

/** Counts across a supervisor's caseloads. */
export type PracticeCounts = NonNullable<PracticeSummaryQuery['practiceSummary']>;
