import { computed, inject, Injectable, linkedSignal, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Apollo, type QueryRef } from 'apollo-angular';
import { filter, firstValueFrom, switchMap } from 'rxjs';

import type { ClientRecordQuery, ClientRecordQueryVariables } from '../../__generated__/graphql';
import { readApiProblem } from '../../shared/api-problem';
import { clientRecordDocument, type ClientRecord } from './client-documents';

/**
 * Watches one client's whole record in Apollo's cache: details, goals, milestones, progress
 * entries and GAS reviews. Provide it on the client page, so the watch ends when the page does.
 */
@Injectable()
export class ClientRecordReader {
  private readonly apollo = inject(Apollo);
  private readonly clientId = signal<string | null>(null);
  private queryRef: QueryRef<ClientRecordQuery, ClientRecordQueryVariables> | null = null;

  private readonly result = toSignal(
    toObservable(this.clientId).pipe(
      filter((id): id is string => id !== null),
      switchMap((id) => {
        this.queryRef = this.apollo.watchQuery({
          query: clientRecordDocument,
          variables: { id },
          // Show what the cache knows at once, then what the server says now: someone else
          // may have logged a win since this browser last looked.
          fetchPolicy: 'cache-and-network',
          nextFetchPolicy: 'cache-first',
        });
        return this.queryRef.valueChanges;
      }),
    ),
  );

  /** Whether a fetch is in flight. */
  readonly isLoading = computed(() => this.result()?.loading ?? true);

  /**
   * Why the latest finished fetch failed (its error code, null when the server could not be
   * reached), or null when it succeeded. It stays while a retry is in flight.
   */
  readonly loadFailure = linkedSignal<
    ReturnType<typeof this.result>,
    { readonly code: string | null } | null
  >({
    source: this.result,
    computation: (result, previous) => {
      if (result === undefined || result.loading) return previous?.value ?? null;
      return result.error === undefined ? null : { code: readApiProblem(result.error).code };
    },
  });

  /** The record; the last complete one stays while a newer one loads. */
  readonly record = linkedSignal<ReturnType<typeof this.result>, ClientRecord | undefined>({
    source: this.result,
    computation: (result, previous) =>
      result?.dataState === 'complete' ? result.data.client : previous?.value,
  });

  /** Starts watching a client's record (again, when the id changes). */
  watch(clientId: string): void {
    this.clientId.set(clientId);
  }

  /** Asks the server again, for example after a failure. */
  refetch(): void {
    this.queryRef?.refetch().catch(() => undefined);
  }

  /**
   * The record as it is saved now, read from the server into the cache: what a conflict
   * shows beside the clinician's own version.
   */
  async fetchSaved(): Promise<ClientRecord> {
    const id = this.clientId();
    if (id === null) throw new Error('No client is being watched');
    const { data } = await firstValueFrom(
      this.apollo.query({
        query: clientRecordDocument,
        variables: { id },
        fetchPolicy: 'network-only',
      }),
    );
    if (!data) throw new Error('The client record answer had no data');
    return data.client;
  }
}
