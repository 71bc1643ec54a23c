import { clientStatusChangeProblem, type Client } from '@waypoint/shared';
import type {
  ChangeClientStatusInput,
  CreateClientInput,
  UpdateClientInput,
} from '../__generated__/resolvers-types';
import { recordAuditEvent } from '../audit/audit-trail';
import { requireViewer } from '../auth/authorize';
import type { RequestContext } from '../graphql/context';
import { apiError } from '../graphql/errors';
import { staleVersion, utcToday } from '../graphql/input-checks';
import { changeableClient, openRecord, readableClient, recordEvent } from './client-access';
import { validateClientUpdate, validateNewClient, validateStatusChange } from './client-input';
import {
  insertClient,
  isActiveClinicianOf,
  listClientStatusChanges,
  saveClient,
  saveClientStatus,
} from './client.repository';

// A client's details and the course of their care. Checks come first; each write is one
// transaction with its audit event, so nothing is half-done.

/** One client's record, for their clinician or that clinician's supervisor; audited. */
export async function getClient(context: RequestContext, clientId: string): Promise<Client> {
  const viewer = requireViewer(context);
  const client = await readableClient(context, viewer, clientId);
  await recordAuditEvent(
    context.db,
    recordEvent(context, viewer, 'CLIENT_VIEWED', 'CLIENT', client.id, client.id),
  );
  return client;
}

/** Adds a client to the signed-in clinician's own caseload. */
export async function createClient(
  context: RequestContext,
  input: CreateClientInput,
): Promise<Client> {
  const viewer = requireViewer(context);
  const fields = validateNewClient(input, viewer.clinicianId, utcToday());
  const client = await context.db.transaction().execute(async (transaction) => {
    const created = await insertClient(transaction, viewer.practiceId, fields, viewer.clinicianId);
    await recordAuditEvent(
      transaction,
      recordEvent(context, viewer, 'CREATED', 'CLIENT', created.id, created.id),
    );
    return created;
  });
  return openRecord(context, client);
}

/** Saves a client's details over the version they were read at. */
export async function updateClient(
  context: RequestContext,
  clientId: string,
  version: number,
  input: UpdateClientInput,
): Promise<Client> {
  const viewer = requireViewer(context);
  const current = await changeableClient(context, viewer, clientId, 'id');
  const fields = validateClientUpdate(input);
  if (
    fields.primaryClinicianId !== current.primaryClinicianId &&
    !(await isActiveClinicianOf(context.db, viewer.practiceId, fields.primaryClinicianId))
  ) {
    throw apiError(
      'BAD_USER_INPUT',
      'Choose an active clinician of the practice',
      'primaryClinicianId',
    );
  }
  return context.db.transaction().execute(async (transaction) => {
    const saved = await saveClient(transaction, current.id, version, fields);
    if (!saved) throw staleVersion('client');
    await recordAuditEvent(
      transaction,
      recordEvent(context, viewer, 'UPDATED', 'CLIENT', saved.id, saved.id),
    );
    return saved;
  });
}

/** Pauses, discharges or reopens a client's care, keeping the history. */
export async function changeClientStatus(
  context: RequestContext,
  input: ChangeClientStatusInput,
): Promise<Client> {
  const viewer = requireViewer(context);
  const current = await changeableClient(context, viewer, input.clientId);
  if (current.version !== input.version) throw staleVersion('client');
  const problem = clientStatusChangeProblem(current.status, input.status);
  if (problem) throw apiError('BAD_USER_INPUT', problem, 'status');
  const history = await listClientStatusChanges(context.db, [current.id]);
  const latestChangeOn =
    history
      .map((change) => change.changedOn)
      .sort()
      .at(-1) ?? null;
  const { changedOn, reason } = validateStatusChange(
    input,
    current.startedOn,
    latestChangeOn,
    utcToday(),
  );
  return context.db.transaction().execute(async (transaction) => {
    const saved = await saveClientStatus(transaction, current.id, input.version, {
      status: input.status,
      changedOn,
      reason,
      changedById: viewer.clinicianId,
    });
    if (!saved) throw staleVersion('client');
    await recordAuditEvent(
      transaction,
      recordEvent(context, viewer, 'UPDATED', 'CLIENT', saved.id, saved.id),
    );
    return saved;
  });
}
