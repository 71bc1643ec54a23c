/** The tenant: every other record belongs to exactly one practice. */
export interface Practice {
  readonly id: string;
  readonly name: string;
  /** Whether every account must sign in with a second factor. */
  readonly requiresSecondFactor: boolean;
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
  /** Whether the account may sign in; deactivated accounts keep their history. */
  readonly isActive: boolean;
  /** Whether an authenticator app is enrolled as a second factor. */
  readonly hasSecondFactor: boolean;
}
