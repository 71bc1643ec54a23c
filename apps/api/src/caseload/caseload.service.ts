import type { Client } from '@waypoint/shared';
import { findClientsOfClinician } from '../clients/client.repository';
import type { RequestContext } from '../graphql/context';
import { apiError } from '../graphql/errors';

/** The clients on the asking clinician's own caseload; nobody else's. */
export async function getCaseload(context: RequestContext): Promise<Client[]> {
  const { viewer } = context;
  if (!viewer) throw apiError('UNAUTHENTICATED', 'Sign in to see your caseload');
  return findClientsOfClinician(context.db, viewer.practiceId, viewer.clinicianId);
}
