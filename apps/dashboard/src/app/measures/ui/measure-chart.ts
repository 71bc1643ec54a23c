import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  viewChild,
  type ElementRef,
} from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import {
  instrumentName,
  maximumTotal,
  RELIABLE_CHANGE_LABELS,
  SEVERITY_BANDS,
  type StandardMeasure,
} from '@waypoint/shared';
import type { ChartConfiguration, Plugin, PointStyle } from 'chart.js';

import { formatCalendarDay } from '../../clients/ui/calendar-day';
import { ChartCanvas } from './chart-canvas';
import type { ChartColours } from './chart-colours';
import { chartFont, timeAxis } from './chart-time-axis';
import { completeScores, dayNumber, describePoints, severityLabel } from './measure-words';
import type { MeasureResponseView } from './measure-views';

type Point = MeasureResponseView & { readonly total: number };

/** Reliable change is marked by shape, never by colour alone. */
const pointStyles: Readonly<Record<string, PointStyle>> = {
  RELIABLE_IMPROVEMENT: 'rectRot',
  RELIABLE_DETERIORATION: 'triangle',
  NO_RELIABLE_CHANGE: 'circle',
};

/**
 * One standard measure over time: the client's totals on the published severity bands, drawn
 * as soft tints, with reliable change from baseline marked, and the same numbers as a table.
 */
@Component({
  selector: 'wp-measure-chart',
  imports: [MatTableModule],
  template: `
    <figure class="chart-figure">
      <figcaption class="chart-title">{{ name() }} over time</figcaption>
      @if (points().length === 0) {
        <p class="quiet">No {{ name() }} scores yet. They appear here once one is recorded.</p>
      } @else {
        <div class="chart-area">
          <canvas #canvas role="img" [attr.aria-label]="summary()"></canvas>
        </div>
        @if (chart.hasFailed()) {
          <p class="quiet">The chart could not be drawn just now; the table has the same scores.</p>
        }
        <ul class="legend" aria-label="Chart key">
          <li><span class="marker circle" aria-hidden="true"></span>A score</li>
          <li><span class="marker diamond" aria-hidden="true"></span>Reliable improvement</li>
          <li><span class="marker triangle" aria-hidden="true"></span>Reliable deterioration</li>
          <li>
            <span class="marker band" aria-hidden="true"></span>Severity bands, lightest minimal
          </li>
        </ul>
        <details class="table-alternative">
          <summary>Show {{ name() }} scores as a table</summary>
          <table mat-table [dataSource]="rows()" class="scores">
            <caption class="visually-hidden">
              {{
                name()
              }}
              scores, oldest first
            </caption>
            <ng-container matColumnDef="day">
              <th mat-header-cell *matHeaderCellDef scope="col">Day</th>
              <td mat-cell *matCellDef="let row">{{ row.day }}</td>
            </ng-container>
            <ng-container matColumnDef="total">
              <th mat-header-cell *matHeaderCellDef scope="col">Total</th>
              <td mat-cell *matCellDef="let row">{{ row.total }}</td>
            </ng-container>
            <ng-container matColumnDef="severity">
              <th mat-header-cell *matHeaderCellDef scope="col">Severity</th>
              <td mat-cell *matCellDef="let row">{{ row.severity }}</td>
            </ng-container>
            <ng-container matColumnDef="fromBaseline">
              <th mat-header-cell *matHeaderCellDef scope="col">From baseline</th>
              <td mat-cell *matCellDef="let row">{{ row.fromBaseline }}</td>
            </ng-container>
            <ng-container matColumnDef="reliableChange">
              <th mat-header-cell *matHeaderCellDef scope="col">Reliable change</th>
              <td mat-cell *matCellDef="let row">{{ row.reliableChange }}</td>
            </ng-container>
            <tr mat-header-row *matHeaderRowDef="columns"></tr>
            <tr mat-row *matRowDef="let row; columns: columns"></tr>
          </table>
        </details>
      }
    </figure>
  `,
  styleUrl: './chart-figure.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeasureChart {
  /** The measure to draw: the PHQ-9 or the GAD-7. */
  readonly instrument = input.required<StandardMeasure>();

  /** The client's responses, in any order; drafts and other measures are left out. */
  readonly responses = input.required<readonly MeasureResponseView[]>();

  private readonly canvas = viewChild<ElementRef<HTMLCanvasElement>>('canvas');

  protected readonly columns = ['day', 'total', 'severity', 'fromBaseline', 'reliableChange'];
  protected readonly name = computed(() => instrumentName(this.instrument()));
  protected readonly points = computed<readonly Point[]>(() =>
    completeScores(this.responses(), this.instrument()),
  );

  protected readonly rows = computed(() =>
    this.points().map((point, index) => ({
      day: formatCalendarDay(point.administeredOn),
      total: point.total,
      severity: point.severity ? severityLabel(this.instrument(), point.severity) : '',
      fromBaseline:
        index === 0 ? 'Baseline' : point.change ? describePoints(point.change.fromBaseline) : '',
      reliableChange:
        index === 0 || !point.change ? '' : RELIABLE_CHANGE_LABELS[point.change.reliableChange],
    })),
  );

  /** What the chart shows, for screen readers. */
  protected readonly summary = computed(() => {
    const points = this.points();
    const first = points[0];
    const last = points[points.length - 1];
    if (!first) return '';
    const name = this.name();
    if (points.length === 1) {
      return `${name}: one score, ${first.total} on ${formatCalendarDay(first.administeredOn)}. The table below lists it.`;
    }
    return `${name} from ${first.total} on ${formatCalendarDay(first.administeredOn)} to ${last.total} on ${formatCalendarDay(last.administeredOn)}, ${points.length} scores. The table below lists them.`;
  });

  protected readonly chart = new ChartCanvas(this.canvas, (colours) => this.configure(colours));

  private configure(colours: ChartColours): ChartConfiguration<'line'> {
    const instrument = this.instrument();
    const points = this.points();
    const days = points.map((point) => dayNumber(point.administeredOn));
    const reliability = (index: number) =>
      index === 0
        ? 'NO_RELIABLE_CHANGE'
        : (points[index]?.change?.reliableChange ?? 'NO_RELIABLE_CHANGE');
    const isMarked = (index: number) => reliability(index) !== 'NO_RELIABLE_CHANGE';
    const font = chartFont(colours);
    return {
      type: 'line',
      data: {
        datasets: [
          {
            label: this.name(),
            data: points.map((point, index) => ({ x: days[index], y: point.total })),
            borderColor: colours.line,
            backgroundColor: colours.line,
            borderWidth: 2,
            pointStyle: (context) => pointStyles[reliability(context.dataIndex)],
            pointRadius: (context) => (isMarked(context.dataIndex) ? 7 : 4),
            pointHoverRadius: (context) => (isMarked(context.dataIndex) ? 9 : 6),
            pointBorderColor: colours.surface,
            pointBorderWidth: 1.5,
          },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        // The band names sit in a gutter right of the plot, where no point can cover them.
        layout: { padding: { top: 4, right: bandLabelGutter(instrument) } },
        scales: {
          x: timeAxis(days, colours),
          y: {
            min: 0,
            max: maximumTotal(instrument),
            grid: { display: false },
            border: { color: colours.grid },
            // Ticks at the published cut points, so each band's edges can be read off.
            afterBuildTicks: (axis) => {
              axis.ticks = [
                ...SEVERITY_BANDS[instrument].map((band) => band.minimum),
                maximumTotal(instrument),
              ].map((value) => ({ value }));
            },
            ticks: { color: colours.quietText, font },
          },
        },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              title: (items) => formatCalendarDay(points[items[0].dataIndex].administeredOn),
              label: (item) => {
                const point = points[item.dataIndex];
                const band = point.severity ? severityLabel(instrument, point.severity) : '';
                const change = isMarked(item.dataIndex)
                  ? `, ${RELIABLE_CHANGE_LABELS[reliability(item.dataIndex)].toLowerCase()}`
                  : '';
                return `${this.name()} ${point.total} (${band})${change}`;
              },
            },
          },
        },
      },
      plugins: [severityBands(instrument, colours)],
    };
  }
}

/** Room for the longest band name at 11px, with a little space either side. */
function bandLabelGutter(instrument: StandardMeasure): number {
  const longest = Math.max(...SEVERITY_BANDS[instrument].map((band) => band.label.length));
  return Math.ceil(longest * 6) + 16;
}

/** Paints the published severity bands behind the line, lightest for minimal. */
function severityBands(instrument: StandardMeasure, colours: ChartColours): Plugin<'line'> {
  const bands = SEVERITY_BANDS[instrument];
  return {
    id: 'severityBands',
    beforeDatasetsDraw: (chart) => {
      const { ctx, chartArea, scales } = chart;
      const y = scales['y'];
      ctx.save();
      bands.forEach((band, index) => {
        const upper = bands[index + 1]?.minimum ?? band.maximum;
        const top = y.getPixelForValue(upper);
        const bottom = y.getPixelForValue(band.minimum);
        ctx.fillStyle = colours.bandTint(index, bands.length);
        ctx.fillRect(chartArea.left, top, chartArea.width, bottom - top);
        ctx.fillStyle = colours.quietText;
        ctx.font = `11px ${colours.fontFamily}`;
        ctx.textAlign = 'left';
        ctx.textBaseline = 'middle';
        ctx.fillText(band.label, chartArea.right + 8, (top + bottom) / 2);
      });
      ctx.restore();
    },
  };
}
