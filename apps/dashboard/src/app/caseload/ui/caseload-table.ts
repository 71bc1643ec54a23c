import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import type { ClientStatus } from '@waypoint/shared';

import { formatRelativeDay, localIsoDate } from '../../shared/relative-day';
import { attentionReasons, type AttentionFacts, type AttentionReason } from './attention-reasons';
import { ClientStatusChip } from './client-status-chip';

/** One client, as much as the caseload table needs to know. */
export interface CaseloadRow extends AttentionFacts {
  readonly id: string;
  readonly preferredName: string;
  readonly pronouns: string | null;
  readonly status: ClientStatus;
  readonly activeGoalCount: number;
  /** The day of the latest progress entry (ISO date), or null before the first one. */
  readonly lastProgressOn: string | null;
  /** When the latest session began (ISO date-time), or null before the first one. */
  readonly lastSessionAt: string | null;
  /** How many of the client's progress notes wait to be signed. */
  readonly notesToSignCount: number;
}

/** A row with its words already chosen, so the template only places them. */
interface CaseloadRowView extends CaseloadRow {
  readonly lastProgressLabel: string | null;
  /** The local day of the latest session, or null before the first. */
  readonly lastSessionOn: string | null;
  readonly attention: readonly AttentionReason[];
}

/**
 * The clinician's clients, one row each: name, status, what needs attention and why (each
 * reason links to its evidence), active goals and last progress.
 */
@Component({
  selector: 'wp-caseload-table',
  imports: [MatButtonModule, MatTableModule, RouterLink, ClientStatusChip],
  templateUrl: './caseload-table.html',
  styleUrl: './caseload-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseloadTable {
  /** The clients to list, in the order to show them. */
  readonly clients = input.required<readonly CaseloadRow[]>();

  /** Today's local date (ISO), the day relative dates count back from. */
  readonly today = input.required<string>();

  protected readonly columns = [
    'name',
    'status',
    'attention',
    'activeGoals',
    'lastProgress',
    'lastSession',
    'notesToSign',
    'session',
  ] as const;

  protected readonly rows = computed<readonly CaseloadRowView[]>(() => {
    const today = this.today();
    return this.clients().map((client) => ({
      ...client,
      lastProgressLabel:
        client.lastProgressOn === null ? null : formatRelativeDay(client.lastProgressOn, today),
      lastSessionOn:
        client.lastSessionAt === null ? null : localIsoDate(new Date(client.lastSessionAt)),
      attention: attentionReasons(client),
    }));
  });

  protected relativeDay(isoDate: string): string {
    return formatRelativeDay(isoDate, this.today());
  }

  protected trackById(_index: number, row: CaseloadRowView): string {
    return row.id;
  }
}
