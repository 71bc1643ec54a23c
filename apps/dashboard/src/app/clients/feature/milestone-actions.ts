import { LiveAnnouncer } from '@angular/cdk/a11y';
import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';

import { readApiProblem } from '../../shared/api-problem';
import type { ClientRecord, MilestoneRecord } from '../data-access/client-documents';
import { ClientRecordReader } from '../data-access/client-record-reader';
import { MilestoneChanges } from '../data-access/milestone-changes';
import type { GoalView, MilestoneView } from '../ui/client-record-view';
import { compareMilestoneRemoval, compareMilestones } from '../ui/conflict-comparisons';
import type { MoveDirection } from '../ui/goal-card';
import { MilestoneDialog, type MilestoneDialogData } from '../ui/milestone-dialog';
import { Acknowledgements } from './acknowledgements';
import { ConflictResolution } from './conflict-resolution';
import { formDialogSize } from './dialog-sizes';
import { findGoal } from './goal-actions';
import { PageFocus } from './page-focus';
import { answerForDialog, describeFailure, formProblemOf } from './save-problems';

/**
 * What the clinician does with a goal's milestones: adding, editing, ordering, ticking and
 * removing them. Ticks and removals show at once and can be undone for 10 seconds.
 */
@Injectable()
export class MilestoneActions {
  private readonly reader = inject(ClientRecordReader);
  private readonly milestones = inject(MilestoneChanges);
  private readonly conflicts = inject(ConflictResolution);
  private readonly dialog = inject(MatDialog);
  private readonly acknowledgements = inject(Acknowledgements);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly focus = inject(PageFocus);

  /** Adds a small step to a goal; focus moves to its checkbox once it is on the page. */
  async add(goal: GoalView): Promise<void> {
    let createdId: string | null = null;
    const dialogRef = this.dialog.open<MilestoneDialog, MilestoneDialogData, boolean>(
      MilestoneDialog,
      {
        ...formDialogSize,
        data: {
          goalWords: goal.clientWords,
          milestone: null,
          save: async (value) => {
            try {
              createdId = (await this.milestones.add(goal.id, value)).id;
              this.acknowledgements.say('Milestone added.');
              return null;
            } catch (error) {
              return formProblemOf(error);
            }
          },
        },
      },
    );
    await firstValueFrom(dialogRef.afterClosed());
    if (createdId !== null) this.focus.soon(`[data-milestone-checkbox="${createdId}"] input`);
  }

  /** Edits a milestone over the version it was read at. */
  edit(goal: GoalView, view: MilestoneView): void {
    const step = this.find(view.id);
    if (!step) return;
    this.dialog.open<MilestoneDialog, MilestoneDialogData, boolean>(MilestoneDialog, {
      ...formDialogSize,
      // Opened from the milestone's menu, which has closed: focus goes back to its button.
      restoreFocus: `[data-milestone-menu="${step.id}"]`,
      data: {
        goalWords: goal.clientWords,
        milestone: step,
        save: (value) =>
          answerForDialog(
            () =>
              this.conflicts.save({
                version: step.version,
                save: (version) => this.milestones.update(step.id, version, value),
                find: (record) => findMilestone(record, step.id),
                compare: (saved) => compareMilestones(saved, value),
              }),
            this.acknowledgements,
            'Milestone saved.',
          ),
      },
    });
  }

  /** Ticks a milestone off at once, with Undo; it goes back with a clear message if the save fails. */
  async tick(view: MilestoneView): Promise<void> {
    const step = this.find(view.id);
    if (!step) return;
    const saving = this.milestones.tick(step);
    const undone = this.acknowledgements.offerUndo(`Ticked off “${step.title}”. One more step.`);
    try {
      await saving;
    } catch (error) {
      void this.acknowledgements.sayProblem(
        `“${step.title}” couldn't be ticked off, so it's as it was. ${describeFailure(error)}`,
      );
      return;
    }
    if (!(await undone)) return;
    const ticked = this.find(view.id);
    if (ticked) await this.untickQuietly(ticked, `“${step.title}” is not ticked any more.`);
  }

  /** Unticks a milestone at once, with Undo; it goes back if the save fails. */
  async untick(view: MilestoneView): Promise<void> {
    const step = this.find(view.id);
    if (!step) return;
    const saving = this.milestones.untick(step);
    const undone = this.acknowledgements.offerUndo(`“${step.title}” is back on the list.`);
    try {
      await saving;
    } catch (error) {
      void this.acknowledgements.sayProblem(
        `“${step.title}” couldn't be unticked, so it's still done. ${describeFailure(error)}`,
      );
      return;
    }
    if (!(await undone)) return;
    const unticked = this.find(view.id);
    if (!unticked) return;
    try {
      await this.milestones.tick(unticked);
      void this.announcer.announce(`“${step.title}” is ticked off again.`, 'polite');
    } catch (error) {
      void this.acknowledgements.sayProblem(describeFailure(error));
    }
  }

  /** Moves a milestone one place up or down its goal's order, on screen at once. */
  async move(goal: GoalView, view: MilestoneView, direction: MoveDirection): Promise<void> {
    const record = this.reader.record();
    const current = record ? findGoal(record, goal.id) : undefined;
    if (!current) return;
    const steps = [...current.milestones];
    const from = steps.findIndex((step) => step.id === view.id);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (from === -1 || to < 0 || to >= steps.length) return;
    [steps[from], steps[to]] = [steps[to], steps[from]];
    const saving = this.milestones.reorder(goal.id, steps);
    this.focus.soon(`[data-milestone-menu="${view.id}"]`);
    void this.announcer.announce(
      `“${view.title}” moved to step ${to + 1} of ${steps.length}.`,
      'polite',
    );
    try {
      await saving;
    } catch (error) {
      if (readApiProblem(error).code === 'CONFLICT') {
        // One was added or removed elsewhere meanwhile: show the order as it is saved now.
        this.reader.refetch();
        void this.acknowledgements.sayProblem(
          'The list changed on another screen meanwhile, so here it is as saved now. Move it again if you need to.',
        );
        return;
      }
      void this.acknowledgements.sayProblem(
        `The new order couldn't be saved, so the milestones are back as they were. ${describeFailure(error)}`,
      );
    }
  }

  /**
   * Takes a milestone off the checklist at once and offers Undo for 10 seconds; only then is
   * it removed on the server, over the version it was read at.
   */
  async remove(goal: GoalView, view: MilestoneView): Promise<void> {
    const step = this.find(view.id);
    if (!step) return;
    const index = goal.milestones.findIndex((milestone) => milestone.id === step.id);
    const next = goal.milestones[index + 1] ?? goal.milestones[index - 1];
    const removal = this.milestones.hide(step);
    this.focus.soon(
      ...(next ? [`[data-milestone-checkbox="${next.id}"] input`] : []),
      `[data-add-milestone="${goal.id}"]`,
    );
    if (await this.acknowledgements.offerUndo(`Removed “${step.title}”.`)) {
      removal.restore();
      this.focus.soon(`[data-milestone-checkbox="${step.id}"] input`);
      void this.announcer.announce(`“${step.title}” is back.`, 'polite');
      return;
    }
    try {
      const outcome = await this.conflicts.save({
        version: step.version,
        save: (version) => removal.commit(version),
        find: (record) => findMilestone(record, step.id),
        compare: (saved) => compareMilestoneRemoval(saved),
      });
      if (outcome === 'kept-saved') this.acknowledgements.say(`Kept “${step.title}”.`);
    } catch (error) {
      if (readApiProblem(error).code === 'NOT_FOUND') {
        // Someone else removed it first: the record as saved now says so.
        this.reader.refetch();
        return;
      }
      void this.acknowledgements.sayProblem(
        `“${step.title}” couldn't be removed, so it's back. ${describeFailure(error)}`,
      );
    }
  }

  private async untickQuietly(step: MilestoneRecord, message: string): Promise<void> {
    try {
      await this.milestones.untick(step);
      void this.announcer.announce(message, 'polite');
    } catch (error) {
      void this.acknowledgements.sayProblem(describeFailure(error));
    }
  }

  private find(milestoneId: string): MilestoneRecord | undefined {
    const record = this.reader.record();
    return record ? findMilestone(record, milestoneId) : undefined;
  }
}

/** A milestone of the record, by id. */
export function findMilestone(
  record: ClientRecord,
  milestoneId: string,
): MilestoneRecord | undefined {
  for (const goal of record.goals) {
    const found = goal.milestones.find((milestone) => milestone.id === milestoneId);
    if (found) return found;
  }
  return undefined;
}
