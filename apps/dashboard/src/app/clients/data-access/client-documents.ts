import {
  ChangeClientStatusDocument,
  ClientDetailsFieldsFragmentDoc,
  ClientRecordDocument,
  CreateClientDocument,
  GasReviewFieldsFragmentDoc,
  GoalFieldsFragmentDoc,
  MilestoneFieldsFragmentDoc,
  ProgressEntryFieldsFragmentDoc,
  UpdateClientDocument,
} from '../../__generated__/graphql';
import type {
  ClientDetailsFieldsFragment,
  ClientRecordQuery,
  GasReviewFieldsFragment,
  GoalFieldsFragment,
  MilestoneFieldsFragment,
  ProgressEntryFieldsFragment,
} from '../../__generated__/graphql';

/** Who the client is and where they are in their care. */
export const clientDetailsFieldsFragment = ClientDetailsFieldsFragmentDoc;

/** A small step toward a goal. */
export const milestoneFieldsFragment = MilestoneFieldsFragmentDoc;

/** A goal with its wording, SMART fields, GAS levels, history and milestones. */
export const goalFieldsFragment = GoalFieldsFragmentDoc;

/** A small win, setback, gratitude or reflection. */
export const progressEntryFieldsFragment = ProgressEntryFieldsFragmentDoc;

/** A Goal Attainment Scaling review with its T-score. */
export const gasReviewFieldsFragment = GasReviewFieldsFragmentDoc;

/** Everything the client page shows about one client. */
export const clientRecordDocument = ClientRecordDocument;

/** Adds a client to the signed-in clinician's caseload. */
export const createClientDocument = CreateClientDocument;

/** Saves a client's details over the version they were read at. */
export const updateClientDocument = UpdateClientDocument;

/** Pauses, discharges or reopens a client's care. */
export const changeClientStatusDocument = ChangeClientStatusDocument;

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
