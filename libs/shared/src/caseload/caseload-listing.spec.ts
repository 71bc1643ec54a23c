import type { AttentionFlag, AttentionKind } from './caseload-flags';
import {
  DEFAULT_CASELOAD_QUERY,
  filterCaseload,
  listCaseload,
  type CaseloadQuery,
  type ListedClient,
} from './caseload-listing';

// Which clients a caseload view lists and in which order, on hand-made rows.

function flag(kind: AttentionKind): AttentionFlag {
  return { kind, label: kind, detail: kind, evidence: 'measures' };
}

function row(preferredName: string, changes: Partial<ListedClient> = {}): ListedClient {
  return {
    preferredName,
    status: 'ACTIVE',
    lastProgressOn: null,
    lastSessionAt: null,
    activeGoalDomains: [],
    attention: [],
    ...changes,
  };
}

const query = (changes: Partial<CaseloadQuery>): CaseloadQuery => ({
  ...DEFAULT_CASELOAD_QUERY,
  ...changes,
});
const names = (clients: readonly ListedClient[]) => clients.map((client) => client.preferredName);

const CASELOAD: readonly ListedClient[] = [
  row('Mira', {
    lastSessionAt: '2025-11-20T09:00:00.000Z',
    lastProgressOn: '2025-11-01',
    activeGoalDomains: ['MOOD', 'HEALTH'],
    attention: [flag('NO_RECENT_PROGRESS'), flag('NOTES_TO_SIGN')],
  }),
  row('josé', {
    status: 'PAUSED',
    lastSessionAt: '2025-10-02T09:00:00.000Z',
    lastProgressOn: '2025-11-20',
    activeGoalDomains: ['ANXIETY'],
  }),
  row('Ada', {
    lastSessionAt: '2025-11-20T09:00:00.000Z',
    lastProgressOn: '2025-11-20',
    activeGoalDomains: ['MOOD'],
    attention: [flag('MEASURE_OVERDUE')],
  }),
  row('Zoë', {
    status: 'DISCHARGED',
    attention: [flag('NOTES_TO_SIGN')],
  }),
  row('Bea', {
    lastSessionAt: '2025-11-21T08:00:00.000Z',
    lastProgressOn: '2025-11-02',
    activeGoalDomains: ['HEALTH'],
    attention: [flag('SAFETY_REVIEW'), flag('NO_RECENT_PROGRESS')],
  }),
  row('Client 10'),
  row('Client 2', { attention: [flag('NO_RECENT_PROGRESS')] }),
];

describe('filtering a caseload', () => {
  it('keeps everyone with no filter', () => {
    expect(filterCaseload(CASELOAD, DEFAULT_CASELOAD_QUERY)).toHaveLength(CASELOAD.length);
  });

  it('keeps any of the statuses asked for', () => {
    expect(names(filterCaseload(CASELOAD, query({ statuses: ['PAUSED', 'DISCHARGED'] })))).toEqual([
      'josé',
      'Zoë',
    ]);
  });

  it('keeps the clients with a flag of the kind, whatever else they have', () => {
    expect(names(filterCaseload(CASELOAD, query({ flag: 'NO_RECENT_PROGRESS' })))).toEqual([
      'Mira',
      'Bea',
      'Client 2',
    ]);
    expect(filterCaseload(CASELOAD, query({ flag: 'RELIABLE_DETERIORATION' }))).toEqual([]);
  });

  it('keeps the clients with an active goal in the domain', () => {
    expect(names(filterCaseload(CASELOAD, query({ domain: 'HEALTH' })))).toEqual(['Mira', 'Bea']);
  });

  it('searches names ignoring accents, case and surrounding space', () => {
    const search = (text: string) => names(filterCaseload(CASELOAD, query({ search: text })));
    expect(search('jose')).toEqual(['josé']);
    expect(search('JOSÉ')).toEqual(['josé']);
    expect(search('  zoe ')).toEqual(['Zoë']);
    expect(search('ir')).toEqual(['Mira']);
    expect(search('client ')).toEqual(['Client 10', 'Client 2']);
    expect(search('   ')).toHaveLength(CASELOAD.length);
    expect(search('nobody')).toEqual([]);
  });

  it('combines filters: every one must hold', () => {
    expect(
      names(
        filterCaseload(
          CASELOAD,
          query({ statuses: ['ACTIVE'], flag: 'NO_RECENT_PROGRESS', domain: 'MOOD' }),
        ),
      ),
    ).toEqual(['Mira']);
  });
});

describe('listing a caseload', () => {
  it('orders by name, numbers as numbers, accents and case ignored', () => {
    expect(names(listCaseload(CASELOAD, DEFAULT_CASELOAD_QUERY))).toEqual([
      'Ada',
      'Bea',
      'Client 2',
      'Client 10',
      'josé',
      'Mira',
      'Zoë',
    ]);
    expect(names(listCaseload(CASELOAD, query({ descending: true })))).toEqual([
      'Zoë',
      'Mira',
      'josé',
      'Client 10',
      'Client 2',
      'Bea',
      'Ada',
    ]);
  });

  it('leaves the caseload it was given in its order', () => {
    const before = names(CASELOAD);
    listCaseload(CASELOAD, query({ sort: 'LAST_SESSION', descending: true }));
    expect(names(CASELOAD)).toEqual(before);
  });

  it('orders by last session with never-seen clients as longest ago, ties by name', () => {
    expect(names(listCaseload(CASELOAD, query({ sort: 'LAST_SESSION' })))).toEqual([
      'Client 2',
      'Client 10',
      'Zoë',
      'josé',
      'Ada',
      'Mira',
      'Bea',
    ]);
    // Most recent first; the never-seen last, and ties still by name.
    expect(
      names(listCaseload(CASELOAD, query({ sort: 'LAST_SESSION', descending: true }))),
    ).toEqual(['Bea', 'Ada', 'Mira', 'josé', 'Client 2', 'Client 10', 'Zoë']);
  });

  it('orders by last progress the same way', () => {
    expect(names(listCaseload(CASELOAD, query({ sort: 'LAST_PROGRESS' })))).toEqual([
      'Client 2',
      'Client 10',
      'Zoë',
      'Mira',
      'Bea',
      'Ada',
      'josé',
    ]);
  });

  it('needs attention: only flagged clients, by their most urgent kind, then by the sort', () => {
    const attention = query({ needsAttention: true });
    // Bea's safety review first; then the quiet logs by name; then the due measure; last the
    // notes to sign. Never by how many flags a client has.
    expect(names(listCaseload(CASELOAD, attention))).toEqual([
      'Bea',
      'Client 2',
      'Mira',
      'Ada',
      'Zoë',
    ]);
    // The sort only orders clients within a kind of need.
    expect(names(listCaseload(CASELOAD, { ...attention, descending: true }))).toEqual([
      'Bea',
      'Mira',
      'Client 2',
      'Ada',
      'Zoë',
    ]);
    expect(names(listCaseload(CASELOAD, { ...attention, sort: 'LAST_PROGRESS' }))).toEqual([
      'Bea',
      'Client 2',
      'Mira',
      'Ada',
      'Zoë',
    ]);
    expect(
      names(listCaseload(CASELOAD, { ...attention, sort: 'LAST_SESSION', descending: true })),
    ).toEqual(['Bea', 'Mira', 'Client 2', 'Ada', 'Zoë']);
  });

  it('needs attention within the filters', () => {
    expect(
      names(listCaseload(CASELOAD, query({ needsAttention: true, statuses: ['ACTIVE'] }))),
    ).toEqual(['Bea', 'Client 2', 'Mira', 'Ada']);
    expect(listCaseload(CASELOAD, query({ needsAttention: true, search: 'jose' }))).toEqual([]);
  });
});
