import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatTableHarness } from '@angular/material/table/testing';

import { formatCalendarDay } from '../../clients/ui/calendar-day';
import { WinsCalendar } from './wins-calendar';
import type { WinsDay } from './measure-views';

// A Saturday, so the last column holds six days.
const today = '2026-03-14';

async function renderCalendar(days: readonly WinsDay[]) {
  TestBed.configureTestingModule({});
  const fixture = TestBed.createComponent(WinsCalendar);
  fixture.componentRef.setInput('days', days);
  fixture.componentRef.setInput('today', today);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  return { fixture, element, loader: TestbedHarnessEnvironment.loader(fixture) };
}

describe('WinsCalendar', () => {
  it('has one square per day for the last 26 weeks, up to today', async () => {
    const { element } = await renderCalendar([]);

    // 25 whole weeks before this one, and Monday to Saturday of this one.
    expect(element.querySelectorAll('.days .day')).toHaveLength(25 * 7 + 6);
  });

  it('makes a day darker for more wins and ticks, and marks days a milestone was ticked', async () => {
    const { element } = await renderCalendar([
      { day: '2026-03-10', winCount: 1, milestoneCount: 0 },
      { day: '2026-03-11', winCount: 2, milestoneCount: 1 },
      { day: '2026-03-12', winCount: 6, milestoneCount: 0 },
    ]);

    const square = (day: string) =>
      element.querySelector(`.days .day[title^="${formatCalendarDay(day)}"]`);
    expect(square('2026-03-09')?.className).toContain('level-0');
    expect(square('2026-03-10')?.className).toContain('level-1');
    expect(square('2026-03-11')?.className).toContain('level-3');
    expect(square('2026-03-11')?.classList).toContain('has-milestone');
    expect(square('2026-03-12')?.className).toContain('level-4');
    expect(square('2026-03-12')?.classList).not.toContain('has-milestone');
  });

  it('lists the days with wins or ticks as a table, newest first', async () => {
    const { loader } = await renderCalendar([
      { day: '2026-03-10', winCount: 1, milestoneCount: 0 },
      { day: '2026-03-11', winCount: 2, milestoneCount: 1 },
      // Older than 26 weeks: off the calendar and out of the table.
      { day: '2025-06-01', winCount: 3, milestoneCount: 0 },
    ]);

    const table = await loader.getHarness(MatTableHarness);
    expect(await table.getCellTextByIndex()).toEqual([
      [formatCalendarDay('2026-03-11'), '2', '1'],
      [formatCalendarDay('2026-03-10'), '1', '0'],
    ]);
    const headers = await (await table.getHeaderRows())[0].getCellTextByIndex();
    expect(headers).toEqual(['Day', 'Small wins', 'Milestones ticked']);
  });

  it('sums the calendar up in words for screen readers, with a legend on screen', async () => {
    const { element } = await renderCalendar([
      { day: '2026-03-10', winCount: 1, milestoneCount: 0 },
      { day: '2026-03-11', winCount: 2, milestoneCount: 1 },
    ]);

    expect(element.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe(
      'The last 26 weeks: 3 small wins and 1 milestone ticked, on 2 days. The table below lists them.',
    );
    expect(element.querySelector('.legend')?.textContent).toContain('Fewer');
    expect(element.querySelector('.legend')?.textContent).toContain('A milestone ticked');
  });

  it('says so when nothing is logged yet', async () => {
    const { element, loader } = await renderCalendar([]);

    expect(element.textContent).toContain('Nothing logged in the last 26 weeks yet.');
    expect(await loader.hasHarness(MatTableHarness)).toBe(false);
  });
});
