import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HarnessLoader } from '@angular/cdk/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatProgressBarHarness } from '@angular/material/progress-bar/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter } from '@angular/router';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';

import type { CaseloadQuery } from '../../__generated__/graphql';
import { CaseloadPage } from './caseload-page';

type CaseloadAnswer = {
  caseload: (CaseloadQuery['caseload'][number] & { __typename: 'Client' })[];
};

const twoClients: CaseloadAnswer = {
  caseload: [
    {
      __typename: 'Client',
      id: 'client-1',
      preferredName: 'Sam Rivera',
      pronouns: 'they/them',
      status: 'ACTIVE',
      activeGoalCount: 2,
      lastProgressOn: null,
      lastSessionAt: null,
      notesToSignCount: 0,
      unreviewedSafetyFlagCount: 0,
      overdueMeasures: [],
      notOnTrack: [],
    },
    {
      __typename: 'Client',
      id: 'client-2',
      preferredName: 'Noor',
      pronouns: null,
      status: 'PAUSED',
      activeGoalCount: 1,
      lastProgressOn: null,
      lastSessionAt: null,
      notesToSignCount: 0,
      unreviewedSafetyFlagCount: 0,
      overdueMeasures: [],
      notOnTrack: [],
    },
  ],
};

describe('CaseloadPage', () => {
  let fixture: ComponentFixture<CaseloadPage>;
  let loader: HarnessLoader;
  let backend: ApolloTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [provideRouter([])],
    });
    backend = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(CaseloadPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  /** Text of the live line under the heading. */
  function summaryText(): string {
    const summary: HTMLElement = fixture.nativeElement.querySelector('[role="status"]');
    return summary.textContent?.trim() ?? '';
  }

  it('shows a labelled progress bar while the caseload loads', async () => {
    const progressBar = await loader.getHarness(MatProgressBarHarness);

    expect(await (await progressBar.host()).getAttribute('aria-label')).toBe(
      'Loading your caseload',
    );
    expect(await loader.hasHarness(MatTableHarness)).toBe(false);
    backend.expectOne('Caseload');
  });

  it('lists the clients once they arrive, with a count under the heading', async () => {
    backend.expectOne('Caseload').flushData(twoClients);

    const table = await loader.getHarness(MatTableHarness);

    expect(await table.getRows()).toHaveLength(2);
    expect(await loader.hasHarness(MatProgressBarHarness)).toBe(false);
    expect(summaryText()).toBe('2 clients, 1 active');
  });

  it('says so when there are no clients on the caseload yet', async () => {
    backend.expectOne('Caseload').flushData({ caseload: [] });
    await loader.hasHarness(MatProgressBarHarness); // lets the answer render

    expect(fixture.nativeElement.textContent).toContain('No clients on your caseload yet');
    expect(await loader.hasHarness(MatTableHarness)).toBe(false);
  });

  it('explains a failed load and offers to try again', async () => {
    backend.expectOne('Caseload').networkError(new Error('Network is unreachable'));

    const tryAgain = await loader.getHarness(MatButtonHarness.with({ text: 'Try again' }));

    expect(fixture.nativeElement.querySelector('[role="alert"]').textContent).toContain(
      'Your caseload could not be loaded',
    );
    expect(await tryAgain.isDisabled()).toBe(false);
    expect(await loader.hasHarness(MatTableHarness)).toBe(false);
  });

  it('keeps the failure message in place, its button busy, while the retry is in flight', async () => {
    backend.expectOne('Caseload').networkError(new Error('Network is unreachable'));
    const tryAgain = await loader.getHarness(MatButtonHarness.with({ text: 'Try again' }));

    await tryAgain.click();

    expect(await tryAgain.isDisabled()).toBe(true);
    expect(await loader.hasHarness(MatProgressBarHarness)).toBe(true);
    backend.expectOne('Caseload');
  });

  it('fetches the caseload again on "Try again" and shows it when the retry succeeds', async () => {
    backend.expectOne('Caseload').networkError(new Error('Network is unreachable'));
    const tryAgain = await loader.getHarness(MatButtonHarness.with({ text: 'Try again' }));

    await tryAgain.click();
    backend.expectOne('Caseload').flushData(twoClients);

    const table = await loader.getHarness(MatTableHarness);
    expect(await table.getRows()).toHaveLength(2);
    expect(await loader.hasHarness(MatButtonHarness.with({ text: 'Try again' }))).toBe(false);
  });

  it('moves focus to the heading when a retry succeeds, as the button it was on is gone', async () => {
    backend.expectOne('Caseload').networkError(new Error('Network is unreachable'));
    const tryAgain = await loader.getHarness(MatButtonHarness.with({ text: 'Try again' }));

    await tryAgain.click();
    backend.expectOne('Caseload').flushData(twoClients);
    await loader.getHarness(MatTableHarness);

    expect(document.activeElement?.textContent).toBe('Caseload');
  });

  it('offers to add a client, on its own page', async () => {
    backend.expectOne('Caseload').flushData(twoClients);

    const addClient = await loader.getHarness(MatButtonHarness.with({ text: 'Add client' }));

    expect(await (await addClient.host()).getAttribute('href')).toBe('/clients/new');
  });

  it('treats an answer with GraphQL errors as a failure too', async () => {
    backend
      .expectOne('Caseload')
      .graphqlErrors([{ message: 'Not signed in', extensions: { code: 'UNAUTHENTICATED' } }]);

    expect(await loader.hasHarness(MatButtonHarness.with({ text: 'Try again' }))).toBe(true);
  });
});
