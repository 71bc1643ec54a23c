/** The tenant: every other record belongs to exactly one practice. */
export interface Practice {
  readonly id: string;
  readonly name: string;
}

export const CLINICIAN_ROLES = ['CLINICIAN', 'SUPERVISOR', 'ADMIN'] as const;
/** What an account may do: see its own caseload, also its supervisees', or manage the practice. */
export type ClinicianRole = (typeof CLINICIAN_ROLES)[number];

/** A person who signs in to Waypoint. */
export interface Clinician {
  readonly id: string;
  readonly practiceId: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: ClinicianRole;
  /** Clinicians whose caseloads a supervisor may read. */
  readonly superviseeIds: readonly string[];
}
