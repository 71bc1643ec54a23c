import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MatChipHarness } from '@angular/material/chips/testing';
import { MatTableHarness } from '@angular/material/table/testing';

import { CaseloadTable, type CaseloadRow } from './caseload-table';

const today = '2026-03-14';
const calm = { notesToSignCount: 0, attention: [], goodNews: [] } as const;

const sam: CaseloadRow = {
  id: 'client-1',
  preferredName: 'Sam Rivera',
  pronouns: 'they/them',
  status: 'ACTIVE',
  activeGoalCount: 3,
  lastProgressOn: '2026-03-11',
  lastSessionAt: '2026-03-07T10:00:00.000Z',
  ...calm,
};

const noor: CaseloadRow = {
  id: 'client-2',
  preferredName: 'Noor',
  pronouns: null,
  status: 'PAUSED',
  activeGoalCount: 0,
  lastProgressOn: null,
  lastSessionAt: null,
  ...calm,
};

const alex: CaseloadRow = {
  id: 'client-3',
  preferredName: 'Alex Chen',
  pronouns: 'he/him',
  status: 'DISCHARGED',
  activeGoalCount: 1,
  lastProgressOn: today,
  lastSessionAt: null,
  ...calm,
};

async function renderTable(clients: readonly CaseloadRow[]) {
  TestBed.configureTestingModule({ providers: [provideRouter([])] });
  const fixture = TestBed.createComponent(CaseloadTable);
  fixture.componentRef.setInput('clients', clients);
  fixture.componentRef.setInput('today', today);
  const loader = TestbedHarnessEnvironment.loader(fixture);
  const table = await loader.getHarness(MatTableHarness);
  return { fixture, table };
}

describe('CaseloadTable', () => {
  it('lists one row per client, in the order given', async () => {
    const { table } = await renderTable([sam, noor, alex]);

    const columns = await table.getCellTextByColumnName();

    expect(columns['name'].headerText).toEqual(['Name']);
    expect(columns['name'].text).toEqual([
      expect.stringContaining('Sam Rivera'),
      'Noor',
      expect.stringContaining('Alex Chen'),
    ]);
  });

  it("links each client's name to their page", async () => {
    const { fixture } = await renderTable([sam, noor]);

    // A plain link, which no Material harness covers.
    const links: HTMLAnchorElement[] = Array.from(
      fixture.nativeElement.querySelectorAll('td a.preferred-name'),
    );

    expect(links.map((link) => [link.textContent?.trim(), link.getAttribute('href')])).toEqual([
      ['Sam Rivera', '/clients/client-1'],
      ['Noor', '/clients/client-2'],
    ]);
  });

  it("shows the server's reasons for attention, each linking to its evidence", async () => {
    const flagged: CaseloadRow = {
      ...sam,
      attention: [
        {
          kind: 'SAFETY_REVIEW',
          label: 'Safety review needed',
          detail: 'A PHQ-9 item 9 answer above 0 waits for your review',
          evidence: 'SAFETY',
        },
        {
          kind: 'NO_RECENT_SESSION',
          label: 'No session for 5 weeks',
          detail: 'Last session on 20 October',
          evidence: 'SESSIONS',
        },
        {
          kind: 'NO_RECENT_PROGRESS',
          label: 'No progress for 3 weeks',
          detail: 'Nothing logged since 3 November',
          evidence: 'TIMELINE',
        },
      ],
    };
    const { fixture, table } = await renderTable([flagged, noor]);

    const columns = await table.getCellTextByColumnName();
    expect(columns['attention'].headerText).toEqual(['Needs attention']);
    const reasons: HTMLAnchorElement[] = Array.from(
      fixture.nativeElement.querySelectorAll('a.attention-reason'),
    );
    expect(
      reasons.map((link) => [link.textContent?.trim(), link.getAttribute('href'), link.title]),
    ).toEqual([
      [
        'Safety review needed: A PHQ-9 item 9 answer above 0 waits for your review',
        '/clients/client-1#safety',
        'A PHQ-9 item 9 answer above 0 waits for your review',
      ],
      [
        'No session for 5 weeks: Last session on 20 October',
        '/clients/client-1#sessions',
        'Last session on 20 October',
      ],
      [
        'No progress for 3 weeks: Nothing logged since 3 November',
        '/clients/client-1#timeline',
        'Nothing logged since 3 November',
      ],
    ]);
    // Only safety is loud.
    expect(reasons.map((link) => link.classList.contains('safety'))).toEqual([true, false, false]);
  });

  it('shows what is going well as calm chips, each linking to its evidence', async () => {
    const improving: CaseloadRow = {
      ...sam,
      goodNews: [
        {
          kind: 'RELIABLE_IMPROVEMENT',
          label: 'Reliably better (PHQ-9)',
          detail: 'PHQ-9 18 → 9 since 3 March',
          evidence: 'MEASURES',
        },
        {
          kind: 'MILESTONE_STREAK',
          label: 'Milestones 3 weeks running',
          detail: 'A milestone ticked in each of the last 3 weeks',
          evidence: 'GOALS',
        },
      ],
    };
    const { fixture, table } = await renderTable([improving, noor]);

    const columns = await table.getCellTextByColumnName();
    expect(columns['goodNews'].headerText).toEqual(['Going well']);
    expect(columns['goodNews'].text).toEqual([
      expect.stringContaining('Reliably better (PHQ-9)'),
      '',
    ]);
    const chips: HTMLAnchorElement[] = Array.from(
      fixture.nativeElement.querySelectorAll('a.good-news'),
    );
    expect(
      chips.map((link) => [link.textContent?.trim(), link.getAttribute('href'), link.title]),
    ).toEqual([
      [
        'Reliably better (PHQ-9): PHQ-9 18 → 9 since 3 March',
        '/clients/client-1#measures',
        'PHQ-9 18 → 9 since 3 March',
      ],
      [
        'Milestones 3 weeks running: A milestone ticked in each of the last 3 weeks',
        '/clients/client-1#goals',
        'A milestone ticked in each of the last 3 weeks',
      ],
    ]);
    expect(chips.some((link) => link.classList.contains('safety'))).toBe(false);
  });

  it('shows pronouns next to the preferred name when the client has given them', async () => {
    const { table } = await renderTable([sam, noor]);

    const [samRow, noorRow] = await table.getRows();
    const samName = await samRow.getCellTextByColumnName();
    const noorName = await noorRow.getCellTextByColumnName();

    expect(samName['name']).toContain('they/them');
    expect(noorName['name']).toBe('Noor');
  });

  it('shows each status as a chip with its plain-language label', async () => {
    const { table } = await renderTable([sam, noor, alex]);

    const statusCells = await table.getAllHarnesses(MatChipHarness);
    const labels = await Promise.all(statusCells.map((chip) => chip.getText()));

    expect(labels).toEqual(['Active', 'Paused', 'Discharged']);
  });

  it('shows how many goals are active for each client', async () => {
    const { table } = await renderTable([sam, noor]);

    const columns = await table.getCellTextByColumnName();

    expect(columns['activeGoals'].headerText).toEqual(['Active goals']);
    expect(columns['activeGoals'].text).toEqual(['3', '0']);
  });

  it('describes the last progress relative to today', async () => {
    const { table } = await renderTable([sam, alex]);

    const columns = await table.getCellTextByColumnName();

    expect(columns['lastProgress'].text).toEqual(['3 days ago', 'Today']);
  });

  it('keeps the exact date of the last progress in the title and datetime', async () => {
    const { fixture } = await renderTable([sam]);

    // The date lives on our own <time> element, which no Material harness covers.
    const time: HTMLTimeElement = fixture.nativeElement.querySelector('time');

    expect(time.title).toBe('2026-03-11');
    expect(time.dateTime).toBe('2026-03-11');
  });

  it('shows the last session relative to today, and says when there has been none', async () => {
    const { table } = await renderTable([sam, noor]);

    const columns = await table.getCellTextByColumnName();

    expect(columns['lastSession'].text).toEqual(['7 days ago', 'No session yet']);
  });

  it('links to session mode for clients in care, not for a discharged client', async () => {
    const { fixture } = await renderTable([sam, alex]);

    const links = [...fixture.nativeElement.querySelectorAll('a.session-link')].map(
      (link: HTMLAnchorElement) => [link.textContent?.trim(), link.getAttribute('href')],
    );

    expect(links).toEqual([['Session with Sam Rivera', '/clients/client-1/session']]);
  });

  it("offers no session column for a caseload that is only read (a supervisee's)", async () => {
    const { fixture, table } = await renderTable([sam]);

    fixture.componentRef.setInput('offersSessions', false);

    const columns = await table.getCellTextByColumnName();
    expect(Object.keys(columns)).not.toContain('session');
    expect(Object.keys(columns)).toContain('notesToSign');
    expect(fixture.nativeElement.querySelector('a.session-link')).toBeNull();
  });

  it("shows how many notes wait to be signed, linking to the client's notes, and nothing at zero", async () => {
    const { fixture, table } = await renderTable([{ ...sam, notesToSignCount: 2 }, noor]);

    const columns = await table.getCellTextByColumnName();
    const links = [...fixture.nativeElement.querySelectorAll('a.notes-to-sign')].map(
      (link: HTMLAnchorElement) => link.getAttribute('href'),
    );

    expect(columns['notesToSign'].headerText).toEqual(['Notes to sign']);
    expect(columns['notesToSign'].text).toEqual(['2 notes to sign for Sam Rivera', '']);
    expect(links).toEqual(['/clients/client-1#notes']);
  });

  it("shows 'No progress logged yet' when a client has no entries", async () => {
    const { table } = await renderTable([noor]);

    const columns = await table.getCellTextByColumnName();

    expect(columns['lastProgress'].text).toEqual(['No progress logged yet']);
  });

  it('counts relative dates from the day it is given, not the machine clock', async () => {
    const { fixture, table } = await renderTable([sam]);

    fixture.componentRef.setInput('today', '2026-03-12');

    const columns = await table.getCellTextByColumnName();
    expect(columns['lastProgress'].text).toEqual(['Yesterday']);
  });

  it('describes itself to assistive technology with a caption', async () => {
    const { fixture } = await renderTable([sam]);

    const table: HTMLTableElement = fixture.nativeElement.querySelector('table');

    expect(table.caption?.textContent?.trim()).toBe('Your clients, by preferred name');
    fixture.componentRef.setInput('caption', 'Your clients, by last session, longest ago first');
    await fixture.whenStable();
    expect(table.caption?.textContent?.trim()).toBe(
      'Your clients, by last session, longest ago first',
    );
  });
});
