import { inject, Injectable } from '@angular/core';
import type { Reference } from '@apollo/client';
import { firstValueFrom } from 'rxjs';

import { APOLLO } from '../../shared/apollo-on-demand';
import type { ProgressEntryInput } from '../../__generated__/graphql';
import { forgetCaseloadSummaries, insertIntoList, removeFromList } from './cache-lists';
import type { ProgressEntryRecord } from './client-documents';
import type { PendingRemoval } from './pending-removal';
import {
  logProgressEntryDocument,
  removeProgressEntryDocument,
  updateProgressEntryDocument,
} from './progress-documents';

let pendingCount = 0;
const pendingIdPrefix = 'pending-';

/** Whether an entry is shown on screen but not yet confirmed by the server. */
export function isPendingEntryId(entryId: string): boolean {
  return entryId.startsWith(pendingIdPrefix);
}

/** Small wins, setbacks, gratitude and reflections: logging, editing and removing them. */
@Injectable({ providedIn: 'root' })
export class ProgressChanges {
  private readonly apollo = inject(APOLLO);

  /**
   * Logs a progress entry. It is on the timeline at once, under a temporary id, and goes
   * away again if the save fails.
   */
  async log(
    clientId: string,
    input: ProgressEntryInput & { readonly occurredOn: string },
  ): Promise<ProgressEntryRecord> {
    pendingCount += 1;
    const pendingEntry = {
      __typename: 'ProgressEntry' as const,
      id: `${pendingIdPrefix}${pendingCount}`,
      version: 0,
      kind: input.kind,
      category: input.category,
      clientWords: input.clientWords,
      isEffort: input.isEffort ?? false,
      occurredOn: input.occurredOn,
      goalId: input.goalId == null ? null : String(input.goalId),
    };
    const { data } = await firstValueFrom(
      this.apollo.mutate({
        mutation: logProgressEntryDocument,
        variables: { clientId, input },
        optimisticResponse: { logProgressEntry: pendingEntry },
        update: (cache, { data }) => {
          if (!data) return;
          const entry = data.logProgressEntry;
          // The list is newest first: the new entry goes above the first one not newer than it.
          cache.modify({
            id: cache.identify(client(clientId)),
            fields: {
              progressEntries: (
                existing: readonly Reference[] = [],
                { readField, toReference },
              ) => {
                if (existing.some((reference) => readField('id', reference) === entry.id)) {
                  return existing;
                }
                const reference = toReference(progressEntry(entry.id));
                if (!reference) return existing;
                const index = existing.findIndex(
                  (other) => (readField<string>('occurredOn', other) ?? '') <= entry.occurredOn,
                );
                const position = index === -1 ? existing.length : index;
                return [...existing.slice(0, position), reference, ...existing.slice(position)];
              },
            },
          });
          forgetCaseloadSummaries(cache, clientId, ['lastProgressOn']);
        },
      }),
    );
    if (!data) throw new Error('The progress entry answer had no data');
    return data.logProgressEntry;
  }

  /** Saves a progress entry over the version it was read at. */
  async update(
    clientId: string,
    entryId: string,
    version: number,
    input: ProgressEntryInput,
  ): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({
        mutation: updateProgressEntryDocument,
        variables: { id: entryId, version, input },
        update: (cache) => forgetCaseloadSummaries(cache, clientId, ['lastProgressOn']),
      }),
    );
  }

  /** Takes an entry off the timeline at once; the server removes it when the removal commits. */
  hide(clientId: string, entry: ProgressEntryRecord): PendingRemoval {
    const cache = this.apollo.client.cache;
    const position = removeFromList(cache, client(clientId), 'progressEntries', entry.id);
    const restore = () =>
      insertIntoList(cache, client(clientId), 'progressEntries', progressEntry(entry.id), position);
    return {
      restore,
      commit: async (version) => {
        try {
          await firstValueFrom(
            this.apollo.mutate({
              mutation: removeProgressEntryDocument,
              variables: { id: entry.id, version },
            }),
          );
        } catch (error) {
          restore();
          throw error;
        }
        cache.evict({ id: cache.identify(progressEntry(entry.id)) });
        forgetCaseloadSummaries(cache, clientId, ['lastProgressOn']);
        cache.gc();
      },
    };
  }
}

function client(id: string) {
  return { __typename: 'Client', id } as const;
}

function progressEntry(id: string) {
  return { __typename: 'ProgressEntry', id } as const;
}
