import type { AuditAction, AuditOutcome } from '@waypoint/shared';
import type { AuditEntry } from '../audit/audit-trail';

/**
 * An audit entry about an account or a session: ids only, never an email, a password or a
 * name. `entityType` says what the id is: a CLINICIAN, a SESSION or a PRACTICE.
 */
export function accountAuditEntry(
  requestId: string,
  event: {
    readonly practiceId: string | null;
    readonly actorId: string | null;
    readonly action: AuditAction;
    readonly entityType: 'CLINICIAN' | 'SESSION' | 'PRACTICE';
    readonly entityId: string | null;
    readonly outcome?: AuditOutcome;
  },
): AuditEntry {
  return {
    practiceId: event.practiceId,
    actorId: event.actorId,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    clientId: null,
    requestId,
    outcome: event.outcome ?? 'SUCCESS',
  };
}
