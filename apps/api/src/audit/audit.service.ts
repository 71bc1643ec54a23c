import type { AuditEvent, Clinician } from '@waypoint/shared';
import type {
  AuditEventFilter,
  AuditEventSort,
  QueryAuditEventsArgs,
} from '../__generated__/resolvers-types';
import { authorize, requireViewer } from '../auth/authorize';
import { mayReadAuditLog } from '../auth/policy';
import type { Viewer } from '../auth/viewer';
import type { RequestContext } from '../graphql/context';
import { apiError } from '../graphql/errors';
import { auditActorReaderFor } from './audit-actor-reader';
import { toAuditCsv } from './audit-csv';
import { parseAuditLogFilter, parseAuditLogPage, parseAuditLogSort } from './audit-log-query';
import { countAuditLog, findAuditLog, findAuditLogPage } from './audit-log.repository';
import { recordAuditEvent, type AuditEntry } from './audit-trail';
import { verifyAuditChain, type AuditChainReport } from './audit-verification';

// The audit log's rules: only admins read, export and verify it, and each of those is itself on
// the record. Each is recorded after its work succeeds and before its answer leaves: if the
// event cannot be written, the answer is not sent.

/**
 * The most events one CSV export holds (about 20 MB of text). A wider filter is refused rather than
 * cut short, since a silently incomplete audit export would mislead; narrow the date range.
 */
export const MAX_EXPORTED_EVENTS = 50_000;

/** One page of the practice's audit events, with how many match in all. */
export async function listAuditEvents(
  context: RequestContext,
  args: QueryAuditEventsArgs,
): Promise<{ events: AuditEvent[]; totalCount: number }> {
  const viewer = await authorizeAuditLogReader(context);
  const filter = parseAuditLogFilter(args.filter);
  const sort = parseAuditLogSort(args.sort);
  const paging = parseAuditLogPage(args.offset, args.limit);
  // One snapshot, so the count agrees with the page even while events are being appended.
  const page = await context.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (transaction) => ({
      events: await findAuditLogPage(transaction, viewer.practiceId, filter, sort, paging),
      totalCount: await countAuditLog(transaction, viewer.practiceId, filter),
    }));
  await recordAuditEvent(context.db, auditLogEntry(context, viewer, 'AUDIT_LOG_VIEWED', 'SUCCESS'));
  return page;
}

/** Every matching event as CSV (up to MAX_EXPORTED_EVENTS); the export is itself audited. */
export async function exportAuditEventsCsv(
  context: RequestContext,
  args: { filter?: AuditEventFilter | null; sort?: AuditEventSort | null },
): Promise<string> {
  const viewer = await authorizeAuditLogReader(context);
  const filter = parseAuditLogFilter(args.filter);
  const sort = parseAuditLogSort(args.sort);
  const matchCount = await countAuditLog(context.db, viewer.practiceId, filter);
  if (matchCount > MAX_EXPORTED_EVENTS) {
    throw apiError(
      'BAD_USER_INPUT',
      `More than ${MAX_EXPORTED_EVENTS.toLocaleString('en')} events match: narrow the filter, such as the date range`,
      'filter',
    );
  }
  const rows = await findAuditLog(context.db, viewer.practiceId, filter, sort, MAX_EXPORTED_EVENTS);
  const csv = toAuditCsv(rows);
  await recordAuditEvent(
    context.db,
    auditLogEntry(context, viewer, 'AUDIT_LOG_EXPORTED', 'SUCCESS'),
  );
  return csv;
}

/**
 * Walks the practice's chain and records that it did: SUCCESS when intact, FAILED when broken,
 * so a broken chain found by an admin is on the record too.
 */
export async function verifyPracticeAuditChain(context: RequestContext): Promise<AuditChainReport> {
  const viewer = await authorizeAuditLogReader(context);
  const report = await verifyAuditChain(context.db, viewer.practiceId);
  await recordAuditEvent(context.db, {
    ...auditLogEntry(
      context,
      viewer,
      'AUDIT_CHAIN_VERIFIED',
      report.isIntact ? 'SUCCESS' : 'FAILED',
    ),
    entityType: 'AUDIT_CHAIN',
    entityId: viewer.practiceId,
  });
  return report;
}

/** The clinician who acted in an event, or null for anonymous attempts. */
export async function findAuditActor(
  context: RequestContext,
  event: AuditEvent,
): Promise<Clinician | null> {
  if (event.actorId === null) return null;
  // The event was already shown to this admin; the reader only returns their practice's people.
  const viewer = requireViewer(context);
  return auditActorReaderFor(context, viewer.practiceId).actor(event.actorId);
}

async function authorizeAuditLogReader(context: RequestContext): Promise<Viewer> {
  const viewer = requireViewer(context);
  await authorize(context, viewer, mayReadAuditLog(viewer), {
    entityType: 'AUDIT_LOG',
    entityId: null,
  });
  return viewer;
}

function auditLogEntry(
  context: RequestContext,
  viewer: Viewer,
  action: 'AUDIT_LOG_VIEWED' | 'AUDIT_LOG_EXPORTED' | 'AUDIT_CHAIN_VERIFIED',
  outcome: 'SUCCESS' | 'FAILED',
): AuditEntry {
  return {
    practiceId: viewer.practiceId,
    actorId: viewer.clinicianId,
    action,
    entityType: 'AUDIT_LOG',
    entityId: null,
    clientId: null,
    requestId: context.requestId,
    outcome,
  };
}
