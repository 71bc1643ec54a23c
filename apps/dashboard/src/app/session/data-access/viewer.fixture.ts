import type { ClinicianRole } from '@waypoint/shared';

import type { SignedInViewer } from './session-documents';

/** A signed-in viewer as the server answers it (with __typename), for specs. */
export function aViewer(
  options: {
    readonly role?: ClinicianRole;
    readonly displayName?: string;
    readonly hasSecondFactor?: boolean;
    readonly requiresSecondFactor?: boolean;
    /** When the idle timeout falls, from now. */
    readonly idleInMs?: number;
    readonly now?: number;
  } = {},
): SignedInViewer & { __typename: 'Viewer' } {
  const now = options.now ?? Date.now();
  return {
    __typename: 'Viewer',
    idleExpiresAt: new Date(now + (options.idleInMs ?? 15 * 60_000)).toISOString(),
    expiresAt: new Date(now + 12 * 3_600_000).toISOString(),
    clinician: {
      __typename: 'Clinician',
      id: 'clinician-1',
      email: 'ada@example.org',
      displayName: options.displayName ?? 'Ada Okafor',
      role: options.role ?? 'CLINICIAN',
      hasSecondFactor: options.hasSecondFactor ?? false,
    },
    practice: {
      __typename: 'Practice',
      id: 'practice-1',
      name: 'Riverside Therapy',
      requiresSecondFactor: options.requiresSecondFactor ?? false,
    },
  } as SignedInViewer & { __typename: 'Viewer' };
}
