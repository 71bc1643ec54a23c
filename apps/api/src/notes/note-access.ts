import type { Client } from '@waypoint/shared';
import { authorize } from '../auth/authorize';
import { mayChangeSessionNote, mayReadSessionNote, type Decision } from '../auth/policy';
import type { Viewer } from '../auth/viewer';
import { openRecord } from '../clients/client-access';
import { findClient } from '../clients/client.repository';
import type { RequestContext } from '../graphql/context';
import { apiError } from '../graphql/errors';
import { unknownRecord } from '../graphql/input-checks';
import type { SessionNoteRecord } from './note-records';
import { findNote } from './note.repository';

// A progress note belongs to its client's record: who may read the client may read the note,
// and only the client's own clinician may write it. A refusal names the note on the trail.

/** A note and its client, when the viewer may read the client's record. */
export function readableNote(
  context: RequestContext,
  viewer: Viewer,
  noteId: string,
  field = 'id',
): Promise<{ note: SessionNoteRecord; client: Client }> {
  return noteWith(context, viewer, noteId, field, mayReadSessionNote);
}

/** A note and its client, when the viewer may change the client's record. */
export function changeableNote(
  context: RequestContext,
  viewer: Viewer,
  noteId: string,
  field = 'id',
): Promise<{ note: SessionNoteRecord; client: Client }> {
  return noteWith(context, viewer, noteId, field, mayChangeSessionNote);
}

async function noteWith(
  context: RequestContext,
  viewer: Viewer,
  noteId: string,
  field: string,
  policy: (viewer: Viewer, client: Client) => Decision,
): Promise<{ note: SessionNoteRecord; client: Client }> {
  const note = await findNote(context.db, noteId);
  if (!note) throw unknownRecord('Progress note', field);
  const client = await findClient(context.db, note.clientId);
  if (!client) throw unknownRecord('Progress note', field);
  // Another practice's note is named nowhere in this practice's trail.
  const isOwnPractice = client.practiceId === viewer.practiceId;
  await authorize(context, viewer, policy(viewer, client), {
    entityType: 'SESSION_NOTE',
    entityId: isOwnPractice ? note.id : null,
    clientId: isOwnPractice ? client.id : null,
    field,
    askedFor: 'Progress note',
  });
  return { note, client: openRecord(context, client) };
}

/** The refusal of every change to a signed note, whichever path it takes. */
export function signedNoteNeverChanges(field = 'id'): Error {
  return apiError('BAD_USER_INPUT', 'A signed note never changes: add an addendum', field);
}
