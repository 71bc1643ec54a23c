import type { Client } from '@waypoint/shared';
import { recordAuditEvent } from '../audit/audit-trail';
import { authorize, requireViewer } from '../auth/authorize';
import { mayReadCaseloadOf } from '../auth/policy';
import { findClientsOfClinician } from '../clients/client.repository';
import type { RequestContext } from '../graphql/context';
import { findClinicianPractice } from './caseload.repository';

/**
 * A clinician's caseload: the viewer's own, or a supervisee's for their supervisor. The
 * listing is audited as one event; opening a client's record is audited on its own.
 */
export async function getCaseload(
  context: RequestContext,
  clinicianId?: string | null,
): Promise<Client[]> {
  const viewer = requireViewer(context);
  const targetId = clinicianId ?? viewer.clinicianId;
  const clinician = await findClinicianPractice(context.db, targetId);
  await authorize(
    context,
    viewer,
    mayReadCaseloadOf(viewer, clinician ?? { id: targetId, practiceId: null }),
    { entityType: 'CLINICIAN', entityId: clinician?.id ?? null },
  );
  const clients = await findClientsOfClinician(context.db, viewer.practiceId, targetId);
  await recordAuditEvent(context.db, {
    practiceId: viewer.practiceId,
    actorId: viewer.clinicianId,
    action: 'CASELOAD_VIEWED',
    entityType: 'CLINICIAN',
    entityId: targetId,
    clientId: null,
    requestId: context.requestId,
    outcome: 'SUCCESS',
  });
  return clients;
}
