import {
  AddNoteAddendumDocument,
  ChangeNoteFormatDocument,
  ClientNotesDocument,
  DraftSessionNoteDocument,
  NotePageDocument,
  NoteSessionRecordFieldsFragmentDoc,
  PrivateNoteFieldsFragmentDoc,
  ProgressLetterPageDocument,
  RecordNoteExportDocument,
  SavePrivateNoteDocument,
  SaveSessionNoteDocument,
  SessionNoteFieldsFragmentDoc,
  SetDefaultNoteFormatDocument,
  SignSessionNoteDocument,
} from '../../__generated__/graphql';
import type {
  ClientNotesQuery,
  NotePageQuery,
  NoteSessionRecordFieldsFragment,
  PrivateNoteFieldsFragment,
  ProgressLetterPageQuery,
  SessionNoteFieldsFragment,
} from '../../__generated__/graphql';

/** A progress note as the note page shows it: sections, who signed, addenda and history. */
export const sessionNoteFieldsFragment = SessionNoteFieldsFragmentDoc;

/** The clinician's own private note for a session: never part of the progress note. */
export const privateNoteFieldsFragment = PrivateNoteFieldsFragmentDoc;

/** What the session recorded, shown beside the draft so each sentence can be checked. */
export const noteSessionRecordFieldsFragment = NoteSessionRecordFieldsFragmentDoc;

/** Everything the note page shows: the client's name, the note and the session behind it. */
export const notePageDocument = NotePageDocument;

/** A client's progress notes, latest session first, for the list on the client page. */
export const clientNotesDocument = ClientNotesDocument;

/** The "how far you've come" letter for a date range. */
export const progressLetterPageDocument = ProgressLetterPageDocument;

/** Drafts the session's progress note (or answers the one already drafted). */
export const draftSessionNoteDocument = DraftSessionNoteDocument;

/** Saves a draft's sections over the version they were read at. */
export const saveSessionNoteDocument = SaveSessionNoteDocument;

/** Drafts a draft again in another format. */
export const changeNoteFormatDocument = ChangeNoteFormatDocument;

/** Signs a draft, locking it. */
export const signSessionNoteDocument = SignSessionNoteDocument;

/** Adds a dated correction to a signed note. */
export const addNoteAddendumDocument = AddNoteAddendumDocument;

/** Saves the clinician's private note for a session, creating it the first time. */
export const savePrivateNoteDocument = SavePrivateNoteDocument;

/** Sets the format the signed-in clinician's notes are drafted in. */
export const setDefaultNoteFormatDocument = SetDefaultNoteFormatDocument;

/** Records a print or a copy made in the browser on the audit trail. */
export const recordNoteExportDocument = RecordNoteExportDocument;

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
