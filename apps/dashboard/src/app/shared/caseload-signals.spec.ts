import { gql, InMemoryCache } from '@apollo/client';

import {
  caseloadViewDocument,
  practiceSummaryDocument,
} from '../caseload/data-access/caseload-documents';
import { forgetCaseloadSignals, forgetCaseloadWindows } from './caseload-signals';

function aRow(id: string, preferredName: string) {
  return {
    __typename: 'CaseloadRow' as const,
    id,
    preferredName,
    pronouns: null,
    status: 'ACTIVE' as const,
    activeGoalCount: 1,
    activeGoalDomains: ['MOOD' as const],
    lastProgressOn: null,
    lastSessionAt: null,
    notesToSignCount: 0,
    nextMeasureDue: null,
    milestonesTickedLast30Days: 0,
    winsLast30Days: 0,
    weeklyActivity: [0, 0, 0, 0, 0, 0, 0, 0],
    measures: [],
    gasTScores: [],
    attention: [],
    goodNews: [],
  };
}

/** A cache holding a caseload window of two clients, a supervisor's counts and a client record. */
function aCacheWithTheCaseload(): InMemoryCache {
  // Answers as the server gives them, with the __typenames the cache normalises by.
  const caseloadView = {
    __typename: 'CaseloadPage',
    totalCount: 2,
    activeCount: 2,
    matchCount: 2,
    attentionCount: 0,
    offset: 0,
    rows: [aRow('client-1', 'Sam Rivera'), aRow('client-2', 'Noor Haddad')],
  };
  const practiceSummary = {
    __typename: 'PracticeSummary',
    clinicianCount: 2,
    activeClients: 2,
    clientsNeedingAttention: 0,
    reliablyImprovedThisQuarter: 0,
    goalsAchievedThisQuarter: 0,
    notesToSign: 0,
    quarterStartedOn: '2026-10-01',
  };
  const cache = new InMemoryCache();
  cache.writeQuery({
    query: caseloadViewDocument,
    variables: { offset: 0, limit: 50 },
    data: { caseloadView },
  });
  cache.writeQuery({ query: practiceSummaryDocument, data: { practiceSummary } });
  // The client's own record, as the client page keeps it.
  cache.writeQuery({
    query: gql`
      query ClientName($id: ID!) {
        client(id: $id) {
          id
          preferredName
        }
      }
    `,
    variables: { id: 'client-1' },
    data: { client: { __typename: 'Client', id: 'client-1', preferredName: 'Sam Rivera' } },
  });
  return cache;
}

describe('forgetting the caseload after a write', () => {
  it('forgets every window, every row and the counts, and keeps the client record', () => {
    const cache = aCacheWithTheCaseload();

    forgetCaseloadWindows(cache);

    const kept = cache.extract() as Record<string, Record<string, unknown>>;
    expect(
      Object.keys(kept['ROOT_QUERY'] ?? {}).some((key) => key.startsWith('caseloadView')),
    ).toBe(false);
    expect(kept['ROOT_QUERY']?.['practiceSummary']).toBeUndefined();
    expect(kept['CaseloadRow:client-1']).toBeUndefined();
    expect(kept['CaseloadRow:client-2']).toBeUndefined();
    expect(kept['Client:client-1']).toBeDefined();
  });

  it('forgets the written client’s row with the windows when the writer names the client', () => {
    const cache = aCacheWithTheCaseload();

    forgetCaseloadSignals(cache, 'client-1');

    const kept = cache.extract() as Record<string, Record<string, unknown>>;
    expect(kept['CaseloadRow:client-1']).toBeUndefined();
    expect(kept['ROOT_QUERY']?.['practiceSummary']).toBeUndefined();
    expect(kept['Client:client-1']).toBeDefined();
  });
});
