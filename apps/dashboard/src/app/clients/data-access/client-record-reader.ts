import { computed, inject, Injectable, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { APOLLO } from '../../shared/apollo-on-demand';
import { watchQuery } from '../../shared/watched-query';
import { clientRecordDocument, type ClientRecord } from './client-documents';

/**
 * Watches one client's whole record in Apollo's cache: details, goals, milestones, progress
 * entries and GAS reviews. Provide it on the client page, so the watch ends when the page does.
 */
@Injectable()
export class ClientRecordReader {
  private readonly apollo = inject(APOLLO);
  private readonly clientId = signal<string | null>(null);
  private readonly query = watchQuery(
    clientRecordDocument,
    computed(() => {
      const id = this.clientId();
      return id === null ? null : { id };
    }),
  );

  /** Whether a fetch is in flight. */
  readonly isLoading = this.query.isLoading;

  /**
   * Why the latest finished fetch failed (its error code, null when the server could not be
   * reached), or null when it succeeded. It stays while a retry is in flight.
   */
  readonly loadFailure = this.query.loadFailure;

  /** The record; the last complete one stays while a newer one loads. */
  readonly record = computed<ClientRecord | undefined>(() => this.query.data()?.client);

  /** Starts watching a client's record (again, when the id changes). */
  watch(clientId: string): void {
    this.clientId.set(clientId);
  }

  /** Asks the server again, for example after a failure. */
  refetch(): void {
    this.query.refetch();
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
