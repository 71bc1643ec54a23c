import type { ListRange } from '@angular/cdk/collections';
import { CdkVirtualScrollViewport } from '@angular/cdk/scrolling';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';

import { aCaseloadRow } from '../../shared/caseload-row.fixture';
import {
  CASELOAD_ROW_HEIGHT,
  CaseloadTable,
  type CaseloadAttentionFlag,
  type CaseloadGoodNews,
  type CaseloadMeasure,
  type CaseloadRow,
} from './caseload-table';

const today = '2026-12-01';

/** A calm, active client as the table is given one; `changes` override. */
function aRow(id: string, preferredName: string, changes: Partial<CaseloadRow> = {}): CaseloadRow {
  return { ...aCaseloadRow(id, preferredName), ...changes };
}

function aFlag(
  kind: CaseloadAttentionFlag['kind'],
  label: string,
  evidence: CaseloadAttentionFlag['evidence'],
): CaseloadAttentionFlag {
  return { kind, label, detail: `${label}: the detail`, evidence };
}

function aGoodNews(
  kind: CaseloadGoodNews['kind'],
  label: string,
  evidence: CaseloadGoodNews['evidence'],
): CaseloadGoodNews {
  return { kind, label, detail: `${label}: the detail`, evidence };
}

function aMeasure(
  instrument: CaseloadMeasure['instrument'],
  changes: Partial<CaseloadMeasure> = {},
): CaseloadMeasure {
  return {
    instrument,
    latest: 9,
    latestOn: '2026-11-24',
    severity: 'MILD',
    severityLabel: 'Mild',
    changeFromBaseline: null,
    reliableChange: null,
    ...changes,
  };
}

const sam = aRow('client-1', 'Sam Rivera', {
  pronouns: 'they/them',
  activeGoalCount: 3,
  lastProgressOn: '2026-11-28',
  // Midday, so the local day is the 24th in any time zone a test machine is likely to be in.
  lastSessionAt: '2026-11-24T12:00:00.000Z',
});
const noor = aRow('client-2', 'Noor', { status: 'PAUSED', activeGoalCount: 0 });
const alex = aRow('client-3', 'Alex Chen', { pronouns: 'he/him', status: 'DISCHARGED' });

interface RenderedTable {
  readonly fixture: ComponentFixture<CaseloadTable>;
  /** Every range of rows the table said it shows, in order. */
  readonly ranges: ListRange[];
  element(): HTMLElement;
  /** Sets an input and lets the table render it. */
  set(name: 'clients' | 'today' | 'caption' | 'offersSessions', value: unknown): Promise<void>;
}

async function renderTable(
  clients: readonly (CaseloadRow | null)[],
  inputs: { readonly offersSessions?: boolean; readonly caption?: string } = {},
): Promise<RenderedTable> {
  TestBed.configureTestingModule({ providers: [provideRouter([])] });
  const fixture = TestBed.createComponent(CaseloadTable);
  fixture.componentRef.setInput('clients', clients);
  fixture.componentRef.setInput('today', today);
  if (inputs.offersSessions !== undefined) {
    fixture.componentRef.setInput('offersSessions', inputs.offersSessions);
  }
  if (inputs.caption !== undefined) fixture.componentRef.setInput('caption', inputs.caption);
  const ranges: ListRange[] = [];
  fixture.componentInstance.rangeChange.subscribe((range) => ranges.push(range));
  await settle(fixture);
  return {
    fixture,
    ranges,
    element: () => fixture.nativeElement as HTMLElement,
    set: async (name, value) => {
      fixture.componentRef.setInput(name, value);
      await settle(fixture);
    },
  };
}

/** Lets the table render, and the virtual scroll render its rows after that. */
async function settle(fixture: ComponentFixture<CaseloadTable>): Promise<void> {
  await fixture.whenStable();
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

/**
 * Scrolls the rows until row `index` (from 0) is at the top of a viewport ten rows tall, as a
 * browser would: jsdom lays nothing out, so the sizes are told to it.
 */
async function scrollTo(table: RenderedTable, index: number): Promise<void> {
  const viewport = table.fixture.debugElement.query(By.directive(CdkVirtualScrollViewport));
  const scroller = viewport.nativeElement as HTMLElement;
  Object.defineProperty(scroller, 'clientHeight', {
    configurable: true,
    value: 10 * CASELOAD_ROW_HEIGHT,
  });
  let scrollTop = index * CASELOAD_ROW_HEIGHT;
  Object.defineProperty(scroller, 'scrollTop', {
    configurable: true,
    get: () => scrollTop,
    set: (value: number) => (scrollTop = value),
  });
  viewport.injector.get(CdkVirtualScrollViewport).checkViewportSize();
  scroller.dispatchEvent(new Event('scroll'));
  // The viewport reads a scroll on the next animation frame.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await settle(table.fixture);
}

/** The rows under the header, as rendered. */
function bodyRows(table: RenderedTable): HTMLElement[] {
  return [...table.element().querySelectorAll<HTMLElement>('[role="row"]')].slice(1);
}

/** The body row of the client named `name`. */
function rowOf(table: RenderedTable, name: string): HTMLElement {
  const row = bodyRows(table).find(
    (candidate) => candidate.querySelector('a.preferred-name')?.textContent?.trim() === name,
  );
  if (!row) throw new Error(`No row for ${name}`);
  return row;
}

function headers(table: RenderedTable): string[] {
  return [...table.element().querySelectorAll('[role="columnheader"]')].map(
    (header) => header.textContent?.trim() ?? '',
  );
}

/**
 * The words of the cell under the column header `header`, in `row`: each element's text apart
 * (the template's layout, not its spaces, separates them), hidden words included.
 */
function cellText(table: RenderedTable, row: HTMLElement, header: string): string {
  const column = headers(table).indexOf(header);
  if (column === -1) throw new Error(`No column ${header}`);
  const cell = row.querySelectorAll('[role="cell"]')[column];
  if (!cell) return '';
  const texts: string[] = [];
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    // Sparklines speak through their label, not their <title>.
    if (node.parentElement?.closest('svg')) continue;
    texts.push(node.textContent ?? '');
  }
  return texts
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '')
    .join(' ');
}

/** Each link's visible text (hidden words included), address and tooltip. */
function links(row: ParentNode, selector: string): [string, string | null, string][] {
  return [...row.querySelectorAll<HTMLAnchorElement>(selector)].map((link) => [
    link.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    link.getAttribute('href'),
    link.title,
  ]);
}

describe('CaseloadTable', () => {
  it('lists one row per client in the order given, each name linking to their page', async () => {
    const table = await renderTable([sam, noor, alex]);

    expect(links(table.element(), 'a.preferred-name').map(([text, href]) => [text, href])).toEqual([
      ['Sam Rivera', '/clients/client-1'],
      ['Noor', '/clients/client-2'],
      ['Alex Chen', '/clients/client-3'],
    ]);
    expect(cellText(table, rowOf(table, 'Sam Rivera'), 'Client')).toBe(
      'Sam Rivera Active they/them',
    );
    expect(cellText(table, rowOf(table, 'Noor'), 'Client')).toBe('Noor Paused');
    expect(cellText(table, rowOf(table, 'Alex Chen'), 'Client')).toBe(
      'Alex Chen Discharged he/him',
    );
  });

  it('is a table to assistive technology: labelled, with every row placed in the whole list', async () => {
    const table = await renderTable([sam, noor, alex]);

    const grid = table.element().querySelector('[role="table"]')!;
    expect(grid.getAttribute('aria-label')).toBe('Your clients, by preferred name');
    // The header row and three clients.
    expect(grid.getAttribute('aria-rowcount')).toBe('4');
    const rows = [...grid.querySelectorAll('[role="row"]')];
    expect(rows.map((row) => row.getAttribute('aria-rowindex'))).toEqual(['1', '2', '3', '4']);
    expect(headers(table)).toEqual([
      'Client',
      'Needs attention',
      'Going well',
      'Last 30 days',
      'PHQ-9',
      'GAD-7',
      'GAS',
      'Sessions',
      'Goals',
      'Notes',
      'Session',
    ]);
    // Every row has a cell under each header.
    for (const row of rows.slice(1)) {
      expect(row.querySelectorAll('[role="cell"]')).toHaveLength(headers(table).length);
    }

    await table.set('caption', 'Your clients, by last session, longest ago first');
    expect(grid.getAttribute('aria-label')).toBe(
      'Your clients, by last session, longest ago first',
    );
  });

  it('holds the place of a row not fetched yet, busy, and fills it when it arrives', async () => {
    const table = await renderTable([sam, null, alex]);

    const placeholder = bodyRows(table)[1];
    expect(placeholder.getAttribute('aria-rowindex')).toBe('3');
    expect(placeholder.querySelector('a')).toBeNull();
    expect(placeholder.querySelector('[role="cell"][aria-busy="true"]')?.textContent?.trim()).toBe(
      'Loading',
    );

    await table.set('clients', [sam, noor, alex]);

    expect(bodyRows(table)[1].querySelector('[aria-busy]')).toBeNull();
    expect(bodyRows(table).map((row) => row.querySelector('a')?.textContent?.trim())).toEqual([
      'Sam Rivera',
      'Noor',
      'Alex Chen',
    ]);
  });

  it('renders only the rows in view of a long list, and says which rows those are', async () => {
    // 200 clients, of whom the first window of 50 has arrived.
    const clients = Array.from({ length: 200 }, (_, index) =>
      index < 50 ? aRow(`client-${index}`, `Client ${index}`) : null,
    );
    const table = await renderTable(clients);

    expect(table.element().querySelector('[role="table"]')?.getAttribute('aria-rowcount')).toBe(
      '201',
    );
    expect(bodyRows(table).length).toBeLessThan(50);
    expect(table.ranges.at(-1)?.start).toBe(0);

    await scrollTo(table, 120);

    const range = table.ranges.at(-1)!;
    // The ten rows in view, and a buffer either side.
    expect(range.start).toBeLessThanOrEqual(120);
    expect(range.end).toBeGreaterThanOrEqual(130);
    expect(range.end - range.start).toBeLessThan(60);
    const row = table.element().querySelector('[role="row"][aria-rowindex="122"]');
    expect(row?.querySelector('[aria-busy="true"]')).not.toBeNull();
    // The first rows have left the page.
    expect(table.element().querySelector('[role="row"][aria-rowindex="2"]')).toBeNull();
  });

  it("shows the server's reasons for attention, each linking to its evidence, safety apart", async () => {
    const flagged = aRow('client-1', 'Sam Rivera', {
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
      ],
    });
    const table = await renderTable([flagged, noor]);

    expect(links(rowOf(table, 'Sam Rivera'), 'a.attention-reason')).toEqual([
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
    ]);
    // Only safety is loud.
    const reasons = [...table.element().querySelectorAll('a.attention-reason')];
    expect(reasons.map((link) => link.classList.contains('safety'))).toEqual([true, false]);
    expect(cellText(table, rowOf(table, 'Noor'), 'Needs attention')).toBe('');
  });

  it('shows the most urgent reason and how many more when there are over two, linking to the client page', async () => {
    const flagged = aRow('client-1', 'Sam Rivera', {
      attention: [
        aFlag('SAFETY_REVIEW', 'Safety review needed', 'SAFETY'),
        aFlag('NOT_ON_TRACK', 'Not on track (PHQ-9)', 'MEASURES'),
        aFlag('NO_RECENT_PROGRESS', 'No progress for 3 weeks', 'TIMELINE'),
        aFlag('NOTES_TO_SIGN', '1 note to sign', 'NOTES'),
      ],
    });
    const table = await renderTable([flagged]);

    const row = rowOf(table, 'Sam Rivera');
    // Two lines at most: the row keeps its height, and nothing hides behind the safety chip.
    expect(links(row, 'a.attention-reason').map(([text]) => text)).toEqual([
      'Safety review needed: Safety review needed: the detail',
    ]);
    expect(links(row, 'a.more-chips')).toEqual([
      [
        '+3 more: Not on track (PHQ-9): the detail; No progress for 3 weeks: the detail; 1 note to sign: the detail',
        '/clients/client-1',
        'Not on track (PHQ-9): the detail; No progress for 3 weeks: the detail; 1 note to sign: the detail',
      ],
    ]);
  });

  it('shows what is going well as calm chips, each linking to its evidence, on two lines at most', async () => {
    const improving = aRow('client-1', 'Sam Rivera', {
      goodNews: [
        {
          kind: 'RELIABLE_IMPROVEMENT',
          label: 'Reliably better (PHQ-9)',
          detail: 'PHQ-9 18 → 9 since 3 March',
          evidence: 'MEASURES',
        },
        aGoodNews('MILESTONE_STREAK', 'Milestones 3 weeks running', 'GOALS'),
        aGoodNews('GOAL_ACHIEVED', 'Goal achieved', 'GOALS'),
      ],
    });
    const twoOnly = aRow('client-2', 'Ola', { goodNews: improving.goodNews.slice(0, 2) });
    const table = await renderTable([improving, twoOnly, noor]);

    const row = rowOf(table, 'Sam Rivera');
    expect(links(row, 'a.good-news')).toEqual([
      [
        'Reliably better (PHQ-9): PHQ-9 18 → 9 since 3 March',
        '/clients/client-1#measures',
        'PHQ-9 18 → 9 since 3 March',
      ],
    ]);
    expect(links(row, 'a.more-chips').map(([text]) => text)).toEqual([
      '+2 more: Milestones 3 weeks running: the detail; Goal achieved: the detail',
    ]);
    expect(links(rowOf(table, 'Ola'), 'a.good-news')).toEqual([
      [
        'Reliably better (PHQ-9): PHQ-9 18 → 9 since 3 March',
        '/clients/client-2#measures',
        'PHQ-9 18 → 9 since 3 March',
      ],
      [
        'Milestones 3 weeks running: Milestones 3 weeks running: the detail',
        '/clients/client-2#goals',
        'Milestones 3 weeks running: the detail',
      ],
    ]);
    expect(links(rowOf(table, 'Ola'), 'a.more-chips')).toEqual([]);
    expect(table.element().querySelector('a.good-news.safety')).toBeNull();
    expect(cellText(table, rowOf(table, 'Noor'), 'Going well')).toBe('');
  });

  it('shows the latest PHQ-9 and GAD-7 against the baseline, in words as well as numbers', async () => {
    const measured = aRow('client-1', 'Sam Rivera', {
      measures: [
        aMeasure('PHQ9', {
          latest: 9,
          latestOn: '2026-11-24',
          changeFromBaseline: -9,
          reliableChange: 'RELIABLE_IMPROVEMENT',
        }),
        aMeasure('GAD7', { latest: 12, severity: 'MODERATE', severityLabel: 'Moderate' }),
      ],
    });
    const worse = aRow('client-4', 'Dev Patel', {
      measures: [
        aMeasure('GAD7', {
          latest: 15,
          severity: 'SEVERE',
          severityLabel: 'Severe',
          changeFromBaseline: 5,
          reliableChange: 'RELIABLE_DETERIORATION',
        }),
        aMeasure('PHQ9', {
          latest: 6,
          severityLabel: 'Mild',
          changeFromBaseline: 0,
          reliableChange: 'NO_RELIABLE_CHANGE',
        }),
      ],
    });
    const table = await renderTable([measured, worse, noor]);

    const samRow = rowOf(table, 'Sam Rivera');
    expect(cellText(table, samRow, 'PHQ-9')).toBe('9 Mild, −9 Reliably better');
    expect(samRow.querySelector('.change')?.classList).toContain('better');
    expect(samRow.querySelector('.measure [title]')?.getAttribute('title')).toBe(
      'PHQ-9 9 (Mild) on 2026-11-24, 18 at baseline',
    );
    // Only a baseline: nothing to compare with yet.
    expect(cellText(table, samRow, 'GAD-7')).toBe('12 Moderate, Baseline only');
    // Each instrument in its own column, whatever order the server lists them in.
    const devRow = rowOf(table, 'Dev Patel');
    expect(cellText(table, devRow, 'GAD-7')).toBe('15 Severe, +5 Reliably worse');
    expect(cellText(table, devRow, 'PHQ-9')).toBe('6 Mild, ±0 No reliable change');
    const noorRow = rowOf(table, 'Noor');
    expect(cellText(table, noorRow, 'PHQ-9')).toBe('Not given');
    expect(cellText(table, noorRow, 'GAD-7')).toBe('Not given');
  });

  it('shows the GAS T-score trend of the reviews, and says when there has been none', async () => {
    const reviewed = aRow('client-1', 'Sam Rivera', {
      gasTScores: [
        { reviewedOn: '2026-09-01', tScore: 38.2 },
        { reviewedOn: '2026-10-01', tScore: 50 },
        { reviewedOn: '2026-11-01', tScore: 56.6 },
      ],
    });
    const table = await renderTable([reviewed, noor]);

    const row = rowOf(table, 'Sam Rivera');
    expect(cellText(table, row, 'GAS')).toContain('T 57');
    const trend = row.querySelector('.gas svg[role="img"]')!;
    expect(trend.getAttribute('aria-label')).toBe(
      'GAS T-scores of the last 3 reviews, oldest first: 38, 50, 57',
    );
    expect(trend.querySelector('polyline')?.getAttribute('points')).toMatch(
      /^0,[\d.]+ 32,[\d.]+ 64,[\d.]+$/,
    );
    expect(cellText(table, rowOf(table, 'Noor'), 'GAS')).toBe('No review');
  });

  it('counts the last 30 days in words, with a sparkline of the weeks', async () => {
    const busy = aRow('client-1', 'Sam Rivera', {
      milestonesTickedLast30Days: 3,
      winsLast30Days: 1,
      weeklyActivity: [0, 0, 1, 0, 2, 0, 1, 1],
    });
    const winsOnly = aRow('client-4', 'Dev Patel', { winsLast30Days: 2 });
    const table = await renderTable([busy, winsOnly, noor]);

    const row = rowOf(table, 'Sam Rivera');
    expect(row.querySelector('.activity-text')?.textContent?.trim()).toBe('3 ticked · 1 win');
    const sparkline = row.querySelector('.activity svg[role="img"]')!;
    expect(sparkline.getAttribute('aria-label')).toBe(
      'Milestones ticked and wins in each of the last 8 weeks, oldest first: 0, 0, 1, 0, 2, 0, 1, 1',
    );
    // The dot marks this week, at the line's end.
    const points = sparkline.querySelector('polyline')?.getAttribute('points')?.split(' ');
    expect(points).toHaveLength(8);
    const dot = sparkline.querySelector('circle')!;
    expect(`${dot.getAttribute('cx')},${dot.getAttribute('cy')}`).toBe(points?.at(-1));
    expect(rowOf(table, 'Dev Patel').querySelector('.activity-text')?.textContent?.trim()).toBe(
      '2 wins',
    );
    expect(rowOf(table, 'Noor').querySelector('.activity-text')?.textContent?.trim()).toBe(
      'Nothing yet',
    );
  });

  it('shows the last session relative to today, and the next measure due', async () => {
    const due = aRow('client-1', 'Sam Rivera', {
      lastSessionAt: '2026-11-24T12:00:00.000Z',
      nextMeasureDue: { instrument: 'PHQ9', dueOn: '2026-12-13', isOverdue: false },
    });
    const overdue = aRow('client-4', 'Dev Patel', {
      lastSessionAt: '2026-11-30T12:00:00.000Z',
      nextMeasureDue: { instrument: 'GAD7', dueOn: '2026-11-26', isOverdue: true },
    });
    const table = await renderTable([due, overdue, noor]);

    const samRow = rowOf(table, 'Sam Rivera');
    expect(cellText(table, samRow, 'Sessions')).toBe('Seen 7 days ago PHQ-9 due 13 Dec');
    const time = samRow.querySelector('time')!;
    expect(time.dateTime).toBe('2026-11-24');
    expect(time.title).toBe('Last session 2026-11-24');
    expect(links(samRow, 'a.next-measure')).toEqual([
      ['PHQ-9 due 13 Dec', '/clients/client-1#measures', 'Due in 12 days, on 2026-12-13'],
    ]);
    const devRow = rowOf(table, 'Dev Patel');
    expect(cellText(table, devRow, 'Sessions')).toMatch(/^Seen yesterday GAD-7 overdue$/i);
    const next = devRow.querySelector('a.next-measure')!;
    expect(next.getAttribute('title')).toBe('Due 5 days ago, on 2026-11-26');
    expect(next.classList).toContain('overdue');
    expect(samRow.querySelector('a.next-measure')?.classList).not.toContain('overdue');
    expect(cellText(table, rowOf(table, 'Noor'), 'Sessions')).toBe(
      'No session yet No measure scheduled',
    );
  });

  it('counts relative dates from the day it is given, not the machine clock', async () => {
    const table = await renderTable([sam]);
    expect(cellText(table, rowOf(table, 'Sam Rivera'), 'Sessions')).toContain('Seen 7 days ago');

    await table.set('today', '2026-11-25');

    expect(cellText(table, rowOf(table, 'Sam Rivera'), 'Sessions')).toMatch(/^Seen yesterday/i);
  });

  it('shows how many goals are active for each client', async () => {
    const table = await renderTable([sam, noor]);

    expect(cellText(table, rowOf(table, 'Sam Rivera'), 'Goals')).toBe('3');
    expect(cellText(table, rowOf(table, 'Noor'), 'Goals')).toBe('0');
  });

  it("shows how many notes wait to be signed, linking to the client's notes, and nothing at zero", async () => {
    const table = await renderTable([
      aRow('client-1', 'Sam Rivera', { notesToSignCount: 2 }),
      aRow('client-4', 'Dev Patel', { notesToSignCount: 1 }),
      noor,
    ]);

    expect(links(table.element(), 'a.notes-to-sign')).toEqual([
      ['2 notes to sign for Sam Rivera', '/clients/client-1#notes', '2 notes to sign'],
      ['1 note to sign for Dev Patel', '/clients/client-4#notes', '1 note to sign'],
    ]);
    expect(cellText(table, rowOf(table, 'Noor'), 'Notes')).toBe('');
  });

  it('links to session mode for clients in care, not for a discharged client', async () => {
    const table = await renderTable([sam, noor, alex]);

    expect(links(table.element(), 'a.session-link').map(([text, href]) => [text, href])).toEqual([
      ['Session with Sam Rivera', '/clients/client-1/session'],
      ['Session with Noor', '/clients/client-2/session'],
    ]);
  });

  it("offers no session column for a caseload that is only read (a supervisee's)", async () => {
    const table = await renderTable([sam, noor], { offersSessions: false });

    expect(headers(table)).not.toContain('Session');
    expect(headers(table)).toContain('Notes');
    for (const row of bodyRows(table)) {
      expect(row.querySelectorAll('[role="cell"]')).toHaveLength(headers(table).length);
    }
    expect(table.element().querySelector('a.session-link')).toBeNull();
    // Its evidence still opens.
    expect(table.element().querySelector('a.preferred-name')?.getAttribute('href')).toBe(
      '/clients/client-1',
    );
  });
});
