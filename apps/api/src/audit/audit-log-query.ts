import { AUDIT_ACTIONS, type AuditAction } from '@waypoint/shared';
import type {
  AuditEventFilter,
  AuditEventSort,
  AuditEventSortField,
  SortDirection,
} from '../__generated__/resolvers-types';
import { apiError } from '../graphql/errors';
import { isRecordId } from '../graphql/ids';

/** The most events one page of the audit log may hold. */
export const MAX_PAGE_SIZE = 200;

/** Every sortable column; the repository maps each to one SQL expression, nothing else is sorted. */
export const AUDIT_SORT_FIELDS: readonly AuditEventSortField[] = [
  'SEQUENCE',
  'OCCURRED_AT',
  'ACTOR',
  'ACTION',
  'ENTITY_TYPE',
  'ENTITY_ID',
  'CLIENT_ID',
  'OUTCOME',
];

/** A checked filter. Days are UTC calendar days, turned into a half-open range of instants. */
export interface AuditLogFilter {
  readonly actorId: string | null;
  readonly clientId: string | null;
  readonly action: AuditAction | null;
  /** The first instant included: midnight UTC starting the `from` day. */
  readonly occurredFrom: Date | null;
  /** The first instant excluded: midnight UTC ending the `to` day. */
  readonly occurredBefore: Date | null;
}

/** A checked sort; ties are always broken by sequence in the same direction. */
export interface AuditLogSort {
  readonly field: AuditEventSortField;
  readonly direction: SortDirection;
}

/** Newest first, as an admin opening the audit page expects. */
export const DEFAULT_AUDIT_SORT: AuditLogSort = { field: 'SEQUENCE', direction: 'DESC' };

const MILLISECONDS_PER_DAY = 86_400_000;

/**
 * Checks a filter from the API; BAD_USER_INPUT names the field. `from` and `to` are inclusive
 * UTC days: the trail stores instants and the server's own time zone is a deployment accident.
 */
export function parseAuditLogFilter(filter: AuditEventFilter | null | undefined): AuditLogFilter {
  const uuidOrNull = (field: string, value: string | null | undefined) => {
    if (value === null || value === undefined) return null;
    if (!isRecordId(value)) throw apiError('BAD_USER_INPUT', `${field} must be an id`, field);
    return value.toLowerCase();
  };
  const action = filter?.action ?? null;
  if (action !== null && !(AUDIT_ACTIONS as readonly string[]).includes(action)) {
    throw apiError('BAD_USER_INPUT', 'filter.action is not an audited action', 'filter.action');
  }
  const from = filter?.from ?? null;
  const to = filter?.to ?? null;
  if (from !== null && to !== null && from > to) {
    throw apiError('BAD_USER_INPUT', 'filter.to must not be before filter.from', 'filter.to');
  }
  return {
    actorId: uuidOrNull('filter.actorId', filter?.actorId),
    clientId: uuidOrNull('filter.clientId', filter?.clientId),
    action: action as AuditAction | null,
    occurredFrom: from === null ? null : utcMidnight(from),
    occurredBefore: to === null ? null : new Date(utcMidnight(to).getTime() + MILLISECONDS_PER_DAY),
  };
}

/** Checks a sort from the API against the whitelist; no sort means newest first. */
export function parseAuditLogSort(sort: AuditEventSort | null | undefined): AuditLogSort {
  if (!sort) return DEFAULT_AUDIT_SORT;
  if (!AUDIT_SORT_FIELDS.includes(sort.field)) {
    throw apiError('BAD_USER_INPUT', 'sort.field is not a sortable column', 'sort.field');
  }
  if (sort.direction !== 'ASC' && sort.direction !== 'DESC') {
    throw apiError('BAD_USER_INPUT', 'sort.direction must be ASC or DESC', 'sort.direction');
  }
  return { field: sort.field, direction: sort.direction };
}

/** Checks paging: an offset from 0 and a limit from 1 to MAX_PAGE_SIZE. */
export function parseAuditLogPage(
  offset: number | null | undefined,
  limit: number | null | undefined,
): { readonly offset: number; readonly limit: number } {
  const checkedOffset = offset ?? 0;
  const checkedLimit = limit ?? 50;
  if (!Number.isInteger(checkedOffset) || checkedOffset < 0) {
    throw apiError('BAD_USER_INPUT', 'offset must be 0 or more', 'offset');
  }
  if (!Number.isInteger(checkedLimit) || checkedLimit < 1 || checkedLimit > MAX_PAGE_SIZE) {
    throw apiError('BAD_USER_INPUT', `limit must be from 1 to ${MAX_PAGE_SIZE}`, 'limit');
  }
  return { offset: checkedOffset, limit: checkedLimit };
}

function utcMidnight(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}
