import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ProgressSummary } from '@waypoint/shared';

import { formatCalendarDay } from './calendar-day';
import type { BaselineView } from './client-record-view';

/** "How far they've come": the baseline in the client's words, then what has changed since. */
@Component({
  selector: 'wp-progress-strip',
  template: `
    <section class="strip" aria-labelledby="progress-strip-title">
      <h2 id="progress-strip-title" class="strip-title">How far they've come</h2>
      @if (baseline(); as baseline) {
        <figure class="baseline">
          <blockquote class="baseline-words">{{ baseline.text }}</blockquote>
          <figcaption class="quiet">
            Where they started, in their words,
            <time [attr.datetime]="baseline.recordedOn">{{ baselineDay() }}</time>
          </figcaption>
        </figure>
      } @else {
        <p class="quiet no-baseline">
          No baseline in their words yet. Add one under "Edit details" to see how far they've come.
        </p>
      }
      <ul class="counts" aria-label="Since {{ sinceDay() }}">
        <li class="count">
          <span class="count-number">{{ summary().goalsAchieved }}</span>
          <span class="count-label"
            >{{ summary().goalsAchieved === 1 ? 'goal' : 'goals' }} achieved</span
          >
        </li>
        <li class="count">
          <span class="count-number">{{ summary().milestonesTicked }}</span>
          <span class="count-label">
            {{ summary().milestonesTicked === 1 ? 'milestone' : 'milestones' }} ticked
            <span class="quiet">of {{ summary().milestonesTotal }}</span>
          </span>
        </li>
        <li class="count">
          <span class="count-number">{{ summary().winsLogged }}</span>
          <span class="count-label">
            small {{ summary().winsLogged === 1 ? 'win' : 'wins' }} logged
            @if (summary().effortWins > 0) {
              <span class="quiet">{{ summary().effortWins }} of them the trying</span>
            }
          </span>
        </li>
        @if (gasScores(); as scores) {
          <li class="count">
            <span class="count-number">{{ scores.latest.toFixed(1) }}</span>
            <span class="count-label">
              GAS T-score at the last review
              @if (scores.first !== null) {
                <span class="quiet">from {{ scores.first.toFixed(1) }} at the first</span>
              }
            </span>
          </li>
        }
      </ul>
      <p class="quiet since">Counted since {{ sinceDay() }}</p>
    </section>
  `,
  styleUrl: './progress-strip.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgressStrip {
  /** The counts of goals, milestones and wins since the baseline. */
  readonly summary = input.required<ProgressSummary>();

  /** "Where they started", when it has been written down. */
  readonly baseline = input<BaselineView | null>(null);

  /** The T-scores of the client's GAS reviews, oldest first. */
  readonly gasTScores = input<readonly number[]>([]);

  /** The latest T-score, and the first one when there has been more than one review. */
  protected readonly gasScores = computed(() => {
    const scores = this.gasTScores();
    if (scores.length === 0) return null;
    return { latest: scores[scores.length - 1], first: scores.length > 1 ? scores[0] : null };
  });

  protected readonly baselineDay = computed(() => {
    const baseline = this.baseline();
    return baseline ? formatCalendarDay(baseline.recordedOn) : '';
  });

  protected readonly sinceDay = computed(() => formatCalendarDay(this.summary().since));
}
