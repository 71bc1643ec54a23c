import type { ClinicianRole } from '@waypoint/shared';

/** Who is asking: the signed-in clinician a request acts for. */
export interface Viewer {
  readonly clinicianId: string;
  readonly practiceId: string;
  readonly role: ClinicianRole;
  /** The clinicians whose caseloads this viewer supervises (empty unless SUPERVISOR). */
  readonly superviseeIds: readonly string[];
  /** The server-side session the request came with. */
  readonly sessionId: string;
  /** When the session ends unless something happens before. */
  readonly idleExpiresAt: Date;
  /** When the session ends whatever happens. */
  readonly expiresAt: Date;
}

/** How far a session has come: signed in, or waiting for its second factor. */
export type SessionStage =
  'SIGNED_IN' | 'SECOND_FACTOR_REQUIRED' | 'SECOND_FACTOR_ENROLMENT_REQUIRED';

/** A live session that has not (yet) passed every sign-in step. */
export interface PendingSession {
  readonly sessionId: string;
  readonly clinicianId: string;
  readonly practiceId: string;
  readonly stage: Exclude<SessionStage, 'SIGNED_IN'>;
}
