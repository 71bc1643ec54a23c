import {
  AddMilestoneDocument,
  ChangeGoalStatusDocument,
  CreateGoalDocument,
  RecordGasReviewDocument,
  RemoveMilestoneDocument,
  ReorderGoalsDocument,
  ReorderMilestonesDocument,
  TickMilestoneDocument,
  UntickMilestoneDocument,
  UpdateGoalDocument,
  UpdateMilestoneDocument,
} from '../../__generated__/graphql';

/** Sets a new goal with the client, last in their order. */
export const createGoalDocument = CreateGoalDocument;

/** Saves a goal's wording, SMART fields and GAS levels over the version they were read at. */
export const updateGoalDocument = UpdateGoalDocument;

/** Moves a goal through its lifecycle. */
export const changeGoalStatusDocument = ChangeGoalStatusDocument;

/** Puts a client's goals in a new order. */
export const reorderGoalsDocument = ReorderGoalsDocument;

/** Adds a small step to a goal, last in its order. */
export const addMilestoneDocument = AddMilestoneDocument;

/** Saves a milestone's title and due date over the version they were read at. */
export const updateMilestoneDocument = UpdateMilestoneDocument;

/** Removes a milestone. */
export const removeMilestoneDocument = RemoveMilestoneDocument;

/** Puts a goal's milestones in a new order. */
export const reorderMilestonesDocument = ReorderMilestonesDocument;

/** Ticks a milestone off. */
export const tickMilestoneDocument = TickMilestoneDocument;

/** Unticks a milestone. */
export const untickMilestoneDocument = UntickMilestoneDocument;

/** Rates the client's active goals at a GAS review. */
export const recordGasReviewDocument = RecordGasReviewDocument;
