import type { ParamMap, Params } from '@angular/router';
import {
  ATTENTION_PRIORITY,
  attentionOrder,
  CLIENT_STATUSES,
  GOAL_DOMAINS,
  type AttentionFlag,
  type AttentionKind,
  type EvidenceSection,
  type GoalDomain,
} from '@waypoint/shared';

import {
  caseloadSortOptions,
  type CaseloadFilters,
  type CaseloadSort,
  type SortDirection,
} from '../ui/caseload-controls';
import type { CaseloadRow, EvidenceSectionName } from '../ui/caseload-table';

// What the caseload page shows, kept in the URL's query so that a view can be bookmarked and
// Back returns to it: `view=attention`, `sort`, `dir=desc`, `status=ACTIVE,PAUSED`, `flag`,
// `domain`, `q` and, for a supervisor, `clinician`. Defaults are left out of the URL.

/** The page's whole view: the filters, the name search and whose caseload it is. */
export interface CaseloadView extends CaseloadFilters {
  /** Part of a preferred name, as typed; empty for none. */
  readonly search: string;
  /** The supervisee whose caseload a supervisor reads; null for the clinician's own. */
  readonly clinicianId: string | null;
}

/** Every client by name, nothing filtered, the clinician's own caseload. */
export const defaultCaseloadView: CaseloadView = {
  shown: 'all',
  statuses: [],
  flag: null,
  domain: null,
  sort: 'name',
  direction: 'asc',
  search: '',
  clinicianId: null,
};

const sorts: readonly CaseloadSort[] = ['name', 'lastSession', 'lastProgress'];

/** Reads the view from the URL's query, ignoring anything a hand-edited address got wrong. */
export function readCaseloadView(params: ParamMap): CaseloadView {
  const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | null =>
    allowed.find((candidate) => candidate === value) ?? null;
  const statuses = (params.get('status') ?? '').split(',');
  return {
    shown: params.get('view') === 'attention' ? 'attention' : 'all',
    statuses: CLIENT_STATUSES.filter((status) => statuses.includes(status)),
    flag: oneOf<AttentionKind>(ATTENTION_PRIORITY, params.get('flag')),
    domain: oneOf<GoalDomain>(GOAL_DOMAINS, params.get('domain')),
    sort: oneOf(sorts, params.get('sort')) ?? defaultCaseloadView.sort,
    direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
    search: params.get('q') ?? '',
    clinicianId: params.get('clinician')?.trim() || null,
  };
}

/**
 * The query parameters for the parts of a view that change; null removes a parameter, so
 * defaults leave the URL and a `merge` navigation keeps any other parameter as it was.
 */
export function caseloadQueryParams(changes: Partial<CaseloadView>): Params {
  const params: Params = {};
  const orNull = <T>(value: T, isDefault: boolean) => (isDefault ? null : value);
  if (changes.shown !== undefined) params['view'] = orNull('attention', changes.shown === 'all');
  if (changes.statuses !== undefined) {
    params['status'] = orNull(changes.statuses.join(','), changes.statuses.length === 0);
  }
  if (changes.flag !== undefined) params['flag'] = changes.flag;
  if (changes.domain !== undefined) params['domain'] = changes.domain;
  if (changes.sort !== undefined) params['sort'] = orNull(changes.sort, changes.sort === 'name');
  if (changes.direction !== undefined) {
    params['dir'] = orNull(changes.direction, changes.direction === 'asc');
  }
  if (changes.search !== undefined) {
    const search = changes.search.trim();
    params['q'] = orNull(search, search === '');
  }
  if (changes.clinicianId !== undefined) params['clinician'] = changes.clinicianId;
  return params;
}

/** Whether the view narrows the list beyond "all" or "needs attention". */
export function hasFilters(view: CaseloadView): boolean {
  return (
    view.statuses.length > 0 ||
    view.flag !== null ||
    view.domain !== null ||
    view.search.trim() !== ''
  );
}

/** What the caseload filters and sorts by. */
export type CaseloadListing = Pick<
  CaseloadRow,
  'preferredName' | 'status' | 'lastProgressOn' | 'lastSessionAt' | 'attention'
> & { readonly activeGoalDomains: readonly GoalDomain[] };

/** The clients the filters and the search let through, in any view. */
export function filteredClients<T extends CaseloadListing>(
  clients: readonly T[],
  view: CaseloadView,
): T[] {
  const search = searchable(view.search.trim());
  return clients.filter(
    (client) =>
      (view.statuses.length === 0 || view.statuses.includes(client.status)) &&
      (view.flag === null || client.attention.some((flag) => flag.kind === view.flag)) &&
      (view.domain === null || client.activeGoalDomains.includes(view.domain)) &&
      searchable(client.preferredName).includes(search),
  );
}

/** Whether a client has any reason for attention (the "Needs attention" view). */
export function needsAttention(client: CaseloadListing): boolean {
  return client.attention.length > 0;
}

/**
 * The rows to show, in order. "Needs attention" lists flagged clients by their most urgent kind
 * of need (`attentionOrder`: safety first), never by a score, and within one kind by the sort;
 * "All clients" lists everyone by the sort. Ties fall back to the name.
 */
export function visibleClients<T extends CaseloadListing>(
  clients: readonly T[],
  view: CaseloadView,
): T[] {
  const filtered = filteredClients(clients, view);
  const listed = view.shown === 'attention' ? filtered.filter(needsAttention) : filtered;
  const bySort = compareBy(view.sort, view.direction);
  if (view.shown === 'all') return listed.sort(bySort);
  return listed
    .map((client) => ({ client, order: attentionOrder(sharedFlags(client)) }))
    .sort((first, second) => first.order - second.order || bySort(first.client, second.client))
    .map(({ client }) => client);
}

/** The table's caption: whose clients, which of them, in which order. */
export function caseloadCaption(view: CaseloadView, whose: string): string {
  const order =
    caseloadSortOptions.find(
      (option) => option.sort === view.sort && option.direction === view.direction,
    )?.label ?? caseloadSortOptions[0].label;
  const sorted = `by ${order.charAt(0).toLowerCase()}${order.slice(1)}`;
  return view.shown === 'attention'
    ? `${whose} clients who need attention, most urgent kind of need first, then ${sorted}`
    : `${whose} clients, ${sorted}`;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compareBy(
  sort: CaseloadSort,
  direction: SortDirection,
): (first: CaseloadListing, second: CaseloadListing) => number {
  const sign = direction === 'asc' ? 1 : -1;
  const byName = (first: CaseloadListing, second: CaseloadListing) =>
    collator.compare(first.preferredName, second.preferredName);
  if (sort === 'name') return (first, second) => sign * byName(first, second);
  // ISO days and instants sort as strings; "never" counts as longest ago.
  const when = (client: CaseloadListing) =>
    (sort === 'lastSession' ? client.lastSessionAt : client.lastProgressOn) ?? '';
  return (first, second) => sign * when(first).localeCompare(when(second)) || byName(first, second);
}

/** A lower-case, accent-free form of a name, so "jose" finds "José". */
function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

const evidenceSections: Readonly<Record<EvidenceSectionName, EvidenceSection>> = {
  SAFETY: 'safety',
  MEASURES: 'measures',
  GOALS: 'goals',
  TIMELINE: 'timeline',
  SESSIONS: 'sessions',
  NOTES: 'notes',
};

function sharedFlags(client: CaseloadListing): AttentionFlag[] {
  return client.attention.map((flag) => ({ ...flag, evidence: evidenceSections[flag.evidence] }));
}
