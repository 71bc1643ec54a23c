import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { MatTableModule } from '@angular/material/table';
import type { ClinicianRole } from '@waypoint/shared';

import { roleLabels } from './role-labels';

/** One account, as much as the accounts table needs to know. */
export interface AccountRow {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: ClinicianRole;
  readonly isActive: boolean;
  readonly hasSecondFactor: boolean;
  readonly supervisees: readonly { readonly id: string; readonly displayName: string }[];
}

interface AccountRowView extends AccountRow {
  readonly roleLabel: string;
  readonly isViewer: boolean;
  readonly superviseeSummary: string | null;
}

/** The practice's accounts, one row each, with what an admin can do to each. */
@Component({
  selector: 'wp-accounts-table',
  imports: [MatButtonModule, MatMenuModule, MatTableModule],
  templateUrl: './accounts-table.html',
  styleUrl: './accounts-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountsTable {
  /** The accounts to list; shown by name. */
  readonly accounts = input.required<readonly AccountRow[]>();

  /** The signed-in admin's own account, which they cannot deactivate. */
  readonly viewerId = input.required<string>();

  /** Emitted when the admin asks for a new set-password link for an account. */
  readonly resetPassword = output<AccountRow>();

  /** Emitted when the admin asks to deactivate an account. */
  readonly deactivate = output<AccountRow>();

  /** Emitted when the admin asks to choose a supervisor's supervisees. */
  readonly editSupervisees = output<AccountRow>();

  protected readonly columns = [
    'name',
    'email',
    'role',
    'status',
    'secondFactor',
    'actions',
  ] as const;

  protected readonly rows = computed<readonly AccountRowView[]>(() =>
    [...this.accounts()]
      .sort((first, second) => first.displayName.localeCompare(second.displayName))
      .map((account) => ({
        ...account,
        roleLabel: roleLabels[account.role],
        isViewer: account.id === this.viewerId(),
        superviseeSummary:
          account.role !== 'SUPERVISOR'
            ? null
            : account.supervisees.length === 0
              ? 'No supervisees yet'
              : `Supervises ${account.supervisees.map((person) => person.displayName).join(', ')}`,
      })),
  );

  protected trackById(_index: number, row: AccountRowView): string {
    return row.id;
  }
}
