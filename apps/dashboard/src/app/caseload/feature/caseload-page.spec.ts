import { MatButtonHarness } from '@angular/material/button/testing';
import { MatProgressBarHarness } from '@angular/material/progress-bar/testing';
import { MatTableHarness } from '@angular/material/table/testing';

import { aClient, openCaseloadPage, type OpenCaseloadPage } from './caseload-page.testing';

const twoClients = {
  caseload: [
    aClient('client-1', 'Sam Rivera', { pronouns: 'they/them', activeGoalCount: 2 }),
    aClient('client-2', 'Noor', { status: 'PAUSED' }),
  ],
};

describe('CaseloadPage', () => {
  let page: OpenCaseloadPage;

  beforeEach(async () => {
    page = await openCaseloadPage();
  });

  afterEach(() => page.backend.verify());

  /** Text of the live line under the heading. */
  function summaryText(): string {
    return page.element().querySelector('[role="status"]')?.textContent?.trim() ?? '';
  }

  it('shows a labelled progress bar while the caseload loads', async () => {
    const progressBar = await page.loader.getHarness(MatProgressBarHarness);

    expect(await (await progressBar.host()).getAttribute('aria-label')).toBe(
      'Loading your caseload',
    );
    expect(await page.loader.hasHarness(MatTableHarness)).toBe(false);
    page.backend.expectOne('Caseload');
  });

  it("asks for the clinician's own caseload and lists it, with a count under the heading", async () => {
    const query = page.backend.expectOne('Caseload');
    query.flushData(twoClients);

    const table = await page.loader.getHarness(MatTableHarness);

    expect(query.operation.variables).toEqual({});
    expect(await table.getRows()).toHaveLength(2);
    expect(await page.loader.hasHarness(MatProgressBarHarness)).toBe(false);
    expect(summaryText()).toBe('2 clients, 1 active');
  });

  it('says so when there are no clients on the caseload yet', async () => {
    page.backend.expectOne('Caseload').flushData({ caseload: [] });
    await page.loader.hasHarness(MatProgressBarHarness); // lets the answer render

    expect(page.element().textContent).toContain('No clients on your caseload yet');
    expect(await page.loader.hasHarness(MatTableHarness)).toBe(false);
  });

  it('explains a failed load and offers to try again', async () => {
    page.backend.expectOne('Caseload').networkError(new Error('Network is unreachable'));

    const tryAgain = await page.loader.getHarness(MatButtonHarness.with({ text: 'Try again' }));

    expect(page.element().querySelector('[role="alert"]')?.textContent).toContain(
      'Your caseload could not be loaded',
    );
    expect(await tryAgain.isDisabled()).toBe(false);
    expect(await page.loader.hasHarness(MatTableHarness)).toBe(false);
  });

  it('keeps the failure message in place, its button busy, while the retry is in flight', async () => {
    page.backend.expectOne('Caseload').networkError(new Error('Network is unreachable'));
    const tryAgain = await page.loader.getHarness(MatButtonHarness.with({ text: 'Try again' }));

    await tryAgain.click();

    expect(await tryAgain.isDisabled()).toBe(true);
    expect(await page.loader.hasHarness(MatProgressBarHarness)).toBe(true);
    page.backend.expectOne('Caseload');
  });

  it('fetches the caseload again on "Try again" and shows it when the retry succeeds', async () => {
    page.backend.expectOne('Caseload').networkError(new Error('Network is unreachable'));
    const tryAgain = await page.loader.getHarness(MatButtonHarness.with({ text: 'Try again' }));

    await tryAgain.click();
    page.backend.expectOne('Caseload').flushData(twoClients);

    const table = await page.loader.getHarness(MatTableHarness);
    expect(await table.getRows()).toHaveLength(2);
    expect(await page.loader.hasHarness(MatButtonHarness.with({ text: 'Try again' }))).toBe(false);
  });

  it('moves focus to the heading when a retry succeeds, as the button it was on is gone', async () => {
    page.backend.expectOne('Caseload').networkError(new Error('Network is unreachable'));
    const tryAgain = await page.loader.getHarness(MatButtonHarness.with({ text: 'Try again' }));

    await tryAgain.click();
    page.backend.expectOne('Caseload').flushData(twoClients);
    await page.loader.getHarness(MatTableHarness);

    expect(document.activeElement?.textContent).toBe('Caseload');
  });

  it('offers to add a client, on its own page', async () => {
    page.backend.expectOne('Caseload').flushData(twoClients);

    const addClient = await page.loader.getHarness(MatButtonHarness.with({ text: 'Add client' }));

    expect(await (await addClient.host()).getAttribute('href')).toBe('/clients/new');
  });

  it('treats an answer with GraphQL errors as a failure too', async () => {
    page.backend
      .expectOne('Caseload')
      .graphqlErrors([{ message: 'Not signed in', extensions: { code: 'UNAUTHENTICATED' } }]);

    expect(await page.loader.hasHarness(MatButtonHarness.with({ text: 'Try again' }))).toBe(true);
  });

  it('never asks for supervisees for a clinician who supervises nobody', async () => {
    page.backend.expectOne('Caseload').flushData(twoClients);
    await page.settle();

    page.backend.expectNone('CaseloadSupervisees');
    expect(page.element().textContent).not.toContain('Caseload of');
  });
});
