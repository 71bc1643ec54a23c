import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import {
  instrumentName,
  severityBand,
  type Instrument,
  type StandardMeasure,
} from '@waypoint/shared';

import { Acknowledgements } from '../../clients/feature/acknowledgements';
import { formDialogSize } from '../../clients/feature/dialog-sizes';
import { PageFocus } from '../../clients/feature/page-focus';
import { describeFailure, formProblemOf } from '../../clients/feature/save-problems';
import { formatCalendarDay } from '../../clients/ui/calendar-day';
import type { FormProblem } from '../../clients/ui/form-problems';
import { localIsoDate } from '../../shared/relative-day';
import { MeasureChanges } from '../data-access/measure-changes';
import type { MeasureResponseRecord } from '../data-access/measure-documents';
import { MeasureRecordReader } from '../data-access/measure-record-reader';
import type { MeasureAnswersInput } from '../data-access/pending-measures';
import {
  MeasureFormDialog,
  type MeasureFormDialogData,
  type MeasureFormValue,
} from '../ui/measure-form-dialog';
import { describeProgress } from '../ui/measure-words';
import type { MeasureResponseView, ScheduleChange } from '../ui/measure-views';
import { MoodCheckInDialog, type MoodCheckInDialogData } from '../ui/mood-check-in-dialog';
import type { SafetyReviewRequest } from '../ui/safety-banner';
import { SafetyReviewDialog, type SafetyReviewDialogData } from '../ui/safety-review-dialog';

/** Room for the four answers of an item, or the eleven mood ratings, side by side. */
const measureDialogSize = { ...formDialogSize, width: '760px' };

/** What the clinician says after a measure is saved, in calm words. */
function recordedMessage(response: MeasureResponseRecord): string {
  const name = instrumentName(response.instrument);
  const flagged = response.hasSafetyFlag ? ' A safety review is now shown for this client.' : '';
  if (!response.isComplete) {
    return `${name} saved as a draft: ${describeProgress(response)}.${flagged}`;
  }
  if (response.instrument === 'MOOD') return `Mood check-in recorded: ${response.total} of 10.`;
  const band = severityBand(response.instrument, response.total ?? 0).label.toLowerCase();
  return `${name} recorded: ${response.total}, ${band}.${flagged}`;
}

/**
 * What the measures section does: gives a PHQ-9 or GAD-7 (or continues a draft), records a
 * mood check-in, records a safety review, and sets how often a measure is given.
 */
@Injectable()
export class MeasureActions {
  private readonly reader = inject(MeasureRecordReader);
  private readonly changes = inject(MeasureChanges);
  private readonly dialog = inject(MatDialog);
  private readonly acknowledgements = inject(Acknowledgements);
  private readonly focus = inject(PageFocus);

  /** Opens a fresh PHQ-9 or GAD-7 form. */
  give(instrument: StandardMeasure): void {
    this.openForm(instrument, null);
  }

  /** Opens a draft where it was left, to finish it. */
  continueDraft(draft: MeasureResponseView): void {
    if (draft.instrument === 'MOOD') return;
    this.openForm(draft.instrument, draft);
  }

  /** Opens the quick mood check-in. */
  checkInMood(): void {
    const clientId = this.reader.record()?.id;
    if (!clientId) return;
    this.dialog.open<MoodCheckInDialog, MoodCheckInDialogData, boolean>(MoodCheckInDialog, {
      // Wide enough for the eleven ratings in one row.
      ...measureDialogSize,
      data: {
        today: localIsoDate(new Date()),
        save: (value) =>
          this.answerForDialog(() =>
            this.changes.record(clientId, 'MOOD', {
              administeredOn: value.administeredOn,
              answers: [value.rating],
              moodWord: value.word,
            }),
          ),
      },
    });
  }

  /**
   * Asks for the review note of a safety flag and records it; the banner goes at once. Focus
   * then moves to the next flag's button, or to `focusAfter` when none is left.
   */
  reviewSafetyFlag(request: SafetyReviewRequest, focusAfter: string): void {
    const clientId = this.reader.record()?.id;
    const known = this.reader.safetyFlags().find((candidate) => candidate.id === request.flag.id);
    if (!clientId || !known) return;
    const reference = this.dialog.open<SafetyReviewDialog, SafetyReviewDialogData, boolean>(
      SafetyReviewDialog,
      {
        ...formDialogSize,
        data: {
          raisedBy: request.raisedBy,
          save: async (note) => {
            try {
              await this.changes.reviewSafetyFlag(clientId, known, note);
              this.acknowledgements.say('Safety review recorded.');
              return null;
            } catch (error) {
              return formProblemOf(error);
            }
          },
        },
      },
    );
    reference.afterClosed().subscribe((isRecorded) => {
      // The button that opened the dialog has gone with the flag; the next flag's button, or
      // the heading the container names, takes focus instead.
      if (isRecorded) this.focus.soon('[data-review-flag]', focusAfter);
    });
  }

  /** Sets how often a measure is given; the new due day shows at once. */
  async changeSchedule(change: ScheduleChange): Promise<void> {
    const clientId = this.reader.record()?.id;
    if (!clientId) return;
    const name = instrumentName(change.instrument);
    try {
      const schedules = await this.changes.setSchedule(
        clientId,
        change.instrument,
        change.everyWeeks,
      );
      this.acknowledgements.say(scheduledMessage(name, change, schedules));
    } catch (error) {
      void this.acknowledgements.sayProblem(
        `How often the ${name} is given did not change. ${describeFailure(error)}`,
      );
    }
  }

  private openForm(instrument: StandardMeasure, draft: MeasureResponseView | null): void {
    const clientId = this.reader.record()?.id;
    if (!clientId) return;
    this.dialog.open<MeasureFormDialog, MeasureFormDialogData, boolean>(MeasureFormDialog, {
      ...measureDialogSize,
      data: {
        instrument,
        draft,
        isContinuingDraft: draft !== null,
        today: localIsoDate(new Date()),
        save: (value) =>
          this.answerForDialog(() =>
            draft
              ? this.changes.continueDraft(clientId, draft, answersOf(instrument, value))
              : this.changes.record(clientId, instrument, answersOf(instrument, value)),
          ),
      },
    });
  }

  private async answerForDialog(
    save: () => Promise<MeasureResponseRecord>,
  ): Promise<FormProblem | null> {
    try {
      this.acknowledgements.say(recordedMessage(await save()));
      return null;
    } catch (error) {
      return formProblemOf(error);
    }
  }
}

function answersOf(instrument: Instrument, value: MeasureFormValue): MeasureAnswersInput {
  return {
    administeredOn: value.administeredOn,
    answers: value.answers,
    ...(instrument === 'PHQ9' ? { difficulty: value.difficulty } : {}),
  };
}

function scheduledMessage(
  name: string,
  change: ScheduleChange,
  schedules: readonly { readonly instrument: Instrument; readonly nextDueOn: string }[],
): string {
  if (change.everyWeeks === null) return `The ${name} is no longer scheduled.`;
  const every = change.everyWeeks === 1 ? 'every week' : `every ${change.everyWeeks} weeks`;
  const next = schedules.find((schedule) => schedule.instrument === change.instrument);
  const due = next ? `; next due ${formatCalendarDay(next.nextDueOn)}` : '';
  return `The ${name} is now given ${every}${due}.`;
}
