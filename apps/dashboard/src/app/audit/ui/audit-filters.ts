import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { AUDIT_ACTIONS } from '@waypoint/shared';

import { auditActionLabels } from './audit-labels';

/** The filters of the audit log; null means "any". */
export interface AuditFilters {
  readonly actorId: string | null;
  readonly clientId: string | null;
  readonly action: string | null;
  /** First day included (ISO date). */
  readonly from: string | null;
  /** Last day included (ISO date). */
  readonly to: string | null;
}

/** Someone who can appear as an actor. */
export interface AuditActor {
  readonly id: string;
  readonly displayName: string;
}

/** Filters for the audit log; each change applies at once (text on Enter or leaving the field). */
@Component({
  selector: 'wp-audit-filters',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  templateUrl: './audit-filters.html',
  styleUrl: './audit-filters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditFiltersForm {
  /** The filters in force. */
  readonly filters = input.required<AuditFilters>();

  /** The people to choose from as actors. */
  readonly actors = input.required<readonly AuditActor[]>();

  /** Emitted with the whole set of filters whenever one changes. */
  readonly filtersChange = output<AuditFilters>();

  protected readonly actions = [...AUDIT_ACTIONS]
    .map((action) => ({ action, label: auditActionLabels[action] }))
    .sort((first, second) => first.label.localeCompare(second.label));

  protected readonly sortedActors = computed(() =>
    [...this.actors()].sort((first, second) => first.displayName.localeCompare(second.displayName)),
  );

  protected readonly hasAny = computed(() =>
    Object.values(this.filters()).some((value) => value !== null),
  );

  protected change(key: keyof AuditFilters, value: string | null): void {
    const cleaned = value?.trim() || null;
    if (cleaned === this.filters()[key]) return;
    this.filtersChange.emit({ ...this.filters(), [key]: cleaned });
  }

  protected clear(): void {
    this.filtersChange.emit({ actorId: null, clientId: null, action: null, from: null, to: null });
  }

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
}
