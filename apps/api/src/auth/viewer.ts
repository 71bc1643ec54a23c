import type { Kysely } from 'kysely';
import type { ClinicianRole } from '@waypoint/shared';
import type { Database } from '../database/tables';

/** Who is asking: the clinician a request acts for. */
export interface Viewer {
  readonly clinicianId: string;
  readonly practiceId: string;
  readonly role: ClinicianRole;
}

/**
 * Until accounts and sign-in land (issue 3), Waypoint runs for a single local clinician: the
 * viewer is the practice's only clinician, and a database with more than one answers no one.
 */
export async function resolveSingleClinicianViewer(db: Kysely<Database>): Promise<Viewer | null> {
  const clinicians = await db
    .selectFrom('clinician')
    .select(['id as clinicianId', 'practice_id as practiceId', 'role'])
    .limit(2)
    .execute();
  return clinicians.length === 1 ? clinicians[0] : null;
}
