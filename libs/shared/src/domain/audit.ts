export const AUDIT_OUTCOMES = ['SUCCESS', 'DENIED', 'FAILED'] as const;
/** Whether an audited action happened, was refused by the policy, or was tried and failed. */
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** What was done. Reads of a client's record are actions too: every access is on the record. */
export const AUDIT_ACTIONS = [
  'SIGN_IN',
  'SIGN_IN_FAILED',
  'SECOND_FACTOR_VERIFIED',
  'SECOND_FACTOR_FAILED',
  'SECOND_FACTOR_ENROLLED',
  'SIGN_OUT',
  'SESSION_EXPIRED',
  'PASSWORD_SET',
  'ACCOUNT_CREATED',
  'PASSWORD_RESET',
  'ACCOUNT_DEACTIVATED',
  'SUPERVISEES_CHANGED',
  'SECOND_FACTOR_REQUIREMENT_CHANGED',
  'ACCOUNTS_VIEWED',
  'CASELOAD_VIEWED',
  'CLIENT_VIEWED',
  'CREATED',
  'UPDATED',
  'DELETED',
  'SIGNED',
  'EXPORTED',
  'AUDIT_LOG_VIEWED',
  'AUDIT_LOG_EXPORTED',
  'AUDIT_CHAIN_VERIFIED',
  'PERMISSION_DENIED',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Who did what to which record, and when: append-only, chained by hash within a practice. */
export interface AuditEvent {
  readonly id: string;
  /** The practice whose chain holds the event; null for attempts no practice can be told of. */
  readonly practiceId: string | null;
  /** Position in the chain, from 1. */
  readonly sequence: number;
  readonly actorId: string | null;
  readonly action: AuditAction;
  readonly entityType: string;
  readonly entityId: string | null;
  readonly clientId: string | null;
  /** ISO date-time. */
  readonly occurredAt: string;
  readonly requestId: string;
  readonly outcome: AuditOutcome;
}
