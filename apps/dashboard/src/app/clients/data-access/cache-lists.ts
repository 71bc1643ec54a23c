import type { ApolloCache, Reference } from '@apollo/client';
import { forgetCaseloadSignals } from '../../shared/caseload-signals';

/** A normalised record, named the way the cache names it. */
export type CacheEntity = { readonly __typename: string; readonly id: string };

type ListOfReferences = readonly Reference[];

/** Adds a record to the end of a list field, unless it is there already. */
export function appendToList(
  cache: ApolloCache,
  owner: CacheEntity,
  field: string,
  item: CacheEntity,
): void {
  insertIntoList(cache, owner, field, item, Number.POSITIVE_INFINITY);
}

/** Puts a record into a list field at a position (clamped to the list), unless it is there. */
export function insertIntoList(
  cache: ApolloCache,
  owner: CacheEntity,
  field: string,
  item: CacheEntity,
  index: number,
): void {
  cache.modify({
    id: cache.identify(owner),
    fields: {
      [field]: (existing: ListOfReferences = [], { readField, toReference }) => {
        if (existing.some((reference) => readField('id', reference) === item.id)) return existing;
        const reference = toReference(item);
        if (!reference) return existing;
        const position = Math.max(0, Math.min(index, existing.length));
        return [...existing.slice(0, position), reference, ...existing.slice(position)];
      },
    },
  });
}

/** Takes a record out of a list field and answers where it was (-1 when it was not there). */
export function removeFromList(
  cache: ApolloCache,
  owner: CacheEntity,
  field: string,
  itemId: string,
): number {
  let removedAt = -1;
  cache.modify({
    id: cache.identify(owner),
    fields: {
      [field]: (existing: ListOfReferences = [], { readField }) => {
        removedAt = existing.findIndex((reference) => readField('id', reference) === itemId);
        return removedAt === -1 ? existing : existing.filter((_, index) => index !== removedAt);
      },
    },
  });
  return removedAt;
}

/** Sets the order of a list field to the records given. */
export function orderList(
  cache: ApolloCache,
  owner: CacheEntity,
  field: string,
  items: readonly CacheEntity[],
): void {
  cache.modify({
    id: cache.identify(owner),
    fields: {
      [field]: (existing: ListOfReferences = [], { readField, toReference }) => {
        const known = new Set(existing.map((reference) => readField<string>('id', reference)));
        const ordered = items
          .filter((item) => known.has(item.id))
          .map((item) => toReference(item))
          .filter((reference): reference is Reference => reference !== undefined);
        // Anything the new order does not name keeps its place at the end.
        const named = new Set(items.map((item) => item.id));
        const rest = existing.filter(
          (reference) => !named.has(readField<string>('id', reference)!),
        );
        return [...ordered, ...rest];
      },
    },
  });
}

/**
 * Forgets summary fields the caseload shows but the client page does not, so the caseload
 * asks the server again rather than showing a count from before this change.
 */
export function forgetCaseloadSummaries(
  cache: ApolloCache,
  clientId: string,
  fields: readonly ('activeGoalCount' | 'lastProgressOn')[],
): void {
  const id = cache.identify({ __typename: 'Client', id: clientId });
  for (const fieldName of fields) cache.evict({ id, fieldName });
  forgetCaseloadSignals(cache, clientId);
}
