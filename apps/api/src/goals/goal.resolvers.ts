import { gasTScore } from '@waypoint/shared';
import type {
  GasReviewResolvers,
  GoalResolvers,
  GoalStatusChangeResolvers,
  MutationResolvers,
} from '../__generated__/resolvers-types';
import { auditActorReaderFor } from '../audit/audit-actor-reader';
import { recordGasReview } from './gas-reviews.service';
import { changeGoalStatus, createGoal, reorderGoals, updateGoal } from './goals.service';
import {
  addMilestone,
  removeMilestone,
  reorderMilestones,
  tickMilestone,
  untickMilestone,
  updateMilestone,
} from './milestones.service';

// A Goal is only ever reached through its client's opened record or a checked mutation.

export const goalResolvers: GoalResolvers = {
  statusHistory: (goal, _arguments, context) => context.clientRecords.goalStatusHistory(goal.id),
  milestones: (goal, _arguments, context) => context.clientRecords.milestones(goal.id),
};

export const goalStatusChangeResolvers: GoalStatusChangeResolvers = {
  changedBy: (change, _arguments, context) =>
    change.changedById && context.viewer
      ? auditActorReaderFor(context, context.viewer.practiceId).actor(change.changedById)
      : null,
};

export const gasReviewResolvers: GasReviewResolvers = {
  tScore: (review) => gasTScore(review.ratings),
};

export const goalMutationResolvers: Pick<
  MutationResolvers,
  | 'createGoal'
  | 'updateGoal'
  | 'changeGoalStatus'
  | 'reorderGoals'
  | 'addMilestone'
  | 'updateMilestone'
  | 'removeMilestone'
  | 'reorderMilestones'
  | 'tickMilestone'
  | 'untickMilestone'
  | 'recordGasReview'
> = {
  createGoal: (_parent, { input }, context) => createGoal(context, input),
  updateGoal: (_parent, { id, version, input }, context) => updateGoal(context, id, version, input),
  changeGoalStatus: (_parent, { input }, context) => changeGoalStatus(context, input),
  reorderGoals: (_parent, { clientId, goalIds }, context) =>
    reorderGoals(context, clientId, goalIds),
  addMilestone: (_parent, { goalId, input }, context) => addMilestone(context, goalId, input),
  updateMilestone: (_parent, { id, version, input }, context) =>
    updateMilestone(context, id, version, input),
  removeMilestone: (_parent, { id, version }, context) => removeMilestone(context, id, version),
  reorderMilestones: (_parent, { goalId, milestoneIds }, context) =>
    reorderMilestones(context, goalId, milestoneIds),
  tickMilestone: (_parent, { id, sessionId, idempotencyKey }, context) =>
    tickMilestone(context, id, { sessionId, idempotencyKey }),
  untickMilestone: (_parent, { id, sessionId, idempotencyKey }, context) =>
    untickMilestone(context, id, { sessionId, idempotencyKey }),
  recordGasReview: (_parent, { input }, context) => recordGasReview(context, input),
};
