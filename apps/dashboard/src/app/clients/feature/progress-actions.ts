import { LiveAnnouncer } from '@angular/cdk/a11y';
import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { isRateableAtReview, type ProgressEntryKind } from '@waypoint/shared';

import { readApiProblem } from '../../shared/api-problem';
import { localIsoDate } from '../../shared/relative-day';
import type { ClientRecord, ProgressEntryRecord } from '../data-access/client-documents';
import { ClientRecordReader } from '../data-access/client-record-reader';
import { GoalChanges } from '../data-access/goal-changes';
import { ProgressChanges } from '../data-access/progress-changes';
import type { GoalView, ProgressEntryView } from '../ui/client-record-view';
import { compareProgressEntries, compareProgressEntryRemoval } from '../ui/conflict-comparisons';
import type { FormProblem } from '../ui/form-problems';
import { GasReviewDialog, type GasReviewDialogData } from '../ui/gas-review-dialog';
import {
  ProgressEntryDialog,
  type ProgressEntryDialogData,
  type ProgressEntryValue,
} from '../ui/progress-entry-dialog';
import { progressKindLabels } from '../ui/record-labels';
import { Acknowledgements } from './acknowledgements';
import { ConflictResolution } from './conflict-resolution';
import { formDialogSize } from './dialog-sizes';
import { PageFocus } from './page-focus';
import { answerForDialog, describeFailure, formProblemOf } from './save-problems';

/** The warm words after logging each kind of entry. */
function loggedMessage(entry: ProgressEntryValue): string {
  if (entry.kind === 'WIN' && entry.isEffort) return 'Logged: they tried, and that counts.';
  const messages: Record<ProgressEntryKind, string> = {
    WIN: 'Small win logged. Every step counts.',
    SETBACK: "Setback noted. It's part of the road, not the end of it.",
    GRATITUDE: 'Gratitude logged.',
    REFLECTION: 'Reflection logged.',
  };
  return messages[entry.kind];
}

/**
 * What the clinician logs on the timeline (small wins, setbacks, gratitude, reflections) and
 * the GAS reviews of the client's active goals.
 */
@Injectable()
export class ProgressActions {
  private readonly reader = inject(ClientRecordReader);
  private readonly progress = inject(ProgressChanges);
  private readonly goalChanges = inject(GoalChanges);
  private readonly conflicts = inject(ConflictResolution);
  private readonly dialog = inject(MatDialog);
  private readonly acknowledgements = inject(Acknowledgements);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly focus = inject(PageFocus);

  /**
   * Logs an entry. The dialog closes and the entry is on the timeline at once; if the save
   * fails it goes again, and "Open it again" brings back what was typed.
   */
  log(
    kind: ProgressEntryKind,
    typed: ProgressEntryValue | null = null,
    problem?: FormProblem,
  ): void {
    const record = this.reader.record();
    if (!record) return;
    this.dialog.open<ProgressEntryDialog, ProgressEntryDialogData, boolean>(ProgressEntryDialog, {
      ...formDialogSize,
      data: {
        kind,
        entry: typed,
        isEditing: false,
        goals: goalChoices(record),
        today: localIsoDate(new Date()),
        problem,
        save: async (value) => {
          void this.send(record.id, value);
          return null;
        },
      },
    });
  }

  /** Edits an entry over the version it was read at. */
  edit(view: ProgressEntryView): void {
    const record = this.reader.record();
    const entry = record ? findEntry(record, view.id) : undefined;
    if (!record || !entry) return;
    this.dialog.open<ProgressEntryDialog, ProgressEntryDialogData, boolean>(ProgressEntryDialog, {
      ...formDialogSize,
      restoreFocus: `[data-entry-menu="${entry.id}"]`,
      data: {
        kind: entry.kind,
        entry,
        isEditing: true,
        goals: goalChoices(record),
        today: localIsoDate(new Date()),
        save: (value) =>
          answerForDialog(
            () =>
              this.conflicts.save({
                version: entry.version,
                save: (version) => this.progress.update(record.id, entry.id, version, value),
                find: (saved) => findEntry(saved, entry.id),
                compare: (saved) => compareProgressEntries(saved, value, goalWordsOf(record)),
              }),
            this.acknowledgements,
            'Saved.',
          ),
      },
    });
  }

  /** Takes an entry off the timeline at once with Undo for 10 seconds, then removes it. */
  async remove(view: ProgressEntryView): Promise<void> {
    const record = this.reader.record();
    const entry = record ? findEntry(record, view.id) : undefined;
    if (!record || !entry) return;
    const label = progressKindLabels[entry.kind];
    const removal = this.progress.hide(record.id, entry);
    this.focus.soon('[data-timeline-heading]');
    if (await this.acknowledgements.offerUndo(`Removed the ${label.toLowerCase()}.`)) {
      removal.restore();
      this.focus.soon(`[data-entry-menu="${entry.id}"]`);
      void this.announcer.announce(`The ${label.toLowerCase()} is back.`, 'polite');
      return;
    }
    try {
      const outcome = await this.conflicts.save({
        version: entry.version,
        save: (version) => removal.commit(version),
        find: (saved) => findEntry(saved, entry.id),
        compare: (saved) => compareProgressEntryRemoval(saved, goalWordsOf(record)),
      });
      if (outcome === 'kept-saved') this.acknowledgements.say(`Kept the ${label.toLowerCase()}.`);
    } catch (error) {
      if (readApiProblem(error).code === 'NOT_FOUND') {
        this.reader.refetch();
        return;
      }
      void this.acknowledgements.sayProblem(
        `The ${label.toLowerCase()} couldn't be removed, so it's back. ${describeFailure(error)}`,
      );
    }
  }

  /**
   * Rates every active goal with its levels described at a GAS review and shows the T-score
   * the server worked out.
   */
  reviewGoals(): void {
    const record = this.reader.record();
    if (!record) return;
    const goals = record.goals.filter((goal) => isRatedAtReview(goal));
    const first = record.gasReviews[0];
    this.dialog.open<GasReviewDialog, GasReviewDialogData, boolean>(GasReviewDialog, {
      ...formDialogSize,
      data: {
        goals,
        today: localIsoDate(new Date()),
        firstReview: first ? { tScore: first.tScore, reviewedOn: first.reviewedOn } : null,
        record: async (review) => {
          try {
            const saved = await this.goalChanges.recordGasReview({
              clientId: record.id,
              reviewedOn: review.reviewedOn,
              ratings: review.ratings.map((rating) => ({ ...rating })),
            });
            return { tScore: saved.tScore };
          } catch (error) {
            return formProblemOf(error);
          }
        },
      },
    });
  }

  private async send(clientId: string, value: ProgressEntryValue): Promise<void> {
    const saving = this.progress.log(clientId, value);
    this.acknowledgements.say(loggedMessage(value));
    try {
      await saving;
    } catch (error) {
      const label = progressKindLabels[value.kind].toLowerCase();
      const reopen = await this.acknowledgements.sayProblem(
        `That ${label} couldn't be saved, so it's off the timeline again. ${describeFailure(error)}`,
        'Open it again',
      );
      if (reopen) this.log(value.kind, value, formProblemOf(error));
    }
  }
}

/**
 * Whether a goal is rated at a GAS review: it is active and its five levels are described. A
 * rating means "attained the level described", so the server refuses a review that rates a
 * goal without them; such a goal is left out until its levels are written.
 */
export function isRatedAtReview(goal: Pick<GoalView, 'status' | 'gasLevels'>): boolean {
  return isRateableAtReview(goal.status) && goal.gasLevels !== null;
}

function findEntry(record: ClientRecord, entryId: string): ProgressEntryRecord | undefined {
  return record.progressEntries.find((entry) => entry.id === entryId);
}

function goalChoices(record: ClientRecord) {
  return record.goals
    .filter((goal) => goal.status !== 'CANCELLED')
    .map(({ id, clientWords }) => ({ id, clientWords }));
}

function goalWordsOf(record: ClientRecord) {
  return (goalId: string | null) =>
    goalId === null ? null : (record.goals.find((goal) => goal.id === goalId)?.clientWords ?? null);
}
