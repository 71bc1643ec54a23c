import { MatButtonHarness } from '@angular/material/button/testing';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';
import { MatChipListboxHarness, MatChipOptionHarness } from '@angular/material/chips/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTableHarness } from '@angular/material/table/testing';

import { aClient, aFlag, openCaseloadPage, type OpenCaseloadPage } from './caseload-page.testing';

// The caseload's views live in the URL: filters, search, "Needs attention" and the order are
// read from it and written to it, so a view can be bookmarked and Back returns to it.

// As the server answers: by preferred name.
const caseload = {
  caseload: [
    aClient('amara', 'Amara Nwosu', {
      activeGoalDomains: ['MOOD', 'RELATIONSHIPS'],
      lastSessionAt: '2026-03-10T09:00:00.000Z',
      lastProgressOn: '2026-03-12',
    }),
    aClient('bo', 'Bo Lindahl', {
      attention: [aFlag('RELIABLE_DETERIORATION', 'Reliably worse (PHQ-9)', 'MEASURES')],
      lastSessionAt: '2026-02-01T09:00:00.000Z',
    }),
    aClient('jordan', 'Jordan Ellis', {
      activeGoalDomains: ['ANXIETY'],
      attention: [
        aFlag('SAFETY_REVIEW', 'Safety review needed', 'SAFETY'),
        aFlag('NOT_ON_TRACK', 'Not on track (GAD-7)', 'MEASURES'),
      ],
      lastSessionAt: '2026-03-01T09:00:00.000Z',
    }),
    aClient('jose', 'José Ortega', { status: 'PAUSED', activeGoalDomains: ['WORK_OR_STUDY'] }),
    aClient('priya', 'Priya Raman', {
      attention: [aFlag('NOT_ON_TRACK', 'Not on track (PHQ-9)', 'MEASURES')],
    }),
    aClient('rosa', 'Rosa Delgado', {
      attention: [aFlag('NO_RECENT_SESSION', 'No session for 5 weeks', 'SESSIONS')],
    }),
    aClient('wei', 'Wei Chen', {
      status: 'DISCHARGED',
      attention: [aFlag('NOTES_TO_SIGN', '1 note to sign', 'NOTES')],
    }),
  ],
};

describe('caseload views in the URL', () => {
  let page: OpenCaseloadPage;

  async function open(url = '/'): Promise<void> {
    page = await openCaseloadPage(url);
    page.backend.expectOne('Caseload').flushData(caseload);
    await page.settle();
  }

  afterEach(() => page.backend.verify());

  /** The preferred names in the table, top to bottom. */
  async function names(): Promise<string[]> {
    const table = await page.loader.getHarness(MatTableHarness);
    const rows = await table.getRows();
    return Promise.all(
      rows.map(async (row) => (await row.getCellTextByColumnName())['name'].trim()),
    );
  }

  async function select(label: string): Promise<MatSelectHarness> {
    const field = await page.loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: label }),
    );
    return (await field.getControl(MatSelectHarness))!;
  }

  async function searchField(): Promise<MatInputHarness> {
    return page.loader.getHarness(MatInputHarness.with({ placeholder: '' }));
  }

  function statusChip(text: string): Promise<MatChipOptionHarness> {
    return page.loader
      .getHarness(MatChipListboxHarness)
      .then((listbox) => listbox.getChips({ text }))
      .then(([chip]) => chip);
  }

  function summary(): string {
    return page.element().querySelector('[role="status"]')?.textContent?.trim() ?? '';
  }

  it('lists every client by name unless the URL says otherwise', async () => {
    await open();

    expect(await names()).toEqual([
      'Amara Nwosu',
      'Bo Lindahl',
      'Jordan Ellis',
      'José Ortega',
      'Priya Raman',
      'Rosa Delgado',
      'Wei Chen',
    ]);
    expect(summary()).toBe('7 clients, 5 active');
  });

  it('reads the status, domain, search and order from the URL, and shows them chosen', async () => {
    await open('/?status=ACTIVE,PAUSED&domain=MOOD&sort=lastSession&dir=desc&q=a');

    expect(await names()).toEqual(['Amara Nwosu', 'Bo Lindahl', 'Priya Raman', 'Rosa Delgado']);
    expect(summary()).toBe('Showing 4 of 7 clients');
    expect(await (await statusChip('Active')).isSelected()).toBe(true);
    expect(await (await statusChip('Paused')).isSelected()).toBe(true);
    expect(await (await statusChip('Discharged')).isSelected()).toBe(false);
    expect(await (await select('Goal domain')).getValueText()).toBe('Mood');
    expect(await (await select('Sort by')).getValueText()).toBe('Last session, most recent first');
    expect(await (await searchField()).getValue()).toBe('a');
  });

  it('puts each chosen filter and order in the URL, one history step each', async () => {
    await open();

    await (await statusChip('Paused')).select();
    await page.settle();
    expect(page.url()).toBe('/?status=PAUSED');
    expect(await names()).toEqual(['José Ortega']);

    await (await statusChip('Discharged')).select();
    await page.settle();
    expect(page.url()).toBe('/?status=PAUSED,DISCHARGED');

    await (await select('Reason for attention')).clickOptions({ text: 'Notes to sign' });
    await page.settle();
    expect(page.url()).toBe('/?status=PAUSED,DISCHARGED&flag=NOTES_TO_SIGN');
    expect(await names()).toEqual(['Wei Chen']);

    await (await select('Sort by')).clickOptions({ text: 'Last progress, most recent first' });
    await page.settle();
    expect(page.url()).toBe(
      '/?status=PAUSED,DISCHARGED&flag=NOTES_TO_SIGN&sort=lastProgress&dir=desc',
    );

    await page.back();
    expect(page.url()).toBe('/?status=PAUSED,DISCHARGED&flag=NOTES_TO_SIGN');
    await page.back();
    await page.back();
    expect(page.url()).toBe('/?status=PAUSED');
    expect(await names()).toEqual(['José Ortega']);
  });

  it('filters by the domain of an active goal', async () => {
    await open();

    await (await select('Goal domain')).clickOptions({ text: 'Anxiety' });
    await page.settle();

    expect(page.url()).toBe('/?domain=ANXIETY');
    expect(await names()).toEqual(['Jordan Ellis']);
  });

  it('lists those needing attention by kind of need, safety first, never by a score', async () => {
    await open();
    const toggle = await page.loader.getHarness(
      MatButtonToggleHarness.with({ text: /^Needs attention/ }),
    );
    expect(await toggle.getText()).toBe('Needs attention (5)');

    await toggle.check();
    await page.settle();

    expect(page.url()).toBe('/?view=attention');
    // Jordan's safety review, Bo's reliable deterioration, Priya not on track, Rosa's missed
    // sessions, Wei's notes: the order of the kinds of need, not of the names.
    expect(await names()).toEqual([
      'Jordan Ellis',
      'Bo Lindahl',
      'Priya Raman',
      'Rosa Delgado',
      'Wei Chen',
    ]);
    expect(summary()).toBe('Showing 5 of 7 clients');
    // No position or score beside a client.
    const table = await page.loader.getHarness(MatTableHarness);
    expect(await table.getHeaderRows().then(([row]) => row.getCellTextByIndex())).not.toContain(
      '#',
    );
    expect(page.element().querySelector('caption')?.textContent?.trim()).toBe(
      'Your clients who need attention, most urgent kind of need first, then by name, A to Z',
    );
  });

  it('orders clients with the same kind of need by the sort chosen', async () => {
    await open('/?view=attention&flag=NOT_ON_TRACK');
    expect(await names()).toEqual(['Jordan Ellis', 'Priya Raman']);

    await (await select('Then sort by')).clickOptions({ text: 'Name, Z to A' });
    await page.settle();

    expect(page.url()).toBe('/?view=attention&flag=NOT_ON_TRACK&dir=desc');
    // Jordan's safety review still comes first; the name only orders within a kind.
    expect(await names()).toEqual(['Jordan Ellis', 'Priya Raman']);
  });

  it('never lets the order of names reverse the order of needs', async () => {
    await open('/?view=attention&status=ACTIVE&dir=desc');

    expect(await names()).toEqual(['Jordan Ellis', 'Bo Lindahl', 'Priya Raman', 'Rosa Delgado']);
  });

  it('finds clients by part of their name, whatever the case or accents, once typing pauses', async () => {
    await open();
    const search = await searchField();

    await search.setValue('JOSE');
    expect(page.url()).toBe('/');
    await page.settleSearch();

    expect(page.url()).toBe('/?q=JOSE');
    expect(await names()).toEqual(['José Ortega']);
    expect(summary()).toBe('Showing 1 of 7 clients');
  });

  it('refines a search in place, so Back leaves the search instead of undoing a keystroke', async () => {
    await open('/?status=ACTIVE');
    const search = await searchField();

    await search.setValue('r');
    await page.settleSearch();
    expect(page.url()).toBe('/?status=ACTIVE&q=r');
    await search.setValue('ro');
    await page.settleSearch();
    await search.setValue('ros');
    await page.settleSearch();
    expect(page.url()).toBe('/?status=ACTIVE&q=ros');
    expect(await names()).toEqual(['Rosa Delgado']);

    await page.back();

    expect(page.url()).toBe('/?status=ACTIVE');
    expect(await (await searchField()).getValue()).toBe('');
    expect(await names()).toHaveLength(5);
  });

  it('restores the view on Back after opening a client through a reason', async () => {
    await open();
    await (await statusChip('Active')).select();
    await page.settle();
    await (
      await page.loader.getHarness(MatButtonToggleHarness.with({ text: /^Needs attention/ }))
    ).check();
    await page.settle();
    expect(page.url()).toBe('/?status=ACTIVE&view=attention');

    const reason = [
      ...page.element().querySelectorAll<HTMLAnchorElement>('a.attention-reason'),
    ].find((link) => link.textContent?.startsWith('Safety review needed'))!;
    expect(reason.getAttribute('href')).toBe('/clients/jordan#safety');
    reason.click();
    await page.settle();
    expect(page.url()).toBe('/clients/jordan#safety');

    await page.back();

    // At once from the cache, before the server's fresh answer arrives.
    expect(page.url()).toBe('/?status=ACTIVE&view=attention');
    expect(await names()).toEqual(['Jordan Ellis', 'Bo Lindahl', 'Priya Raman', 'Rosa Delgado']);
    page.backend.expectOne('Caseload').flushData(caseload);
    await page.settle();
    expect(await names()).toEqual(['Jordan Ellis', 'Bo Lindahl', 'Priya Raman', 'Rosa Delgado']);
    expect(await (await statusChip('Active')).isSelected()).toBe(true);
    const toggle = await page.loader.getHarness(
      MatButtonToggleHarness.with({ text: /^Needs attention/ }),
    );
    expect(await toggle.isChecked()).toBe(true);
  });

  it('says calmly when nothing matches, and clears the filters but keeps the view', async () => {
    await open('/?view=attention&status=PAUSED&q=zz');

    expect(page.element().textContent).toContain('No clients match these filters.');
    expect(await page.loader.hasHarness(MatTableHarness)).toBe(false);
    const clear = await page.loader.getAllHarnesses(
      MatButtonHarness.with({ text: 'Clear filters' }),
    );
    await clear[clear.length - 1].click();
    await page.settle();

    expect(page.url()).toBe('/?view=attention');
    expect(await names()).toHaveLength(5);
    expect(await (await searchField()).getValue()).toBe('');
  });

  it('says when nobody needs attention, and offers every client', async () => {
    page = await openCaseloadPage('/?view=attention');
    page.backend.expectOne('Caseload').flushData({ caseload: [aClient('amara', 'Amara Nwosu')] });
    await page.settle();

    expect(page.element().textContent).toContain(
      'Nobody on this caseload needs attention right now.',
    );
    await (
      await page.loader.getHarness(MatButtonHarness.with({ text: 'Show all clients' }))
    ).click();
    await page.settle();

    expect(page.url()).toBe('/');
    expect(await names()).toEqual(['Amara Nwosu']);
  });

  it('ignores what a hand-edited address got wrong', async () => {
    await open('/?view=ranked&status=ACTIVE,ASLEEP&flag=LOUD&sort=score&dir=sideways');

    expect(await names()).toEqual([
      'Amara Nwosu',
      'Bo Lindahl',
      'Jordan Ellis',
      'Priya Raman',
      'Rosa Delgado',
    ]);
  });
});
