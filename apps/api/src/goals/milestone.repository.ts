import { sql, type Transaction } from 'kysely';
import type { Milestone } from '@waypoint/shared';
import type { Database, Executor } from '../database/tables';
import { isRecordId } from '../graphql/ids';

const milestoneColumns = [
  'id',
  'goal_id as goalId',
  'version',
  'title',
  'due_on as dueOn',
  'position',
  'done_at as doneAt',
  'done_in_session_id as doneInSessionId',
] as const;

type MilestoneRow = Omit<Milestone, 'doneAt'> & { doneAt: Date | null };

function toMilestone(row: MilestoneRow): Milestone {
  return { ...row, doneAt: row.doneAt?.toISOString() ?? null };
}

/** A milestone, or null; in any practice (the policy decides through its goal's client). */
export async function findMilestone(db: Executor, milestoneId: string): Promise<Milestone | null> {
  if (!isRecordId(milestoneId)) return null;
  const row = await db
    .selectFrom('milestone')
    .select(milestoneColumns)
    .where('id', '=', milestoneId)
    .executeTakeFirst();
  return row ? toMilestone(row) : null;
}

/** What a new or saved milestone holds. */
export interface MilestoneFields {
  readonly title: string;
  readonly dueOn: string | null;
}

/** Adds a milestone last in its goal's order. */
export async function insertMilestone(
  transaction: Transaction<Database>,
  goal: { readonly id: string; readonly practiceId: string },
  fields: MilestoneFields,
): Promise<Milestone> {
  const row = await transaction
    .insertInto('milestone')
    .values((eb) => ({
      practice_id: goal.practiceId,
      goal_id: goal.id,
      title: fields.title,
      due_on: fields.dueOn,
      position: eb
        .selectFrom('milestone')
        .select(sql<number>`coalesce(max(position), 0) + 1`.as('next'))
        .where('goal_id', '=', goal.id),
    }))
    .returning(milestoneColumns)
    .executeTakeFirstOrThrow();
  return toMilestone(row);
}

/** Saves a milestone's fields over `version`; null when that version is no longer current. */
export async function saveMilestone(
  transaction: Transaction<Database>,
  milestoneId: string,
  version: number,
  fields: MilestoneFields,
): Promise<Milestone | null> {
  const row = await transaction
    .updateTable('milestone')
    .set((eb) => ({ title: fields.title, due_on: fields.dueOn, version: eb('version', '+', 1) }))
    .where('id', '=', milestoneId)
    .where('version', '=', version)
    .returning(milestoneColumns)
    .executeTakeFirst();
  return row ? toMilestone(row) : null;
}

/** Removes a milestone at `version`; false when that version is no longer current. */
export async function deleteMilestone(
  transaction: Transaction<Database>,
  milestoneId: string,
  version: number,
): Promise<boolean> {
  const result = await transaction
    .deleteFrom('milestone')
    .where('id', '=', milestoneId)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/**
 * Ticks (at `doneAt`) or unticks a milestone. Setting the state it already has changes nothing,
 * so a tick sent twice records the first time only.
 */
export async function saveMilestoneDone(
  transaction: Transaction<Database>,
  milestoneId: string,
  doneAt: Date | null,
  sessionId: string | null = null,
): Promise<{ milestone: Milestone; isChanged: boolean }> {
  const row = await transaction
    .updateTable('milestone')
    .set((eb) => ({
      done_at: doneAt,
      done_in_session_id: doneAt === null ? null : sessionId,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', milestoneId)
    .where('done_at', doneAt === null ? 'is not' : 'is', null)
    .returning(milestoneColumns)
    .executeTakeFirst();
  if (row) return { milestone: toMilestone(row), isChanged: true };
  const unchanged = await findMilestone(transaction, milestoneId);
  if (!unchanged) throw new Error('The milestone disappeared while being ticked');
  return { milestone: unchanged, isChanged: false };
}

/** Gives each milestone its place in its goal's order, 1 for the first. */
export async function saveMilestoneOrder(
  transaction: Transaction<Database>,
  milestoneIds: readonly string[],
): Promise<void> {
  for (const [index, milestoneId] of milestoneIds.entries()) {
    await transaction
      .updateTable('milestone')
      .set({ position: index + 1 })
      .where('id', '=', milestoneId)
      .execute();
  }
}

/** The milestones of many goals, each goal's in order, in one statement. */
export async function listMilestonesOfGoals(
  db: Executor,
  goalIds: readonly string[],
): Promise<Milestone[]> {
  const rows = await db
    .selectFrom('milestone')
    .select(milestoneColumns)
    .where('goal_id', 'in', goalIds)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
  return rows.map(toMilestone);
}

/** The milestones ticked in many sessions, in the order ticked, in one statement. */
export async function listMilestonesOfSessions(
  db: Executor,
  sessionIds: readonly string[],
): Promise<Milestone[]> {
  const rows = await db
    .selectFrom('milestone')
    .select(milestoneColumns)
    .where('done_in_session_id', 'in', sessionIds)
    .orderBy('done_at')
    .execute();
  return rows.map(toMilestone);
}
