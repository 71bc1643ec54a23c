import { createHash } from 'node:crypto';
import type { AuditAction, AuditOutcome } from '@waypoint/shared';

// The hash chain, pure: what an event's hash covers and how it is computed. Anyone holding an
// export of the trail can recompute it with a few lines in any language, so the rules are few:
// a JSON array of the fields below, in this order, hashed with SHA-256 as UTF-8.

/** The previous hash of the first event of every chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** The chain of events that belong to no practice, such as a failed sign-in for an unknown email. */
export const ANONYMOUS_CHAIN_ID = '00000000-0000-0000-0000-000000000000';

/** Names the serialisation, so a future change of the hashed fields can be told apart. */
const SERIALISATION_VERSION = 'waypoint-audit-v1';

/** Every field an event's hash covers, as PostgreSQL stores and returns it. */
export interface ChainedEvent {
  readonly id: string;
  readonly practiceId: string | null;
  readonly sequence: number;
  /** UTC, microseconds: 2026-03-14T09:30:00.123456Z, exactly as the database returns it. */
  readonly occurredAt: string;
  readonly actorId: string | null;
  readonly action: AuditAction;
  readonly entityType: string;
  readonly entityId: string | null;
  readonly clientId: string | null;
  readonly requestId: string;
  readonly outcome: AuditOutcome;
}

/** The key of the chain an event belongs to: its practice, or the anonymous chain. */
export function chainIdOf(practiceId: string | null): string {
  return practiceId ?? ANONYMOUS_CHAIN_ID;
}

/**
 * The exact text an event's hash is computed over. A JSON array has no key order to agree on,
 * and JSON.stringify escapes strings one way only, so the same fields always give the same text.
 */
export function serialiseForHash(event: ChainedEvent, previousHash: string): string {
  return JSON.stringify([
    SERIALISATION_VERSION,
    event.id,
    event.practiceId,
    event.sequence,
    event.occurredAt,
    event.actorId,
    event.action,
    event.entityType,
    event.entityId,
    event.clientId,
    event.requestId,
    event.outcome,
    previousHash,
  ]);
}

/** The SHA-256 (lowercase hex) of an event's fields and the hash of the event before it. */
export function hashAuditEvent(event: ChainedEvent, previousHash: string): string {
  return createHash('sha256').update(serialiseForHash(event, previousHash), 'utf8').digest('hex');
}
