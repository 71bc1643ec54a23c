import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import type { ChartConfiguration } from 'chart.js';

import { formatCalendarDay } from '../../clients/ui/calendar-day';
import { provideRecordingChartLibrary } from './chart-library.testing';
import { MeasureChart } from './measure-chart';
import type { MeasureResponseView } from './measure-views';
import { aChangeView, aResponseView } from './measure-views.fixture';

const responses: MeasureResponseView[] = [
  aResponseView('phq9-3', {
    administeredOn: '2026-03-12',
    total: 11,
    severity: 'MODERATE',
    change: aChangeView(-7, 'RELIABLE_IMPROVEMENT'),
  }),
  aResponseView('phq9-draft', {
    administeredOn: '2026-03-13',
    answers: [1, null, null, null, null, null, null, null, null],
    isComplete: false,
    total: null,
    severity: null,
  }),
  aResponseView('gad7-1', { instrument: 'GAD7', total: 9, severity: 'MILD' }),
  aResponseView('phq9-2', {
    administeredOn: '2026-02-09',
    total: 15,
    severity: 'MODERATELY_SEVERE',
    change: aChangeView(-3, 'NO_RELIABLE_CHANGE'),
  }),
  aResponseView('phq9-1', {
    administeredOn: '2026-01-05',
    total: 18,
    severity: 'MODERATELY_SEVERE',
  }),
];

async function renderChart(list: readonly MeasureResponseView[]) {
  const drawn: ChartConfiguration<'line'>[] = [];
  TestBed.configureTestingModule({ providers: [provideRecordingChartLibrary(drawn)] });
  const fixture = TestBed.createComponent(MeasureChart);
  fixture.componentRef.setInput('instrument', 'PHQ9');
  fixture.componentRef.setInput('responses', list);
  await fixture.whenStable();
  // The library arrives asynchronously, as the lazy chunk would.
  await new Promise((resolve) => setTimeout(resolve));
  return { fixture, drawn, loader: TestbedHarnessEnvironment.loader(fixture) };
}

describe('MeasureChart', () => {
  it("lists the measure's complete scores as a table, oldest first, with band and reliable change", async () => {
    const { loader } = await renderChart(responses);

    const table = await loader.getHarness(MatTableHarness);
    expect(await table.getCellTextByIndex()).toEqual([
      [formatCalendarDay('2026-01-05'), '18', 'Moderately severe', 'Baseline', ''],
      [
        formatCalendarDay('2026-02-09'),
        '15',
        'Moderately severe',
        '3 points lower',
        'No reliable change',
      ],
      [formatCalendarDay('2026-03-12'), '11', 'Moderate', '7 points lower', 'Reliable improvement'],
    ]);
    const headers = await (await table.getHeaderRows())[0].getCellTextByIndex();
    expect(headers).toEqual(['Day', 'Total', 'Severity', 'From baseline', 'Reliable change']);
  });

  it('keeps the table behind a disclosure a keyboard can open', async () => {
    const { fixture } = await renderChart(responses);

    const summary = (fixture.nativeElement as HTMLElement).querySelector('details > summary');
    expect(summary?.textContent?.trim()).toBe('Show PHQ-9 scores as a table');
  });

  it('draws the scores on the severity bands, marking reliable change by shape', async () => {
    const { fixture, drawn } = await renderChart(responses);

    expect(drawn).toHaveLength(1);
    const [configuration] = drawn;
    const points = configuration.data.datasets[0].data as { x: number; y: number }[];
    expect(points.map((point) => point.y)).toEqual([18, 15, 11]);
    expect(configuration.options?.scales?.['y']).toEqual(
      expect.objectContaining({ min: 0, max: 27 }),
    );
    expect(configuration.plugins?.map((plugin) => plugin.id)).toEqual(['severityBands']);
    const pointStyle = configuration.data.datasets[0].pointStyle as (context: {
      dataIndex: number;
    }) => string;
    expect([0, 1, 2].map((dataIndex) => pointStyle({ dataIndex }))).toEqual([
      'circle',
      'circle',
      'rectRot',
    ]);

    const canvas = (fixture.nativeElement as HTMLElement).querySelector('canvas');
    expect(canvas?.getAttribute('role')).toBe('img');
    expect(canvas?.getAttribute('aria-label')).toContain('PHQ-9 from 18');
  });

  it('says so plainly when there are no scores yet, and draws nothing', async () => {
    const { fixture, drawn, loader } = await renderChart([]);

    expect((fixture.nativeElement as HTMLElement).textContent).toContain(
      'No PHQ-9 scores yet. They appear here once one is recorded.',
    );
    expect(drawn).toEqual([]);
    expect(await loader.hasHarness(MatTableHarness)).toBe(false);
  });

  it('draws again when a new score arrives', async () => {
    const { fixture, drawn } = await renderChart(responses.slice(3));
    expect(drawn).toHaveLength(1);

    fixture.componentRef.setInput('responses', responses);
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));

    expect(drawn).toHaveLength(2);
    expect(drawn[1].data.datasets[0].data).toHaveLength(3);
  });
});
