import type { Kysely } from 'kysely';
import type { Client } from '@waypoint/shared';
import type { Database } from '../database/tables';

/** The clients whose primary clinician is the given one, by preferred name. */
export async function findClientsOfClinician(
  db: Kysely<Database>,
  practiceId: string,
  clinicianId: string,
): Promise<Client[]> {
  return db
    .selectFrom('client')
    .select([
      'id',
      'practice_id as practiceId',
      'primary_clinician_id as primaryClinicianId',
      'preferred_name as preferredName',
      'pronouns',
      'status',
      'started_on as startedOn',
      'baseline',
      'baseline_recorded_on as baselineRecordedOn',
    ])
    .where('practice_id', '=', practiceId)
    .where('primary_clinician_id', '=', clinicianId)
    .orderBy('preferred_name')
    .orderBy('id')
    .execute();
}

/** Active goal counts for many clients in one statement. */
export async function countActiveGoals(
  db: Kysely<Database>,
  clientIds: readonly string[],
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('goal')
    .select(['client_id as clientId', (eb) => eb.fn.countAll<string>().as('count')])
    .where('client_id', 'in', clientIds)
    .where('status', '=', 'ACTIVE')
    .groupBy('client_id')
    .execute();
  return new Map(rows.map((row) => [row.clientId, Number(row.count)]));
}

/** The day of each client's latest progress entry, for many clients in one statement. */
export async function findLastProgressDays(
  db: Kysely<Database>,
  clientIds: readonly string[],
): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('progress_entry')
    .select(['client_id as clientId', (eb) => eb.fn.max('occurred_on').as('lastOn')])
    .where('client_id', 'in', clientIds)
    .groupBy('client_id')
    .execute();
  return new Map(rows.map((row) => [row.clientId, row.lastOn]));
}
