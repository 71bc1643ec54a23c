import { NOTE_SECTIONS, type Clinician } from '@waypoint/shared';
import type {
  ClientResolvers,
  ClinicianResolvers,
  MutationResolvers,
  NoteAddendumResolvers,
  PrivateNoteResolvers,
  QueryResolvers,
  SessionNoteResolvers,
  TherapySessionResolvers,
} from '../__generated__/resolvers-types';
import { auditActorReaderFor } from '../audit/audit-actor-reader';
import type { RequestContext } from '../graphql/context';
import { openedRecord } from '../clients/client-access';
import { unknownRecord } from '../graphql/input-checks';
import {
  addAddendum,
  changeNoteFormat,
  draftNote,
  getNote,
  recordNoteExport,
  saveNote,
  setDefaultNoteFormat,
  signNote,
} from './notes.service';
import { progressLetterOf } from './progress-letters.service';
import { savePrivateNote, viewersPrivateNote } from './private-notes.service';

// Thin resolvers: the services in this folder hold the rules, the authorization and the audit.

/** A clinician of the viewer's practice who acted on a note. */
async function clinician(context: RequestContext, clinicianId: string): Promise<Clinician> {
  const practiceId = context.viewer?.practiceId;
  const found = practiceId
    ? await auditActorReaderFor(context, practiceId).actor(clinicianId)
    : null;
  if (!found) throw unknownRecord('Clinician', 'id');
  return found;
}

export const sessionNoteResolvers: SessionNoteResolvers = {
  status: (note) => (note.signedAt === null ? 'DRAFT' : 'SIGNED'),
  sections: (note) =>
    NOTE_SECTIONS[note.format].map(({ key, title }) => ({
      key,
      title,
      text: note.sections[key] ?? '',
    })),
  author: (note, _arguments, context) => clinician(context, note.authorId),
  createdAt: (note) => new Date(note.createdAt),
  updatedAt: (note) => new Date(note.updatedAt),
  signedAt: (note) => (note.signedAt === null ? null : new Date(note.signedAt)),
  signedBy: (note, _arguments, context) =>
    note.signedById === null ? null : clinician(context, note.signedById),
  addenda: (note, _arguments, context) => context.notes.addenda(note.id),
  history: async (note, _arguments, context) =>
    Promise.all(
      (await context.notes.history(note)).map(async (entry) => ({
        action: entry.action,
        at: entry.at,
        actor:
          entry.actorId === null || !context.viewer
            ? null
            : await auditActorReaderFor(context, context.viewer.practiceId).actor(entry.actorId),
      })),
    ),
  // The client's sessions are one statement for every note a response reaches.
  session: async (note, _arguments, context) => {
    const sessions = await context.sessions.sessionsOf(note.clientId);
    const session = sessions.find((candidate) => candidate.id === note.sessionId);
    if (!session) throw unknownRecord('Session', 'sessionId');
    return session;
  },
};

export const noteAddendumResolvers: NoteAddendumResolvers = {
  author: (addendum, _arguments, context) => clinician(context, addendum.authorId),
  createdAt: (addendum) => new Date(addendum.createdAt),
};

export const privateNoteResolvers: PrivateNoteResolvers = {
  updatedAt: (note) => new Date(note.updatedAt),
};

export const clinicianNoteResolvers: Pick<ClinicianResolvers, 'defaultNoteFormat'> = {
  defaultNoteFormat: (account, _arguments, context) => context.notes.defaultNoteFormat(account.id),
};

export const therapySessionNoteResolvers: Pick<TherapySessionResolvers, 'note' | 'privateNote'> = {
  note: (session, _arguments, context) => context.notes.noteOfSession(session.id),
  privateNote: (session, _arguments, context) => viewersPrivateNote(context, session),
};

export const clientNoteResolvers: Pick<ClientResolvers, 'notes'> = {
  notes: async (client, _arguments, context) =>
    context.notes.notesOf((await openedRecord(context, client)).id),
};

export const noteQueryResolvers: Pick<QueryResolvers, 'sessionNote' | 'progressLetter'> = {
  sessionNote: (_parent, { id }, context) => getNote(context, id),
  progressLetter: async (_parent, { clientId, from, to, includeScores }, context) =>
    (
      await progressLetterOf(context, clientId, {
        from,
        to,
        includeScores: includeScores ?? false,
      })
    ).letter,
};

export const noteMutationResolvers: Pick<
  MutationResolvers,
  | 'draftSessionNote'
  | 'saveSessionNote'
  | 'changeNoteFormat'
  | 'signSessionNote'
  | 'addNoteAddendum'
  | 'savePrivateNote'
  | 'setDefaultNoteFormat'
  | 'recordNoteExport'
> = {
  draftSessionNote: (_parent, { sessionId, format }, context) =>
    draftNote(context, sessionId, format),
  saveSessionNote: (_parent, { id, version, sections }, context) =>
    saveNote(context, id, version, sections),
  changeNoteFormat: (_parent, { id, version, format }, context) =>
    changeNoteFormat(context, id, version, format),
  signSessionNote: (_parent, { id, version }, context) => signNote(context, id, version),
  addNoteAddendum: (_parent, { noteId, text }, context) => addAddendum(context, noteId, text),
  savePrivateNote: (_parent, { sessionId, text, version }, context) =>
    savePrivateNote(context, sessionId, text, version),
  setDefaultNoteFormat: (_parent, { format }, context) => setDefaultNoteFormat(context, format),
  // The trail holds ids only: which kind of export the browser made stays in the browser.
  recordNoteExport: (_parent, { id }, context) => recordNoteExport(context, id),
};
