import type { Resolvers } from '../__generated__/resolvers-types';
import {
  accountMutationResolvers,
  accountQueryResolvers,
  accountTypeResolvers,
} from '../auth/account.resolvers';
import { auditQueryResolvers, auditTypeResolvers } from '../audit/audit.resolvers';
import { caseloadQueryResolvers } from '../caseload/caseload.resolvers';
import {
  clientMutationResolvers,
  clientQueryResolvers,
  clientResolvers,
  clientStatusChangeResolvers,
} from '../clients/client.resolvers';
import {
  gasReviewResolvers,
  goalMutationResolvers,
  goalResolvers,
  goalStatusChangeResolvers,
} from '../goals/goal.resolvers';
import { progressMutationResolvers } from '../progress/progress.resolvers';
import { DateScalar, DateTimeScalar } from './scalars';

/** Every resolver, one entry per GraphQL type. */
export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: {
    ...caseloadQueryResolvers,
    ...accountQueryResolvers,
    ...auditQueryResolvers,
    ...clientQueryResolvers,
  },
  Mutation: {
    ...accountMutationResolvers,
    ...clientMutationResolvers,
    ...goalMutationResolvers,
    ...progressMutationResolvers,
  },
  Client: clientResolvers,
  ClientStatusChange: clientStatusChangeResolvers,
  Goal: goalResolvers,
  GoalStatusChange: goalStatusChangeResolvers,
  GasReview: gasReviewResolvers,
  ...accountTypeResolvers,
  ...auditTypeResolvers,
};
