export const CLIENT_STATUSES = ['ACTIVE', 'PAUSED', 'DISCHARGED'] as const;
/** Where a client is in their care. */
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

/** A person in therapy, as their clinician knows them. */
export interface Client {
  readonly id: string;
  readonly practiceId: string;
  readonly primaryClinicianId: string;
  readonly preferredName: string;
  readonly pronouns: string | null;
  readonly status: ClientStatus;
  /** The day care began (ISO date, YYYY-MM-DD). */
  readonly startedOn: string;
  /** "Where they started", in the client's own words. */
  readonly baseline: string | null;
  /** The day the baseline was written down (ISO date). */
  readonly baselineRecordedOn: string | null;
  /** Changes with every edit; a save names the version it was made on. */
  readonly version: number;
}

/** One change of a client's status: paused, discharged or reopened. */
export interface ClientStatusChange {
  readonly status: ClientStatus;
  /** The day it took effect (ISO date). */
  readonly changedOn: string;
  readonly reason: string | null;
  /** Null for changes made before accounts existed. */
  readonly changedById: string | null;
}
