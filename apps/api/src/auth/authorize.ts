import { recordAuditEvent } from '../audit/audit-trail';
import type { RequestContext } from '../graphql/context';
import { apiError } from '../graphql/errors';
import type { Decision } from './policy';
import type { Viewer } from './viewer';

/** The signed-in viewer, or UNAUTHENTICATED. */
export function requireViewer(context: RequestContext): Viewer {
  if (!context.viewer) throw apiError('UNAUTHENTICATED', 'Sign in to continue');
  return context.viewer;
}

/** What a decision was about, for the audit event a refusal leaves. */
export interface AuthorizationTarget {
  readonly entityType: string;
  readonly entityId: string | null;
  readonly clientId?: string | null;
  /** The input field that named the record, for the error a form shows beside it. */
  readonly field?: string;
  /**
   * What the caller asked for, when it is reached through this record (a goal through its
   * client): a refusal says "Goal not found", exactly as an unknown goal id does.
   */
  readonly askedFor?: string;
}

/**
 * Acts on a policy decision: a refusal is recorded as a PERMISSION_DENIED audit event and
 * answered with its code. NOT_FOUND says no more than an id that does not exist would.
 */
export async function authorize(
  context: RequestContext,
  viewer: Viewer,
  decision: Decision,
  target: AuthorizationTarget,
): Promise<void> {
  if (decision.isAllowed) return;
  await recordAuditEvent(context.db, {
    practiceId: viewer.practiceId,
    actorId: viewer.clinicianId,
    action: 'PERMISSION_DENIED',
    entityType: target.entityType,
    entityId: target.entityId,
    // A client of another practice is not named in this practice's trail.
    clientId: decision.code === 'NOT_FOUND' ? null : (target.clientId ?? null),
    requestId: context.requestId,
    outcome: 'DENIED',
  });
  const message =
    decision.code === 'NOT_FOUND'
      ? `${target.askedFor ?? target.entityType} not found`
      : decision.reason;
  throw apiError(decision.code, message, target.field);
}
