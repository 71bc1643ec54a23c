import type { Resolvers } from '../__generated__/resolvers-types';
import { caseloadQueryResolvers } from '../caseload/caseload.resolvers';
import { clientResolvers } from '../clients/client.resolvers';
import { DateScalar } from './scalars';

/** Every resolver, one entry per GraphQL type. */
export const resolvers: Resolvers = {
  Date: DateScalar,
  Query: { ...caseloadQueryResolvers },
  Client: clientResolvers,
};
