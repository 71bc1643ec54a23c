import {
  canTickMilestonesOf,
  GOAL_STATUS_LABELS,
  type Goal,
  type Milestone,
} from '@waypoint/shared';
import type { MilestoneInput } from '../__generated__/resolvers-types';
import { recordAuditEvent } from '../audit/audit-trail';
import { requireViewer } from '../auth/authorize';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../clients/client-access';
import type { RequestContext } from '../graphql/context';
import { apiError } from '../graphql/errors';
import { runOnce } from '../graphql/idempotency';
import { staleVersion, unknownRecord } from '../graphql/input-checks';
import { openSessionOfClient } from '../sessions/session-access';
import { changeableGoal, changeableMilestone } from './goal-access';
import { checkCompleteOrder, validateMilestone } from './goal-input';
import {
  deleteMilestone,
  findMilestone,
  insertMilestone,
  listMilestonesOfGoals,
  saveMilestone,
  saveMilestoneDone,
  saveMilestoneOrder,
} from './milestone.repository';

// The small steps under a goal. A finished goal's steps stay as they were until it is
// reopened, so a completed or cancelled goal's milestones cannot be ticked or changed.

/** Adds a small step to a goal, last in its order. */
export async function addMilestone(
  context: RequestContext,
  goalId: string,
  input: MilestoneInput,
): Promise<Milestone> {
  const viewer = requireViewer(context);
  const { goal, client } = await changeableGoal(context, viewer, goalId, 'goalId');
  assertOpen(goal, 'goalId');
  const fields = validateMilestone(input);
  return context.db.transaction().execute(async (transaction) => {
    const milestone = await insertMilestone(transaction, goal, fields);
    await recordAuditEvent(
      transaction,
      milestoneEvent(context, viewer, 'CREATED', milestone, client.id),
    );
    return milestone;
  });
}

/** Saves a milestone's title and due date over the version they were read at. */
export async function updateMilestone(
  context: RequestContext,
  milestoneId: string,
  version: number,
  input: MilestoneInput,
): Promise<Milestone> {
  const viewer = requireViewer(context);
  const {
    milestone: current,
    goal,
    client,
  } = await changeableMilestone(context, viewer, milestoneId);
  assertOpen(goal, 'id');
  const fields = validateMilestone(input);
  return context.db.transaction().execute(async (transaction) => {
    const milestone = await saveMilestone(transaction, current.id, version, fields);
    if (!milestone) throw staleVersion('milestone');
    await recordAuditEvent(
      transaction,
      milestoneEvent(context, viewer, 'UPDATED', milestone, client.id),
    );
    return milestone;
  });
}

/** Removes a milestone at the version it was read at. */
export async function removeMilestone(
  context: RequestContext,
  milestoneId: string,
  version: number,
): Promise<boolean> {
  const viewer = requireViewer(context);
  const { milestone, goal, client } = await changeableMilestone(context, viewer, milestoneId);
  assertOpen(goal, 'id');
  return context.db.transaction().execute(async (transaction) => {
    if (!(await deleteMilestone(transaction, milestone.id, version)))
      throw staleVersion('milestone');
    await recordAuditEvent(
      transaction,
      milestoneEvent(context, viewer, 'DELETED', milestone, client.id),
    );
    return true;
  });
}

/** Puts a goal's milestones in a new order; every milestone is named once. */
export async function reorderMilestones(
  context: RequestContext,
  goalId: string,
  milestoneIds: readonly string[],
): Promise<Milestone[]> {
  const viewer = requireViewer(context);
  const { goal, client } = await changeableGoal(context, viewer, goalId, 'goalId');
  assertOpen(goal, 'goalId');
  return context.db.transaction().execute(async (transaction) => {
    const milestones = await listMilestonesOfGoals(transaction, [goal.id]);
    checkCompleteOrder(
      milestoneIds,
      milestones.map((milestone) => milestone.id),
      'milestoneIds',
      'Milestone',
    );
    await saveMilestoneOrder(transaction, milestoneIds);
    await recordAuditEvent(
      transaction,
      recordEvent(context, viewer, 'UPDATED', 'GOAL', goal.id, client.id),
    );
    const byId = new Map(milestones.map((milestone) => [milestone.id, milestone]));
    return milestoneIds.map((id, index) => ({ ...byId.get(id)!, position: index + 1 }));
  });
}

/** Where a tick or untick comes from: an open session, and the action's idempotency key. */
export interface MilestoneCall {
  readonly sessionId?: string | null;
  readonly idempotencyKey?: string | null;
}

/**
 * Ticks a milestone off now, in the open session named (of the same client); ticking one
 * already ticked changes nothing and audits nothing.
 */
export function tickMilestone(
  context: RequestContext,
  milestoneId: string,
  call: MilestoneCall = {},
): Promise<Milestone> {
  return setDone(context, milestoneId, new Date(), call, 'tickMilestone');
}

/** Unticks a milestone; unticking one not ticked changes nothing. */
export function untickMilestone(
  context: RequestContext,
  milestoneId: string,
  call: MilestoneCall = {},
): Promise<Milestone> {
  return setDone(context, milestoneId, null, call, 'untickMilestone');
}

async function setDone(
  context: RequestContext,
  milestoneId: string,
  doneAt: Date | null,
  call: MilestoneCall,
  operation: string,
): Promise<Milestone> {
  const viewer = requireViewer(context);
  const { milestone, goal, client } = await changeableMilestone(context, viewer, milestoneId);
  const sessionId = call.sessionId ?? null;
  return runOnce(
    context,
    viewer,
    { key: call.idempotencyKey, operation, args: { milestoneId, sessionId } },
    {
      act: async (transaction) => {
        assertOpen(goal, 'id');
        const session =
          sessionId === null ? null : await openSessionOfClient(transaction, sessionId, client.id);
        const result = await saveMilestoneDone(transaction, milestone.id, doneAt, session?.id);
        if (result.isChanged) {
          await recordAuditEvent(
            transaction,
            milestoneEvent(context, viewer, 'UPDATED', result.milestone, client.id),
          );
        }
        return result.milestone;
      },
      resultId: (result) => result.id,
      replay: async (id) => {
        const current = await findMilestone(context.db, id);
        if (!current) throw unknownRecord('Milestone', 'id');
        return current;
      },
    },
  );
}

function assertOpen(goal: Goal, field: string): void {
  if (canTickMilestonesOf(goal.status)) return;
  throw apiError(
    'BAD_USER_INPUT',
    `This goal is ${GOAL_STATUS_LABELS[goal.status].toLowerCase()}: reopen it to change its milestones`,
    field,
  );
}

function milestoneEvent(
  context: RequestContext,
  viewer: Viewer,
  action: 'CREATED' | 'UPDATED' | 'DELETED',
  milestone: Milestone,
  clientId: string,
) {
  return recordEvent(context, viewer, action, 'MILESTONE', milestone.id, clientId);
}
