import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { canTickMilestonesOf, GOAL_STATUS_LABELS, goalProgress } from '@waypoint/shared';

import { formatCalendarDay } from './calendar-day';
import type { GoalView, MilestoneView } from './client-record-view';
import { MilestoneChecklist, type MilestoneMove } from './milestone-checklist';
import { formatGasLevel, gasLevelOptions, goalDomainLabels } from './record-labels';

/** Up or down the list by one place. */
export type MoveDirection = 'up' | 'down';

/** A goal's level at the latest GAS review that rated it. */
export interface GoalRating {
  readonly level: number;
  /** ISO date. */
  readonly reviewedOn: string;
}

/**
 * One goal: the client's words as its title, the clinician's wording under it, its domain and
 * status, its milestones as a checklist, and its GAS level at the last review.
 */
@Component({
  selector: 'wp-goal-card',
  imports: [MatButtonModule, MatChipsModule, MilestoneChecklist],
  templateUrl: './goal-card.html',
  styleUrl: './goal-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GoalCard {
  /** The goal to show. */
  readonly goal = input.required<GoalView>();

  /** Whether the goal is first in the client's order (it cannot move up). */
  readonly isFirst = input(false);

  /** Whether the goal is last in the client's order (it cannot move down). */
  readonly isLast = input(false);

  /** Whether goals and milestones may be moved now (not while a search hides some). */
  readonly canReorder = input(true);

  /** The goal's level at the last GAS review that rated it, if any did. */
  readonly lastRating = input<GoalRating | null>(null);

  /** Emitted when a milestone is ticked off. */
  readonly tick = output<MilestoneView>();
  /** Emitted when a milestone is unticked. */
  readonly untick = output<MilestoneView>();
  /** Emitted when the clinician wants to edit the goal. */
  readonly edit = output<void>();
  /** Emitted when the clinician wants to change the goal's status. */
  readonly changeStatus = output<void>();
  /** Emitted to move the goal up or down the client's order. */
  readonly move = output<MoveDirection>();
  /** Emitted when the clinician wants to add a milestone. */
  readonly addMilestone = output<void>();
  /** Emitted when the clinician wants to edit a milestone. */
  readonly editMilestone = output<MilestoneView>();
  /** Emitted when the clinician wants to remove a milestone. */
  readonly removeMilestone = output<MilestoneView>();
  /** Emitted to move a milestone up or down the goal's order. */
  readonly moveMilestone = output<MilestoneMove>();

  protected readonly titleId = computed(() => `goal-title-${this.goal().id}`);
  protected readonly domainLabel = computed(() => goalDomainLabels[this.goal().domain]);
  protected readonly statusLabel = computed(() => GOAL_STATUS_LABELS[this.goal().status]);
  protected readonly progress = computed(() => goalProgress(this.goal().milestones));
  protected readonly canTick = computed(() => canTickMilestonesOf(this.goal().status));
  protected readonly targetDay = computed(() => {
    const targetDate = this.goal().targetDate;
    return targetDate === null ? null : formatCalendarDay(targetDate);
  });

  /** The last rating in words, with this goal's own description of that level. */
  protected readonly rating = computed(() => {
    const rating = this.lastRating();
    if (rating === null) return null;
    const option = gasLevelOptions.find((candidate) => candidate.level === rating.level);
    const description = option ? (this.goal().gasLevels?.[option.name] ?? null) : null;
    return {
      number: formatGasLevel(rating.level),
      meaning: option?.meaning ?? '',
      description,
      day: formatCalendarDay(rating.reviewedOn),
      reviewedOn: rating.reviewedOn,
    };
  });

  protected readonly hasSmartDetails = computed(() => {
    const goal = this.goal();
    return goal.specific !== null || goal.measureOfSuccess !== null;
  });
}
