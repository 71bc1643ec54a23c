import type { Kysely, Transaction } from 'kysely';
import type { Client, ClientStatusChange } from '@waypoint/shared';
import type { Database, Executor } from '../database/tables';
import { isRecordId } from '../graphql/ids';

const clientColumns = [
  'id',
  'practice_id as practiceId',
  'primary_clinician_id as primaryClinicianId',
  'preferred_name as preferredName',
  'pronouns',
  'status',
  'started_on as startedOn',
  'baseline',
  'baseline_recorded_on as baselineRecordedOn',
  'version',
] as const;

/** The clients whose primary clinician is the given one, by preferred name. */
export async function findClientsOfClinician(
  db: Kysely<Database>,
  practiceId: string,
  clinicianId: string,
): Promise<Client[]> {
  return db
    .selectFrom('client')
    .select(clientColumns)
    .where('practice_id', '=', practiceId)
    .where('primary_clinician_id', '=', clinicianId)
    .orderBy('preferred_name')
    .orderBy('id')
    .execute();
}

/** One client, in any practice (the policy decides who may see it), or null. */
export async function findClient(db: Executor, clientId: string): Promise<Client | null> {
  if (!isRecordId(clientId)) return null;
  const client = await db
    .selectFrom('client')
    .select(clientColumns)
    .where('id', '=', clientId)
    .executeTakeFirst();
  return client ?? null;
}

/** What a new or saved client holds. */
export interface ClientFields {
  readonly preferredName: string;
  readonly pronouns: string | null;
  readonly startedOn: string;
  readonly baseline: string | null;
  readonly baselineRecordedOn: string | null;
  readonly primaryClinicianId: string;
}

/** Adds a client with the first entry of their status history. */
export async function insertClient(
  transaction: Transaction<Database>,
  practiceId: string,
  fields: ClientFields,
  createdById: string,
): Promise<Client> {
  const client = await transaction
    .insertInto('client')
    .values({
      practice_id: practiceId,
      primary_clinician_id: fields.primaryClinicianId,
      preferred_name: fields.preferredName,
      pronouns: fields.pronouns,
      started_on: fields.startedOn,
      baseline: fields.baseline,
      baseline_recorded_on: fields.baselineRecordedOn,
    })
    .returning(clientColumns)
    .executeTakeFirstOrThrow();
  await insertClientStatusChange(transaction, client, {
    status: 'ACTIVE',
    changedOn: fields.startedOn,
    reason: null,
    changedById: createdById,
  });
  return client;
}

/** Saves a client's fields over `version`; null when that version is no longer current. */
export async function saveClient(
  transaction: Transaction<Database>,
  clientId: string,
  version: number,
  fields: ClientFields,
): Promise<Client | null> {
  const client = await transaction
    .updateTable('client')
    .set((eb) => ({
      primary_clinician_id: fields.primaryClinicianId,
      preferred_name: fields.preferredName,
      pronouns: fields.pronouns,
      started_on: fields.startedOn,
      baseline: fields.baseline,
      baseline_recorded_on: fields.baselineRecordedOn,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', clientId)
    .where('version', '=', version)
    .returning(clientColumns)
    .executeTakeFirst();
  return client ?? null;
}

/** Moves a client to a status over `version`, keeping the change; null when stale. */
export async function saveClientStatus(
  transaction: Transaction<Database>,
  clientId: string,
  version: number,
  change: ClientStatusChange,
): Promise<Client | null> {
  const client = await transaction
    .updateTable('client')
    .set((eb) => ({ status: change.status, version: eb('version', '+', 1) }))
    .where('id', '=', clientId)
    .where('version', '=', version)
    .returning(clientColumns)
    .executeTakeFirst();
  if (!client) return null;
  await insertClientStatusChange(transaction, client, change);
  return client;
}

async function insertClientStatusChange(
  transaction: Transaction<Database>,
  client: Pick<Client, 'id' | 'practiceId'>,
  change: ClientStatusChange,
): Promise<void> {
  await transaction
    .insertInto('client_status_change')
    .values({
      practice_id: client.practiceId,
      client_id: client.id,
      status: change.status,
      changed_on: change.changedOn,
      reason: change.reason,
      changed_by_id: change.changedById,
    })
    .execute();
}

/** The status histories of many clients, oldest change first, in one statement. */
export async function listClientStatusChanges(
  db: Executor,
  clientIds: readonly string[],
): Promise<(ClientStatusChange & { clientId: string })[]> {
  return db
    .selectFrom('client_status_change')
    .select([
      'client_id as clientId',
      'status',
      'changed_on as changedOn',
      'reason',
      'changed_by_id as changedById',
    ])
    .where('client_id', 'in', clientIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Whether a clinician is an active account of the practice: one who can take a caseload. */
export async function isActiveClinicianOf(
  db: Executor,
  practiceId: string,
  clinicianId: string,
): Promise<boolean> {
  if (!isRecordId(clinicianId)) return false;
  const row = await db
    .selectFrom('clinician')
    .select('id')
    .where('id', '=', clinicianId)
    .where('practice_id', '=', practiceId)
    .where('is_active', '=', true)
    .executeTakeFirst();
  return row !== undefined;
}
