import type { Kysely } from 'kysely';
import type { Database } from '../database/tables';
import { isRecordId } from '../graphql/ids';

/** Which practice a clinician belongs to, or null when no such clinician exists. */
export async function findClinicianPractice(
  db: Kysely<Database>,
  clinicianId: string,
): Promise<{ id: string; practiceId: string } | null> {
  if (!isRecordId(clinicianId)) return null;
  const clinician = await db
    .selectFrom('clinician')
    .select(['id', 'practice_id as practiceId'])
    .where('id', '=', clinicianId)
    .executeTakeFirst();
  return clinician ?? null;
}
