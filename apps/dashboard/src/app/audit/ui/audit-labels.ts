import type { AuditAction, AuditOutcome } from '@waypoint/shared';

/** Each audited action in plain words; the code stays in the title and the CSV. */
export const auditActionLabels: Record<AuditAction, string> = {
  SIGN_IN: 'Signed in',
  SIGN_IN_FAILED: 'Sign-in not accepted',
  SECOND_FACTOR_VERIFIED: 'Second factor confirmed',
  SECOND_FACTOR_FAILED: 'Second factor code not accepted',
  SECOND_FACTOR_ENROLLED: 'Authenticator app set up',
  SIGN_OUT: 'Signed out',
  SESSION_EXPIRED: 'Session timed out',
  PASSWORD_SET: 'Password chosen',
  ACCOUNT_CREATED: 'Account added',
  PASSWORD_RESET: 'Password reset',
  ACCOUNT_DEACTIVATED: 'Account deactivated',
  SUPERVISEES_CHANGED: 'Supervisees changed',
  SECOND_FACTOR_REQUIREMENT_CHANGED: 'Second factor requirement changed',
  ACCOUNTS_VIEWED: 'Accounts viewed',
  CASELOAD_VIEWED: 'Caseload viewed',
  CLIENT_VIEWED: 'Client record viewed',
  CREATED: 'Created',
  UPDATED: 'Updated',
  DELETED: 'Deleted',
  SIGNED: 'Signed',
  EXPORTED: 'Exported',
  AUDIT_LOG_VIEWED: 'Audit log viewed',
  AUDIT_LOG_EXPORTED: 'Audit log exported',
  AUDIT_CHAIN_VERIFIED: 'Audit trail checked',
  PERMISSION_DENIED: 'Access refused',
};

/** Each outcome in plain words. */
export const auditOutcomeLabels: Record<AuditOutcome, string> = {
  SUCCESS: 'Succeeded',
  DENIED: 'Refused',
  FAILED: 'Not completed',
};

/** An action's words, or its code when this dashboard does not know it yet. */
export function auditActionLabel(action: string): string {
  return auditActionLabels[action as AuditAction] ?? action;
}

/** A record type in plain words: CLIENT_RECORD reads "Client record". */
export function entityTypeLabel(entityType: string): string {
  const words = entityType.replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A long id shortened for the table (the full id is in its title and in the CSV). */
export function abbreviateId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}
