import type { ClientResolvers } from '../__generated__/resolvers-types';

/** Fields of Client that are summaries, read in batches through the request's loaders. */
export const clientResolvers: ClientResolvers = {
  activeGoalCount: (client, _arguments, context) =>
    context.clientProgress.activeGoalCount(client.id),
  lastProgressOn: (client, _arguments, context) => context.clientProgress.lastProgressOn(client.id),
};
