import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSortHarness } from '@angular/material/sort/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApolloTestingController } from 'apollo-angular/testing';

import { LoadedApolloTestingModule } from '../../shared/apollo-on-demand.testing';
import { AuditLogPage } from './audit-log-page';

function anEvent(sequence: number, overrides: object = {}) {
  return {
    __typename: 'AuditEvent',
    id: `event-${sequence}`,
    sequence,
    occurredAt: '2026-03-14T09:30:00.000Z',
    actor: { __typename: 'Clinician', id: 'clinician-2', displayName: 'Bea Lindqvist' },
    action: 'CLIENT_VIEWED',
    entityType: 'Client',
    entityId: 'client-7',
    clientId: 'client-7',
    requestId: `request-${sequence}`,
    outcome: 'SUCCESS',
    ...overrides,
  };
}

const actors = [
  { __typename: 'Clinician', id: 'clinician-1', displayName: 'Ada Okafor' },
  { __typename: 'Clinician', id: 'clinician-2', displayName: 'Bea Lindqvist' },
];

describe('AuditLogPage', () => {
  let backend: ApolloTestingController;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;

  async function open(url = '/audit-log'): Promise<void> {
    TestBed.configureTestingModule({
      imports: [LoadedApolloTestingModule],
      providers: [
        provideRouter(
          [{ path: 'audit-log', component: AuditLogPage }],
          withComponentInputBinding(),
        ),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(ApolloTestingController);
    harness = await RouterTestingHarness.create(url);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
    await settle();
    backend.expectOne('AuditActors').flushData({ accounts: actors });
  }

  afterEach(() => backend.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  /** Answers the pending events query and returns the variables it asked with. */
  async function answerEvents(events = [anEvent(2), anEvent(1)], totalCount = 2) {
    await settle();
    const query = backend.expectOne('AuditEvents');
    query.flushData({ auditEvents: { __typename: 'AuditEventPage', events, totalCount } });
    await settle();
    return query.operation.variables;
  }

  function url(): string {
    return TestBed.inject(Router).url;
  }

  it('lists one page of events, newest first, with local times and the ISO value in a title', async () => {
    await open();

    const variables = await answerEvents();

    expect(variables).toEqual({
      filter: {},
      sort: { field: 'OCCURRED_AT', direction: 'DESC' },
      offset: 0,
      limit: 25,
    });
    const table = await loader.getHarness(MatTableHarness);
    const columns = await table.getCellTextByColumnName();
    expect(columns['sequence'].text).toEqual(['2', '1']);
    expect(columns['actor'].text).toEqual(['Bea Lindqvist', 'Bea Lindqvist']);
    expect(columns['action'].text).toEqual(['Client record viewed', 'Client record viewed']);
    const time = harness.routeNativeElement?.querySelector('td time');
    expect(time?.getAttribute('title')).toBe('2026-03-14T09:30:00.000Z');
    expect(time?.getAttribute('datetime')).toBe('2026-03-14T09:30:00.000Z');
  });

  it('reads filters, sort and page from the URL into the query', async () => {
    await open(
      '/audit-log?actor=clinician-2&action=SIGN_IN&from=2026-03-01&sort=outcome&direction=asc&page=2',
    );

    const variables = await answerEvents([anEvent(30)], 30);

    expect(variables).toEqual({
      filter: { actorId: 'clinician-2', action: 'SIGN_IN', from: '2026-03-01' },
      sort: { field: 'OUTCOME', direction: 'ASC' },
      offset: 25,
      limit: 25,
    });
    const paginator = await loader.getHarness(MatPaginatorHarness);
    expect(await paginator.getRangeLabel()).toBe('26 – 30 of 30');
  });

  it('puts a chosen filter in the URL, back on the first page, and asks again', async () => {
    await open('/audit-log?page=3');
    await answerEvents();

    const action = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'Action' }),
    );
    await (await action.getControl(MatSelectHarness))!.clickOptions({ text: 'Signed in' });
    const variables = await answerEvents();

    expect(url()).toBe('/audit-log?action=SIGN_IN');
    expect(variables).toMatchObject({ filter: { action: 'SIGN_IN' }, offset: 0 });
  });

  it('filters by actor and client id', async () => {
    await open();
    await answerEvents();

    const who = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Who' }));
    await (await who.getControl(MatSelectHarness))!.clickOptions({ text: 'Ada Okafor' });
    await answerEvents();
    const client = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'Client id' }),
    );
    const clientInput = (await client.getControl(MatInputHarness))!;
    await clientInput.setValue('client-7');
    await clientInput.blur();
    await (await clientInput.host()).dispatchEvent('change');
    const variables = await answerEvents();

    expect(url()).toBe('/audit-log?actor=clinician-1&client=client-7');
    expect(variables).toMatchObject({ filter: { actorId: 'clinician-1', clientId: 'client-7' } });
  });

  it("shows one client's events when the admin picks their id in the table", async () => {
    await open();
    await answerEvents([anEvent(1, { clientId: '7c1e0f4a-1111-2222-3333-444455556666' })], 1);

    const clientButton: HTMLButtonElement =
      harness.routeNativeElement!.querySelector('td button.client-link')!;
    expect(clientButton.textContent?.trim()).toBe('7c1e0f4a…');
    clientButton.click();
    const variables = await answerEvents();

    expect(url()).toBe('/audit-log?client=7c1e0f4a-1111-2222-3333-444455556666');
    expect(variables).toMatchObject({
      filter: { clientId: '7c1e0f4a-1111-2222-3333-444455556666' },
    });
  });

  it('sorts on the server by the column header chosen, kept in the URL', async () => {
    await open();
    await answerEvents();

    const sort = await loader.getHarness(MatSortHarness);
    const headers = await sort.getSortHeaders();
    const labels = await Promise.all(headers.map((header) => header.getLabel()));
    expect(labels).toEqual([
      'No.',
      'When',
      'Who',
      'Action',
      'Record type',
      'Record id',
      'Client id',
      'Outcome',
    ]);
    await headers[2].click();
    const variables = await answerEvents();

    expect(url()).toBe('/audit-log?sort=actor&direction=asc');
    expect(variables).toMatchObject({ sort: { field: 'ACTOR', direction: 'ASC' } });
  });

  it('pages on the server', async () => {
    await open();
    await answerEvents([anEvent(60)], 60);

    await (await loader.getHarness(MatPaginatorHarness)).goToNextPage();
    const variables = await answerEvents([anEvent(35)], 60);

    expect(url()).toBe('/audit-log?page=2');
    expect(variables).toMatchObject({ offset: 25, limit: 25 });
  });

  it('exports the filtered events as a dated CSV file', async () => {
    await open('/audit-log?action=SIGN_IN');
    await answerEvents();
    const createObjectURL = jest.fn(() => 'blob:waypoint-csv');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const clicked: HTMLAnchorElement[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Export CSV' }))).click();
    const csv = backend.expectOne('AuditEventsCsv');
    expect(csv.operation.variables).toEqual({
      filter: { action: 'SIGN_IN' },
      sort: { field: 'OCCURRED_AT', direction: 'DESC' },
    });
    csv.flushData({ auditEventsCsv: 'sequence,occurredAt\n1,2026-03-14T09:30:00.000Z\n' });
    await settle();

    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toMatch(/^waypoint-audit-\d{4}-\d{2}-\d{2}\.csv$/);
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(await blob.text()).toContain('sequence,occurredAt');
  });

  it('verifies the chain and says where it first breaks', async () => {
    await open();
    await answerEvents();

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Verify chain' }))).click();
    backend.expectOne('VerifyAuditChain').flushData({
      verifyAuditChain: {
        __typename: 'AuditChainVerification',
        isIntact: false,
        checkedCount: 120,
        firstBrokenSequence: 57,
        reason: 'Event 57 was altered.',
      },
    });
    await settle();

    expect(harness.routeNativeElement?.textContent).toContain(
      'The audit trail breaks at event 57. Event 57 was altered.',
    );
  });

  it('says when the chain is intact', async () => {
    await open();
    await answerEvents();

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Verify chain' }))).click();
    backend.expectOne('VerifyAuditChain').flushData({
      verifyAuditChain: {
        __typename: 'AuditChainVerification',
        isIntact: true,
        checkedCount: 1200,
        firstBrokenSequence: null,
        reason: null,
      },
    });
    await settle();

    expect(harness.routeNativeElement?.textContent).toContain('The audit trail is intact.');
    expect(harness.routeNativeElement?.textContent).toContain('1,200 events checked');
  });
});
