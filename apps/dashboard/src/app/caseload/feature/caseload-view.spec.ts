import { convertToParamMap } from '@angular/router';

import {
  caseloadCaption,
  caseloadQueryParams,
  caseloadViewInput,
  defaultCaseloadView,
  hasFilters,
  readCaseloadView,
  type CaseloadView,
} from './caseload-view';

const view = (changes: Partial<CaseloadView>): CaseloadView => ({
  ...defaultCaseloadView,
  ...changes,
});

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

  it('reads an empty or hand-mangled query as the default view', () => {
    expect(readCaseloadView(convertToParamMap({}))).toEqual(defaultCaseloadView);
    expect(
      readCaseloadView(
        convertToParamMap({
          view: 'ranked',
          status: 'ASLEEP',
          flag: 'LOUD',
          domain: 'NONE',
          sort: 'score',
          dir: 'sideways',
          clinician: '  ',
        }),
      ),
    ).toEqual(defaultCaseloadView);
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

  it('reads back what it writes', () => {
    const written = view({
      shown: 'attention',
      statuses: ['PAUSED'],
      flag: 'NOTES_TO_SIGN',
      domain: 'MOOD',
      sort: 'lastSession',
      direction: 'desc',
      search: 'rosa',
      clinicianId: 'clinician-3',
    });
    const params = Object.fromEntries(
      Object.entries(caseloadQueryParams(written)).filter(([, value]) => value !== null),
    );

    expect(readCaseloadView(convertToParamMap(params))).toEqual(written);
  });
});

describe('the caseload view as the server is asked for it', () => {
  it('asks for every client by name, nothing filtered, by default', () => {
    expect(caseloadViewInput(defaultCaseloadView)).toEqual({
      needsAttention: false,
      statuses: [],
      flag: null,
      domain: null,
      search: '',
      sort: 'NAME',
      descending: false,
    });
  });

  it('passes on every filter, the search without its surrounding space, and the order', () => {
    expect(
      caseloadViewInput(
        view({
          shown: 'attention',
          statuses: ['ACTIVE', 'PAUSED'],
          flag: 'NOT_ON_TRACK',
          domain: 'ANXIETY',
          sort: 'lastProgress',
          direction: 'desc',
          search: '  José ',
          clinicianId: 'clinician-2',
        }),
      ),
    ).toEqual({
      needsAttention: true,
      statuses: ['ACTIVE', 'PAUSED'],
      flag: 'NOT_ON_TRACK',
      domain: 'ANXIETY',
      search: 'José',
      sort: 'LAST_PROGRESS',
      descending: true,
    });
    expect(caseloadViewInput(view({ sort: 'lastSession' })).sort).toBe('LAST_SESSION');
  });

  it('leaves whose caseload it is out of the view: it is an argument of its own', () => {
    expect(caseloadViewInput(view({ clinicianId: 'clinician-2' }))).not.toHaveProperty(
      'clinicianId',
    );
  });
});

describe('what the caseload page says about a view', () => {
  it('counts only the narrowing filters and a search of more than space as filters', () => {
    expect(hasFilters(defaultCaseloadView)).toBe(false);
    expect(hasFilters(view({ shown: 'attention', sort: 'lastSession' }))).toBe(false);
    expect(hasFilters(view({ search: '   ' }))).toBe(false);
    expect(hasFilters(view({ search: 'ro' }))).toBe(true);
    expect(hasFilters(view({ statuses: ['PAUSED'] }))).toBe(true);
    expect(hasFilters(view({ flag: 'NOTES_TO_SIGN' }))).toBe(true);
    expect(hasFilters(view({ domain: 'MOOD' }))).toBe(true);
  });

  it('captions the table with whose clients, which of them and in which order', () => {
    expect(caseloadCaption(defaultCaseloadView, 'Your')).toBe('Your clients, by name, A to Z');
    expect(caseloadCaption(view({ sort: 'lastSession' }), 'Maya’s')).toBe(
      'Maya’s clients, by last session, longest ago first',
    );
    expect(caseloadCaption(view({ shown: 'attention', direction: 'desc' }), 'Your')).toBe(
      'Your clients who need attention, most urgent kind of need first, then by name, Z to A',
    );
  });
});
