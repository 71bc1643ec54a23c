import type { Client, Goal } from '@waypoint/shared';
import type { Viewer } from '../auth/viewer';
import { changeableClient } from '../clients/client-access';
import type { RequestContext } from '../graphql/context';
import { unknownRecord } from '../graphql/input-checks';
import { findGoal } from './goal.repository';
import { findMilestone } from './milestone.repository';

/** A goal the viewer may change, with its client; NOT_FOUND or FORBIDDEN otherwise. */
export async function changeableGoal(
  context: RequestContext,
  viewer: Viewer,
  goalId: string,
  field: string,
  askedFor = 'Goal',
): Promise<{ goal: Goal & { setOn: string }; client: Client }> {
  const goal = await findGoal(context.db, goalId);
  if (!goal) throw unknownRecord(askedFor, field);
  const client = await changeableClient(context, viewer, goal.clientId, field, askedFor);
  return { goal, client };
}

/** A milestone the viewer may change, with its goal; NOT_FOUND or FORBIDDEN otherwise. */
export async function changeableMilestone(
  context: RequestContext,
  viewer: Viewer,
  milestoneId: string,
) {
  const milestone = await findMilestone(context.db, milestoneId);
  if (!milestone) throw unknownRecord('Milestone', 'id');
  const { goal, client } = await changeableGoal(
    context,
    viewer,
    milestone.goalId,
    'id',
    'Milestone',
  );
  return { milestone, goal, client };
}
