import { LiveAnnouncer } from '@angular/cdk/a11y';
import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';

import { readApiProblem } from '../../shared/api-problem';
import type { GoalInput } from '../../__generated__/graphql';
import type { ClientRecord, GoalRecord } from '../data-access/client-documents';
import { ClientRecordReader } from '../data-access/client-record-reader';
import { GoalChanges } from '../data-access/goal-changes';
import type { GoalView } from '../ui/client-record-view';
import { compareGoals, compareGoalStatuses } from '../ui/conflict-comparisons';
import { GoalDialog, type GoalDialogData, type GoalValue } from '../ui/goal-dialog';
import type { MoveDirection } from '../ui/goal-card';
import { GoalStatusDialog, type GoalStatusDialogData } from '../ui/goal-status-dialog';
import { Acknowledgements } from './acknowledgements';
import { ConflictResolution } from './conflict-resolution';
import { formDialogSize } from './dialog-sizes';
import { PageFocus } from './page-focus';
import { answerForDialog, describeFailure, formProblemOf } from './save-problems';

/**
 * What the clinician does with a client's goals: setting, editing, moving them along their
 * lifecycle and reordering. Provide it on the client page beside the record it reads.
 */
@Injectable()
export class GoalActions {
  private readonly reader = inject(ClientRecordReader);
  private readonly goals = inject(GoalChanges);
  private readonly conflicts = inject(ConflictResolution);
  private readonly dialog = inject(MatDialog);
  private readonly acknowledgements = inject(Acknowledgements);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly focus = inject(PageFocus);

  /** Sets a new goal with the client; focus moves to it once it is on the page. */
  async add(): Promise<void> {
    const record = this.reader.record();
    if (!record) return;
    let createdId: string | null = null;
    const dialogRef = this.dialog.open<GoalDialog, GoalDialogData, boolean>(GoalDialog, {
      ...formDialogSize,
      data: {
        goal: null,
        save: async (value) => {
          try {
            const goal = await this.goals.create(record.id, goalInput(value), value.status);
            createdId = goal.id;
            this.acknowledgements.say('Goal added. Small steps next.');
            return null;
          } catch (error) {
            return formProblemOf(error);
          }
        },
      },
    });
    await firstValueFrom(dialogRef.afterClosed());
    if (createdId !== null) this.focus.soon(`[data-goal-title="${createdId}"]`);
  }

  /** Edits a goal over the version it was read at. */
  async edit(view: GoalView): Promise<void> {
    const goal = this.find(view.id);
    if (!goal) return;
    this.dialog.open<GoalDialog, GoalDialogData, boolean>(GoalDialog, {
      ...formDialogSize,
      data: {
        goal,
        save: async (value) =>
          answerForDialog(
            () =>
              this.conflicts.save({
                version: goal.version,
                save: (version) => this.goals.update(goal.id, version, goalInput(value)),
                find: (record) => findGoal(record, goal.id),
                compare: (saved) => compareGoals(saved, value),
              }),
            this.acknowledgements,
            'Goal saved.',
          ),
      },
    });
  }

  /** Moves a goal along its lifecycle, with a reason where one is needed. */
  async changeStatus(view: GoalView): Promise<void> {
    const record = this.reader.record();
    const goal = this.find(view.id);
    if (!record || !goal) return;
    this.dialog.open<GoalStatusDialog, GoalStatusDialogData, boolean>(GoalStatusDialog, {
      ...formDialogSize,
      data: {
        goal,
        save: async (value) =>
          answerForDialog(
            () =>
              this.conflicts.save({
                version: goal.version,
                save: (version) =>
                  this.goals.changeStatus(record.id, {
                    goalId: goal.id,
                    version,
                    status: value.status,
                    reason: value.reason,
                  }),
                find: (saved) => findGoal(saved, goal.id),
                compare: (saved) => compareGoalStatuses(saved, value),
              }),
            this.acknowledgements,
            value.status === 'COMPLETED'
              ? 'Goal achieved. That took real work.'
              : 'Status changed. It is on the timeline.',
          ),
      },
    });
  }

  /** Moves a goal one place up or down the client's order, on screen at once. */
  async move(view: GoalView, direction: MoveDirection): Promise<void> {
    const record = this.reader.record();
    if (!record) return;
    const goals = [...record.goals];
    const from = goals.findIndex((goal) => goal.id === view.id);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (from === -1 || to < 0 || to >= goals.length) return;
    [goals[from], goals[to]] = [goals[to], goals[from]];
    const opposite = direction === 'up' ? 'down' : 'up';
    const saving = this.goals.reorder(record.id, goals);
    // The card has moved; focus follows it, on the same button unless that one is now disabled.
    this.focus.soon(
      `[data-move-goal="${view.id}-${direction}"]`,
      `[data-move-goal="${view.id}-${opposite}"]`,
    );
    void this.announcer.announce(
      `“${view.clientWords}” moved to place ${to + 1} of ${goals.length}.`,
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
        `The new order couldn't be saved, so the goals are back as they were. ${describeFailure(error)}`,
      );
    }
  }

  private find(goalId: string): GoalRecord | undefined {
    const record = this.reader.record();
    return record ? findGoal(record, goalId) : undefined;
  }
}

/** A goal of the record, by id. */
export function findGoal(record: ClientRecord, goalId: string): GoalRecord | undefined {
  return record.goals.find((goal) => goal.id === goalId);
}

/** The goal fields the API takes, from what the clinician typed. */
function goalInput(value: GoalValue): GoalInput {
  return {
    clientWords: value.clientWords,
    clinicianWording: value.clinicianWording,
    domain: value.domain,
    specific: value.specific,
    measureOfSuccess: value.measureOfSuccess,
    targetDate: value.targetDate,
    gasLevels: value.gasLevels,
    weight: value.weight,
  };
}
