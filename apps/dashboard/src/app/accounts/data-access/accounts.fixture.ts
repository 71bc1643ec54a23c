import type { ClinicianRole } from '@waypoint/shared';

/** An account as the server answers it (with __typenames), for specs. */
export function anAccount(
  id: string,
  displayName: string,
  role: ClinicianRole,
  options: { readonly isActive?: boolean; readonly superviseeIds?: readonly string[] } = {},
) {
  return {
    __typename: 'Clinician' as const,
    id,
    email: `${displayName.split(' ')[0].toLowerCase()}@example.org`,
    displayName,
    role,
    isActive: options.isActive ?? true,
    hasSecondFactor: false,
    supervisees: (options.superviseeIds ?? []).map((superviseeId) => ({
      __typename: 'Clinician' as const,
      id: superviseeId,
      displayName: `Person ${superviseeId}`,
    })),
  };
}
