import type { TherapySession } from '@waypoint/shared';
import { recordAuditEvent } from '../audit/audit-trail';
import { requireViewer } from '../auth/authorize';
import { mayReadPrivateNote } from '../auth/policy';
import { recordEvent } from '../clients/client-access';
import type { RequestContext } from '../graphql/context';
import { staleVersion } from '../graphql/input-checks';
import { changeableSession } from '../sessions/session-access';
import { checkedNoteText } from './note-input';
import type { PrivateNoteRecord } from './note-records';
import { insertPrivateNote, savePrivateNoteText } from './private-note.repository';

// Psychotherapy notes in HIPAA's sense: one per session and author, read by that author alone
// (a supervisor is answered null, not refused), and never part of a progress note, an export
// or a letter: nothing outside this file and its repository reads the table.

/** The viewer's own private note on a session, or null; each read is on the audit trail. */
export async function viewersPrivateNote(
  context: RequestContext,
  session: TherapySession,
): Promise<PrivateNoteRecord | null> {
  const viewer = requireViewer(context);
  const note = await context.notes.viewersPrivateNote(session.id);
  if (!note || !mayReadPrivateNote(viewer, note)) return null;
  await recordAuditEvent(
    context.db,
    recordEvent(context, viewer, 'CLIENT_VIEWED', 'PRIVATE_NOTE', note.id, session.clientId),
  );
  return note;
}

/**
 * Saves the viewer's private note on a session of their own client: the first time without a
 * version, then over the version it was read at (a stale or missing one is a CONFLICT).
 */
export async function savePrivateNote(
  context: RequestContext,
  sessionId: string,
  text: string,
  version: number | null | undefined,
): Promise<PrivateNoteRecord> {
  const viewer = requireViewer(context);
  const { session, client } = await changeableSession(context, viewer, sessionId, 'sessionId');
  const checked = checkedNoteText(text, 'text', 'privateNote', 'The private note', false);
  const saved = await context.db.transaction().execute(async (transaction) => {
    const fields = { sessionId: session.id, authorId: viewer.clinicianId, text: checked };
    const note =
      version === null || version === undefined
        ? await insertPrivateNote(transaction, { ...fields, practiceId: client.practiceId })
        : await savePrivateNoteText(transaction, fields, version);
    // Written a moment ago in another tab, or saved over since it was read.
    if (!note) throw staleVersion('private note');
    await recordAuditEvent(
      transaction,
      recordEvent(
        context,
        viewer,
        version === null || version === undefined ? 'CREATED' : 'UPDATED',
        'PRIVATE_NOTE',
        note.id,
        client.id,
      ),
    );
    return note;
  });
  context.notes.forgetPrivateNote(session.id);
  return saved;
}
