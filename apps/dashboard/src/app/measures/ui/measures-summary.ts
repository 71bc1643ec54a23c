import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule, type MatSelectChange } from '@angular/material/select';
import {
  instrumentName,
  INSTRUMENTS,
  MOOD_CHECK_IN,
  STANDARD_MEASURES,
  type Instrument,
} from '@waypoint/shared';

import { formatCalendarDay } from '../../clients/ui/calendar-day';
import {
  completeScores,
  describeChangeSinceBaseline,
  describeProgress,
  severityLabel,
} from './measure-words';
import type {
  MeasureResponseView,
  MeasureScheduleView,
  NotOnTrackView,
  ScheduleChange,
} from './measure-views';

/** "Not scheduled" in the select; the API's null. */
const notScheduled = 0;
const scheduleChoices = [1, 2, 3, 4, 6, 8, 12];

/**
 * Where the client's scores stand against their own baseline, what is due, drafts to finish,
 * any not-on-track reasons (in calm words, as something to look at), and how often each
 * measure is given.
 */
@Component({
  selector: 'wp-measures-summary',
  imports: [MatButtonModule, MatFormFieldModule, MatSelectModule],
  templateUrl: './measures-summary.html',
  styleUrl: './measures-summary.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeasuresSummary {
  /** Every response and draft, in any order. */
  readonly responses = input.required<readonly MeasureResponseView[]>();

  /** How often each measure is given, and when it is next due. */
  readonly schedules = input.required<readonly MeasureScheduleView[]>();

  /** Measures whose due day has passed while care is active (the caseload's rule). */
  readonly overdueMeasures = input<readonly Instrument[]>([]);

  /** Measures that look off course, with the reason. */
  readonly notOnTrack = input<readonly NotOnTrackView[]>([]);

  /** Records on screen that the server has not confirmed yet. */
  readonly savingIds = input<ReadonlySet<string>>(new Set());

  /** Today's local date (ISO). */
  readonly today = input.required<string>();

  /** The clinician wants to finish a draft. */
  readonly continueDraft = output<MeasureResponseView>();

  /** The clinician chose how often a measure is given. */
  readonly changeSchedule = output<ScheduleChange>();

  protected readonly moodScale = MOOD_CHECK_IN.maximumRating;

  protected readonly standardMeasures = computed(() =>
    STANDARD_MEASURES.map((instrument) => {
      const scores = completeScores(this.responses(), instrument);
      const latest = scores[scores.length - 1] ?? null;
      return {
        instrument,
        name: instrumentName(instrument),
        latest: latest && {
          total: latest.total,
          band: latest.severity ? severityLabel(instrument, latest.severity) : '',
          day: formatCalendarDay(latest.administeredOn),
        },
        change: latest
          ? describeChangeSinceBaseline(instrument, scores, latest, this.today())
          : null,
        isBaselineOnly: scores.length === 1,
        overdue: this.overdueSince(instrument),
      };
    }),
  );

  protected readonly latestMood = computed(() => {
    const mood = this.responses()
      .filter((response) => response.instrument === 'MOOD' && response.total !== null)
      .sort((first, second) => second.administeredOn.localeCompare(first.administeredOn))[0];
    return mood
      ? { rating: mood.total, word: mood.moodWord, day: formatCalendarDay(mood.administeredOn) }
      : null;
  });

  protected readonly moodOverdue = computed(() => this.overdueSince('MOOD'));

  protected readonly drafts = computed(() =>
    this.responses()
      .filter((response) => !response.isComplete)
      .map((response) => ({
        response,
        name: instrumentName(response.instrument),
        day: formatCalendarDay(response.administeredOn),
        progress: describeProgress(response),
        isSaving: this.savingIds().has(response.id),
      })),
  );

  protected readonly scheduleRows = computed(() =>
    INSTRUMENTS.map((instrument) => {
      const schedule = this.schedules().find((candidate) => candidate.instrument === instrument);
      const everyWeeks = schedule?.everyWeeks ?? notScheduled;
      const choices =
        scheduleChoices.includes(everyWeeks) || everyWeeks === notScheduled
          ? scheduleChoices
          : [...scheduleChoices, everyWeeks].sort((first, second) => first - second);
      return {
        instrument,
        name: instrumentName(instrument),
        everyWeeks,
        choices,
        due: schedule ? this.describeDue(schedule) : null,
      };
    }),
  );

  protected readonly notScheduled = notScheduled;

  protected weeksLabel(weeks: number): string {
    return weeks === 1 ? 'Every week' : `Every ${weeks} weeks`;
  }

  protected chooseSchedule(instrument: Instrument, change: MatSelectChange<number>): void {
    this.changeSchedule.emit({
      instrument,
      everyWeeks: change.value === notScheduled ? null : change.value,
    });
  }

  /** "Due since 2 Feb 2026" for a measure the server counts as overdue, or null. */
  private overdueSince(instrument: Instrument): string | null {
    if (!this.overdueMeasures().includes(instrument)) return null;
    const schedule = this.schedules().find((candidate) => candidate.instrument === instrument);
    return schedule ? `Due since ${formatCalendarDay(schedule.nextDueOn)}` : 'Due now';
  }

  private describeDue(schedule: MeasureScheduleView): string {
    const day = formatCalendarDay(schedule.nextDueOn);
    if (schedule.isOverdue) return `Due since ${day}`;
    return schedule.nextDueOn === this.today() ? 'Due today' : `Next due ${day}`;
  }
}
