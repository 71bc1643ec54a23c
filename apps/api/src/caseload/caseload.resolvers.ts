import type { ClientResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { caseloadSignals } from './caseload-facts';
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

// Summaries, like activeGoalCount: the caseload shows them without opening the record.
export const clientCaseloadResolvers: Pick<
  ClientResolvers,
  'activeGoalDomains' | 'attention' | 'goodNews'
> = {
  activeGoalDomains: (client, _arguments, context) =>
    context.clientProgress.activeGoalDomains(client.id),
  attention: async (client, _arguments, context) =>
    (await caseloadSignals(context, client)).attention.map(withEvidenceName),
  goodNews: async (client, _arguments, context) =>
    (await caseloadSignals(context, client)).goodNews.map(withEvidenceName),
};
