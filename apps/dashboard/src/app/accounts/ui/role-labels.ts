import type { ClinicianRole } from '@waypoint/shared';

/** Each role as the practice says it. */
export const roleLabels: Record<ClinicianRole, string> = {
  CLINICIAN: 'Clinician',
  SUPERVISOR: 'Supervisor',
  ADMIN: 'Admin',
};
