import type { Resolvers } from '../__generated__/resolvers-types';
import {
  accountMutationResolvers,
  accountQueryResolvers,
  accountTypeResolvers,
} from '../auth/account.resolvers';
import { auditQueryResolvers, auditTypeResolvers } from '../audit/audit.resolvers';
import { caseloadQueryResolvers } from '../caseload/caseload.resolvers';
import { clientResolvers } from '../clients/client.resolvers';
import { DateScalar, DateTimeScalar } from './scalars';

/** Every resolver, one entry per GraphQL type. */
export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: { ...caseloadQueryResolvers, ...accountQueryResolvers, ...auditQueryResolvers },
  Mutation: { ...accountMutationResolvers },
  Client: clientResolvers,
  ...accountTypeResolvers,
  ...auditTypeResolvers,
};
