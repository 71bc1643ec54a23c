import {
  CrisisResourceFieldsFragmentDoc,
  MeasureRecordDocument,
  MeasureResponseFieldsFragmentDoc,
  MeasureScheduleFieldsFragmentDoc,
  RecordMeasureDocument,
  ReviewSafetyFlagDocument,
  SafetyFlagFieldsFragmentDoc,
  SetMeasureScheduleDocument,
  UpdateMeasureDraftDocument,
} from '../../__generated__/graphql';
import type {
  CrisisResourceFieldsFragment,
  MeasureRecordQuery,
  MeasureResponseFieldsFragment,
  MeasureScheduleFieldsFragment,
  SafetyFlagFieldsFragment,
} from '../../__generated__/graphql';

/** One administration of a measure, with its score and change from baseline once complete. */
export const measureResponseFieldsFragment = MeasureResponseFieldsFragmentDoc;

/** A safety flag: raised by a PHQ-9 item 9 answer above 0, kept until a clinician reviews it. */
export const safetyFlagFieldsFragment = SafetyFlagFieldsFragmentDoc;

/** How often a measure is given, and when it is next due. */
export const measureScheduleFieldsFragment = MeasureScheduleFieldsFragmentDoc;

/** Where to turn in a crisis. */
export const crisisResourceFieldsFragment = CrisisResourceFieldsFragmentDoc;

/**
 * Everything the measures section shows about one client. The caseload's summaries
 * (unreviewed count, overdue, not on track) come along, so a refetch after a change updates
 * the caseload's row in the cache too. GAS reviews, wins and ticks feed the charts; they are
 * the same cache records the client page reads.
 */
export const measureRecordDocument = MeasureRecordDocument;

/** Records a measure given in session: scored when complete, saved as a draft otherwise. */
export const recordMeasureDocument = RecordMeasureDocument;

/** Continues a draft; scored once every item is answered. */
export const updateMeasureDraftDocument = UpdateMeasureDraftDocument;

/** Records that a clinician reviewed a safety flag, with their note. */
export const reviewSafetyFlagDocument = ReviewSafetyFlagDocument;

/** Gives a measure every N weeks, or stops scheduling it. */
export const setMeasureScheduleDocument = SetMeasureScheduleDocument;

/** One client's measures as the section reads them. */
export type MeasureRecord = MeasureRecordQuery['client'];
/** One administration of a measure. */
export type MeasureResponseRecord = MeasureResponseFieldsFragment;
/** A safety flag. */
export type SafetyFlagRecord = SafetyFlagFieldsFragment;
/** A measure's schedule. */
export type MeasureScheduleRecord = MeasureScheduleFieldsFragment;
/** Where to turn in a crisis. */
export type CrisisResourceRecord = CrisisResourceFieldsFragment;
