import { goalStatusChangeProblem, type Goal } from '@waypoint/shared';
import type {
  ChangeGoalStatusInput,
  CreateGoalInput,
  GoalInput,
} from '../__generated__/resolvers-types';
import { recordAuditEvent } from '../audit/audit-trail';
import { requireViewer } from '../auth/authorize';
import { changeableClient, recordEvent } from '../clients/client-access';
import type { RequestContext } from '../graphql/context';
import { apiError } from '../graphql/errors';
import { staleVersion, utcToday } from '../graphql/input-checks';
import { changeableGoal } from './goal-access';
import { checkCompleteOrder, validateGoal } from './goal-input';
import {
  insertGoal,
  listGoalsOfClients,
  saveGoal,
  saveGoalOrder,
  saveGoalStatus,
} from './goal.repository';

// Goals set with the client: written, reworded, moved through their lifecycle and reordered
// by the client's own clinician. Each write is one transaction with its audit event.

/** Sets a new goal with the client, last in their order. */
export async function createGoal(context: RequestContext, input: CreateGoalInput): Promise<Goal> {
  const viewer = requireViewer(context);
  const client = await changeableClient(context, viewer, input.clientId);
  const status = input.status ?? 'ACTIVE';
  if (status !== 'PROPOSED' && status !== 'ACTIVE') {
    throw apiError('BAD_USER_INPUT', 'A new goal is proposed or active', 'status');
  }
  const fields = validateGoal(input.goal, utcToday(), 'goal.');
  return context.db.transaction().execute(async (transaction) => {
    const goal = await insertGoal(transaction, client, fields, status, viewer.clinicianId);
    await recordAuditEvent(
      transaction,
      recordEvent(context, viewer, 'CREATED', 'GOAL', goal.id, client.id),
    );
    return goal;
  });
}

/** Saves a goal's wording, SMART fields and GAS levels over the version they were read at. */
export async function updateGoal(
  context: RequestContext,
  goalId: string,
  version: number,
  input: GoalInput,
): Promise<Goal> {
  const viewer = requireViewer(context);
  const { goal: current, client } = await changeableGoal(context, viewer, goalId, 'id');
  const fields = validateGoal(input, current.setOn);
  return context.db.transaction().execute(async (transaction) => {
    const goal = await saveGoal(transaction, current.id, version, fields);
    if (!goal) throw staleVersion('goal');
    await recordAuditEvent(
      transaction,
      recordEvent(context, viewer, 'UPDATED', 'GOAL', goal.id, client.id),
    );
    return goal;
  });
}

/** Moves a goal through its lifecycle (libs/shared goal-lifecycle.ts), keeping the history. */
export async function changeGoalStatus(
  context: RequestContext,
  input: ChangeGoalStatusInput,
): Promise<Goal> {
  const viewer = requireViewer(context);
  const { goal: current, client } = await changeableGoal(context, viewer, input.goalId, 'goalId');
  if (current.version !== input.version) throw staleVersion('goal');
  const reason = input.reason?.trim() || null;
  const problem = goalStatusChangeProblem(current.status, input.status, reason);
  if (problem) throw apiError('BAD_USER_INPUT', problem.message, problem.field);
  return context.db.transaction().execute(async (transaction) => {
    const goal = await saveGoalStatus(transaction, current.id, input.version, {
      status: input.status,
      reason,
      changedById: viewer.clinicianId,
    });
    if (!goal) throw staleVersion('goal');
    await recordAuditEvent(
      transaction,
      recordEvent(context, viewer, 'UPDATED', 'GOAL', goal.id, client.id),
    );
    return goal;
  });
}

/** Puts a client's goals in a new order; every goal of the client is named once. */
export async function reorderGoals(
  context: RequestContext,
  clientId: string,
  goalIds: readonly string[],
): Promise<Goal[]> {
  const viewer = requireViewer(context);
  const client = await changeableClient(context, viewer, clientId);
  return context.db.transaction().execute(async (transaction) => {
    const goals = await listGoalsOfClients(transaction, [client.id]);
    checkCompleteOrder(
      goalIds,
      goals.map((goal) => goal.id),
      'goalIds',
      'Goal',
    );
    await saveGoalOrder(transaction, goalIds);
    await recordAuditEvent(
      transaction,
      recordEvent(context, viewer, 'UPDATED', 'CLIENT', client.id, client.id),
    );
    const byId = new Map(goals.map((goal) => [goal.id, goal]));
    return goalIds.map((id, index) => ({ ...byId.get(id)!, position: index + 1 }));
  });
}
