import {
  auditEventsVariables,
  auditLogQueryParams,
  defaultAuditLogView,
  readAuditLogView,
} from './audit-log-view';

describe('the audit log view in the URL', () => {
  it('starts newest first, 25 to a page, with nothing filtered', () => {
    expect(readAuditLogView({})).toEqual(defaultAuditLogView);
    expect(auditLogQueryParams(defaultAuditLogView)).toEqual({});
  });

  it('reads filters, sort and a 1-based page from the query', () => {
    const view = readAuditLogView({
      actor: 'clinician-2',
      client: 'client-7',
      action: 'CLIENT_VIEWED',
      from: '2026-03-01',
      to: '2026-03-14',
      sort: 'actor',
      direction: 'asc',
      page: '3',
      size: '50',
    });

    expect(view).toEqual({
      actorId: 'clinician-2',
      clientId: 'client-7',
      action: 'CLIENT_VIEWED',
      from: '2026-03-01',
      to: '2026-03-14',
      sortColumn: 'actor',
      sortDirection: 'asc',
      pageIndex: 2,
      pageSize: 50,
    });
  });

  it('writes the same query back, so a bookmark reopens the same view', () => {
    const params = {
      actor: 'clinician-2',
      action: 'SIGN_IN',
      from: '2026-03-01',
      sort: 'outcome',
      direction: 'desc',
      page: '2',
      size: '100',
    };

    expect(auditLogQueryParams(readAuditLogView(params))).toEqual(params);
  });

  it('ignores what a hand-edited address got wrong', () => {
    const view = readAuditLogView({
      action: 'DROP_TABLES',
      from: '14/03/2026',
      sort: 'password',
      direction: 'sideways',
      page: '-1',
      size: '1000000',
    });

    expect(view).toEqual(defaultAuditLogView);
  });

  it('turns a view into the query variables: filter, sort field, offset and limit', () => {
    const view = readAuditLogView({
      client: ' client-7 ',
      to: '2026-03-14',
      sort: 'entityType',
      direction: 'asc',
      page: '4',
    });

    expect(auditEventsVariables(view)).toEqual({
      filter: { clientId: 'client-7', to: '2026-03-14' },
      sort: { field: 'ENTITY_TYPE', direction: 'ASC' },
      offset: 75,
      limit: 25,
    });
  });
});
