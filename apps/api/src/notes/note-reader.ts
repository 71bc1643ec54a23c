import DataLoader from 'dataloader';
import type { NoteFormat } from '@waypoint/shared';
import { groupedLoader } from '../database/grouped-loader';
import type { Executor } from '../database/tables';
import type {
  NoteAddendumRecord,
  NoteHistoryRecord,
  PrivateNoteRecord,
  SessionNoteRecord,
} from './note-records';
import {
  findDefaultNoteFormats,
  listAddendaOfNotes,
  listNotesOfClients,
  listNotesOfSessions,
} from './note.repository';
import { listNoteHistories } from './note-history.repository';
import { listPrivateNotesOfAuthor } from './private-note.repository';

/** The format a clinician drafts in when they have never chosen (the column's default too). */
const DEFAULT_NOTE_FORMAT: NoteFormat = 'SOAP';

/**
 * Per-request reader of progress notes, their addenda and histories, and the viewer's own
 * private notes: one statement per list however many notes, sessions or clients a response
 * reaches. Private notes are read for the viewer alone; no key here can name another author.
 */
export class NoteReader {
  readonly #ofSessions: DataLoader<string, SessionNoteRecord | null>;
  readonly #ofClients: DataLoader<string, SessionNoteRecord[]>;
  readonly #addenda: DataLoader<string, NoteAddendumRecord[]>;
  readonly #histories: DataLoader<SessionNoteRecord, NoteHistoryRecord[], string>;
  readonly #formats: DataLoader<string, NoteFormat>;
  readonly #privateNotes: DataLoader<string, PrivateNoteRecord | null> | null;

  constructor(db: Executor, viewerId: string | null) {
    this.#ofSessions = new DataLoader(async (sessionIds) => {
      const notes = new Map(
        (await listNotesOfSessions(db, sessionIds)).map((note) => [note.sessionId, note]),
      );
      return sessionIds.map((id) => notes.get(id) ?? null);
    });
    this.#ofClients = groupedLoader(
      (ids) => listNotesOfClients(db, ids),
      (note) => note.clientId,
    );
    this.#addenda = groupedLoader(
      (ids) => listAddendaOfNotes(db, ids),
      (addendum) => addendum.noteId,
    );
    this.#histories = new DataLoader(
      async (notes) => {
        // A request reaches one practice's notes; grouping by practice keeps that explicit.
        const byNote = new Map<string, NoteHistoryRecord[]>(notes.map((note) => [note.id, []]));
        for (const practiceId of new Set(notes.map((note) => note.practiceId))) {
          const ids = notes.filter((note) => note.practiceId === practiceId).map((note) => note.id);
          for (const entry of await listNoteHistories(db, practiceId, ids)) {
            byNote.get(entry.noteId)?.push(entry);
          }
        }
        return notes.map((note) => byNote.get(note.id) ?? []);
      },
      { cacheKeyFn: (note) => note.id },
    );
    this.#formats = new DataLoader(async (clinicianIds) => {
      const formats = await findDefaultNoteFormats(db, clinicianIds);
      return clinicianIds.map((id) => formats.get(id) ?? DEFAULT_NOTE_FORMAT);
    });
    this.#privateNotes =
      viewerId === null
        ? null
        : new DataLoader(async (sessionIds) => {
            const notes = new Map(
              (await listPrivateNotesOfAuthor(db, viewerId, sessionIds)).map((note) => [
                note.sessionId,
                note,
              ]),
            );
            return sessionIds.map((id) => notes.get(id) ?? null);
          });
  }

  /**
   * Forgets what this request has read of a note, its session's and its client's. Every write
   * calls it, so an aliased field after a mutation never answers from before the write.
   */
  forget(note: { readonly id: string; readonly sessionId: string; readonly clientId: string }) {
    this.#ofSessions.clear(note.sessionId);
    this.#ofClients.clear(note.clientId);
    this.#addenda.clear(note.id);
    this.#histories.clearAll();
  }

  /** Forgets the viewer's private note on a session. */
  forgetPrivateNote(sessionId: string): void {
    this.#privateNotes?.clear(sessionId);
  }

  /** Forgets a clinician's default format. */
  forgetDefaultNoteFormat(clinicianId: string): void {
    this.#formats.clear(clinicianId);
  }

  /** The session's progress note, or null before it is drafted. */
  noteOfSession(sessionId: string): Promise<SessionNoteRecord | null> {
    return this.#ofSessions.load(sessionId);
  }

  /** A client's progress notes, latest session first. */
  notesOf(clientId: string): Promise<SessionNoteRecord[]> {
    return this.#ofClients.load(clientId);
  }

  /** A note's addenda, oldest first. */
  addenda(noteId: string): Promise<NoteAddendumRecord[]> {
    return this.#addenda.load(noteId);
  }

  /** A note's history from the audit trail, oldest first. */
  history(note: SessionNoteRecord): Promise<NoteHistoryRecord[]> {
    return this.#histories.load(note);
  }

  /** The format a clinician's notes are drafted in. */
  defaultNoteFormat(clinicianId: string): Promise<NoteFormat> {
    return this.#formats.load(clinicianId);
  }

  /** The viewer's own private note on a session, or null (always null when signed out). */
  async viewersPrivateNote(sessionId: string): Promise<PrivateNoteRecord | null> {
    return this.#privateNotes ? this.#privateNotes.load(sessionId) : null;
  }
}
