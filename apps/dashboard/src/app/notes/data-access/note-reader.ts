import { inject, Injectable, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { APOLLO } from '../../shared/apollo-on-demand';
import type { NotePageQueryVariables } from '../../__generated__/graphql';
import { watchQuery } from '../../shared/watched-query';
import { notePageDocument, type NotePageAnswer } from './note-documents';

/**
 * Watches one progress note in Apollo's cache, with its client's name and the session it was
 * drafted from. Provide it on the note page, so the watch ends when the page does.
 */
@Injectable()
export class NoteReader {
  private readonly apollo = inject(APOLLO);
  private readonly ids = signal<NotePageQueryVariables | null>(null);
  private readonly query = watchQuery(notePageDocument, this.ids);

  /** Whether a fetch is in flight. */
  readonly isLoading = this.query.isLoading;
  /** Why the latest finished fetch failed, or null; it stays while a retry is in flight. */
  readonly loadFailure = this.query.loadFailure;
  /** The page's answer; the last complete one stays while a newer one loads. */
  readonly answer = this.query.data;

  /** Starts watching a note (again, when the ids change). */
  watch(noteId: string, clientId: string): void {
    const ids = this.ids();
    if (ids?.noteId !== noteId || ids.clientId !== clientId) this.ids.set({ noteId, clientId });
  }

  /** Asks the server again, for example after a failure. */
  refetch(): void {
    this.query.refetch();
  }

  /** The note as it is saved now, read from the server: what a conflict shows beside yours. */
  async fetchSaved(): Promise<NotePageAnswer> {
    const variables = this.ids();
    if (variables === null) throw new Error('No note is being watched');
    const { data } = await firstValueFrom(
      this.apollo.query({ query: notePageDocument, variables, fetchPolicy: 'network-only' }),
    );
    if (!data) throw new Error('The note answer had no data');
    return data;
  }
}
