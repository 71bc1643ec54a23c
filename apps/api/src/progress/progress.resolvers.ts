import type { MutationResolvers } from '../__generated__/resolvers-types';
import { logProgressEntry, removeProgressEntry, updateProgressEntry } from './progress.service';

export const progressMutationResolvers: Pick<
  MutationResolvers,
  'logProgressEntry' | 'updateProgressEntry' | 'removeProgressEntry'
> = {
  logProgressEntry: (_parent, { clientId, input, sessionId, idempotencyKey }, context) =>
    logProgressEntry(context, clientId, input, { sessionId, idempotencyKey }),
  updateProgressEntry: (_parent, { id, version, input }, context) =>
    updateProgressEntry(context, id, version, input),
  removeProgressEntry: (_parent, { id, version }, context) =>
    removeProgressEntry(context, id, version),
};
