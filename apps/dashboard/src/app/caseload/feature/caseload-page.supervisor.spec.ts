import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatSelectHarness } from '@angular/material/select/testing';

import { SignedInViewerReader } from '../../session/data-access/signed-in-viewer';
import { aViewer } from '../../session/data-access/viewer.fixture';
import {
  aClient,
  aFlag,
  aGoodNews,
  defaultViewInput,
  openCaseloadPage,
  type OpenCaseloadPage,
} from './caseload-page.testing';

// A supervisor reads their supervisees' caseloads on the same page: chosen in "Caseload of",
// kept in the URL as `clinician`, asked for by `clinicianId`, and only read, never acted on.
// Above the table, counts across every caseload they oversee.

const supervisor = aViewer({ role: 'SUPERVISOR', displayName: 'Jonah Adeyemi' });
const supervisees = {
  viewer: {
    ...supervisor,
    clinician: {
      ...supervisor.clinician,
      supervisees: [
        { __typename: 'Clinician', id: 'clinician-2', displayName: 'Maya Lindqvist' },
        { __typename: 'Clinician', id: 'clinician-3', displayName: 'Ben Osei' },
      ],
    },
  },
};
const practiceSummary = {
  practiceSummary: {
    __typename: 'PracticeSummary',
    clinicianCount: 3,
    activeClients: 41,
    clientsNeedingAttention: 9,
    reliablyImprovedThisQuarter: 12,
    goalsAchievedThisQuarter: 17,
    notesToSign: 4,
    quarterStartedOn: '2026-10-01',
  },
};
const ownCaseload = [aClient('own-1', 'Ada Brook')];
const mayasCaseload = [
  aClient('client-7', 'Rosa Delgado', {
    attention: [aFlag('NO_RECENT_SESSION', 'No session for 5 weeks', 'SESSIONS')],
    goodNews: [
      aGoodNews(
        'GOAL_ACHIEVED',
        'Goal achieved',
        'Achieved “Walk to the shops alone” on 10 November',
        'GOALS',
      ),
    ],
  }),
];

describe('a supervisor switching caseloads', () => {
  let page: OpenCaseloadPage;

  afterEach(() => page.backend.verify());

  /** Opens `url` as the supervisor and answers who they supervise and the practice's counts. */
  async function openAsSupervisor(url = '/'): Promise<void> {
    page = await openCaseloadPage(url, supervisor);
    page.backend.expectOne('CaseloadSupervisees').flushData(supervisees);
    page.backend.expectOne('PracticeSummary').flushData(practiceSummary);
    await page.settle();
  }

  async function caseloadOf(): Promise<MatSelectHarness> {
    const field = await page.loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'Caseload of' }),
    );
    return (await field.getControl(MatSelectHarness))!;
  }

  function columnNames(): string[] {
    return [...page.element().querySelectorAll('[role="columnheader"]')].map(
      (header) => header.textContent?.trim() ?? '',
    );
  }

  it("reads a supervisee's caseload by clinicianId, without session links or Add client", async () => {
    await openAsSupervisor();
    await page.answerView(ownCaseload);
    expect(columnNames()).toContain('Session');

    const select = await caseloadOf();
    expect(await select.getValueText()).toBe('Your own');
    await select.open();
    const options = await select.getOptions();
    expect(await Promise.all(options.map((option) => option.getText()))).toEqual([
      'Your own',
      'Maya Lindqvist',
      'Ben Osei',
    ]);
    await options[1].click();
    await page.settle();
    const asked = await page.answerView(mayasCaseload);

    expect(asked).toEqual({
      clinicianId: 'clinician-2',
      view: defaultViewInput,
      offset: 0,
      limit: 50,
    });
    expect(page.url()).toBe('/?clinician=clinician-2');
    expect(page.element().querySelector('h1')?.textContent?.trim()).toBe(
      'Caseload of Maya Lindqvist',
    );
    expect(page.names()).toEqual(['Rosa Delgado']);
    expect(columnNames()).not.toContain('Session');
    expect(page.element().querySelector('a.session-link')).toBeNull();
    expect(await page.loader.hasHarness(MatButtonHarness.with({ text: 'Add client' }))).toBe(false);
    expect(page.element().querySelector('[role="table"]')?.getAttribute('aria-label')).toBe(
      'Maya Lindqvist’s clients, by name, A to Z',
    );
    // Reading a reason or good news still opens the client's record at its evidence.
    const links = [...page.element().querySelectorAll<HTMLAnchorElement>('a.evidence-chip')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/clients/client-7#sessions',
      '/clients/client-7#goals',
    ]);
  });

  it('goes back to their own caseload on Back, with its session links', async () => {
    await openAsSupervisor();
    await page.answerView(ownCaseload);
    await (await caseloadOf()).clickOptions({ text: 'Maya Lindqvist' });
    await page.settle();
    await page.answerView(mayasCaseload);

    await page.back();
    // At once from the cache, then as the server says now.
    expect(page.names()).toEqual(['Ada Brook']);
    const asked = await page.answerView(ownCaseload);

    expect(asked).toEqual({ view: defaultViewInput, offset: 0, limit: 50 });
    expect(page.url()).toBe('/');
    expect(await (await caseloadOf()).getValueText()).toBe('Your own');
    expect(columnNames()).toContain('Session');
    expect(page.element().querySelector('a.session-link')?.getAttribute('href')).toBe(
      '/clients/own-1/session',
    );
  });

  it("asks for a bookmarked supervisee's caseload once, and never for the own one first", async () => {
    page = await openCaseloadPage('/?clinician=clinician-3&view=attention', supervisor);

    const asked = await page.answerView([]);
    expect(asked).toEqual({
      clinicianId: 'clinician-3',
      view: { ...defaultViewInput, needsAttention: true },
      offset: 0,
      limit: 50,
    });
    page.backend.expectOne('CaseloadSupervisees').flushData(supervisees);
    page.backend.expectOne('PracticeSummary').flushData(practiceSummary);
    await page.settle();

    expect(await (await caseloadOf()).getValueText()).toBe('Ben Osei');
    expect(page.element().textContent).toContain('No clients on Ben Osei’s caseload yet');
  });

  it('reads their own caseload when the URL names the supervisor themselves', async () => {
    await openAsSupervisor(`/?clinician=${supervisor.clinician.id}`);

    const asked = await page.answerView(ownCaseload);

    expect(asked).toEqual({ view: defaultViewInput, offset: 0, limit: 50 });
    expect(columnNames()).toContain('Session');
    expect(await page.loader.hasHarness(MatButtonHarness.with({ text: 'Add client' }))).toBe(true);
  });

  it('shows counts across the caseloads they oversee, whichever caseload is open', async () => {
    await openAsSupervisor();
    await page.answerView(ownCaseload);

    const panel = () => page.element().querySelector('wp-practice-counts');
    expect(panel()?.querySelector('h2')?.textContent?.trim()).toBe(
      'Your caseload and 2 supervisees, this quarter (since 1 October)',
    );
    expect([...panel()!.querySelectorAll('dd')].map((count) => count.textContent?.trim())).toEqual([
      '12',
      '17',
      '41',
      '9',
      '4',
    ]);

    await (await caseloadOf()).clickOptions({ text: 'Ben Osei' });
    await page.settle();
    await page.answerView([aClient('client-9', 'Lee Park')]);

    expect(panel()).not.toBeNull();
    // Asked for once: the counts do not depend on the caseload shown.
    page.backend.expectNone('PracticeSummary');
  });

  it('keeps the signed-in viewer whole when the supervisees arrive', async () => {
    await openAsSupervisor();
    await page.answerView(ownCaseload);

    expect(TestBed.inject(SignedInViewerReader).viewer()).toEqual(supervisor);
  });

  it('shows a clinician who supervises nobody their own caseload, whatever the URL names', async () => {
    page = await openCaseloadPage('/?clinician=clinician-2');

    const asked = await page.answerView(ownCaseload);

    expect(asked).toEqual({ view: defaultViewInput, offset: 0, limit: 50 });
    page.backend.expectNone('CaseloadSupervisees');
    page.backend.expectNone('PracticeSummary');
    expect(
      await page.loader.hasHarness(MatFormFieldHarness.with({ floatingLabelText: 'Caseload of' })),
    ).toBe(false);
    expect(columnNames()).toContain('Session');
    expect(page.element().querySelector('wp-practice-counts')).toBeNull();
  });
});
