import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatChipsModule } from '@angular/material/chips';
import type { ClientStatus } from '@waypoint/shared';

/** Each status as the caseload says it. */
export const clientStatusLabels: Readonly<Record<ClientStatus, string>> = {
  ACTIVE: 'Active',
  PAUSED: 'Paused',
  DISCHARGED: 'Discharged',
};

/** Where a client is in their care, as a small read-only chip. */
@Component({
  selector: 'wp-client-status-chip',
  imports: [MatChipsModule],
  template: `
    <mat-chip-set>
      <mat-chip
        [class.status-active]="status() === 'ACTIVE'"
        [class.status-paused]="status() === 'PAUSED'"
        [class.status-discharged]="status() === 'DISCHARGED'"
        [disableRipple]="true"
      >
        {{ label() }}
      </mat-chip>
    </mat-chip-set>
  `,
  styleUrl: './client-status-chip.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientStatusChip {
  /** The client's status. */
  readonly status = input.required<ClientStatus>();

  protected readonly label = computed(() => clientStatusLabels[this.status()]);
}
