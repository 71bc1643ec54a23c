import { gql, InMemoryCache } from '@apollo/client';

import { forgetCaseloadSignals, forgetCaseloadWindows } from './caseload-signals';

// Only what the forgetting acts on: the caseload's windows, a supervisor's counts, and a
// client's own record beside them. Eviction goes by field and entity, whatever was selected.
const caseloadAndRecord = gql`
  query CaseloadAndRecord($clientId: ID!) {
    caseloadView(offset: 0, limit: 50) {
      totalCount
      rows {
        id
        preferredName
      }
    }
    practiceSummary {
      activeClients
    }
    client(id: $clientId) {
      id
      preferredName
    }
  }
`;

function aCacheWithTheCaseload(): InMemoryCache {
  const cache = new InMemoryCache();
  cache.writeQuery({
    query: caseloadAndRecord,
    variables: { clientId: 'client-1' },
    data: {
      caseloadView: {
        __typename: 'CaseloadPage',
        totalCount: 2,
        rows: [
          { __typename: 'CaseloadRow', id: 'client-1', preferredName: 'Sam Rivera' },
          { __typename: 'CaseloadRow', id: 'client-2', preferredName: 'Noor Haddad' },
        ],
      },
      practiceSummary: { __typename: 'PracticeSummary', activeClients: 2 },
      client: { __typename: 'Client', id: 'client-1', preferredName: 'Sam Rivera' },
    },
  });
  return cache;
}

function kept(cache: InMemoryCache): Record<string, Record<string, unknown> | undefined> {
  return cache.extract() as Record<string, Record<string, unknown> | undefined>;
}

describe('forgetting the caseload after a write', () => {
  it('forgets every window, every row and the counts, and keeps the client record', () => {
    const cache = aCacheWithTheCaseload();

    forgetCaseloadWindows(cache);

    const entries = kept(cache);
    const rootFields = Object.keys(entries['ROOT_QUERY'] ?? {});
    expect(rootFields.some((field) => field.startsWith('caseloadView'))).toBe(false);
    expect(rootFields).not.toContain('practiceSummary');
    expect(entries['CaseloadRow:client-1']).toBeUndefined();
    expect(entries['CaseloadRow:client-2']).toBeUndefined();
    expect(entries['Client:client-1']).toEqual(
      expect.objectContaining({ preferredName: 'Sam Rivera' }),
    );
  });

  it('forgets the written client’s row with the windows when the writer names the client', () => {
    const cache = aCacheWithTheCaseload();

    forgetCaseloadSignals(cache, 'client-1');

    const entries = kept(cache);
    expect(entries['CaseloadRow:client-1']).toBeUndefined();
    expect(Object.keys(entries['ROOT_QUERY'] ?? {})).not.toContain('practiceSummary');
    expect(entries['Client:client-1']).toBeDefined();
  });
});
