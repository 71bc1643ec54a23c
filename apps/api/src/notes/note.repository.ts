import type { Transaction } from 'kysely';
import { NOTE_SECTIONS, type NoteFormat } from '@waypoint/shared';
import type { Database, Executor } from '../database/tables';
import { isRecordId } from '../graphql/ids';
import type { NoteAddendumRecord, SessionNoteRecord } from './note-records';

// The SQL of progress notes and their addenda. A signed note is refused by the database's own
// trigger too (migration 0007), so the WHERE signed_at IS NULL below is the first of two locks.

const noteColumns = [
  'session_note.id',
  'session_note.practice_id as practiceId',
  'session_note.version',
  'session_note.session_id as sessionId',
  'session_note.client_id as clientId',
  'session_note.author_id as authorId',
  'session_note.format',
  'session_note.sections',
  'session_note.created_at as createdAt',
  'session_note.updated_at as updatedAt',
  'session_note.signed_at as signedAt',
  'session_note.signed_by_id as signedById',
] as const;

interface NoteRow {
  readonly id: string;
  readonly practiceId: string;
  readonly version: number;
  readonly sessionId: string;
  readonly clientId: string;
  readonly authorId: string;
  readonly format: NoteFormat;
  readonly sections: Record<string, string>;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly signedAt: Date | null;
  readonly signedById: string | null;
}

function toNote(row: NoteRow): SessionNoteRecord {
  return {
    ...row,
    sections: inFormatOrder(row.format, row.sections),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    signedAt: row.signedAt?.toISOString() ?? null,
  };
}

/** Sections in the format's order (jsonb keeps none), every key of the format present. */
function inFormatOrder(
  format: NoteFormat,
  sections: Readonly<Record<string, string>>,
): Record<string, string> {
  const ordered: Record<string, string> = {};
  for (const { key } of NOTE_SECTIONS[format]) ordered[key] = sections[key] ?? '';
  return ordered;
}

/** A progress note, or null; in any practice (the policy decides through its client). */
export async function findNote(db: Executor, noteId: string): Promise<SessionNoteRecord | null> {
  if (!isRecordId(noteId)) return null;
  const row = await db
    .selectFrom('session_note')
    .select(noteColumns)
    .where('session_note.id', '=', noteId)
    .executeTakeFirst();
  return row ? toNote(row) : null;
}

/** The notes of many sessions (at most one each), in one statement. */
export async function listNotesOfSessions(
  db: Executor,
  sessionIds: readonly string[],
): Promise<SessionNoteRecord[]> {
  const rows = await db
    .selectFrom('session_note')
    .select(noteColumns)
    .where('session_note.session_id', 'in', sessionIds)
    .execute();
  return rows.map(toNote);
}

/** The notes of many clients, latest session first, in one statement. */
export async function listNotesOfClients(
  db: Executor,
  clientIds: readonly string[],
): Promise<SessionNoteRecord[]> {
  const rows = await db
    .selectFrom('session_note')
    .innerJoin('therapy_session', 'therapy_session.id', 'session_note.session_id')
    .select(noteColumns)
    .where('session_note.client_id', 'in', clientIds)
    .orderBy('therapy_session.started_at', 'desc')
    .orderBy('session_note.id')
    .execute();
  return rows.map(toNote);
}

export interface NewNote {
  readonly practiceId: string;
  readonly clientId: string;
  readonly sessionId: string;
  readonly authorId: string;
  readonly format: NoteFormat;
  readonly sections: Readonly<Record<string, string>>;
}

/** Drafts a session's note; null when the session already has one (the unique key says so). */
export async function insertNote(
  transaction: Transaction<Database>,
  note: NewNote,
): Promise<SessionNoteRecord | null> {
  const row = await transaction
    .insertInto('session_note')
    .values({
      practice_id: note.practiceId,
      client_id: note.clientId,
      session_id: note.sessionId,
      author_id: note.authorId,
      format: note.format,
      sections: JSON.stringify(note.sections),
    })
    .onConflict((conflict) => conflict.column('session_id').doNothing())
    .returning(noteColumns)
    .executeTakeFirst();
  return row ? toNote(row) : null;
}

/** Saves a draft's format and sections over `version`; null when stale or signed. */
export async function saveNoteSections(
  transaction: Transaction<Database>,
  noteId: string,
  version: number,
  format: NoteFormat,
  sections: Readonly<Record<string, string>>,
): Promise<SessionNoteRecord | null> {
  const row = await transaction
    .updateTable('session_note')
    .set((eb) => ({
      format,
      sections: JSON.stringify(sections),
      updated_at: new Date(),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', noteId)
    .where('version', '=', version)
    .where('signed_at', 'is', null)
    .returning(noteColumns)
    .executeTakeFirst();
  return row ? toNote(row) : null;
}

/** Signs a draft at `version`: who and when; null when stale or already signed. */
export async function saveNoteSignature(
  transaction: Transaction<Database>,
  noteId: string,
  version: number,
  signedById: string,
): Promise<SessionNoteRecord | null> {
  const now = new Date();
  const row = await transaction
    .updateTable('session_note')
    .set((eb) => ({
      signed_at: now,
      signed_by_id: signedById,
      updated_at: now,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', noteId)
    .where('version', '=', version)
    .where('signed_at', 'is', null)
    .returning(noteColumns)
    .executeTakeFirst();
  return row ? toNote(row) : null;
}

const addendumColumns = [
  'id',
  'note_id as noteId',
  'author_id as authorId',
  'text',
  'created_at as createdAt',
] as const;

function toAddendum(row: Omit<NoteAddendumRecord, 'createdAt'> & { createdAt: Date }) {
  return { ...row, createdAt: row.createdAt.toISOString() };
}

/** Adds a dated correction to a note (the caller has checked that it is signed). */
export async function insertAddendum(
  transaction: Transaction<Database>,
  note: { readonly id: string; readonly practiceId: string },
  authorId: string,
  text: string,
): Promise<NoteAddendumRecord> {
  const row = await transaction
    .insertInto('note_addendum')
    .values({ practice_id: note.practiceId, note_id: note.id, author_id: authorId, text })
    .returning(addendumColumns)
    .executeTakeFirstOrThrow();
  return toAddendum(row);
}

/** The addenda of many notes, oldest first, in one statement. */
export async function listAddendaOfNotes(
  db: Executor,
  noteIds: readonly string[],
): Promise<NoteAddendumRecord[]> {
  const rows = await db
    .selectFrom('note_addendum')
    .select(addendumColumns)
    .where('note_id', 'in', noteIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toAddendum);
}

/** The note format each clinician drafts in, for many clinicians in one statement. */
export async function findDefaultNoteFormats(
  db: Executor,
  clinicianIds: readonly string[],
): Promise<Map<string, NoteFormat>> {
  const ids = clinicianIds.filter(isRecordId);
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('clinician')
    .select(['id', 'default_note_format as format'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.id, row.format]));
}

/** Sets the format a clinician's notes are drafted in. */
export async function saveDefaultNoteFormat(
  transaction: Transaction<Database>,
  clinicianId: string,
  format: NoteFormat,
): Promise<void> {
  await transaction
    .updateTable('clinician')
    .set((eb) => ({ default_note_format: format, version: eb('version', '+', 1) }))
    .where('id', '=', clinicianId)
    .execute();
}
