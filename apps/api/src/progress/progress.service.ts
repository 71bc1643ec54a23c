import type { ProgressEntry } from '@waypoint/shared';
import type { ProgressEntryInput } from '../__generated__/resolvers-types';
import { recordAuditEvent } from '../audit/audit-trail';
import { requireViewer } from '../auth/authorize';
import type { Viewer } from '../auth/viewer';
import { changeableClient, recordEvent } from '../clients/client-access';
import { findGoal } from '../goals/goal.repository';
import type { RequestContext } from '../graphql/context';
import { runOnce } from '../graphql/idempotency';
import { staleVersion, unknownRecord, utcToday } from '../graphql/input-checks';
import {
  deleteProgressEntry,
  findProgressEntry,
  insertProgressEntry,
  saveProgressEntry,
  type ProgressEntryFields,
} from './progress-entry.repository';
import { openSessionOfClient } from '../sessions/session-access';
import { validateProgressEntry } from './progress-input';

// Small wins, setbacks, gratitude and reflections: logged, corrected and removed by the
// client's own clinician, each write one transaction with its audit event.

/** Logs an entry on a client's record. */
export async function logProgressEntry(
  context: RequestContext,
  clientId: string,
  input: ProgressEntryInput,
  call: { readonly sessionId?: string | null; readonly idempotencyKey?: string | null } = {},
): Promise<ProgressEntry> {
  const viewer = requireViewer(context);
  const client = await changeableClient(context, viewer, clientId);
  const sessionId = call.sessionId ?? null;
  return runOnce(
    context,
    viewer,
    {
      key: call.idempotencyKey,
      operation: 'logProgressEntry',
      args: { clientId, input, sessionId },
    },
    {
      act: async (transaction) => {
        const fields = await checkedFields(context, client.id, input);
        const session =
          sessionId === null ? null : await openSessionOfClient(transaction, sessionId, client.id);
        const entry = await insertProgressEntry(transaction, client, fields, session?.id);
        await recordAuditEvent(transaction, entryEvent(context, viewer, 'CREATED', entry));
        return entry;
      },
      resultId: (entry) => entry.id,
      replay: async (id) => {
        const entry = await findProgressEntry(context.db, id);
        if (!entry) throw unknownRecord('Progress entry', 'id');
        return entry;
      },
    },
  );
}

/** Saves an entry over the version it was read at. */
export async function updateProgressEntry(
  context: RequestContext,
  entryId: string,
  version: number,
  input: ProgressEntryInput,
): Promise<ProgressEntry> {
  const viewer = requireViewer(context);
  const current = await changeableEntry(context, viewer, entryId);
  const fields = await checkedFields(context, current.clientId, input);
  return context.db.transaction().execute(async (transaction) => {
    const entry = await saveProgressEntry(transaction, current.id, version, fields);
    if (!entry) throw staleVersion('entry');
    await recordAuditEvent(transaction, entryEvent(context, viewer, 'UPDATED', entry));
    return entry;
  });
}

/** Removes an entry at the version it was read at. */
export async function removeProgressEntry(
  context: RequestContext,
  entryId: string,
  version: number,
): Promise<boolean> {
  const viewer = requireViewer(context);
  const current = await changeableEntry(context, viewer, entryId);
  return context.db.transaction().execute(async (transaction) => {
    if (!(await deleteProgressEntry(transaction, current.id, version))) {
      throw staleVersion('entry');
    }
    await recordAuditEvent(transaction, entryEvent(context, viewer, 'DELETED', current));
    return true;
  });
}

async function changeableEntry(
  context: RequestContext,
  viewer: Viewer,
  entryId: string,
): Promise<ProgressEntry> {
  const entry = await findProgressEntry(context.db, entryId);
  if (!entry) throw unknownRecord('Progress entry', 'id');
  await changeableClient(context, viewer, entry.clientId, 'id', 'Progress entry');
  return entry;
}

async function checkedFields(
  context: RequestContext,
  clientId: string,
  input: ProgressEntryInput,
): Promise<ProgressEntryFields> {
  const fields = validateProgressEntry(input, utcToday());
  if (fields.goalId !== null) {
    const goal = await findGoal(context.db, fields.goalId);
    if (goal?.clientId !== clientId) throw unknownRecord('Goal', 'goalId');
  }
  return fields;
}

function entryEvent(
  context: RequestContext,
  viewer: Viewer,
  action: 'CREATED' | 'UPDATED' | 'DELETED',
  entry: ProgressEntry,
) {
  return recordEvent(context, viewer, action, 'PROGRESS_ENTRY', entry.id, entry.clientId);
}
