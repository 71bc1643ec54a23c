import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import type { ChartConfiguration } from 'chart.js';

import { formatCalendarDay } from '../../clients/ui/calendar-day';
import { GasChart } from './gas-chart';
import { provideRecordingChartLibrary } from './chart-library.testing';

describe('GasChart', () => {
  async function renderChart(reviews: readonly { reviewedOn: string; tScore: number }[]) {
    const drawn: ChartConfiguration<'line'>[] = [];
    TestBed.configureTestingModule({ providers: [provideRecordingChartLibrary(drawn)] });
    const fixture = TestBed.createComponent(GasChart);
    fixture.componentRef.setInput('reviews', reviews);
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    return { fixture, drawn, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  it('lists each review’s T-score against 50, the expected level, oldest first', async () => {
    const { loader } = await renderChart([
      { reviewedOn: '2026-03-02', tScore: 56.25 },
      { reviewedOn: '2026-02-02', tScore: 38.2 },
      { reviewedOn: '2026-02-16', tScore: 50 },
    ]);

    const table = await loader.getHarness(MatTableHarness);
    expect(await table.getCellTextByIndex()).toEqual([
      [formatCalendarDay('2026-02-02'), '38.2', 'below the expected level'],
      [formatCalendarDay('2026-02-16'), '50.0', 'at the expected level'],
      [formatCalendarDay('2026-03-02'), '56.3', 'above the expected level'],
    ]);
  });

  it('draws the T-scores with the 50 line marked', async () => {
    const { drawn } = await renderChart([{ reviewedOn: '2026-02-02', tScore: 38.2 }]);

    expect(drawn).toHaveLength(1);
    expect(drawn[0].plugins?.map((plugin) => plugin.id)).toEqual(['expectedLevel']);
    expect(drawn[0].options?.scales?.['y']).toEqual(expect.objectContaining({ min: 30, max: 70 }));
  });

  it('says so when there are no reviews yet', async () => {
    const { fixture, drawn } = await renderChart([]);

    expect((fixture.nativeElement as HTMLElement).textContent).toContain('No GAS reviews yet.');
    expect(drawn).toEqual([]);
  });
});
