import { convertToParamMap } from '@angular/router';

import { aClient, aFlag } from './caseload-page.testing';
import {
  caseloadQueryParams,
  defaultCaseloadView,
  readCaseloadView,
  visibleClients,
  type CaseloadView,
} from './caseload-view';

const view = (changes: Partial<CaseloadView>): CaseloadView => ({
  ...defaultCaseloadView,
  ...changes,
});
const names = (clients: readonly { preferredName: string }[]) =>
  clients.map((client) => client.preferredName);

describe('the caseload view in the URL', () => {
  it('reads every part of the view from the query', () => {
    const params = convertToParamMap({
      view: 'attention',
      status: 'DISCHARGED,ACTIVE',
      flag: 'MEASURE_OVERDUE',
      domain: 'SELF_CARE',
      sort: 'lastProgress',
      dir: 'desc',
      q: ' rosa ',
      clinician: 'clinician-2',
    });

    expect(readCaseloadView(params)).toEqual({
      shown: 'attention',
      statuses: ['ACTIVE', 'DISCHARGED'],
      flag: 'MEASURE_OVERDUE',
      domain: 'SELF_CARE',
      sort: 'lastProgress',
      direction: 'desc',
      search: ' rosa ',
      clinicianId: 'clinician-2',
    });
  });

  it('writes defaults as null, so they leave the URL, and only the parts that changed', () => {
    expect(caseloadQueryParams(defaultCaseloadView)).toEqual({
      view: null,
      status: null,
      flag: null,
      domain: null,
      sort: null,
      dir: null,
      q: null,
      clinician: null,
    });
    expect(caseloadQueryParams({ statuses: ['ACTIVE', 'PAUSED'], search: '  jo ' })).toEqual({
      status: 'ACTIVE,PAUSED',
      q: 'jo',
    });
  });
});

describe('the caseload rows a view shows', () => {
  const clients = [
    aClient('1', 'Amara', { lastSessionAt: '2026-03-10T09:00:00.000Z' }),
    aClient('2', 'Bo', { lastSessionAt: null }),
    aClient('3', 'Chloé', { lastSessionAt: '2026-02-01T09:00:00.000Z' }),
    aClient('4', 'Dev', { lastSessionAt: '2026-02-01T09:00:00.000Z' }),
  ];

  it('orders by last session, longest ago first, with never-seen clients before all', () => {
    expect(names(visibleClients(clients, view({ sort: 'lastSession' })))).toEqual([
      'Bo',
      'Chloé',
      'Dev',
      'Amara',
    ]);
    expect(
      names(visibleClients(clients, view({ sort: 'lastSession', direction: 'desc' }))),
    ).toEqual(['Amara', 'Chloé', 'Dev', 'Bo']);
  });

  it('matches a search anywhere in the name, ignoring case and accents', () => {
    expect(names(visibleClients(clients, view({ search: 'LOE' })))).toEqual(['Chloé']);
    expect(names(visibleClients(clients, view({ search: 'chloe' })))).toEqual(['Chloé']);
    // An accent typed matches the plain letter too: "é" is an "e" either way.
    expect(names(visibleClients(clients, view({ search: 'É' })))).toEqual(['Chloé', 'Dev']);
  });

  it('leaves calm clients out of "Needs attention" and ties one kind of need by name', () => {
    const flagged = [
      aClient('1', 'Zoe', { attention: [aFlag('MEASURE_OVERDUE', 'PHQ-9 due', 'MEASURES')] }),
      aClient('2', 'Yan', { attention: [aFlag('MEASURE_OVERDUE', 'GAD-7 due', 'MEASURES')] }),
      aClient('3', 'Xia'),
      aClient('4', 'Will', {
        attention: [
          aFlag('NOTES_TO_SIGN', '1 note to sign', 'NOTES'),
          aFlag('NO_RECENT_PROGRESS', 'No progress for 3 weeks', 'TIMELINE'),
        ],
      }),
    ];

    expect(names(visibleClients(flagged, view({ shown: 'attention' })))).toEqual([
      'Will',
      'Yan',
      'Zoe',
    ]);
  });
});
