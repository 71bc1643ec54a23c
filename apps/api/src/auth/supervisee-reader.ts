import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Clinician } from '@waypoint/shared';
import type { Database } from '../database/tables';
import { findSupervisees } from './account.repository';

/**
 * Per-request reader of each supervisor's supervisees: every supervisor asked for in one tick
 * costs one statement, so a list of accounts costs the same queries at any size.
 */
export class SuperviseeReader {
  readonly #supervisees: DataLoader<string, Clinician[]>;

  constructor(db: Kysely<Database>) {
    this.#supervisees = new DataLoader(async (supervisorIds) => {
      const bySupervisor = await findSupervisees(db, supervisorIds);
      return supervisorIds.map((id) => bySupervisor.get(id) ?? []);
    });
  }

  /** The clinicians this clinician supervises, by display name; empty for most. */
  superviseesOf(clinicianId: string): Promise<Clinician[]> {
    return this.#supervisees.load(clinicianId);
  }
}
