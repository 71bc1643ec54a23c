import { sql, type Transaction } from 'kysely';
import type { GasLevelDescriptions, Goal, GoalStatus, GoalStatusChange } from '@waypoint/shared';
import type { Database, Executor } from '../database/tables';
import { isRecordId } from '../graphql/ids';

const goalColumns = [
  'id',
  'practice_id as practiceId',
  'client_id as clientId',
  'version',
  'client_words as clientWords',
  'clinician_wording as clinicianWording',
  'domain',
  'specific',
  'measure_of_success as measureOfSuccess',
  'target_date as targetDate',
  'gas_levels as gasLevels',
  'weight',
  'status',
  'position',
] as const;

type GoalRow = Omit<Goal, 'weight'> & { weight: number };

/** The weight column is a checked smallint: 1 to 3. */
function toGoal(row: GoalRow): Goal {
  return { ...row, weight: row.weight as Goal['weight'] };
}

/** A goal with the day it was set, or null; in any practice (the policy decides). */
export async function findGoal(
  db: Executor,
  goalId: string,
): Promise<(Goal & { setOn: string }) | null> {
  if (!isRecordId(goalId)) return null;
  // The UTC day, as createGoal counts today: not the day in the database session's time zone.
  const setOn = sql<string>`to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`.as('setOn');
  const row = await db
    .selectFrom('goal')
    .select([...goalColumns, setOn])
    .where('id', '=', goalId)
    .executeTakeFirst();
  return row ? { ...toGoal(row), setOn: row.setOn } : null;
}

/** What a new or saved goal holds. */
export interface GoalFields {
  readonly clientWords: string;
  readonly clinicianWording: string | null;
  readonly domain: Goal['domain'];
  readonly specific: string | null;
  readonly measureOfSuccess: string | null;
  readonly targetDate: string | null;
  readonly gasLevels: GasLevelDescriptions | null;
  readonly weight: Goal['weight'];
}

function columnsOf(fields: GoalFields) {
  return {
    client_words: fields.clientWords,
    clinician_wording: fields.clinicianWording,
    domain: fields.domain,
    specific: fields.specific,
    measure_of_success: fields.measureOfSuccess,
    target_date: fields.targetDate,
    gas_levels: fields.gasLevels === null ? null : JSON.stringify(fields.gasLevels),
    weight: fields.weight,
  };
}

/** Adds a goal last in the client's order, with the first entry of its status history. */
export async function insertGoal(
  transaction: Transaction<Database>,
  client: { readonly id: string; readonly practiceId: string },
  fields: GoalFields,
  status: GoalStatus,
  createdById: string,
): Promise<Goal> {
  const row = await transaction
    .insertInto('goal')
    .values((eb) => ({
      practice_id: client.practiceId,
      client_id: client.id,
      ...columnsOf(fields),
      status,
      position: eb
        .selectFrom('goal')
        .select(sql<number>`coalesce(max(position), 0) + 1`.as('next'))
        .where('client_id', '=', client.id),
    }))
    .returning(goalColumns)
    .executeTakeFirstOrThrow();
  await insertGoalStatusChange(transaction, row, {
    status,
    reason: null,
    changedById: createdById,
  });
  return toGoal(row);
}

/** Saves a goal's fields over `version`; null when that version is no longer current. */
export async function saveGoal(
  transaction: Transaction<Database>,
  goalId: string,
  version: number,
  fields: GoalFields,
): Promise<Goal | null> {
  const row = await transaction
    .updateTable('goal')
    .set((eb) => ({ ...columnsOf(fields), version: eb('version', '+', 1) }))
    .where('id', '=', goalId)
    .where('version', '=', version)
    .returning(goalColumns)
    .executeTakeFirst();
  return row ? toGoal(row) : null;
}

/** Moves a goal to a status over `version`, keeping the change; null when stale. */
export async function saveGoalStatus(
  transaction: Transaction<Database>,
  goalId: string,
  version: number,
  change: Omit<GoalStatusChange, 'changedAt'>,
): Promise<Goal | null> {
  const row = await transaction
    .updateTable('goal')
    .set((eb) => ({ status: change.status, version: eb('version', '+', 1) }))
    .where('id', '=', goalId)
    .where('version', '=', version)
    .returning(goalColumns)
    .executeTakeFirst();
  if (!row) return null;
  await insertGoalStatusChange(transaction, row, change);
  return toGoal(row);
}

async function insertGoalStatusChange(
  transaction: Transaction<Database>,
  goal: { readonly id: string; readonly practiceId: string },
  change: Omit<GoalStatusChange, 'changedAt'>,
): Promise<void> {
  await transaction
    .insertInto('goal_status_change')
    .values({
      practice_id: goal.practiceId,
      goal_id: goal.id,
      status: change.status,
      reason: change.reason,
      changed_by_id: change.changedById,
    })
    .execute();
}

/** Gives each goal its place in the order, 1 for the first. */
export async function saveGoalOrder(
  transaction: Transaction<Database>,
  goalIds: readonly string[],
): Promise<void> {
  for (const [index, goalId] of goalIds.entries()) {
    await transaction
      .updateTable('goal')
      .set({ position: index + 1 })
      .where('id', '=', goalId)
      .execute();
  }
}

/** The goals of many clients, each client's in order, in one statement. */
export async function listGoalsOfClients(
  db: Executor,
  clientIds: readonly string[],
): Promise<Goal[]> {
  const rows = await db
    .selectFrom('goal')
    .select(goalColumns)
    .where('client_id', 'in', clientIds)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
  return rows.map(toGoal);
}

/** The status histories of many goals, oldest change first, in one statement. */
export async function listGoalStatusChanges(
  db: Executor,
  goalIds: readonly string[],
): Promise<(GoalStatusChange & { goalId: string })[]> {
  const rows = await db
    .selectFrom('goal_status_change')
    .select([
      'goal_id as goalId',
      'status',
      'changed_at as changedAt',
      'reason',
      'changed_by_id as changedById',
    ])
    .where('goal_id', 'in', goalIds)
    .orderBy('changed_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ...row, changedAt: row.changedAt.toISOString() }));
}
