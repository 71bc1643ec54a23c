import { composeNote, type Clinician, type NoteFormat } from '@waypoint/shared';
import type { NoteSectionInput } from '../__generated__/resolvers-types';
import { recordAuditEvent } from '../audit/audit-trail';
import { findClinician } from '../auth/account.repository';
import { accountAuditEntry } from '../auth/account-audit';
import { requireViewer } from '../auth/authorize';
import type { Viewer } from '../auth/viewer';
import { recordEvent } from '../clients/client-access';
import type { Executor } from '../database/tables';
import type { RequestContext } from '../graphql/context';
import { apiError } from '../graphql/errors';
import { staleVersion, unknownRecord } from '../graphql/input-checks';
import { changeableSession } from '../sessions/session-access';
import { findSession } from '../sessions/session.repository';
import { changeableNote, readableNote, signedNoteNeverChanges } from './note-access';
import { checkedNoteText, checkedSections, isEmptyNote } from './note-input';
import type { NoteAddendumRecord, SessionNoteRecord } from './note-records';
import {
  findNote,
  insertAddendum,
  insertNote,
  listNotesOfSessions,
  saveDefaultNoteFormat,
  saveNoteSections,
  saveNoteSignature,
} from './note.repository';
import { sessionRecordForNote } from './session-record-for-note';

// Progress notes: drafted from an ended session's record by the client's own clinician,
// edited, signed, and then never changed; corrections are dated addenda. Every write is one
// transaction with its audit event; a signed note is refused here and by the database.

/** One note, read through its client's record: an audited read. */
export async function getNote(context: RequestContext, noteId: string): Promise<SessionNoteRecord> {
  const viewer = requireViewer(context);
  const { note } = await readableNote(context, viewer, noteId);
  await recordAuditEvent(context.db, noteEvent(context, viewer, 'CLIENT_VIEWED', note));
  return note;
}

/** Drafts an ended session's note in `format` or the viewer's default; an existing note as it is. */
export async function draftNote(
  context: RequestContext,
  sessionId: string,
  format: NoteFormat | null | undefined,
): Promise<SessionNoteRecord> {
  const viewer = requireViewer(context);
  const { session, client } = await changeableSession(context, viewer, sessionId, 'sessionId');
  if (session.endedAt === null) {
    throw apiError('BAD_USER_INPUT', 'End the session first', 'sessionId');
  }
  const existing = await noteOfSession(context.db, session.id);
  if (existing) return existing;
  const chosen = format ?? (await context.notes.defaultNoteFormat(viewer.clinicianId));
  const sections = composeNote(chosen, await sessionRecordForNote(context, session, client));
  const drafted = await context.db.transaction().execute(async (transaction) => {
    const note = await insertNote(transaction, {
      practiceId: client.practiceId,
      clientId: client.id,
      sessionId: session.id,
      authorId: viewer.clinicianId,
      format: chosen,
      sections,
    });
    // Drafted a moment ago by a racing request: that draft is the session's note.
    if (!note) return null;
    await recordAuditEvent(transaction, noteEvent(context, viewer, 'CREATED', note));
    return note;
  });
  const note = drafted ?? (await noteOfSession(context.db, session.id));
  if (!note) throw new Error('A drafted note could not be read back');
  context.notes.forget(note);
  return note;
}

/** Saves a draft's sections over the version they were read at. */
export async function saveNote(
  context: RequestContext,
  noteId: string,
  version: number,
  sections: readonly NoteSectionInput[],
): Promise<SessionNoteRecord> {
  const viewer = requireViewer(context);
  const { note: current } = await changeableNote(context, viewer, noteId);
  if (current.signedAt !== null) throw signedNoteNeverChanges();
  const checked = checkedSections(current.format, sections);
  return writeNote(context, viewer, current, 'UPDATED', (transaction) =>
    saveNoteSections(transaction, current.id, version, current.format, checked),
  );
}

/** Drafts a draft again from its session's record in another format, replacing its sections. */
export async function changeNoteFormat(
  context: RequestContext,
  noteId: string,
  version: number,
  format: NoteFormat,
): Promise<SessionNoteRecord> {
  const viewer = requireViewer(context);
  const { note: current, client } = await changeableNote(context, viewer, noteId);
  if (current.signedAt !== null) throw signedNoteNeverChanges();
  if (current.version !== version) throw staleVersion('progress note');
  const session = await findSession(context.db, current.sessionId);
  if (!session) throw unknownRecord('Session', 'id');
  const sections = composeNote(format, await sessionRecordForNote(context, session, client));
  return writeNote(context, viewer, current, 'UPDATED', (transaction) =>
    saveNoteSections(transaction, current.id, version, format, sections),
  );
}

/** Signs a draft: who and when; it never changes again. An empty note cannot be signed. */
export async function signNote(
  context: RequestContext,
  noteId: string,
  version: number,
): Promise<SessionNoteRecord> {
  const viewer = requireViewer(context);
  const { note: current } = await changeableNote(context, viewer, noteId);
  if (current.signedAt !== null) throw signedNoteNeverChanges();
  if (current.version !== version) throw staleVersion('progress note');
  if (isEmptyNote(current.sections)) {
    throw apiError(
      'BAD_USER_INPUT',
      'An empty note cannot be signed: write at least one section',
      'sections',
    );
  }
  return writeNote(context, viewer, current, 'SIGNED', (transaction) =>
    saveNoteSignature(transaction, current.id, version, viewer.clinicianId),
  );
}

/** Adds a dated correction to a signed note, by the client's own clinician. */
export async function addAddendum(
  context: RequestContext,
  noteId: string,
  text: string,
): Promise<NoteAddendumRecord> {
  const viewer = requireViewer(context);
  const { note, client } = await changeableNote(context, viewer, noteId, 'noteId');
  // A note once signed stays signed, so this check cannot go stale before the insert.
  if (note.signedAt === null) {
    throw apiError(
      'BAD_USER_INPUT',
      'Only a signed note takes an addendum: edit the draft instead',
      'noteId',
    );
  }
  const checked = checkedNoteText(text, 'text', 'noteAddendum', 'The addendum', true);
  const addendum = await context.db.transaction().execute(async (transaction) => {
    const added = await insertAddendum(transaction, note, viewer.clinicianId, checked);
    await recordAuditEvent(
      transaction,
      recordEvent(context, viewer, 'CREATED', 'NOTE_ADDENDUM', added.id, client.id),
    );
    return added;
  });
  context.notes.forget(note);
  return addendum;
}

/** Records on the audit trail an export the browser made (print, Markdown, plain text). */
export async function recordNoteExport(context: RequestContext, noteId: string): Promise<boolean> {
  const viewer = requireViewer(context);
  const { note } = await readableNote(context, viewer, noteId);
  await recordAuditEvent(context.db, noteEvent(context, viewer, 'EXPORTED', note));
  context.notes.forget(note);
  return true;
}

/** Sets the format the viewer's own notes are drafted in. */
export async function setDefaultNoteFormat(
  context: RequestContext,
  format: NoteFormat,
): Promise<Clinician> {
  const viewer = requireViewer(context);
  await context.db.transaction().execute(async (transaction) => {
    await saveDefaultNoteFormat(transaction, viewer.clinicianId, format);
    await recordAuditEvent(
      transaction,
      accountAuditEntry(context.requestId, {
        practiceId: viewer.practiceId,
        actorId: viewer.clinicianId,
        action: 'UPDATED',
        entityType: 'CLINICIAN',
        entityId: viewer.clinicianId,
      }),
    );
  });
  context.notes.forgetDefaultNoteFormat(viewer.clinicianId);
  const clinician = await findClinician(context.db, viewer.clinicianId);
  if (!clinician) throw apiError('UNAUTHENTICATED', 'Sign in to continue');
  return clinician;
}

/** Writes a draft in one transaction with its audit event; a refused write says why. */
async function writeNote(
  context: RequestContext,
  viewer: Viewer,
  current: SessionNoteRecord,
  action: 'UPDATED' | 'SIGNED',
  write: (transaction: Parameters<typeof saveNoteSections>[0]) => Promise<SessionNoteRecord | null>,
): Promise<SessionNoteRecord> {
  const saved = await context.db.transaction().execute(async (transaction) => {
    const note = await write(transaction);
    if (!note) {
      // Signed or saved by someone else since it was read.
      const now = await findNote(transaction, current.id);
      throw now?.signedAt ? signedNoteNeverChanges() : staleVersion('progress note');
    }
    await recordAuditEvent(transaction, noteEvent(context, viewer, action, note));
    return note;
  });
  context.notes.forget(saved);
  return saved;
}

async function noteOfSession(db: Executor, sessionId: string): Promise<SessionNoteRecord | null> {
  return (await listNotesOfSessions(db, [sessionId]))[0] ?? null;
}

function noteEvent(
  context: RequestContext,
  viewer: Viewer,
  action: 'CLIENT_VIEWED' | 'CREATED' | 'UPDATED' | 'SIGNED' | 'EXPORTED',
  note: SessionNoteRecord,
) {
  return recordEvent(context, viewer, action, 'SESSION_NOTE', note.id, note.clientId);
}
