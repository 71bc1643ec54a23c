import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { APOLLO } from '../../shared/apollo-on-demand';
import { appendToList } from '../../clients/data-access/cache-lists';
import type { NoteExportKind, NoteFormat, NoteSectionInput } from '../../__generated__/graphql';
import {
  addNoteAddendumDocument,
  changeNoteFormatDocument,
  draftSessionNoteDocument,
  recordNoteExportDocument,
  savePrivateNoteDocument,
  saveSessionNoteDocument,
  setDefaultNoteFormatDocument,
  signSessionNoteDocument,
  type PrivateNoteRecord,
  type SessionNoteRecord,
} from './note-documents';
import { forgetCaseloadSignals } from '../../shared/caseload-signals';

/**
 * Every change to progress notes, private notes and the default format, sent to the API.
 * Answers land in Apollo's cache, so the pages watching a note see them at once. Failures are
 * rethrown for the caller to read with readApiProblem.
 */
@Injectable({ providedIn: 'root' })
export class NoteChanges {
  private readonly apollo = inject(APOLLO);

  /** Drafts the session's progress note, or answers the one already drafted. */
  async draft(sessionId: string, format?: NoteFormat): Promise<SessionNoteRecord> {
    const { data } = await firstValueFrom(
      this.apollo.mutate({ mutation: draftSessionNoteDocument, variables: { sessionId, format } }),
    );
    return required(data).draftSessionNote;
  }

  /** Saves a draft's sections over a version; resolves with the note as saved. */
  async save(
    id: string,
    version: number,
    sections: readonly NoteSectionInput[],
  ): Promise<SessionNoteRecord> {
    const { data } = await firstValueFrom(
      this.apollo.mutate({
        mutation: saveSessionNoteDocument,
        variables: { id, version, sections: [...sections] },
      }),
    );
    return required(data).saveSessionNote;
  }

  /** Drafts a draft again in another format. */
  async changeFormat(id: string, version: number, format: NoteFormat): Promise<SessionNoteRecord> {
    const { data } = await firstValueFrom(
      this.apollo.mutate({
        mutation: changeNoteFormatDocument,
        variables: { id, version, format },
      }),
    );
    return required(data).changeNoteFormat;
  }

  /** Signs a draft. */
  async sign(id: string, version: number): Promise<SessionNoteRecord> {
    const { data } = await firstValueFrom(
      this.apollo.mutate({
        mutation: signSessionNoteDocument,
        variables: { id, version },
        update: (cache, { data: answer }) => {
          const clientId = answer?.signSessionNote.clientId;
          if (clientId) forgetCaseloadSignals(cache, clientId);
        },
      }),
    );
    return required(data).signSessionNote;
  }

  /** Adds a dated correction to a signed note, appending it to the note's addenda. */
  async addAddendum(noteId: string, text: string): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({
        mutation: addNoteAddendumDocument,
        variables: { noteId, text },
        update: (cache, { data }) => {
          const addendum = data?.addNoteAddendum;
          if (!addendum) return;
          appendToList(cache, { __typename: 'SessionNote', id: noteId }, 'addenda', {
            __typename: 'NoteAddendum',
            id: addendum.id,
          });
        },
        // The history gains an entry the answer does not carry.
        refetchQueries: ['NotePage'],
      }),
    );
  }

  /** Saves the clinician's private note for a session; resolves with it as saved. */
  async savePrivate(
    sessionId: string,
    text: string,
    version: number | null,
  ): Promise<PrivateNoteRecord> {
    const { data } = await firstValueFrom(
      this.apollo.mutate({
        mutation: savePrivateNoteDocument,
        variables: { sessionId, text, version },
        update: (cache, { data: answer }) => {
          const saved = answer?.savePrivateNote;
          if (!saved) return;
          // The first save creates the note: the session points at it from now on.
          cache.modify({
            id: cache.identify({ __typename: 'TherapySession', id: sessionId }),
            fields: { privateNote: (_existing, { toReference }) => toReference(saved, true) },
          });
        },
      }),
    );
    return required(data).savePrivateNote;
  }

  /** Sets the format the signed-in clinician's notes are drafted in. */
  async setDefaultFormat(format: NoteFormat): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({ mutation: setDefaultNoteFormatDocument, variables: { format } }),
    );
  }

  /** Records a print or copy on the audit trail. */
  async recordExport(id: string, kind: NoteExportKind): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({
        mutation: recordNoteExportDocument,
        variables: { id, kind },
        // The export joins the note's history.
        refetchQueries: ['NotePage'],
      }),
    );
  }
}

function required<Data>(data: Data | null | undefined): Data {
  if (data === null || data === undefined) throw new Error('The answer had no data');
  return data;
}
