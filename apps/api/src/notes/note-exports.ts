import { auditActorReaderFor } from '../audit/audit-actor-reader';
import { recordAuditEvent } from '../audit/audit-trail';
import { requireViewer } from '../auth/authorize';
import { recordEvent } from '../clients/client-access';
import type { RequestContext } from '../graphql/context';
import { apiError } from '../graphql/errors';
import { unknownRecord } from '../graphql/input-checks';
import { findSession } from '../sessions/session.repository';
import { readableNote } from './note-access';
import { letterToPdf, noteToPdf } from './note-pdf';
import { progressLetterOf } from './progress-letters.service';
import { sessionMinutes } from './session-record-for-note';

// The PDF downloads, checked and audited exactly as the GraphQL reads are: whoever may read
// the record may download, each download is an EXPORTED event, and a refusal is audited by
// the same access checks. File names carry dates only, never a name.

/** A file to send: its bytes and a name without PHI. */
export interface ExportFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** A progress note as a PDF, for whoever may read it; audited EXPORTED. */
export async function exportNotePdf(context: RequestContext, noteId: string): Promise<ExportFile> {
  const viewer = requireViewer(context);
  const { note, client } = await readableNote(context, viewer, noteId, 'noteId');
  const session = await findSession(context.db, note.sessionId);
  if (!session) throw unknownRecord('Progress note', 'noteId');
  const actors = auditActorReaderFor(context, client.practiceId);
  const nameOf = async (clinicianId: string) =>
    (await actors.actor(clinicianId))?.displayName ?? 'a former clinician';
  const addenda = await context.notes.addenda(note.id);
  const bytes = await noteToPdf({
    clientName: client.preferredName,
    sessionStartedAt: session.startedAt,
    modality: session.modality,
    durationMinutes: sessionMinutes(session),
    clinicianName: await nameOf(note.authorId),
    format: note.format,
    sections: note.sections,
    addenda: await Promise.all(
      addenda.map(async (addendum) => ({
        text: addendum.text,
        authorName: await nameOf(addendum.authorId),
        createdAt: addendum.createdAt,
      })),
    ),
    signed:
      note.signedAt === null || note.signedById === null
        ? null
        : { byName: await nameOf(note.signedById), at: note.signedAt },
  });
  await recordAuditEvent(
    context.db,
    recordEvent(context, viewer, 'EXPORTED', 'SESSION_NOTE', note.id, client.id),
  );
  return { fileName: `progress-note-${session.startedAt.slice(0, 10)}.pdf`, bytes };
}

/** A progress letter as a PDF, from the query string's `from`, `to` and `includeScores`. */
export async function exportLetterPdf(
  context: RequestContext,
  clientId: string,
  query: Readonly<Record<string, unknown>>,
): Promise<ExportFile> {
  requireViewer(context);
  const includeScores = query['includeScores'] ?? 'false';
  if (includeScores !== 'true' && includeScores !== 'false') {
    throw apiError('BAD_USER_INPUT', 'includeScores is true or false', 'includeScores');
  }
  const from = typeof query['from'] === 'string' ? query['from'] : '';
  const to = typeof query['to'] === 'string' ? query['to'] : '';
  const { letter } = await progressLetterOf(
    context,
    clientId,
    { from, to, includeScores: includeScores === 'true' },
    'EXPORTED',
  );
  return {
    fileName: `progress-letter-${letter.from}-to-${letter.to}.pdf`,
    bytes: await letterToPdf(letter.paragraphs),
  };
}
