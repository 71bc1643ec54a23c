import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { Apollo } from 'apollo-angular';

import { viewerDocument } from '../../session/data-access/session-documents';
import { aViewer } from '../../session/data-access/viewer.fixture';
import {
  aClient,
  aFlag,
  aGoodNews,
  openCaseloadPage,
  type OpenCaseloadPage,
} from './caseload-page.testing';

// A supervisor reads their supervisees' caseloads on the same page: chosen in "Caseload of",
// kept in the URL as `clinician`, asked for by `clinicianId`, and only read, never acted on.

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
const ownCaseload = { caseload: [aClient('own-1', 'Ada Brook')] };
const mayasCaseload = {
  caseload: [
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
  ],
};

describe('a supervisor switching caseloads', () => {
  let page: OpenCaseloadPage;

  afterEach(() => page.backend.verify());

  async function caseloadOf(): Promise<MatSelectHarness> {
    const field = await page.loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'Caseload of' }),
    );
    return (await field.getControl(MatSelectHarness))!;
  }

  async function columnNames(): Promise<string[]> {
    const table = await page.loader.getHarness(MatTableHarness);
    return Object.keys(await table.getCellTextByColumnName());
  }

  it("reads a supervisee's caseload by clinicianId, without session links or Add client", async () => {
    page = await openCaseloadPage('/', supervisor);
    page.backend.expectOne('CaseloadSupervisees').flushData(supervisees);
    page.backend.expectOne('Caseload').flushData(ownCaseload);
    await page.settle();
    expect(await columnNames()).toContain('session');

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
    const query = page.backend.expectOne('Caseload');
    expect(query.operation.variables).toEqual({ clinicianId: 'clinician-2' });
    query.flushData(mayasCaseload);
    await page.settle();

    expect(page.url()).toBe('/?clinician=clinician-2');
    expect(page.element().querySelector('h1')?.textContent?.trim()).toBe(
      'Caseload of Maya Lindqvist',
    );
    expect(await columnNames()).not.toContain('session');
    expect(page.element().querySelector('a.session-link')).toBeNull();
    expect(await page.loader.hasHarness(MatButtonHarness.with({ text: 'Add client' }))).toBe(false);
    expect(page.element().querySelector('caption')?.textContent?.trim()).toBe(
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
    page = await openCaseloadPage('/', supervisor);
    page.backend.expectOne('CaseloadSupervisees').flushData(supervisees);
    page.backend.expectOne('Caseload').flushData(ownCaseload);
    await page.settle();
    await (await caseloadOf()).clickOptions({ text: 'Maya Lindqvist' });
    await page.settle();
    page.backend.expectOne('Caseload').flushData(mayasCaseload);
    await page.settle();

    await page.back();
    page.backend.expectOne('Caseload').flushData(ownCaseload);
    await page.settle();

    expect(page.url()).toBe('/');
    expect(await (await caseloadOf()).getValueText()).toBe('Your own');
    expect(await columnNames()).toContain('session');
    expect(page.element().textContent).toContain('Ada Brook');
  });

  it("asks for a bookmarked supervisee's caseload once, and never for the own one first", async () => {
    page = await openCaseloadPage('/?clinician=clinician-3&view=attention', supervisor);

    const query = page.backend.expectOne('Caseload');
    expect(query.operation.variables).toEqual({ clinicianId: 'clinician-3' });
    query.flushData({ caseload: [] });
    page.backend.expectOne('CaseloadSupervisees').flushData(supervisees);
    await page.settle();

    expect(await (await caseloadOf()).getValueText()).toBe('Ben Osei');
    expect(page.element().textContent).toContain('No clients on Ben Osei’s caseload yet');
  });

  it('keeps the signed-in viewer whole in the cache when the supervisees arrive', async () => {
    page = await openCaseloadPage('/', supervisor);
    page.backend.expectOne('CaseloadSupervisees').flushData(supervisees);
    page.backend.expectOne('Caseload').flushData(ownCaseload);
    await page.settle();

    const cached = TestBed.inject(Apollo).client.readQuery({ query: viewerDocument });
    expect(cached?.viewer).toEqual(supervisor);
  });

  it('shows a clinician who supervises nobody their own caseload, whatever the URL names', async () => {
    page = await openCaseloadPage('/?clinician=clinician-2');

    const query = page.backend.expectOne('Caseload');
    expect(query.operation.variables).toEqual({});
    query.flushData(ownCaseload);
    await page.settle();

    page.backend.expectNone('CaseloadSupervisees');
    expect(
      await page.loader.hasHarness(MatFormFieldHarness.with({ floatingLabelText: 'Caseload of' })),
    ).toBe(false);
    expect(await columnNames()).toContain('session');
  });
});
