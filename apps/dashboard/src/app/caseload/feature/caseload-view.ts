import type { ParamMap, Params } from '@angular/router';
import {
  ATTENTION_PRIORITY,
  CLIENT_STATUSES,
  GOAL_DOMAINS,
  type AttentionKind,
  type GoalDomain,
} from '@waypoint/shared';

import type { CaseloadViewInput } from '../../__generated__/graphql';

import {
  caseloadSortOptions,
  type CaseloadFilters,
  type CaseloadSort,
} from '../ui/caseload-controls';

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

const serverSorts: Readonly<Record<CaseloadSort, CaseloadViewInput['sort']>> = {
  name: 'NAME',
  lastSession: 'LAST_SESSION',
  lastProgress: 'LAST_PROGRESS',
};

/** The view as the server's caseload query takes it: it filters and orders the whole caseload. */
export function caseloadViewInput(view: CaseloadView): CaseloadViewInput {
  return {
    needsAttention: view.shown === 'attention',
    statuses: [...view.statuses],
    flag: view.flag,
    domain: view.domain,
    search: view.search.trim(),
    sort: serverSorts[view.sort],
    descending: view.direction === 'desc',
  };
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
