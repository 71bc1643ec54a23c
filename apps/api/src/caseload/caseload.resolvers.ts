import type { QueryResolvers } from '../__generated__/resolvers-types';
import { getCaseload } from './caseload.service';

export const caseloadQueryResolvers: Pick<QueryResolvers, 'caseload'> = {
  caseload: (_parent, { clinicianId }, context) => getCaseload(context, clinicianId),
};
