import type { AuditAction, Client } from '@waypoint/shared';
import type { AuditEntry } from '../audit/audit-trail';
import { authorize, requireViewer, type AuthorizationTarget } from '../auth/authorize';
import { mayChangeClient, mayReadClient, mayReadRecordContents } from '../auth/policy';
import type { Viewer } from '../auth/viewer';
import type { RequestContext } from '../graphql/context';
import { apiError } from '../graphql/errors';
import { findClient } from './client.repository';

// Every operation on a client's record starts here: find the client, ask the policy, and
// remember that this request opened the record, so its fields may be read.

/** The client, when the viewer may read their record; otherwise NOT_FOUND or FORBIDDEN. */
export async function readableClient(
  context: RequestContext,
  viewer: Viewer,
  clientId: string,
  field = 'id',
): Promise<Client> {
  const client = await findClient(context.db, clientId);
  await authorize(
    context,
    viewer,
    mayReadClient(viewer, client ?? absent),
    refusalTarget(viewer, client, field, 'Client'),
  );
  return openRecord(context, client as Client);
}

/**
 * The client, when the viewer may change their record; otherwise NOT_FOUND or FORBIDDEN.
 * `askedFor` names what the caller reached the client through ('Goal'), for the NOT_FOUND.
 */
export async function changeableClient(
  context: RequestContext,
  viewer: Viewer,
  clientId: string,
  field = 'clientId',
  askedFor = 'Client',
): Promise<Client> {
  const client = await findClient(context.db, clientId);
  await authorize(
    context,
    viewer,
    mayChangeClient(viewer, client ?? absent),
    refusalTarget(viewer, client, field, askedFor),
  );
  return openRecord(context, client as Client);
}

/**
 * A record the request may read the fields of: only clients reached through an audited read
 * or change. A caseload lists clients by their summaries and cannot reach into their records.
 */
export function openRecord(context: RequestContext, client: Client): Client {
  context.openedClientIds.add(client.id);
  return client;
}

/**
 * The record's contents, for a client this request opened through an audited read or change;
 * otherwise FORBIDDEN, audited once per client however many fields asked.
 */
export async function openedRecord(context: RequestContext, client: Client): Promise<Client> {
  const isOpened = context.openedClientIds.has(client.id);
  if (isOpened) return client;
  const viewer = requireViewer(context);
  const refused = refusedByRequest.get(context) ?? new Set<string>();
  refusedByRequest.set(context, refused);
  if (refused.has(client.id)) throw apiError('FORBIDDEN', "Open the client's record to read it");
  refused.add(client.id);
  await authorize(context, viewer, mayReadRecordContents(isOpened), {
    entityType: 'CLIENT',
    entityId: client.id,
    clientId: client.id,
  });
  return client;
}

// The clients whose contents a request was refused, so a caseload asking for five fields of
// two hundred clients leaves two hundred refusals on the trail, not a thousand.
const refusedByRequest = new WeakMap<RequestContext, Set<string>>();

/** An audit event about a record on a client's file. */
export function recordEvent(
  context: RequestContext,
  viewer: Viewer,
  action: AuditAction,
  entityType: string,
  entityId: string,
  clientId: string,
): AuditEntry {
  return {
    practiceId: viewer.practiceId,
    actorId: viewer.clinicianId,
    action,
    entityType,
    entityId,
    clientId,
    requestId: context.requestId,
    outcome: 'SUCCESS',
  };
}

// A client that does not exist: the policy answers NOT_FOUND for a practice that is no one's.
const absent = { practiceId: null, primaryClinicianId: '' } as const;

/**
 * What a refusal's audit event names. Another practice's client is named nowhere in this
 * practice's trail: its refusal reads exactly like that of an id that does not exist.
 */
function refusalTarget(
  viewer: Viewer,
  client: Client | null,
  field: string,
  askedFor: string,
): AuthorizationTarget {
  const id = client !== null && client.practiceId === viewer.practiceId ? client.id : null;
  return { entityType: 'CLIENT', entityId: id, clientId: id, field, askedFor };
}
