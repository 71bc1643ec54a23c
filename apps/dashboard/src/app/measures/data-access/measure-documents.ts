import { graphql } from '../../__generated__';
import type {
  CrisisResourceFieldsFragment,
  MeasureRecordQuery,
  MeasureResponseFieldsFragment,
  MeasureScheduleFieldsFragment,
  SafetyFlagFieldsFragment,
} from '../../__generated__/graphql';

/** One administration of a measure, with its score and change from baseline once complete. */
export const measureResponseFieldsFragment = graphql(`
  fragment MeasureResponseFields on MeasureResponse {
    id
    version
    instrument
    administeredOn
    answers
    isComplete
    total
    severity
    difficulty
    moodWord
    hasSafetyFlag
    change {
      fromBaseline
      fromPrevious
      reliableChange
      isCase
      hasRecovered
      hasReliablyRecovered
      hasResponded
      isInRemission
    }
  }
`);

/** A safety flag: raised by a PHQ-9 item 9 answer above 0, kept until a clinician reviews it. */
export const safetyFlagFieldsFragment = graphql(`
  fragment SafetyFlagFields on SafetyFlag {
    id
    measureResponseId
    raisedAt
    isReviewed
    reviewedAt
    reviewedBy {
      id
      displayName
    }
    reviewNote
  }
`);

/** How often a measure is given, and when it is next due. */
export const measureScheduleFieldsFragment = graphql(`
  fragment MeasureScheduleFields on MeasureSchedule {
    instrument
    everyWeeks
    nextDueOn
    isOverdue
  }
`);

/** Where to turn in a crisis. */
export const crisisResourceFieldsFragment = graphql(`
  fragment CrisisResourceFields on CrisisResource {
    label
    contact
  }
`);

/**
 * Everything the measures section shows about one client. The caseload's summaries
 * (unreviewed count, overdue, not on track) come along, so a refetch after a change updates
 * the caseload's row in the cache too. GAS reviews, wins and ticks feed the charts; they are
 * the same cache records the client page reads.
 */
export const measureRecordDocument = graphql(`
  query MeasureRecord($id: ID!) {
    client(id: $id) {
      id
      startedOn
      measureResponses {
        ...MeasureResponseFields
      }
      safetyFlags {
        ...SafetyFlagFields
      }
      unreviewedSafetyFlagCount
      measureSchedules {
        ...MeasureScheduleFields
      }
      overdueMeasures
      notOnTrack {
        instrument
        reason
      }
      gasReviews {
        id
        reviewedOn
        tScore
      }
      progressEntries {
        id
        kind
        occurredOn
      }
      goals {
        id
        milestones {
          id
          doneAt
        }
      }
    }
    crisisResources {
      ...CrisisResourceFields
    }
  }
`);

/** Records a measure given in session: scored when complete, saved as a draft otherwise. */
export const recordMeasureDocument = graphql(`
  mutation RecordMeasure($input: RecordMeasureInput!) {
    recordMeasure(input: $input) {
      ...MeasureResponseFields
    }
  }
`);

/** Continues a draft; scored once every item is answered. */
export const updateMeasureDraftDocument = graphql(`
  mutation UpdateMeasureDraft($input: UpdateMeasureDraftInput!) {
    updateMeasureDraft(input: $input) {
      ...MeasureResponseFields
    }
  }
`);

/** Records that a clinician reviewed a safety flag, with their note. */
export const reviewSafetyFlagDocument = graphql(`
  mutation ReviewSafetyFlag($id: ID!, $note: String!) {
    reviewSafetyFlag(id: $id, note: $note) {
      ...SafetyFlagFields
    }
  }
`);

/** Gives a measure every N weeks, or stops scheduling it. */
export const setMeasureScheduleDocument = graphql(`
  mutation SetMeasureSchedule($clientId: ID!, $instrument: Instrument!, $everyWeeks: Int) {
    setMeasureSchedule(clientId: $clientId, instrument: $instrument, everyWeeks: $everyWeeks) {
      ...MeasureScheduleFields
    }
  }
`);

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
