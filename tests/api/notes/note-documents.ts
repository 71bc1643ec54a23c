import type { NoteFormat } from '@waypoint/shared';
import { document } from '../clients/client-documents';

// The note operations as the tests send them, typed by hand from the contract
// (libs/shared/src/graphql/notes.graphql), so a dashboard query change never changes them.

export type NoteHistoryAction = 'DRAFTED' | 'EDITED' | 'SIGNED' | 'ADDENDUM_ADDED' | 'EXPORTED';

export interface NoteAddendumFields {
  readonly id: string;
  readonly text: string;
  readonly createdAt: string;
  readonly author: { readonly id: string; readonly displayName: string };
}

export interface SessionNoteFields {
  readonly id: string;
  readonly version: number;
  readonly sessionId: string;
  readonly clientId: string;
  readonly format: NoteFormat;
  readonly status: 'DRAFT' | 'SIGNED';
  readonly sections: readonly { key: string; title: string; text: string }[];
  readonly author: { readonly id: string; readonly displayName: string };
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly signedAt: string | null;
  readonly signedBy: { readonly id: string; readonly displayName: string } | null;
  readonly addenda: readonly NoteAddendumFields[];
  readonly history: readonly {
    readonly action: NoteHistoryAction;
    readonly at: string;
    readonly actor: { readonly id: string } | null;
  }[];
}

export interface PrivateNoteFields {
  readonly id: string;
  readonly version: number;
  readonly sessionId: string;
  readonly text: string;
  readonly updatedAt: string;
}

const addendumFields = 'id text createdAt author { id displayName }';
const noteFields = `id version sessionId clientId format status sections { key title text }
  author { id displayName } createdAt updatedAt signedAt signedBy { id displayName }
  addenda { ${addendumFields} } history { action at actor { id } }`;
const privateNoteFields = 'id version sessionId text updatedAt';

export const DraftSessionNote = document<
  { draftSessionNote: SessionNoteFields },
  { sessionId: string; format?: NoteFormat | null }
>(
  `mutation DraftSessionNote($sessionId: ID!, $format: NoteFormat) {
    draftSessionNote(sessionId: $sessionId, format: $format) { ${noteFields} }
  }`,
);

export const SaveSessionNote = document<
  { saveSessionNote: SessionNoteFields },
  { id: string; version: number; sections: readonly { key: string; text: string }[] }
>(
  `mutation SaveSessionNote($id: ID!, $version: Int!, $sections: [NoteSectionInput!]!) {
    saveSessionNote(id: $id, version: $version, sections: $sections) { ${noteFields} }
  }`,
);

export const ChangeNoteFormat = document<
  { changeNoteFormat: SessionNoteFields },
  { id: string; version: number; format: string }
>(
  `mutation ChangeNoteFormat($id: ID!, $version: Int!, $format: NoteFormat!) {
    changeNoteFormat(id: $id, version: $version, format: $format) { ${noteFields} }
  }`,
);

export const SignSessionNote = document<
  { signSessionNote: SessionNoteFields },
  { id: string; version: number }
>(
  `mutation SignSessionNote($id: ID!, $version: Int!) {
    signSessionNote(id: $id, version: $version) { ${noteFields} }
  }`,
);

export const AddNoteAddendum = document<
  { addNoteAddendum: NoteAddendumFields },
  { noteId: string; text: string }
>(
  `mutation AddNoteAddendum($noteId: ID!, $text: String!) {
    addNoteAddendum(noteId: $noteId, text: $text) { ${addendumFields} }
  }`,
);

export const SavePrivateNote = document<
  { savePrivateNote: PrivateNoteFields },
  { sessionId: string; text: string; version?: number | null }
>(
  `mutation SavePrivateNote($sessionId: ID!, $text: String!, $version: Int) {
    savePrivateNote(sessionId: $sessionId, text: $text, version: $version) {
      ${privateNoteFields}
    }
  }`,
);

export const SetDefaultNoteFormat = document<
  { setDefaultNoteFormat: { id: string; defaultNoteFormat: NoteFormat } },
  { format: NoteFormat }
>(
  `mutation SetDefaultNoteFormat($format: NoteFormat!) {
    setDefaultNoteFormat(format: $format) { id defaultNoteFormat }
  }`,
);

export const RecordNoteExport = document<
  { recordNoteExport: boolean },
  { id: string; kind: 'PRINT' | 'MARKDOWN' | 'PLAIN_TEXT' }
>(
  `mutation RecordNoteExport($id: ID!, $kind: NoteExportKind!) {
    recordNoteExport(id: $id, kind: $kind)
  }`,
);

export const SessionNoteQuery = document<{ sessionNote: SessionNoteFields | null }, { id: string }>(
  `query SessionNote($id: ID!) { sessionNote(id: $id) { ${noteFields} } }`,
);

export const SessionNotes = document<
  {
    therapySession: {
      id: string;
      note: { id: string; status: string } | null;
      privateNote: PrivateNoteFields | null;
    } | null;
  },
  { id: string }
>(
  `query SessionNotes($id: ID!) {
    therapySession(id: $id) { id note { id status } privateNote { ${privateNoteFields} } }
  }`,
);

export const ClientNotes = document<
  {
    client: {
      id: string;
      notesToSignCount: number;
      notes: readonly { id: string; status: string; session: { id: string; startedAt: string } }[];
    } | null;
  },
  { id: string }
>(
  `query ClientNotes($id: ID!) {
    client(id: $id) { id notesToSignCount notes { id status session { id startedAt } } }
  }`,
);

export const ProgressLetterQuery = document<
  { progressLetter: { clientId: string; from: string; to: string; paragraphs: string[] } },
  { clientId: string; from: string; to: string; includeScores?: boolean | null }
>(
  `query ProgressLetter($clientId: ID!, $from: Date!, $to: Date!, $includeScores: Boolean) {
    progressLetter(clientId: $clientId, from: $from, to: $to, includeScores: $includeScores) {
      clientId from to paragraphs
    }
  }`,
);

export const ViewerNoteFormat = document<{
  viewer: { clinician: { id: string; displayName: string; defaultNoteFormat: NoteFormat } } | null;
}>(`query ViewerNoteFormat { viewer { clinician { id displayName defaultNoteFormat } } }`);
