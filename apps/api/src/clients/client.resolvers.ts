import type {
  ClientResolvers,
  ClientStatusChangeResolvers,
  MutationResolvers,
  QueryResolvers,
} from '../__generated__/resolvers-types';
import { auditActorReaderFor } from '../audit/audit-actor-reader';
import { openedRecord } from './client-access';
import { changeClientStatus, createClient, getClient, updateClient } from './clients.service';

export const clientResolvers: ClientResolvers = {
  primaryClinician: async (client, _arguments, context) => {
    const clinician = await auditActorReaderFor(context, client.practiceId).actor(
      client.primaryClinicianId,
    );
    if (!clinician) throw new Error('A client without a clinician');
    return clinician;
  },
  // The record itself.
  baseline: async (client, _arguments, context) => {
    const { baseline, baselineRecordedOn } = await openedRecord(context, client);
    return baseline !== null && baselineRecordedOn !== null
      ? { text: baseline, recordedOn: baselineRecordedOn }
      : null;
  },
  statusHistory: async (client, _arguments, context) =>
    context.clientRecords.statusHistory((await openedRecord(context, client)).id),
  goals: async (client, _arguments, context) =>
    context.clientRecords.goals((await openedRecord(context, client)).id),
  progressEntries: async (client, _arguments, context) =>
    context.clientRecords.progressEntries((await openedRecord(context, client)).id),
  gasReviews: async (client, _arguments, context) =>
    context.clientRecords.gasReviews((await openedRecord(context, client)).id),
};

export const clientStatusChangeResolvers: ClientStatusChangeResolvers = {
  changedBy: (change, _arguments, context) =>
    change.changedById && context.viewer
      ? auditActorReaderFor(context, context.viewer.practiceId).actor(change.changedById)
      : null,
};

export const clientQueryResolvers: Pick<QueryResolvers, 'client'> = {
  client: (_parent, { id }, context) => getClient(context, id),
};

export const clientMutationResolvers: Pick<
  MutationResolvers,
  'createClient' | 'updateClient' | 'changeClientStatus'
> = {
  createClient: (_parent, { input }, context) => createClient(context, input),
  updateClient: (_parent, { id, version, input }, context) =>
    updateClient(context, id, version, input),
  changeClientStatus: (_parent, { input }, context) => changeClientStatus(context, input),
};
