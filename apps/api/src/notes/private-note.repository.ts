import type { Transaction } from 'kysely';
import type { Database, Executor } from '../database/tables';
import type { PrivateNoteRecord } from './note-records';

// Private psychotherapy notes: every statement names the author, so no query here can read or
// change another clinician's.

const privateNoteColumns = [
  'id',
  'practice_id as practiceId',
  'version',
  'session_id as sessionId',
  'author_id as authorId',
  'text',
  'updated_at as updatedAt',
] as const;

function toPrivateNote(
  row: Omit<PrivateNoteRecord, 'updatedAt'> & { updatedAt: Date },
): PrivateNoteRecord {
  return { ...row, updatedAt: row.updatedAt.toISOString() };
}

/** One author's private notes on many sessions, in one statement. */
export async function listPrivateNotesOfAuthor(
  db: Executor,
  authorId: string,
  sessionIds: readonly string[],
): Promise<PrivateNoteRecord[]> {
  const rows = await db
    .selectFrom('private_note')
    .select(privateNoteColumns)
    .where('author_id', '=', authorId)
    .where('session_id', 'in', sessionIds)
    .execute();
  return rows.map(toPrivateNote);
}

/** Writes an author's first private note on a session; null when they already have one. */
export async function insertPrivateNote(
  transaction: Transaction<Database>,
  note: {
    readonly practiceId: string;
    readonly sessionId: string;
    readonly authorId: string;
    readonly text: string;
  },
): Promise<PrivateNoteRecord | null> {
  const row = await transaction
    .insertInto('private_note')
    .values({
      practice_id: note.practiceId,
      session_id: note.sessionId,
      author_id: note.authorId,
      text: note.text,
    })
    .onConflict((conflict) => conflict.columns(['session_id', 'author_id']).doNothing())
    .returning(privateNoteColumns)
    .executeTakeFirst();
  return row ? toPrivateNote(row) : null;
}

/** Saves an author's private note over `version`; null when stale or when there is none. */
export async function savePrivateNoteText(
  transaction: Transaction<Database>,
  note: { readonly sessionId: string; readonly authorId: string; readonly text: string },
  version: number,
): Promise<PrivateNoteRecord | null> {
  const row = await transaction
    .updateTable('private_note')
    .set((eb) => ({ text: note.text, updated_at: new Date(), version: eb('version', '+', 1) }))
    .where('session_id', '=', note.sessionId)
    .where('author_id', '=', note.authorId)
    .where('version', '=', version)
    .returning(privateNoteColumns)
    .executeTakeFirst();
  return row ? toPrivateNote(row) : null;
}
