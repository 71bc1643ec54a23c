import { graphql } from '../../__generated__';
import type {
  ClientDetailsFieldsFragment,
  ClientRecordQuery,
  GasReviewFieldsFragment,
  GoalFieldsFragment,
  MilestoneFieldsFragment,
  ProgressEntryFieldsFragment,
} from '../../__generated__/graphql';

/** Who the client is and where they are in their care. */
export const clientDetailsFieldsFragment = graphql(`
  fragment ClientDetailsFields on Client {
    id
    version
    preferredName
    pronouns
    status
    startedOn
    primaryClinician {
      id
      displayName
    }
    baseline {
      text
      recordedOn
    }
    statusHistory {
      status
      changedOn
      reason
      changedBy {
        id
        displayName
      }
    }
  }
`);

/** A small step toward a goal. */
export const milestoneFieldsFragment = graphql(`
  fragment MilestoneFields on Milestone {
    id
    version
    goalId
    title
    dueOn
    doneAt
    doneInSessionId
  }
`);

/** A goal with its wording, SMART fields, GAS levels, history and milestones. */
export const goalFieldsFragment = graphql(`
  fragment GoalFields on Goal {
    id
    version
    clientWords
    clinicianWording
    domain
    specific
    measureOfSuccess
    targetDate
    gasLevels {
      muchLess
      less
      expected
      more
      muchMore
    }
    weight
    status
    statusHistory {
      status
      changedAt
      reason
      changedBy {
        id
        displayName
      }
    }
    milestones {
      ...MilestoneFields
    }
  }
`);

/** A small win, setback, gratitude or reflection. */
export const progressEntryFieldsFragment = graphql(`
  fragment ProgressEntryFields on ProgressEntry {
    id
    version
    kind
    category
    clientWords
    isEffort
    occurredOn
    goalId
  }
`);

/** A Goal Attainment Scaling review with its T-score. */
export const gasReviewFieldsFragment = graphql(`
  fragment GasReviewFields on GasReview {
    id
    reviewedOn
    tScore
    ratings {
      goalId
      level
      weight
    }
  }
`);

/** Everything the client page shows about one client. */
export const clientRecordDocument = graphql(`
  query ClientRecord($id: ID!) {
    client(id: $id) {
      ...ClientDetailsFields
      goals {
        ...GoalFields
      }
      progressEntries {
        ...ProgressEntryFields
      }
      gasReviews {
        ...GasReviewFields
      }
    }
  }
`);

/** Adds a client to the signed-in clinician's caseload. */
export const createClientDocument = graphql(`
  mutation CreateClient($input: CreateClientInput!) {
    createClient(input: $input) {
      ...ClientDetailsFields
    }
  }
`);

/** Saves a client's details over the version they were read at. */
export const updateClientDocument = graphql(`
  mutation UpdateClient($id: ID!, $version: Int!, $input: UpdateClientInput!) {
    updateClient(id: $id, version: $version, input: $input) {
      ...ClientDetailsFields
    }
  }
`);

/** Pauses, discharges or reopens a client's care. */
export const changeClientStatusDocument = graphql(`
  mutation ChangeClientStatus($input: ChangeClientStatusInput!) {
    changeClientStatus(input: $input) {
      ...ClientDetailsFields
    }
  }
`);

/** One client's whole record, as the client page shows it. */
export type ClientRecord = ClientRecordQuery['client'];
/** Who the client is and where they are in their care. */
export type ClientDetails = ClientDetailsFieldsFragment;
/** A goal as the client page shows it. */
export type GoalRecord = GoalFieldsFragment;
/** A milestone as the client page shows it. */
export type MilestoneRecord = MilestoneFieldsFragment;
/** A progress entry as the client page shows it. */
export type ProgressEntryRecord = ProgressEntryFieldsFragment;
/** A GAS review as the client page shows it. */
export type GasReviewRecord = GasReviewFieldsFragment;
