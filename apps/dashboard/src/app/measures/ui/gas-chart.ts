import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  viewChild,
  type ElementRef,
} from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import type { ChartConfiguration, Plugin } from 'chart.js';

import { formatCalendarDay } from '../../clients/ui/calendar-day';
import { ChartCanvas } from './chart-canvas';
import type { ChartColours } from './chart-colours';
import { chartFont, timeAxis } from './chart-time-axis';
import { dayNumber } from './measure-words';
import type { GasReviewPoint } from './measure-views';

/** Kiresuk & Sherman's T-score when every goal reaches its expected level. */
const expectedTScore = 50;

/** T-score in words beside 50, the expected level. */
function describeTScore(tScore: number): string {
  const rounded = Math.round(tScore * 10) / 10;
  if (rounded === expectedTScore) return 'at the expected level';
  return rounded > expectedTScore ? 'above the expected level' : 'below the expected level';
}

/** The Goal Attainment Scaling T-score at each review, with 50 (the expected level) marked. */
@Component({
  selector: 'wp-gas-chart',
  imports: [MatTableModule],
  template: `
    <figure class="chart-figure">
      <figcaption class="chart-title">GAS T-score at each review</figcaption>
      @if (sortedReviews().length === 0) {
        <p class="quiet">No GAS reviews yet. A review rates every active goal.</p>
      } @else {
        <div class="chart-area">
          <canvas #canvas role="img" [attr.aria-label]="summary()"></canvas>
        </div>
        @if (chart.hasFailed()) {
          <p class="quiet">The chart could not be drawn just now; the table has the same scores.</p>
        }
        <ul class="legend" aria-label="Chart key">
          <li><span class="marker circle" aria-hidden="true"></span>T-score at a review</li>
          <li>
            <span class="marker reference" aria-hidden="true"></span>50: every goal at its expected
            level
          </li>
        </ul>
        <details class="table-alternative">
          <summary>Show GAS T-scores as a table</summary>
          <table mat-table [dataSource]="rows()" class="scores">
            <caption class="visually-hidden">
              GAS T-scores, oldest first
            </caption>
            <ng-container matColumnDef="day">
              <th mat-header-cell *matHeaderCellDef scope="col">Review</th>
              <td mat-cell *matCellDef="let row">{{ row.day }}</td>
            </ng-container>
            <ng-container matColumnDef="tScore">
              <th mat-header-cell *matHeaderCellDef scope="col">T-score</th>
              <td mat-cell *matCellDef="let row">{{ row.tScore }}</td>
            </ng-container>
            <ng-container matColumnDef="meaning">
              <th mat-header-cell *matHeaderCellDef scope="col">Against 50</th>
              <td mat-cell *matCellDef="let row">{{ row.meaning }}</td>
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
export class GasChart {
  /** The client's GAS reviews, in any order. */
  readonly reviews = input.required<readonly GasReviewPoint[]>();

  private readonly canvas = viewChild<ElementRef<HTMLCanvasElement>>('canvas');

  protected readonly columns = ['day', 'tScore', 'meaning'];

  protected readonly sortedReviews = computed(() =>
    [...this.reviews()].sort((first, second) => first.reviewedOn.localeCompare(second.reviewedOn)),
  );

  protected readonly rows = computed(() =>
    this.sortedReviews().map((review) => ({
      day: formatCalendarDay(review.reviewedOn),
      tScore: review.tScore.toFixed(1),
      meaning: describeTScore(review.tScore),
    })),
  );

  protected readonly summary = computed(() => {
    const reviews = this.sortedReviews();
    const first = reviews[0];
    const last = reviews[reviews.length - 1];
    if (!first) return '';
    if (reviews.length === 1) {
      return `GAS T-score ${first.tScore.toFixed(1)} at one review, ${formatCalendarDay(first.reviewedOn)}. 50 is the expected level.`;
    }
    return `GAS T-score from ${first.tScore.toFixed(1)} to ${last.tScore.toFixed(1)} over ${reviews.length} reviews. 50 is the expected level.`;
  });

  protected readonly chart = new ChartCanvas(this.canvas, (colours) => this.configure(colours));

  private configure(colours: ChartColours): ChartConfiguration<'line'> {
    const reviews = this.sortedReviews();
    const days = reviews.map((review) => dayNumber(review.reviewedOn));
    const scores = reviews.map((review) => review.tScore);
    const font = chartFont(colours);
    return {
      type: 'line',
      data: {
        datasets: [
          {
            label: 'GAS T-score',
            data: reviews.map((review, index) => ({ x: days[index], y: review.tScore })),
            borderColor: colours.line,
            backgroundColor: colours.line,
            borderWidth: 2,
            pointRadius: 4,
            pointHoverRadius: 6,
            pointBorderColor: colours.surface,
            pointBorderWidth: 1.5,
          },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        layout: { padding: { top: 4, right: 8 } },
        scales: {
          x: timeAxis(days, colours),
          y: {
            // T-scores mostly fall between 30 and 70; the scale widens for any outside.
            min: Math.min(30, Math.floor(Math.min(...scores) / 10) * 10),
            max: Math.max(70, Math.ceil(Math.max(...scores) / 10) * 10),
            grid: { color: colours.grid },
            border: { color: colours.grid },
            ticks: { color: colours.quietText, font, stepSize: 10 },
          },
        },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              title: (items) => formatCalendarDay(reviews[items[0].dataIndex].reviewedOn),
              label: (item) => {
                const tScore = reviews[item.dataIndex].tScore;
                return `T-score ${tScore.toFixed(1)}, ${describeTScore(tScore)}`;
              },
            },
          },
        },
      },
      plugins: [expectedLevelLine(colours)],
    };
  }
}

/** A dashed line at 50, labelled, behind the data. */
function expectedLevelLine(colours: ChartColours): Plugin<'line'> {
  return {
    id: 'expectedLevel',
    beforeDatasetsDraw: (chart) => {
      const { ctx, chartArea, scales } = chart;
      const y = scales['y'].getPixelForValue(expectedTScore);
      ctx.save();
      ctx.strokeStyle = colours.reference;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([6, 4]);
      ctx.beginPath();
      ctx.moveTo(chartArea.left, y);
      ctx.lineTo(chartArea.right, y);
      ctx.stroke();
      ctx.fillStyle = colours.quietText;
      ctx.font = `11px ${colours.fontFamily}`;
      ctx.textAlign = 'right';
      ctx.textBaseline = 'bottom';
      ctx.fillText('50: expected level', chartArea.right - 6, y - 3);
      ctx.restore();
    },
  };
}
