import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { StandardMeasure } from '@waypoint/shared';

import { PageFocus } from '../../clients/feature/page-focus';
import { localIsoDate } from '../../shared/relative-day';
import { isPendingMeasureId } from '../data-access/measure-changes';
import { MeasureRecordReader } from '../data-access/measure-record-reader';
import { GasChart } from '../ui/gas-chart';
import { MeasureChart } from '../ui/measure-chart';
import type { MeasureResponseView, ScheduleChange, WinsDay } from '../ui/measure-views';
import { MeasuresSummary } from '../ui/measures-summary';
import { SafetyBanner, type SafetyReviewRequest } from '../ui/safety-banner';
import { WinsCalendar } from '../ui/wins-calendar';
import { MeasureActions } from './measure-actions';

/**
 * One client's measures, ready for the client page: the safety banner while a flag waits for
 * review, where the scores stand against the client's baseline, the buttons to give a
 * measure in session, and the charts (PHQ-9, GAD-7, GAS T-score, the calendar of wins).
 */
@Component({
  selector: 'wp-client-measures-section',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    GasChart,
    MeasureChart,
    MeasuresSummary,
    SafetyBanner,
    WinsCalendar,
  ],
  providers: [MeasureRecordReader, MeasureActions, PageFocus],
  templateUrl: './client-measures-section.html',
  styleUrl: './client-measures-section.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientMeasuresSection {
  private readonly reader = inject(MeasureRecordReader);
  private readonly actions = inject(MeasureActions);

  /** The client whose measures to show. */
  readonly clientId = input.required<string>();

  /**
   * Whether the safety banner shows at the top of this section. Turn it off only where the
   * page shows `wp-client-safety-banner` higher up instead.
   */
  readonly showsSafetyBanner = input(true);

  protected readonly today = localIsoDate(new Date());
  protected readonly record = this.reader.record;
  protected readonly isLoading = this.reader.isLoading;
  protected readonly loadFailure = this.reader.loadFailure;
  protected readonly responses = this.reader.measureResponses;
  protected readonly safetyFlags = this.reader.unreviewedSafetyFlags;
  protected readonly crisisResources = this.reader.crisisResources;
  protected readonly schedules = this.reader.measureSchedules;
  protected readonly notOnTrack = this.reader.notOnTrack;
  protected readonly overdueMeasures = computed(() => this.record()?.overdueMeasures ?? []);
  protected readonly gasReviews = computed(() => this.record()?.gasReviews ?? []);

  /** Records on screen that the server has not confirmed yet. */
  protected readonly savingIds = computed<ReadonlySet<string>>(
    () =>
      new Set(
        [...this.responses(), ...this.safetyFlags()]
          .map((record) => record.id)
          .filter((id) => isPendingMeasureId(id)),
      ),
  );

  /** Small wins and ticked milestones per day, for the calendar. */
  protected readonly winsDays = computed<readonly WinsDay[]>(() => {
    const record = this.record();
    if (!record) return [];
    const days = new Map<string, { winCount: number; milestoneCount: number }>();
    const countOn = (day: string) => {
      const counts = days.get(day) ?? { winCount: 0, milestoneCount: 0 };
      days.set(day, counts);
      return counts;
    };
    for (const entry of record.progressEntries) {
      if (entry.kind === 'WIN') countOn(entry.occurredOn).winCount += 1;
    }
    for (const goal of record.goals) {
      for (const milestone of goal.milestones) {
        // A tick is a moment; the calendar shows the day it was in this browser's time zone.
        if (milestone.doneAt) countOn(localIsoDate(new Date(milestone.doneAt))).milestoneCount += 1;
      }
    }
    return [...days.entries()].map(([day, counts]) => ({ day, ...counts }));
  });

  constructor() {
    effect(() => this.reader.watch(this.clientId()));
  }

  protected give(instrument: StandardMeasure): void {
    this.actions.give(instrument);
  }

  protected checkInMood(): void {
    this.actions.checkInMood();
  }

  protected continueDraft(draft: MeasureResponseView): void {
    this.actions.continueDraft(draft);
  }

  protected recordReview(request: SafetyReviewRequest): void {
    this.actions.reviewSafetyFlag(request, '[data-measures-heading]');
  }

  protected changeSchedule(change: ScheduleChange): void {
    void this.actions.changeSchedule(change);
  }

  protected tryAgain(): void {
    this.reader.refetch();
  }
}
