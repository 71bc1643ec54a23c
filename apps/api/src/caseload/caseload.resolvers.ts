import type { ClientResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { caseloadSignals, summaryOf } from './client-summary-reader';
import {
  getCaseload,
  getCaseloadView,
  getPracticeSummary,
  withEvidenceName,
} from './caseload.service';

export const caseloadQueryResolvers: Pick<
  QueryResolvers,
  'caseload' | 'caseloadView' | 'practiceSummary'
> = {
  caseload: (_parent, { clinicianId }, context) => getCaseload(context, clinicianId),
  caseloadView: (_parent, arguments_, context) => getCaseloadView(context, arguments_),
  practiceSummary: (_parent, _arguments, context) => getPracticeSummary(context),
};

// What the caseload shows without opening the record, all read from the client's summary (the
// database keeps it on every write): one statement for every client a request reaches.
export const clientCaseloadResolvers: Pick<
  ClientResolvers,
  | 'activeGoalCount'
  | 'activeGoalDomains'
  | 'lastProgressOn'
  | 'lastSessionAt'
  | 'notesToSignCount'
  | 'attention'
  | 'goodNews'
> = {
  activeGoalCount: async (client, _arguments, context) =>
    (await summaryOf(context, client)).activeGoalCount,
  activeGoalDomains: async (client, _arguments, context) => [
    ...(await summaryOf(context, client)).activeGoalDomains,
  ],
  lastProgressOn: async (client, _arguments, context) =>
    (await summaryOf(context, client)).lastProgressOn,
  lastSessionAt: async (client, _arguments, context) => {
    const { lastSessionAt } = await summaryOf(context, client);
    return lastSessionAt === null ? null : new Date(lastSessionAt);
  },
  notesToSignCount: async (client, _arguments, context) =>
    (await summaryOf(context, client)).notesToSign,
  attention: async (client, _arguments, context) =>
    (await caseloadSignals(context, client)).attention.map(withEvidenceName),
  goodNews: async (client, _arguments, context) =>
    (await caseloadSignals(context, client)).goodNews.map(withEvidenceName),
};
