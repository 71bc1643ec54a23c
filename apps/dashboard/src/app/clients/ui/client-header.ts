import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { ClientStatus } from '@waypoint/shared';

import { ClientStatusChip } from '../../caseload/ui/client-status-chip';
import { formatCalendarDay } from './calendar-day';
import type { ClientView } from './client-record-view';

/** A change of care the header offers for each status. */
const statusActions: Readonly<
  Record<ClientStatus, readonly { status: ClientStatus; label: string }[]>
> = {
  ACTIVE: [
    { status: 'PAUSED', label: 'Pause care' },
    { status: 'DISCHARGED', label: 'Discharge' },
  ],
  PAUSED: [
    { status: 'ACTIVE', label: 'Reopen care' },
    { status: 'DISCHARGED', label: 'Discharge' },
  ],
  DISCHARGED: [{ status: 'ACTIVE', label: 'Reopen care' }],
};

/** The client page's header: who the client is, where they are in care, and what to do. */
@Component({
  selector: 'wp-client-header',
  imports: [MatButtonModule, ClientStatusChip],
  template: `
    <div class="identity">
      <h1 class="name" tabindex="-1" data-page-heading>{{ client().preferredName }}</h1>
      @if (client().pronouns) {
        <span class="pronouns">{{ client().pronouns }}</span>
      }
      <wp-client-status-chip [status]="client().status" />
    </div>
    <p class="care quiet">
      In care since <time [attr.datetime]="client().startedOn">{{ startedDay() }}</time> · with
      {{ client().primaryClinician.displayName }}
    </p>
    <div class="actions">
      <button mat-stroked-button type="button" data-edit-details (click)="editDetails.emit()">
        Edit details
      </button>
      @for (action of actions(); track action.status) {
        <button
          mat-button
          type="button"
          [attr.data-change-status]="action.status"
          (click)="changeStatus.emit(action.status)"
        >
          {{ action.label }}
        </button>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .identity {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 4px 16px;
    }
    .name {
      margin: 0;
      font: var(--mat-sys-headline-medium);
      &:focus {
        outline: none;
      }
    }
    .pronouns {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-title-medium);
    }
    .quiet {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .care {
      margin: 4px 0 8px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientHeader {
  /** The client's details. */
  readonly client = input.required<ClientView>();

  /** Emitted when the clinician wants to edit the client's details. */
  readonly editDetails = output<void>();

  /** Emitted with the status the clinician wants to move the client's care to. */
  readonly changeStatus = output<ClientStatus>();

  protected readonly startedDay = computed(() => formatCalendarDay(this.client().startedOn));
  protected readonly actions = computed(() => statusActions[this.client().status]);
}
