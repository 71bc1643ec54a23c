import { computed, Injectable, signal } from '@angular/core';

import { watchQuery } from '../../shared/watched-query';
import { clientNotesDocument, type ClientNoteSummary } from './note-documents';

/** Watches a client's list of progress notes. Provide it where the list is shown. */
@Injectable()
export class ClientNotesReader {
  private readonly clientId = signal<string | null>(null);
  private readonly query = watchQuery(
    clientNotesDocument,
    computed(() => {
      const clientId = this.clientId();
      return clientId === null ? null : { clientId };
    }),
  );

  /** Whether a fetch is in flight. */
  readonly isLoading = this.query.isLoading;
  /** Why the latest finished fetch failed, or null. */
  readonly loadFailure = this.query.loadFailure;
  /** The client's notes, latest session first; undefined until the first answer. */
  readonly notes = computed<readonly ClientNoteSummary[] | undefined>(
    () => this.query.data()?.client.notes,
  );

  /** Starts watching a client's notes. */
  watch(clientId: string): void {
    this.clientId.set(clientId);
  }

  /** Asks the server again, after a failure. */
  refetch(): void {
    this.query.refetch();
  }
}
