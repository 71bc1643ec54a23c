import { graphql } from '../../__generated__';
import type {
  ClientNotesQuery,
  NotePageQuery,
  NoteSessionRecordFieldsFragment,
  PrivateNoteFieldsFragment,
  ProgressLetterPageQuery,
  SessionNoteFieldsFragment,
} from '../../__generated__/graphql';

/** A progress note as the note page shows it: sections, who signed, addenda and history. */
export const sessionNoteFieldsFragment = graphql(`
  fragment SessionNoteFields on SessionNote {
    id
    version
    sessionId
    clientId
    format
    status
    sections {
      key
      title
      text
    }
    author {
      id
      displayName
      defaultNoteFormat
    }
    createdAt
    updatedAt
    signedAt
    signedBy {
      id
      displayName
    }
    addenda {
      id
      text
      createdAt
      author {
        id
        displayName
      }
    }
    history {
      action
      at
      actor {
        id
        displayName
      }
    }
  }
`);

/** The clinician's own private note for a session: never part of the progress note. */
export const privateNoteFieldsFragment = graphql(`
  fragment PrivateNoteFields on PrivateNote {
    id
    version
    sessionId
    text
    updatedAt
  }
`);

/** What the session recorded, shown beside the draft so each sentence can be checked. */
export const noteSessionRecordFieldsFragment = graphql(`
  fragment NoteSessionRecordFields on TherapySession {
    id
    modality
    startedAt
    endedAt
    durationMinutes
    isFirst
    notes
    promptsAsked {
      id
      text
      answer
    }
    milestonesTicked {
      id
      title
    }
    progressEntries {
      id
      kind
      clientWords
      isEffort
    }
    measures {
      id
      instrument
      total
      moodWord
      hasSafetyFlag
    }
  }
`);

/** Everything the note page shows: the client's name, the note and the session behind it. */
export const notePageDocument = graphql(`
  query NotePage($noteId: ID!, $clientId: ID!) {
    client(id: $clientId) {
      id
      preferredName
      pronouns
    }
    sessionNote(id: $noteId) {
      ...SessionNoteFields
      session {
        ...NoteSessionRecordFields
        privateNote {
          ...PrivateNoteFields
        }
      }
    }
  }
`);

/** A client's progress notes, latest session first, for the list on the client page. */
export const clientNotesDocument = graphql(`
  query ClientNotes($clientId: ID!) {
    client(id: $clientId) {
      id
      notes {
        id
        format
        status
        signedAt
        signedBy {
          id
          displayName
        }
        session {
          id
          startedAt
        }
      }
    }
  }
`);

/** The "how far you've come" letter for a date range. */
export const progressLetterPageDocument = graphql(`
  query ProgressLetterPage($clientId: ID!, $from: Date!, $to: Date!, $includeScores: Boolean) {
    client(id: $clientId) {
      id
      preferredName
    }
    progressLetter(clientId: $clientId, from: $from, to: $to, includeScores: $includeScores) {
      clientId
      from
      to
      paragraphs
    }
  }
`);

/** Drafts the session's progress note (or answers the one already drafted). */
export const draftSessionNoteDocument = graphql(`
  mutation DraftSessionNote($sessionId: ID!, $format: NoteFormat) {
    draftSessionNote(sessionId: $sessionId, format: $format) {
      ...SessionNoteFields
    }
  }
`);

/** Saves a draft's sections over the version they were read at. */
export const saveSessionNoteDocument = graphql(`
  mutation SaveSessionNote($id: ID!, $version: Int!, $sections: [NoteSectionInput!]!) {
    saveSessionNote(id: $id, version: $version, sections: $sections) {
      ...SessionNoteFields
    }
  }
`);

/** Drafts a draft again in another format. */
export const changeNoteFormatDocument = graphql(`
  mutation ChangeNoteFormat($id: ID!, $version: Int!, $format: NoteFormat!) {
    changeNoteFormat(id: $id, version: $version, format: $format) {
      ...SessionNoteFields
    }
  }
`);

/** Signs a draft, locking it. */
export const signSessionNoteDocument = graphql(`
  mutation SignSessionNote($id: ID!, $version: Int!) {
    signSessionNote(id: $id, version: $version) {
      ...SessionNoteFields
    }
  }
`);

/** Adds a dated correction to a signed note. */
export const addNoteAddendumDocument = graphql(`
  mutation AddNoteAddendum($noteId: ID!, $text: String!) {
    addNoteAddendum(noteId: $noteId, text: $text) {
      id
      text
      createdAt
      author {
        id
        displayName
      }
    }
  }
`);

/** Saves the clinician's private note for a session, creating it the first time. */
export const savePrivateNoteDocument = graphql(`
  mutation SavePrivateNote($sessionId: ID!, $text: String!, $version: Int) {
    savePrivateNote(sessionId: $sessionId, text: $text, version: $version) {
      ...PrivateNoteFields
    }
  }
`);

/** Sets the format the signed-in clinician's notes are drafted in. */
export const setDefaultNoteFormatDocument = graphql(`
  mutation SetDefaultNoteFormat($format: NoteFormat!) {
    setDefaultNoteFormat(format: $format) {
      id
      defaultNoteFormat
    }
  }
`);

/** Records a print or a copy made in the browser on the audit trail. */
export const recordNoteExportDocument = graphql(`
  mutation RecordNoteExport($id: ID!, $kind: NoteExportKind!) {
    recordNoteExport(id: $id, kind: $kind)
  }
`);

/** A progress note as the note page shows it. */
export type SessionNoteRecord = SessionNoteFieldsFragment;
/** A private psychotherapy note. */
export type PrivateNoteRecord = PrivateNoteFieldsFragment;
/** The session a note was drafted from, as the note page shows it. */
export type NoteSessionRecord = NoteSessionRecordFieldsFragment;
/** The note page's whole answer. */
export type NotePageAnswer = NotePageQuery;
/** One note of a client's list. */
export type ClientNoteSummary = NonNullable<ClientNotesQuery['client']>['notes'][number];
/** The progress letter page's answer. */
export type ProgressLetterAnswer = ProgressLetterPageQuery;
