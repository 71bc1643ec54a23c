import type { Transaction } from 'kysely';
import type { ProgressEntry } from '@waypoint/shared';
import type { Database, Executor } from '../database/tables';
import { isRecordId } from '../graphql/ids';

const entryColumns = [
  'id',
  'client_id as clientId',
  'version',
  'goal_id as goalId',
  'kind',
  'category',
  'client_words as clientWords',
  'is_effort as isEffort',
  'occurred_on as occurredOn',
  'session_id as sessionId',
] as const;

/** A progress entry, or null; in any practice (the policy decides through its client). */
export async function findProgressEntry(
  db: Executor,
  entryId: string,
): Promise<ProgressEntry | null> {
  if (!isRecordId(entryId)) return null;
  const entry = await db
    .selectFrom('progress_entry')
    .select(entryColumns)
    .where('id', '=', entryId)
    .executeTakeFirst();
  return entry ?? null;
}

/** What a new or saved progress entry holds. */
export type ProgressEntryFields = Omit<ProgressEntry, 'id' | 'clientId' | 'version' | 'sessionId'>;

function columnsOf(fields: ProgressEntryFields) {
  return {
    goal_id: fields.goalId,
    kind: fields.kind,
    category: fields.category,
    client_words: fields.clientWords,
    is_effort: fields.isEffort,
    occurred_on: fields.occurredOn,
  };
}

export async function insertProgressEntry(
  transaction: Transaction<Database>,
  client: { readonly id: string; readonly practiceId: string },
  fields: ProgressEntryFields,
  sessionId: string | null = null,
): Promise<ProgressEntry> {
  return transaction
    .insertInto('progress_entry')
    .values({
      practice_id: client.practiceId,
      client_id: client.id,
      session_id: sessionId,
      ...columnsOf(fields),
    })
    .returning(entryColumns)
    .executeTakeFirstOrThrow();
}

/** Saves an entry over `version`; null when that version is no longer current. */
export async function saveProgressEntry(
  transaction: Transaction<Database>,
  entryId: string,
  version: number,
  fields: ProgressEntryFields,
): Promise<ProgressEntry | null> {
  const entry = await transaction
    .updateTable('progress_entry')
    .set((eb) => ({ ...columnsOf(fields), version: eb('version', '+', 1) }))
    .where('id', '=', entryId)
    .where('version', '=', version)
    .returning(entryColumns)
    .executeTakeFirst();
  return entry ?? null;
}

/** Removes an entry at `version`; false when that version is no longer current. */
export async function deleteProgressEntry(
  transaction: Transaction<Database>,
  entryId: string,
  version: number,
): Promise<boolean> {
  const result = await transaction
    .deleteFrom('progress_entry')
    .where('id', '=', entryId)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** The entries of many clients, newest first, in one statement. */
export async function listProgressEntriesOfClients(
  db: Executor,
  clientIds: readonly string[],
): Promise<ProgressEntry[]> {
  return db
    .selectFrom('progress_entry')
    .select(entryColumns)
    .where('client_id', 'in', clientIds)
    .orderBy('occurred_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

/** The entries logged in many sessions, in the order logged, in one statement. */
export async function listProgressEntriesOfSessions(
  db: Executor,
  sessionIds: readonly string[],
): Promise<ProgressEntry[]> {
  return db
    .selectFrom('progress_entry')
    .select(entryColumns)
    .where('session_id', 'in', sessionIds)
    .orderBy('created_at')
    .execute();
}
