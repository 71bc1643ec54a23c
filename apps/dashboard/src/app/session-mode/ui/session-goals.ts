import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';

import type { SessionGoalView, SessionMilestoneView } from './session-views';

/** A milestone ticked or unticked on the session screen. */
export interface MilestoneToggle {
  readonly milestone: SessionMilestoneView;
  readonly isDone: boolean;
}

/** The client's active goals with their next steps, ticked with one click or a number key. */
@Component({
  selector: 'wp-session-goals',
  imports: [MatCheckboxModule],
  template: `
    <h2 class="column-title" id="session-goals-title">Goals</h2>
    @for (goal of goals(); track goal.id) {
      <section class="goal" [attr.aria-label]="goal.clientWords">
        <h3 class="goal-words">“{{ goal.clientWords }}”</h3>
        <p class="goal-count">{{ goal.ticked }} of {{ goal.total }} milestones ticked</p>
        @if (goal.milestones.length > 0) {
          <ul class="steps">
            @for (milestone of goal.milestones; track milestone.id) {
              <li class="step" [class.is-done]="milestone.isDone">
                <mat-checkbox
                  [checked]="milestone.isDone"
                  [attr.data-session-milestone]="milestone.id"
                  (change)="milestoneToggled.emit({ milestone, isDone: $event.checked })"
                >
                  @if (milestone.shortcut !== null) {
                    <kbd class="shortcut" aria-hidden="true">{{ milestone.shortcut }}</kbd>
                  }
                  <span>{{ milestone.title }}</span>
                  @if (milestone.isWaiting) {
                    <span class="waiting">waiting to save</span>
                  }
                </mat-checkbox>
              </li>
            }
          </ul>
        } @else {
          <p class="quiet">Every milestone of this goal is ticked.</p>
        }
      </section>
    } @empty {
      <p class="quiet">No active goals yet. Goals set together show here, with their next steps.</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .goal {
      padding: 8px 0 12px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .goal:last-child {
      border-bottom: none;
    }
    .goal-words {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
    .goal-count,
    .quiet {
      margin: 2px 0 4px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .steps {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .step.is-done span {
      color: var(--mat-sys-on-surface-variant);
    }
    .shortcut {
      display: inline-block;
      min-width: 1.4em;
      margin-right: 6px;
      padding: 0 4px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
      text-align: center;
      font: var(--mat-sys-label-small);
    }
    .waiting {
      margin-left: 6px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionGoals {
  readonly goals = input.required<readonly SessionGoalView[]>();
  /** Emitted when a milestone is ticked or unticked. */
  readonly milestoneToggled = output<MilestoneToggle>();
}
