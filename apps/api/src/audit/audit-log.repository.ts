import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { AuditEvent } from '@waypoint/shared';
import type { AuditEventSortField } from '../__generated__/resolvers-types';
import type { Database } from '../database/tables';
import type { AuditLogFilter, AuditLogSort } from './audit-log-query';
import { utcMicrosecondText } from './audit-trail';

// Reads of one practice's audit log for the audit page and its CSV export. Only reads: the
// trail is written by audit-trail.ts and nothing changes or deletes an event.

/** An event as the audit log shows it: with its actor's name and the hashes that chain it. */
export interface AuditLogRow extends AuditEvent {
  readonly actorDisplayName: string | null;
  readonly previousHash: string;
  readonly hash: string;
}

/**
 * The SQL each sortable column sorts by: a whitelist, so a sort never becomes SQL text. Codes
 * and ids sort byte by byte (COLLATE "C"), the same on every server whatever its locale; names
 * sort in the database's own collation, as people read them.
 */
const SORT_COLUMNS = {
  SEQUENCE: sql`audit_event.sequence`,
  OCCURRED_AT: sql`audit_event.occurred_at`,
  ACTOR: sql`clinician.display_name`,
  ACTION: sql`audit_event.action COLLATE "C"`,
  ENTITY_TYPE: sql`audit_event.entity_type COLLATE "C"`,
  ENTITY_ID: sql`audit_event.entity_id COLLATE "C"`,
  CLIENT_ID: sql`audit_event.client_id`,
  OUTCOME: sql`audit_event.outcome COLLATE "C"`,
} satisfies Record<AuditEventSortField, RawBuilder<unknown>>;

/** One page of a practice's events matching the filter, in the given order. */
export async function findAuditLogPage(
  db: Kysely<Database>,
  practiceId: string,
  filter: AuditLogFilter,
  sort: AuditLogSort,
  page: { readonly offset: number; readonly limit: number },
): Promise<AuditLogRow[]> {
  return selectMatching(db, practiceId, filter, sort)
    .offset(page.offset)
    .limit(page.limit)
    .execute();
}

/** Every event matching the filter, up to `limit`, for an export. */
export async function findAuditLog(
  db: Kysely<Database>,
  practiceId: string,
  filter: AuditLogFilter,
  sort: AuditLogSort,
  limit: number,
): Promise<AuditLogRow[]> {
  return selectMatching(db, practiceId, filter, sort).limit(limit).execute();
}

/** How many of a practice's events match the filter. */
export async function countAuditLog(
  db: Kysely<Database>,
  practiceId: string,
  filter: AuditLogFilter,
): Promise<number> {
  const row = await whereMatching(db, practiceId, filter)
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

function whereMatching(db: Kysely<Database>, practiceId: string, filter: AuditLogFilter) {
  let query = db
    .selectFrom('audit_event')
    // A practice's chain id is its id: the (chain_id, ...) indexes serve every filter.
    .where('audit_event.chain_id', '=', practiceId);
  if (filter.actorId !== null) query = query.where('audit_event.actor_id', '=', filter.actorId);
  if (filter.clientId !== null) query = query.where('audit_event.client_id', '=', filter.clientId);
  if (filter.action !== null) query = query.where('audit_event.action', '=', filter.action);
  if (filter.occurredFrom !== null) {
    query = query.where('audit_event.occurred_at', '>=', filter.occurredFrom);
  }
  if (filter.occurredBefore !== null) {
    query = query.where('audit_event.occurred_at', '<', filter.occurredBefore);
  }
  return query;
}

function selectMatching(
  db: Kysely<Database>,
  practiceId: string,
  filter: AuditLogFilter,
  sort: AuditLogSort,
) {
  const direction = sort.direction === 'ASC' ? 'asc' : 'desc';
  const query = whereMatching(db, practiceId, filter)
    .leftJoin('clinician', (join) =>
      join
        .onRef('clinician.id', '=', 'audit_event.actor_id')
        .onRef('clinician.practice_id', '=', 'audit_event.practice_id'),
    )
    .select((eb) => [
      'audit_event.id',
      'audit_event.practice_id as practiceId',
      'audit_event.sequence',
      utcMicrosecondText(eb.ref('audit_event.occurred_at')).as('occurredAt'),
      'audit_event.actor_id as actorId',
      'audit_event.action',
      'audit_event.entity_type as entityType',
      'audit_event.entity_id as entityId',
      'audit_event.client_id as clientId',
      'audit_event.request_id as requestId',
      'audit_event.outcome',
      'clinician.display_name as actorDisplayName',
      'audit_event.previous_hash as previousHash',
      'audit_event.hash',
    ]);
  // Sequences are unique within a chain, so every order is total and pages never overlap.
  return sort.field === 'SEQUENCE'
    ? query.orderBy('audit_event.sequence', direction)
    : query.orderBy(SORT_COLUMNS[sort.field], direction).orderBy('audit_event.sequence', direction);
}
