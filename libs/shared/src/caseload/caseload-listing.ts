import type { ClientStatus } from '../domain/client';
import type { GoalDomain } from '../domain/goal';
import { attentionOrder, type AttentionFlag, type AttentionKind } from './caseload-flags';

// Which clients a caseload view lists, and in which order. The API applies it to the whole
// caseload and answers one window of the result, so the dashboard never needs every row.
// "Needs attention" orders clients by their most urgent kind of need, never by a score: clients
// are not ranked against each other.

export const CASELOAD_SORTS = ['NAME', 'LAST_SESSION', 'LAST_PROGRESS'] as const;
export type CaseloadSort = (typeof CASELOAD_SORTS)[number];

/** What a caseload view asks for. */
export interface CaseloadQuery {
  /** Only clients with a reason for attention, most urgent kind of need first. */
  readonly needsAttention: boolean;
  /** Any of these statuses; empty for all. */
  readonly statuses: readonly ClientStatus[];
  readonly flag: AttentionKind | null;
  readonly domain: GoalDomain | null;
  /** Part of a preferred name; blank for none. */
  readonly search: string;
  readonly sort: CaseloadSort;
  readonly descending: boolean;
}

export const DEFAULT_CASELOAD_QUERY: CaseloadQuery = {
  needsAttention: false,
  statuses: [],
  flag: null,
  domain: null,
  search: '',
  sort: 'NAME',
  descending: false,
};

/** What the listing reads of each client. */
export interface ListedClient {
  readonly preferredName: string;
  readonly status: ClientStatus;
  readonly lastProgressOn: string | null;
  /** ISO instant or day; either sorts as a string. */
  readonly lastSessionAt: string | null;
  readonly activeGoalDomains: readonly GoalDomain[];
  readonly attention: readonly AttentionFlag[];
}

/** The clients the filters and the search let through, before "needs attention". */
export function filterCaseload<T extends ListedClient>(
  clients: readonly T[],
  query: CaseloadQuery,
): T[] {
  const search = searchable(query.search.trim());
  return clients.filter(
    (client) =>
      (query.statuses.length === 0 || query.statuses.includes(client.status)) &&
      (query.flag === null || client.attention.some((flag) => flag.kind === query.flag)) &&
      (query.domain === null || client.activeGoalDomains.includes(query.domain)) &&
      (search === '' || searchable(client.preferredName).includes(search)),
  );
}

/** The clients a view lists, in its order. Ties fall back to the name. */
export function listCaseload<T extends ListedClient>(
  clients: readonly T[],
  query: CaseloadQuery,
): T[] {
  const filtered = filterCaseload(clients, query);
  const bySort = compareBy(query.sort, query.descending);
  if (!query.needsAttention) return filtered.sort(bySort);
  return filtered
    .filter((client) => client.attention.length > 0)
    .map((client) => ({ client, order: attentionOrder(client.attention) }))
    .sort((first, second) => first.order - second.order || bySort(first.client, second.client))
    .map(({ client }) => client);
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compareBy(sort: CaseloadSort, descending: boolean) {
  const sign = descending ? -1 : 1;
  const byName = (first: ListedClient, second: ListedClient) =>
    collator.compare(first.preferredName, second.preferredName);
  if (sort === 'NAME')
    return (first: ListedClient, second: ListedClient) => sign * byName(first, second);
  // ISO days and instants sort as strings; "never" counts as longest ago.
  const when = (client: ListedClient) =>
    (sort === 'LAST_SESSION' ? client.lastSessionAt : client.lastProgressOn) ?? '';
  return (first: ListedClient, second: ListedClient) =>
    sign * when(first).localeCompare(when(second)) || byName(first, second);
}

/** A lower-case, accent-free form of a name, so "jose" finds "José". */
function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}
