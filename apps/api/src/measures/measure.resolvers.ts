import { isStandardMeasure, severityBand } from '@waypoint/shared';
import type {
  ClientResolvers,
  MeasureResponseResolvers,
  MutationResolvers,
  QueryResolvers,
  SafetyFlagResolvers,
} from '../__generated__/resolvers-types';
import { auditActorReaderFor } from '../audit/audit-actor-reader';
import { requireViewer } from '../auth/authorize';
import { openedRecord } from '../clients/client-access';
import {
  recordMeasure,
  reviewSafetyFlag,
  setMeasureSchedule,
  updateMeasureDraft,
} from './measures.service';

/** The measures on a client: the record (opened clients only) and the caseload's summaries. */
export const clientMeasureResolvers: Pick<
  ClientResolvers,
  | 'measureResponses'
  | 'safetyFlags'
  | 'unreviewedSafetyFlagCount'
  | 'measureSchedules'
  | 'overdueMeasures'
  | 'notOnTrack'
> = {
  measureResponses: async (client, { instrument }, context) => {
    const responses = await context.measures.responses((await openedRecord(context, client)).id);
    return instrument
      ? responses.filter((response) => response.instrument === instrument)
      : responses;
  },
  safetyFlags: async (client, _arguments, context) =>
    context.measures.safetyFlags((await openedRecord(context, client)).id),
  measureSchedules: async (client, _arguments, context) =>
    context.measures.schedulesDue(await openedRecord(context, client)),
  // Summaries for the caseload: flags, never content.
  unreviewedSafetyFlagCount: (client, _arguments, context) =>
    context.measures.unreviewedSafetyFlagCount(client.id),
  // Only while care is active: nothing is due from a paused or discharged client.
  overdueMeasures: async (client, _arguments, context) =>
    client.status !== 'ACTIVE'
      ? []
      : (await context.measures.schedulesDue(client))
          .filter((due) => due.isOverdue)
          .map((due) => due.instrument),
  notOnTrack: (client, _arguments, context) => context.measures.notOnTrack(client),
};

export const measureResponseResolvers: MeasureResponseResolvers = {
  severity: (response) =>
    response.total !== null && isStandardMeasure(response.instrument)
      ? severityBand(response.instrument, response.total).severity
      : null,
  change: async (response, _arguments, context) => {
    const outcome = await context.measures.outcomeAt(response);
    return outcome
      ? {
          fromBaseline: outcome.changeFromBaseline,
          fromPrevious: outcome.changeFromPrevious,
          reliableChange: outcome.reliableChange,
          reliableChangeIndex: outcome.reliableChangeIndex,
          isCase: outcome.isCase,
          hasRecovered: outcome.hasRecovered,
          hasReliablyRecovered: outcome.hasReliablyRecovered,
          hasResponded: outcome.hasResponded,
          isInRemission: outcome.isInRemission,
        }
      : null;
  },
};

export const safetyFlagResolvers: SafetyFlagResolvers = {
  isReviewed: (flag) => flag.reviewedAt !== null,
  reviewedBy: (flag, _arguments, context) =>
    flag.reviewedById && context.viewer
      ? auditActorReaderFor(context, context.viewer.practiceId).actor(flag.reviewedById)
      : null,
};

export const measureQueryResolvers: Pick<QueryResolvers, 'crisisResources'> = {
  crisisResources: (_parent, _arguments, context) => {
    requireViewer(context);
    return [...context.config.crisisResources];
  },
};

export const measureMutationResolvers: Pick<
  MutationResolvers,
  'recordMeasure' | 'updateMeasureDraft' | 'reviewSafetyFlag' | 'setMeasureSchedule'
> = {
  recordMeasure: (_parent, { input, idempotencyKey }, context) =>
    recordMeasure(context, input, idempotencyKey),
  updateMeasureDraft: (_parent, { input }, context) => updateMeasureDraft(context, input),
  reviewSafetyFlag: (_parent, { id, note }, context) => reviewSafetyFlag(context, id, note),
  setMeasureSchedule: async (_parent, { clientId, instrument, everyWeeks }, context) =>
    context.measures.schedulesDue(
      await setMeasureSchedule(context, clientId, instrument, everyWeeks ?? null),
    ),
};
