import { MatButtonHarness } from '@angular/material/button/testing';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';
import { MatChipListboxHarness, MatChipOptionHarness } from '@angular/material/chips/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';

import type { CaseloadViewInput } from '../../__generated__/graphql';
import {
  aClient,
  aFlag,
  defaultViewInput,
  openCaseloadPage,
  type OpenCaseloadPage,
  type ViewCounts,
} from './caseload-page.testing';

// The caseload's views live in the URL: filters, search, "Needs attention" and the order are
// read from it and written to it, so a view can be bookmarked and Back returns to it. The server
// filters, orders and counts (libs/shared/src/caseload/caseload-listing.ts, with its own
// specs): the page asks for the view the URL names and shows the rows as they were answered.

const amara = aClient('amara', 'Amara Nwosu', {
  activeGoalDomains: ['MOOD', 'RELATIONSHIPS'],
  lastSessionAt: '2026-03-10T09:00:00.000Z',
  lastProgressOn: '2026-03-12',
});
const bo = aClient('bo', 'Bo Lindahl', {
  attention: [aFlag('RELIABLE_DETERIORATION', 'Reliably worse (PHQ-9)', 'MEASURES')],
  lastSessionAt: '2026-02-01T09:00:00.000Z',
});
const jordan = aClient('jordan', 'Jordan Ellis', {
  activeGoalDomains: ['ANXIETY'],
  attention: [
    aFlag('SAFETY_REVIEW', 'Safety review needed', 'SAFETY'),
    aFlag('NOT_ON_TRACK', 'Not on track (GAD-7)', 'MEASURES'),
  ],
  lastSessionAt: '2026-03-01T09:00:00.000Z',
});
const jose = aClient('jose', 'José Ortega', {
  status: 'PAUSED',
  activeGoalDomains: ['WORK_OR_STUDY'],
});
const priya = aClient('priya', 'Priya Raman', {
  attention: [aFlag('NOT_ON_TRACK', 'Not on track (PHQ-9)', 'MEASURES')],
});
const rosa = aClient('rosa', 'Rosa Delgado', {
  attention: [aFlag('NO_RECENT_SESSION', 'No session for 5 weeks', 'SESSIONS')],
});
const wei = aClient('wei', 'Wei Chen', {
  status: 'DISCHARGED',
  attention: [aFlag('NOTES_TO_SIGN', '1 note to sign', 'NOTES')],
});

/** The whole caseload, as the server answers it by name. */
const everyone = [amara, bo, jordan, jose, priya, rosa, wei];
/** Those needing attention, as the server answers them: by kind of need, safety first. */
const needingAttention = [jordan, bo, priya, rosa, wei];
const activeNeedingAttention = [jordan, bo, priya, rosa];
const active = [amara, bo, jordan, priya, rosa];

/** The counts of the whole caseload, whichever part of it a view lists. */
const caseloadCounts = { totalCount: 7, activeCount: 5 };

/** A view as the server is asked for it: the defaults with `changes`. */
const view = (changes: Partial<CaseloadViewInput> = {}): CaseloadViewInput => ({
  ...defaultViewInput,
  ...changes,
});

describe('caseload views in the URL', () => {
  let page: OpenCaseloadPage;

  afterEach(() => page.backend.verify());

  /** Opens `url` and answers its first window with `rows`; says which view was asked for. */
  async function open(
    url = '/',
    rows: Parameters<OpenCaseloadPage['answerView']>[0] = everyone,
  ): Promise<CaseloadViewInput> {
    page = await openCaseloadPage(url);
    return (await answer(rows)).view;
  }

  /** Answers the waiting window with `rows` of the whole caseload; says what was asked for. */
  function answer(
    rows: Parameters<OpenCaseloadPage['answerView']>[0],
    counts: ViewCounts = {},
  ): ReturnType<OpenCaseloadPage['answerView']> {
    return page.answerView(rows, {
      ...caseloadCounts,
      attentionCount: rows.filter((row) => row.attention.length > 0).length,
      ...counts,
    });
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

  function attentionToggle(): Promise<MatButtonToggleHarness> {
    return page.loader.getHarness(MatButtonToggleHarness.with({ text: /^Needs attention/ }));
  }

  function summary(): string {
    return page.element().querySelector('[role="status"]')?.textContent?.trim() ?? '';
  }

  function tableLabel(): string | null {
    return page.element().querySelector('[role="table"]')?.getAttribute('aria-label') ?? null;
  }

  function focusedText(): string | undefined {
    return document.activeElement?.textContent?.trim();
  }

  it('asks for every client by name unless the URL says otherwise', async () => {
    expect(await open()).toEqual(defaultViewInput);

    expect(page.names()).toEqual([
      'Amara Nwosu',
      'Bo Lindahl',
      'Jordan Ellis',
      'José Ortega',
      'Priya Raman',
      'Rosa Delgado',
      'Wei Chen',
    ]);
    expect(summary()).toBe('7 clients, 5 active');
    expect(tableLabel()).toBe('Your clients, by name, A to Z');
  });

  it('asks for the status, domain, search and order the URL names, and shows them chosen', async () => {
    const asked = await open('/?status=ACTIVE,PAUSED&domain=MOOD&sort=lastSession&dir=desc&q=a', [
      amara,
      priya,
      rosa,
      bo,
    ]);

    expect(asked).toEqual(
      view({
        statuses: ['ACTIVE', 'PAUSED'],
        domain: 'MOOD',
        search: 'a',
        sort: 'LAST_SESSION',
        descending: true,
      }),
    );
    // In the order answered: the server has ordered them, the page does not again.
    expect(page.names()).toEqual(['Amara Nwosu', 'Priya Raman', 'Rosa Delgado', 'Bo Lindahl']);
    expect(summary()).toBe('Showing 4 of 7 clients');
    expect(await (await statusChip('Active')).isSelected()).toBe(true);
    expect(await (await statusChip('Paused')).isSelected()).toBe(true);
    expect(await (await statusChip('Discharged')).isSelected()).toBe(false);
    expect(await (await select('Goal domain')).getValueText()).toBe('Mood');
    expect(await (await select('Sort by')).getValueText()).toBe('Last session, most recent first');
    expect(await (await searchField()).getValue()).toBe('a');
    expect(tableLabel()).toBe('Your clients, by last session, most recent first');
  });

  it('puts each chosen filter and order in the URL, one history step each, and asks for it', async () => {
    await open();

    await (await statusChip('Paused')).select();
    await page.settle();
    expect(page.url()).toBe('/?status=PAUSED');
    expect((await answer([jose])).view).toEqual(view({ statuses: ['PAUSED'] }));
    expect(page.names()).toEqual(['José Ortega']);

    await (await statusChip('Discharged')).select();
    await page.settle();
    expect(page.url()).toBe('/?status=PAUSED,DISCHARGED');
    expect((await answer([jose, wei])).view).toEqual(view({ statuses: ['PAUSED', 'DISCHARGED'] }));

    await (await select('Reason for attention')).clickOptions({ text: 'Notes to sign' });
    await page.settle();
    expect(page.url()).toBe('/?status=PAUSED,DISCHARGED&flag=NOTES_TO_SIGN');
    expect((await answer([wei])).view).toEqual(
      view({ statuses: ['PAUSED', 'DISCHARGED'], flag: 'NOTES_TO_SIGN' }),
    );
    expect(page.names()).toEqual(['Wei Chen']);

    await (await select('Sort by')).clickOptions({ text: 'Last progress, most recent first' });
    await page.settle();
    expect(page.url()).toBe(
      '/?status=PAUSED,DISCHARGED&flag=NOTES_TO_SIGN&sort=lastProgress&dir=desc',
    );
    expect((await answer([wei])).view).toEqual(
      view({
        statuses: ['PAUSED', 'DISCHARGED'],
        flag: 'NOTES_TO_SIGN',
        sort: 'LAST_PROGRESS',
        descending: true,
      }),
    );

    await page.back();
    expect(page.url()).toBe('/?status=PAUSED,DISCHARGED&flag=NOTES_TO_SIGN');
    expect((await answer([wei])).view).toEqual(
      view({ statuses: ['PAUSED', 'DISCHARGED'], flag: 'NOTES_TO_SIGN' }),
    );
    await page.back();
    await answer([jose, wei]);
    await page.back();
    expect(page.url()).toBe('/?status=PAUSED');
    expect((await answer([jose])).view).toEqual(view({ statuses: ['PAUSED'] }));
    expect(page.names()).toEqual(['José Ortega']);
  });

  it('asks for the clients with an active goal in the domain chosen', async () => {
    await open();

    await (await select('Goal domain')).clickOptions({ text: 'Anxiety' });
    await page.settle();

    expect(page.url()).toBe('/?domain=ANXIETY');
    expect((await answer([jordan])).view).toEqual(view({ domain: 'ANXIETY' }));
    expect(page.names()).toEqual(['Jordan Ellis']);
  });

  it('lists those needing attention as the server orders them, never with a score', async () => {
    await open();
    const toggle = await attentionToggle();
    expect(await toggle.getText()).toBe('Needs attention (5)');

    await toggle.check();
    await page.settle();

    expect(page.url()).toBe('/?view=attention');
    expect((await answer(needingAttention)).view).toEqual(view({ needsAttention: true }));
    // Jordan's safety review, Bo's reliable deterioration, Priya not on track, Rosa's missed
    // sessions, Wei's notes: the order of the kinds of need, as answered.
    expect(page.names()).toEqual([
      'Jordan Ellis',
      'Bo Lindahl',
      'Priya Raman',
      'Rosa Delgado',
      'Wei Chen',
    ]);
    expect(summary()).toBe('Showing 5 of 7 clients');
    // No position or score beside a client.
    const headers = [...page.element().querySelectorAll('[role="columnheader"]')].map((header) =>
      header.textContent?.trim(),
    );
    expect(headers).not.toContain('#');
    expect(tableLabel()).toBe(
      'Your clients who need attention, most urgent kind of need first, then by name, A to Z',
    );
  });

  it('asks for the order chosen within a kind of need', async () => {
    expect(await open('/?view=attention&flag=NOT_ON_TRACK', [jordan, priya])).toEqual(
      view({ needsAttention: true, flag: 'NOT_ON_TRACK' }),
    );

    await (await select('Then sort by')).clickOptions({ text: 'Name, Z to A' });
    await page.settle();

    expect(page.url()).toBe('/?view=attention&flag=NOT_ON_TRACK&dir=desc');
    expect((await answer([jordan, priya])).view).toEqual(
      view({ needsAttention: true, flag: 'NOT_ON_TRACK', descending: true }),
    );
    // Jordan's safety review still comes first: the server orders only within a kind.
    expect(page.names()).toEqual(['Jordan Ellis', 'Priya Raman']);
    expect(tableLabel()).toBe(
      'Your clients who need attention, most urgent kind of need first, then by name, Z to A',
    );
  });

  it('asks for a search by part of a name once typing pauses, not at every keystroke', async () => {
    await open();
    const search = await searchField();

    await search.setValue('JOSE');
    expect(page.url()).toBe('/');
    page.backend.expectNone('CaseloadView');
    await page.settleSearch();

    expect(page.url()).toBe('/?q=JOSE');
    // As typed: the server ignores case and accents.
    expect((await answer([jose])).view).toEqual(view({ search: 'JOSE' }));
    expect(page.names()).toEqual(['José Ortega']);
    expect(summary()).toBe('Showing 1 of 7 clients');
  });

  it('applies a search at once on Enter', async () => {
    await open();
    const search = await searchField();

    await search.setValue('rosa');
    page.backend.expectNone('CaseloadView');
    // Enter in the field submits its search form.
    page.element().querySelector('form[role="search"]')!.dispatchEvent(new Event('submit'));
    await page.settle();

    expect(page.url()).toBe('/?q=rosa');
    expect((await answer([rosa])).view).toEqual(view({ search: 'rosa' }));
    // The pending search was applied already: nothing more once the pause has passed.
    await page.settleSearch();
    page.backend.expectNone('CaseloadView');
  });

  it('keeps text typed just before a filter changes, in the same step', async () => {
    await open();

    await (await searchField()).setValue('am');
    await (await statusChip('Active')).select();
    await page.settle();

    expect(page.url()).toBe('/?status=ACTIVE&q=am');
    expect((await answer([amara])).view).toEqual(view({ statuses: ['ACTIVE'], search: 'am' }));
    await page.settleSearch();
    page.backend.expectNone('CaseloadView');
    expect(page.url()).toBe('/?status=ACTIVE&q=am');
  });

  it('refines a search in place, so Back leaves the search instead of undoing a keystroke', async () => {
    await open('/?status=ACTIVE', active);

    await (await searchField()).setValue('r');
    await page.settleSearch();
    expect(page.url()).toBe('/?status=ACTIVE&q=r');
    await answer([priya, rosa]);
    await (await searchField()).setValue('ro');
    await page.settleSearch();
    await answer([rosa]);
    await (await searchField()).setValue('ros');
    await page.settleSearch();
    expect(page.url()).toBe('/?status=ACTIVE&q=ros');
    expect((await answer([rosa])).view).toEqual(view({ statuses: ['ACTIVE'], search: 'ros' }));
    expect(page.names()).toEqual(['Rosa Delgado']);

    await page.back();

    expect(page.url()).toBe('/?status=ACTIVE');
    expect(await (await searchField()).getValue()).toBe('');
    // At once from the cache, then as the server says now.
    expect(page.names()).toHaveLength(5);
    expect((await answer(active)).view).toEqual(view({ statuses: ['ACTIVE'] }));
    expect(page.names()).toHaveLength(5);
  });

  it('restores the view on Back after opening a client through a reason', async () => {
    await open();
    await (await statusChip('Active')).select();
    await page.settle();
    await answer(active);
    await (await attentionToggle()).check();
    await page.settle();
    expect(page.url()).toBe('/?status=ACTIVE&view=attention');
    await answer(activeNeedingAttention);

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
    expect(page.names()).toEqual(['Jordan Ellis', 'Bo Lindahl', 'Priya Raman', 'Rosa Delgado']);
    expect((await answer(activeNeedingAttention)).view).toEqual(
      view({ statuses: ['ACTIVE'], needsAttention: true }),
    );
    expect(page.names()).toEqual(['Jordan Ellis', 'Bo Lindahl', 'Priya Raman', 'Rosa Delgado']);
    expect(await (await statusChip('Active')).isSelected()).toBe(true);
    expect(await (await attentionToggle()).isChecked()).toBe(true);
  });

  it('says calmly when nothing matches, and clears the filters but keeps the view', async () => {
    expect(await open('/?view=attention&status=PAUSED&q=zz', [])).toEqual(
      view({ needsAttention: true, statuses: ['PAUSED'], search: 'zz' }),
    );

    expect(page.element().textContent).toContain('No clients match these filters.');
    expect(page.hasTable()).toBe(false);
    const clear = await page.loader.getAllHarnesses(
      MatButtonHarness.with({ text: 'Clear filters' }),
    );
    await clear[clear.length - 1].click();
    await page.settle();

    expect(page.url()).toBe('/?view=attention');
    expect((await answer(needingAttention)).view).toEqual(view({ needsAttention: true }));
    expect(page.names()).toHaveLength(5);
    expect(await (await searchField()).getValue()).toBe('');
    // The button that held focus is gone with the filters.
    expect(focusedText()).toBe('Caseload');
  });

  it('says when nobody needs attention, and offers every client', async () => {
    await open('/?view=attention', []);

    expect(page.element().textContent).toContain(
      'Nobody on this caseload needs attention right now.',
    );
    await (
      await page.loader.getHarness(MatButtonHarness.with({ text: 'Show all clients' }))
    ).click();
    await page.settle();

    expect(page.url()).toBe('/');
    expect((await answer([amara])).view).toEqual(defaultViewInput);
    expect(page.names()).toEqual(['Amara Nwosu']);
    expect(focusedText()).toBe('Caseload');
  });

  it('ignores what a hand-edited address got wrong', async () => {
    expect(
      await open('/?view=ranked&status=ACTIVE,ASLEEP&flag=LOUD&sort=score&dir=sideways', active),
    ).toEqual(view({ statuses: ['ACTIVE'] }));

    expect(page.names()).toEqual([
      'Amara Nwosu',
      'Bo Lindahl',
      'Jordan Ellis',
      'Priya Raman',
      'Rosa Delgado',
    ]);
  });
});
