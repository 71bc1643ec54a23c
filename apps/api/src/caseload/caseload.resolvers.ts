import type { ClientResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { caseloadSignals } from './caseload-facts';
import { getCaseload } from './caseload.service';

export const caseloadQueryResolvers: Pick<QueryResolvers, 'caseload'> = {
  caseload: (_parent, { clinicianId }, context) => getCaseload(context, clinicianId),
};

// Summaries, like activeGoalCount: the caseload shows them without opening the record.
export const clientCaseloadResolvers: Pick<
  ClientResolvers,
  'activeGoalDomains' | 'attention' | 'goodNews'
> = {
  activeGoalDomains: (client, _arguments, context) =>
    context.clientProgress.activeGoalDomains(client.id),
  attention: async (client, _arguments, context) =>
    (await caseloadSignals(context, client)).attention.map(({ evidence, ...flag }) => ({
      ...flag,
      evidence: evidenceSection(evidence),
    })),
  goodNews: async (client, _arguments, context) =>
    (await caseloadSignals(context, client)).goodNews.map(({ evidence, ...news }) => ({
      ...news,
      evidence: evidenceSection(evidence),
    })),
};

function evidenceSection<T extends string>(section: T): Uppercase<T> {
  return section.toUpperCase() as Uppercase<T>;
}
