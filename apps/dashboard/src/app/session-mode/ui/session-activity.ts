import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import type { SessionActivityView } from './session-views';

/** What was done in this session, as it happens, with anything still waiting or refused. */
@Component({
  selector: 'wp-session-activity',
  imports: [MatButtonModule],
  template: `
    <h2 class="column-title">Done in this session</h2>
    <ol class="activity" aria-label="Done in this session">
      @for (item of items(); track item.id) {
        <li
          class="item"
          [class.is-refused]="item.state === 'REFUSED'"
          [attr.data-activity-state]="item.state"
        >
          <span>{{ item.label }}</span>
          @switch (item.state) {
            @case ('WAITING') {
              <span class="state">waiting to save</span>
            }
            @case ('REFUSED') {
              <span class="state problem">Not saved: {{ item.problem }}</span>
              <span class="actions">
                <button mat-button type="button" (click)="retry.emit(item.id)">Try again</button>
                <button mat-button type="button" (click)="dismiss.emit(item.id)">Dismiss</button>
              </span>
            }
          }
        </li>
      } @empty {
        <li class="quiet">Ticks, wins, check-ins and answers appear here as you record them.</li>
      }
    </ol>
  `,
  styles: `
    :host {
      display: block;
    }
    .activity {
      margin: 0;
      padding-left: 20px;
    }
    .item {
      padding: 2px 0;
      font: var(--mat-sys-body-medium);
    }
    .state,
    .quiet {
      display: block;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .quiet {
      list-style: none;
      margin-left: -20px;
    }
    .problem {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionActivity {
  readonly items = input.required<readonly SessionActivityView[]>();
  /** Emitted with a refused item's id to send it again. */
  readonly retry = output<string>();
  /** Emitted with a refused item's id to let it go. */
  readonly dismiss = output<string>();
}
