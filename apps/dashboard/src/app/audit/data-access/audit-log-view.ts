import { AUDIT_ACTIONS } from '@waypoint/shared';

import type {
  AuditEventFilter,
  AuditEventSortField,
  AuditEventsQueryVariables,
} from '../../__generated__/graphql';

/** The audit table's columns, each sortable on the server. */
export const auditColumns = [
  'sequence',
  'occurredAt',
  'actor',
  'action',
  'entityType',
  'entityId',
  'clientId',
  'outcome',
] as const;
export type AuditColumn = (typeof auditColumns)[number];

const sortFields: Record<AuditColumn, AuditEventSortField> = {
  sequence: 'SEQUENCE',
  occurredAt: 'OCCURRED_AT',
  actor: 'ACTOR',
  action: 'ACTION',
  entityType: 'ENTITY_TYPE',
  entityId: 'ENTITY_ID',
  clientId: 'CLIENT_ID',
  outcome: 'OUTCOME',
};

export const auditPageSizes = [25, 50, 100] as const;

/** What the audit log shows: filters, sort and page. It lives in the URL's query. */
export interface AuditLogView {
  readonly actorId: string | null;
  readonly clientId: string | null;
  readonly action: string | null;
  /** First day included (ISO date). */
  readonly from: string | null;
  /** Last day included (ISO date). */
  readonly to: string | null;
  readonly sortColumn: AuditColumn;
  readonly sortDirection: 'asc' | 'desc';
  /** From 0. */
  readonly pageIndex: number;
  readonly pageSize: number;
}

/** The filters alone. */
export type AuditFilterValues = Pick<
  AuditLogView,
  'actorId' | 'clientId' | 'action' | 'from' | 'to'
>;

/** Newest first, 25 to a page, nothing filtered. */
export const defaultAuditLogView: AuditLogView = {
  actorId: null,
  clientId: null,
  action: null,
  from: null,
  to: null,
  sortColumn: 'occurredAt',
  sortDirection: 'desc',
  pageIndex: 0,
  pageSize: auditPageSizes[0],
};

/** The URL's query parameters, as the router hands them to the page. */
export interface AuditLogQueryParams {
  readonly actor?: string;
  readonly client?: string;
  readonly action?: string;
  readonly from?: string;
  readonly to?: string;
  readonly sort?: string;
  readonly direction?: string;
  readonly page?: string;
  readonly size?: string;
}

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the view from the URL, ignoring anything a hand-edited address got wrong. */
export function readAuditLogView(params: AuditLogQueryParams): AuditLogView {
  const text = (value: string | undefined) => value?.trim() || null;
  const date = (value: string | undefined) => (value && isoDatePattern.test(value) ? value : null);
  const action = text(params.action);
  const page = Number(params.page);
  const size = Number(params.size);
  return {
    actorId: text(params.actor),
    clientId: text(params.client),
    action: action && (AUDIT_ACTIONS as readonly string[]).includes(action) ? action : null,
    from: date(params.from),
    to: date(params.to),
    sortColumn: (auditColumns as readonly string[]).includes(params.sort ?? '')
      ? (params.sort as AuditColumn)
      : defaultAuditLogView.sortColumn,
    sortDirection:
      params.direction === 'asc' || params.direction === 'desc'
        ? params.direction
        : defaultAuditLogView.sortDirection,
    pageIndex: Number.isInteger(page) && page >= 1 ? page - 1 : 0,
    pageSize: (auditPageSizes as readonly number[]).includes(size)
      ? size
      : defaultAuditLogView.pageSize,
  };
}

/** The query parameters for a view; defaults are left out so addresses stay short. */
export function auditLogQueryParams(view: AuditLogView): AuditLogQueryParams {
  const params: Record<string, string> = {};
  if (view.actorId) params['actor'] = view.actorId;
  if (view.clientId) params['client'] = view.clientId;
  if (view.action) params['action'] = view.action;
  if (view.from) params['from'] = view.from;
  if (view.to) params['to'] = view.to;
  if (
    view.sortColumn !== defaultAuditLogView.sortColumn ||
    view.sortDirection !== defaultAuditLogView.sortDirection
  ) {
    params['sort'] = view.sortColumn;
    params['direction'] = view.sortDirection;
  }
  if (view.pageIndex > 0) params['page'] = String(view.pageIndex + 1);
  if (view.pageSize !== defaultAuditLogView.pageSize) params['size'] = String(view.pageSize);
  return params;
}

/** The server's filter for a view; absent filters are left out. */
export function auditEventFilter(view: AuditLogView): AuditEventFilter {
  const filter: AuditEventFilter = {};
  if (view.actorId) filter.actorId = view.actorId;
  if (view.clientId) filter.clientId = view.clientId;
  if (view.action) filter.action = view.action;
  if (view.from) filter.from = view.from;
  if (view.to) filter.to = view.to;
  return filter;
}

/** The auditEvents query's variables for a view. */
export function auditEventsVariables(view: AuditLogView): AuditEventsQueryVariables {
  return {
    filter: auditEventFilter(view),
    sort: {
      field: sortFields[view.sortColumn],
      direction: view.sortDirection === 'asc' ? 'ASC' : 'DESC',
    },
    offset: view.pageIndex * view.pageSize,
    limit: view.pageSize,
  };
}
