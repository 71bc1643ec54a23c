import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule, type MatCheckboxChange } from '@angular/material/checkbox';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';

import { localIsoDate } from '../../shared/relative-day';
import { formatCalendarDay } from './calendar-day';
import type { MilestoneView } from './client-record-view';

/** A milestone to move one place up or down its goal's order. */
export interface MilestoneMove {
  readonly milestone: MilestoneView;
  readonly direction: 'up' | 'down';
}

/** A milestone with its words already chosen. */
interface MilestoneRow {
  readonly milestone: MilestoneView;
  readonly isDone: boolean;
  /** "Done 3 Mar 2026" or "By 14 Mar 2026", or null. */
  readonly note: string | null;
  readonly noteDay: string | null;
}

/** A goal's milestones as a checklist, with "3 of 5" progress and a menu for each step. */
@Component({
  selector: 'wp-milestone-checklist',
  imports: [MatButtonModule, MatCheckboxModule, MatMenuModule, MatProgressBarModule],
  templateUrl: './milestone-checklist.html',
  styleUrl: './milestone-checklist.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MilestoneChecklist {
  /** The goal's words, to name the list and its controls. */
  readonly goalTitle = input.required<string>();

  /** The milestones, in order. */
  readonly milestones = input.required<readonly MilestoneView[]>();

  /** How many are ticked. */
  readonly ticked = input.required<number>();

  /** Whether milestones may be ticked, unticked and changed (not on a finished goal). */
  readonly canTick = input(true);

  /** Whether milestones may be moved now. */
  readonly canReorder = input(true);

  /** Emitted when a milestone is ticked off. */
  readonly tick = output<MilestoneView>();
  /** Emitted when a milestone is unticked. */
  readonly untick = output<MilestoneView>();
  /** Emitted when the clinician wants to edit a milestone. */
  readonly edit = output<MilestoneView>();
  /** Emitted when the clinician wants to remove a milestone. */
  readonly remove = output<MilestoneView>();
  /** Emitted to move a milestone one place. */
  readonly move = output<MilestoneMove>();

  protected readonly rows = computed<readonly MilestoneRow[]>(() =>
    this.milestones().map((milestone) => {
      const isDone = milestone.doneAt !== null;
      if (milestone.doneAt !== null) {
        const day = localIsoDate(new Date(milestone.doneAt));
        return { milestone, isDone, note: `Done ${formatCalendarDay(day)}`, noteDay: day };
      }
      if (milestone.dueOn !== null) {
        return {
          milestone,
          isDone,
          note: `By ${formatCalendarDay(milestone.dueOn)}`,
          noteDay: milestone.dueOn,
        };
      }
      return { milestone, isDone, note: null, noteDay: null };
    }),
  );

  protected readonly percentDone = computed(() => {
    const total = this.milestones().length;
    return total === 0 ? 0 : (this.ticked() / total) * 100;
  });

  protected toggle(milestone: MilestoneView, change: MatCheckboxChange): void {
    if (change.checked) this.tick.emit(milestone);
    else this.untick.emit(milestone);
  }

  protected trackById(_index: number, row: MilestoneRow): string {
    return row.milestone.id;
  }
}
