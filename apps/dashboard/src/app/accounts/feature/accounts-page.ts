import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  linkedSignal,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';

import { SignedInViewerReader } from '../../session/data-access/signed-in-viewer';
import { readApiProblem, unreachableMessage } from '../../shared/api-problem';
import { confirm } from '../../shared/confirm-dialog';
import { PracticeAccounts } from '../data-access/practice-accounts';
import { AccountsTable, type AccountRow } from '../ui/accounts-table';
import { AddAccountForm, type NewAccount } from '../ui/add-account-form';
import type { FieldProblems } from '../ui/field-problems';
import { SetPasswordLinkPanel, type LinkToSend } from '../ui/set-password-link-panel';
import { SuperviseePicker } from '../ui/supervisee-picker';

/** The one task open above the table, if any: never a modal, so nothing typed is lost. */
type AccountTask =
  | { readonly kind: 'none' }
  | { readonly kind: 'adding' }
  | { readonly kind: 'sending-link'; readonly title: string; readonly link: LinkToSend }
  | { readonly kind: 'choosing-supervisees'; readonly supervisor: AccountRow };

const newAccountFields = ['email', 'displayName', 'role'];

/** The admin's page for the practice's accounts. */
@Component({
  selector: 'wp-accounts-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    AccountsTable,
    AddAccountForm,
    SetPasswordLinkPanel,
    SuperviseePicker,
  ],
  providers: [PracticeAccounts],
  templateUrl: './accounts-page.html',
  styleUrl: './accounts-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountsPage {
  private readonly practiceAccounts = inject(PracticeAccounts);
  private readonly dialog = inject(MatDialog);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly viewer = inject(SignedInViewerReader).viewer;
  protected readonly accounts = this.practiceAccounts.accounts;
  protected readonly isLoading = this.practiceAccounts.isLoading;
  protected readonly hasFailed = this.practiceAccounts.hasFailed;

  protected readonly task = signal<AccountTask>({ kind: 'none' });
  protected readonly isBusy = signal(false);
  /** What went wrong with the open task, not tied to one field. */
  protected readonly taskProblem = signal<string | null>(null);
  protected readonly fieldProblems = signal<FieldProblems>({});
  /** What happened on the page, said in a polite live region. */
  protected readonly status = signal('');
  /** What went wrong outside a task, said in an alert region. */
  protected readonly pageProblem = signal<string | null>(null);
  protected readonly isChangingRequirement = signal(false);
  /** The toggle's position: the practice's setting, or the admin's choice while it saves. */
  protected readonly requiresSecondFactor = linkedSignal(
    () => this.viewer()?.practice.requiresSecondFactor ?? false,
  );

  protected readonly superviseeOptions = computed(() =>
    (this.accounts() ?? [])
      .filter((account) => account.isActive && account.role === 'CLINICIAN')
      .map(({ id, displayName }) => ({ id, displayName }))
      .sort((first, second) => first.displayName.localeCompare(second.displayName)),
  );

  protected readonly supervisor = computed(() => {
    const task = this.task();
    return task.kind === 'choosing-supervisees' ? task.supervisor : null;
  });
  protected readonly superviseeIds = computed(
    () => this.supervisor()?.supervisees.map((person) => person.id) ?? [],
  );
  protected readonly linkTask = computed(() => {
    const task = this.task();
    return task.kind === 'sending-link' ? task : null;
  });

  protected tryAgain(): void {
    this.practiceAccounts.refetch();
  }

  protected startAdding(): void {
    this.openTask({ kind: 'adding' });
  }

  protected closeTask(): void {
    this.task.set({ kind: 'none' });
    this.focusSoon('[data-add-account]');
  }

  protected async addAccount(account: NewAccount): Promise<void> {
    await this.runTask(async () => {
      const link = await this.practiceAccounts.create(account);
      this.status.set(`${link.clinician.displayName} has an account now.`);
      this.openTask({
        kind: 'sending-link',
        title: `Account added for ${link.clinician.displayName}`,
        link: { url: link.url, expiresAt: link.expiresAt, displayName: link.clinician.displayName },
      });
    }, newAccountFields);
  }

  protected async resetPassword(account: AccountRow): Promise<void> {
    const isConfirmed = await confirm(this.dialog, {
      title: `Reset ${account.displayName}'s password?`,
      message:
        'Their current password stops working now. You will get a link to send them so they can choose a new one.',
      confirmLabel: 'Reset password',
    });
    if (!isConfirmed) return;
    await this.runPageAction(async () => {
      const link = await this.practiceAccounts.resetPassword(account.id);
      this.openTask({
        kind: 'sending-link',
        title: `New set-password link for ${account.displayName}`,
        link: { url: link.url, expiresAt: link.expiresAt, displayName: account.displayName },
      });
    });
  }

  protected async deactivate(account: AccountRow): Promise<void> {
    const isConfirmed = await confirm(this.dialog, {
      title: `Deactivate ${account.displayName}?`,
      message:
        'They are signed out at once and can no longer sign in. Their records and history stay in Waypoint.',
      confirmLabel: 'Deactivate',
      cancelLabel: 'Keep account',
    });
    if (!isConfirmed) return;
    await this.runPageAction(async () => {
      await this.practiceAccounts.deactivate(account.id);
      this.status.set(`${account.displayName}'s account is deactivated.`);
    });
  }

  protected chooseSupervisees(account: AccountRow): void {
    this.openTask({ kind: 'choosing-supervisees', supervisor: account });
  }

  protected async saveSupervisees(superviseeIds: readonly string[]): Promise<void> {
    const supervisor = this.supervisor();
    if (!supervisor) return;
    await this.runTask(async () => {
      await this.practiceAccounts.setSupervisees(supervisor.id, superviseeIds);
      this.status.set(`${supervisor.displayName}'s supervisees are saved.`);
      this.closeTask();
    }, []);
  }

  protected async setSecondFactorRequirement(isRequired: boolean): Promise<void> {
    this.isChangingRequirement.set(true);
    this.requiresSecondFactor.set(isRequired);
    await this.runPageAction(async () => {
      await this.practiceAccounts.setSecondFactorRequirement(isRequired);
      this.status.set(
        isRequired
          ? 'Everyone now signs in with a second factor.'
          : 'A second factor is now optional.',
      );
    });
    // On success the cache already holds the new setting; on failure the toggle goes back.
    this.requiresSecondFactor.set(this.viewer()?.practice.requiresSecondFactor ?? false);
    this.isChangingRequirement.set(false);
  }

  private openTask(task: AccountTask): void {
    this.taskProblem.set(null);
    this.fieldProblems.set({});
    this.task.set(task);
    this.focusSoon('[data-task-heading]');
  }

  /** Runs a task's request; field errors go to their fields, others above the form. */
  private async runTask(request: () => Promise<void>, fields: readonly string[]): Promise<void> {
    if (this.isBusy()) return;
    this.isBusy.set(true);
    this.taskProblem.set(null);
    this.fieldProblems.set({});
    try {
      await request();
    } catch (error) {
      const problem = readApiProblem(error);
      const field = problem.field ?? (problem.code === 'CONFLICT' ? 'email' : null);
      if (field !== null && fields.includes(field)) {
        this.fieldProblems.set({ [field]: problem.message ?? 'Check this field' });
      } else this.taskProblem.set(describe(error));
    } finally {
      this.isBusy.set(false);
    }
  }

  private async runPageAction(request: () => Promise<void>): Promise<void> {
    this.pageProblem.set(null);
    try {
      await request();
    } catch (error) {
      this.pageProblem.set(describe(error));
    }
  }

  private focusSoon(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}

function describe(error: unknown): string {
  const problem = readApiProblem(error);
  if (problem.isUnreachable) return unreachableMessage;
  return problem.message
    ? `That did not go through: ${problem.message}`
    : 'That did not go through. Try again in a moment.';
}
