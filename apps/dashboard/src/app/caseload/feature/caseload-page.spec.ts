import { MatButtonHarness } from '@angular/material/button/testing';
import { MatProgressBarHarness } from '@angular/material/progress-bar/testing';

import {
  aClient,
  defaultViewInput,
  openCaseloadPage,
  type OpenCaseloadPage,
} from './caseload-page.testing';

const twoClients = [
  aClient('client-1', 'Sam Rivera', { pronouns: 'they/them', activeGoalCount: 2 }),
  aClient('client-2', 'Noor', { status: 'PAUSED' }),
];

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

  async function failFirstLoad(): Promise<MatButtonHarness> {
    page.expectView().networkError(new Error('Network is unreachable'));
    return page.loader.getHarness(MatButtonHarness.with({ text: 'Try again' }));
  }

  it('shows a labelled progress bar while the caseload loads', async () => {
    const progressBar = await page.loader.getHarness(MatProgressBarHarness);

    expect(await (await progressBar.host()).getAttribute('aria-label')).toBe(
      'Loading your caseload',
    );
    expect(page.hasTable()).toBe(false);
    page.expectView();
  });

  it("asks for the first window of the clinician's own caseload, and lists it with a count", async () => {
    const asked = await page.answerView(twoClients);

    // The own caseload leaves clinicianId out; the server filters and orders.
    expect(asked).toEqual({ view: defaultViewInput, offset: 0, limit: 50 });
    expect(page.names()).toEqual(['Sam Rivera', 'Noor']);
    expect(await page.loader.hasHarness(MatProgressBarHarness)).toBe(false);
    expect(summaryText()).toBe('2 clients, 1 active');
  });

  it("takes the counts from the server's answer, not from the rows it has", async () => {
    await page.answerView(twoClients, {
      totalCount: 240,
      activeCount: 180,
      matchCount: 240,
      attentionCount: 31,
    });

    expect(summaryText()).toBe('240 clients, 180 active');
    expect(page.element().querySelector('[role="table"]')?.getAttribute('aria-rowcount')).toBe(
      '241',
    );
    expect(page.element().textContent).toContain('Needs attention (31)');
  });

  it('asks for the rows further down only as the table scrolls to them', async () => {
    const firstWindow = Array.from({ length: 50 }, (_, index) =>
      aClient(`client-${index}`, `Client ${index}`),
    );
    await page.answerView(firstWindow, { totalCount: 120, matchCount: 120 });
    page.backend.expectNone('CaseloadView');

    await page.scrollTableTo(60);

    const next = page.expectView();
    expect(next.operation.variables).toEqual({ view: defaultViewInput, offset: 50, limit: 50 });
    // Rows not yet answered wait as placeholders, each in its place.
    const row61 = page.element().querySelector('[role="row"][aria-rowindex="62"]');
    expect(row61?.querySelector('[aria-busy="true"]')).not.toBeNull();

    next.flushData({
      caseloadView: {
        __typename: 'CaseloadPage',
        totalCount: 120,
        activeCount: 120,
        matchCount: 120,
        attentionCount: 0,
        offset: 50,
        rows: Array.from({ length: 50 }, (_, index) =>
          aClient(`client-${50 + index}`, `Client ${50 + index}`),
        ),
      },
    });
    await page.settle();

    expect(page.names()).toContain('Client 60');
    expect(
      page
        .element()
        .querySelector('[role="row"][aria-rowindex="62"] a.preferred-name')
        ?.textContent?.trim(),
    ).toBe('Client 60');
  });

  it('says so when there are no clients on the caseload yet', async () => {
    await page.answerView([]);

    expect(page.element().textContent).toContain('No clients on your caseload yet');
    expect(page.hasTable()).toBe(false);
  });

  it('explains a failed load and offers to try again', async () => {
    const tryAgain = await failFirstLoad();

    expect(page.element().querySelector('[role="alert"]')?.textContent).toContain(
      'Your caseload could not be loaded',
    );
    expect(await tryAgain.isDisabled()).toBe(false);
    expect(page.hasTable()).toBe(false);
  });

  it('keeps the failure message in place, its button busy, while the retry is in flight', async () => {
    const tryAgain = await failFirstLoad();

    await tryAgain.click();

    expect(await tryAgain.isDisabled()).toBe(true);
    expect(page.element().querySelector('[role="alert"]')).not.toBeNull();
    expect(await page.loader.hasHarness(MatProgressBarHarness)).toBe(true);
    page.expectView();
  });

  it('fetches the caseload again on "Try again" and shows it when the retry succeeds', async () => {
    const tryAgain = await failFirstLoad();

    await tryAgain.click();
    const asked = await page.answerView(twoClients);

    expect(asked).toEqual({ view: defaultViewInput, offset: 0, limit: 50 });
    expect(page.names()).toEqual(['Sam Rivera', 'Noor']);
    expect(await page.loader.hasHarness(MatButtonHarness.with({ text: 'Try again' }))).toBe(false);
  });

  it('moves focus to the heading when a retry succeeds, as the button it was on is gone', async () => {
    const tryAgain = await failFirstLoad();

    await tryAgain.click();
    await page.answerView(twoClients);

    expect(page.hasTable()).toBe(true);
    expect(document.activeElement?.textContent).toBe('Caseload');
  });

  it('offers to add a client, on its own page', async () => {
    await page.answerView(twoClients);

    const addClient = await page.loader.getHarness(MatButtonHarness.with({ text: 'Add client' }));

    expect(await (await addClient.host()).getAttribute('href')).toBe('/clients/new');
  });

  it('treats an answer with GraphQL errors as a failure too', async () => {
    page
      .expectView()
      .graphqlErrors([{ message: 'Not signed in', extensions: { code: 'UNAUTHENTICATED' } }]);

    expect(await page.loader.hasHarness(MatButtonHarness.with({ text: 'Try again' }))).toBe(true);
  });

  it('never asks for supervisees or practice counts for a clinician who supervises nobody', async () => {
    await page.answerView(twoClients);

    page.backend.expectNone('CaseloadSupervisees');
    page.backend.expectNone('PracticeSummary');
    expect(page.element().textContent).not.toContain('Caseload of');
    expect(page.element().querySelector('wp-practice-counts')).toBeNull();
  });
});
