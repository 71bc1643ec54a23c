import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import type { AuditOutcome } from '@waypoint/shared';

import { formatPreciseLocalDateTime } from '../../shared/local-date-time';
import {
  abbreviateId,
  auditActionLabel,
  auditOutcomeLabels,
  entityTypeLabel,
} from './audit-labels';

/** One audit event, as much as the table needs to know. */
export interface AuditEventView {
  readonly id: string;
  readonly sequence: number;
  /** ISO date-time. */
  readonly occurredAt: string;
  readonly actor: { readonly displayName: string } | null;
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string | null;
  readonly clientId: string | null;
  readonly outcome: AuditOutcome;
}

/** How the table is sorted: a column and a direction. */
export interface AuditTableSort {
  readonly column: string;
  readonly direction: 'asc' | 'desc';
}

/** Which page is showing. */
export interface AuditTablePage {
  readonly pageIndex: number;
  readonly pageSize: number;
}

/** One page of audit events, sorted and paged by the server. */
@Component({
  selector: 'wp-audit-events-table',
  imports: [MatPaginatorModule, MatSortModule, MatTableModule],
  templateUrl: './audit-events-table.html',
  styleUrl: './audit-events-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditEventsTable {
  /** The page of events, in the server's order. */
  readonly events = input.required<readonly AuditEventView[]>();

  /** How many events match, across every page. */
  readonly totalCount = input.required<number>();

  readonly sort = input.required<AuditTableSort>();
  readonly page = input.required<AuditTablePage>();
  readonly pageSizes = input.required<readonly number[]>();

  /** Emitted when the admin sorts by a column. */
  readonly sortChange = output<AuditTableSort>();

  /** Emitted when the admin moves to another page or changes the page size. */
  readonly pageChange = output<AuditTablePage>();

  /** Emitted when the admin picks a client id to see only that client's events. */
  readonly clientChosen = output<string>();

  protected readonly columns = [
    'sequence',
    'occurredAt',
    'actor',
    'action',
    'entityType',
    'entityId',
    'clientId',
    'outcome',
  ] as const;

  protected readonly rows = computed(() =>
    this.events().map((event) => ({
      ...event,
      occurredAtLabel: formatPreciseLocalDateTime(event.occurredAt),
      actionLabel: auditActionLabel(event.action),
      entityTypeLabel: entityTypeLabel(event.entityType),
      shortEntityId: event.entityId === null ? null : abbreviateId(event.entityId),
      shortClientId: event.clientId === null ? null : abbreviateId(event.clientId),
      outcomeLabel: auditOutcomeLabels[event.outcome] ?? event.outcome,
    })),
  );

  protected changeSort(sort: Sort): void {
    // The sort is never cleared (matSortDisableClear), so a direction is always set.
    const direction = sort.direction === 'asc' ? 'asc' : 'desc';
    this.sortChange.emit({ column: sort.active, direction });
  }

  protected changePage(page: PageEvent): void {
    this.pageChange.emit({ pageIndex: page.pageIndex, pageSize: page.pageSize });
  }

  protected trackById(_index: number, row: { id: string }): string {
    return row.id;
  }
}
