import type { Client, TherapySession } from '@waypoint/shared';
import type { Transaction } from 'kysely';
import type { Viewer } from '../auth/viewer';
import { changeableClient, readableClient } from '../clients/client-access';
import type { Database } from '../database/tables';
import type { RequestContext } from '../graphql/context';
import { apiError } from '../graphql/errors';
import { unknownRecord } from '../graphql/input-checks';
import { findSession, lockOpenSession } from './session.repository';

// A session belongs to its client's record: who may read or change the client may read or
// change the session. Records made in a session must be its own client's, while it is open.

/** A session and its client, when the viewer may read the client's record. */
export async function readableSession(
  context: RequestContext,
  viewer: Viewer,
  sessionId: string,
  field = 'id',
): Promise<{ session: TherapySession; client: Client }> {
  const session = await findSession(context.db, sessionId);
  if (!session) throw unknownRecord('Session', field);
  const client = await readableClient(context, viewer, session.clientId, field);
  return { session, client };
}

/** A session and its client, when the viewer may change the client's record. */
export async function changeableSession(
  context: RequestContext,
  viewer: Viewer,
  sessionId: string,
  field = 'id',
): Promise<{ session: TherapySession; client: Client }> {
  const session = await findSession(context.db, sessionId);
  if (!session) throw unknownRecord('Session', field);
  const client = await changeableClient(context, viewer, session.clientId, field, 'Session');
  return { session, client };
}

/**
 * Inside a write's transaction: the open session `sessionId` of this client, locked until the
 * write commits so that it cannot end half-way. An ended session takes nothing more.
 */
export async function openSessionOfClient(
  transaction: Transaction<Database>,
  sessionId: string,
  clientId: string,
  field = 'sessionId',
): Promise<TherapySession> {
  const session = await findSession(transaction, sessionId);
  if (!session || session.clientId !== clientId) throw unknownRecord('Session', field);
  const open = await lockOpenSession(transaction, session.id);
  if (!open) throw sessionEnded(field);
  return open;
}

/** The error for a write into a session that has ended. */
export function sessionEnded(field: string): Error {
  return apiError(
    'BAD_USER_INPUT',
    'This session has ended: nothing more can be recorded in it',
    field,
  );
}
