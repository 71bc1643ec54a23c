import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, ElementRef, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TEXT_LIMITS, type ClientStatus } from '@waypoint/shared';

import { formatCalendarDay } from './calendar-day';
import type { ClientView } from './client-record-view';
import { calendarDayNotAfter, notBlank, textOrNull } from './date-validators';
import { DialogSaving } from './dialog-saving';
import { guardTyping } from './dialog-typing-guard';
import type { SaveForm } from './form-problems';
import { clientStatusChangeLabels } from './record-labels';

/** A change of the client's care as the clinician typed it. */
export interface ClientStatusValue {
  readonly status: ClientStatus;
  /** ISO date, never after today. */
  readonly changedOn: string;
  readonly reason: string | null;
}

/** What the client status dialog needs. */
export interface ClientStatusDialogData {
  readonly client: ClientView;
  /** The status to move to. */
  readonly status: ClientStatus;
  /** Today's local date (ISO). */
  readonly today: string;
  readonly save: SaveForm<ClientStatusValue>;
}

const titles: Readonly<Record<ClientStatus, (name: string) => string>> = {
  ACTIVE: (name) => `Reopen care for ${name}`,
  PAUSED: (name) => `Pause care for ${name}`,
  DISCHARGED: (name) => `Discharge ${name}`,
};

const confirmLabels: Readonly<Record<ClientStatus, string>> = {
  ACTIVE: 'Reopen care',
  PAUSED: 'Pause care',
  DISCHARGED: 'Discharge',
};

/** Pausing, discharging or reopening a client's care, with a reason and the history so far. */
@Component({
  selector: 'wp-client-status-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
  ],
  template: `
    <h2 mat-dialog-title>{{ title }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <div class="problem" role="alert">
          @if (saving.problem(); as problem) {
            <p>{{ problem }}</p>
          }
        </div>
        <div class="stack">
          <mat-form-field appearance="outline" subscriptSizing="dynamic" class="wide">
            <mat-label>Reason</mat-label>
            <textarea
              matInput
              formControlName="reason"
              rows="3"
              [required]="isReasonNeeded"
            ></textarea>
            <mat-hint>{{ isReasonNeeded ? 'Kept on the record' : 'Optional' }}</mat-hint>
            @if (form.controls.reason.hasError('server')) {
              <mat-error>{{ form.controls.reason.getError('server') }}</mat-error>
            } @else if (form.controls.reason.hasError('maxlength')) {
              <mat-error>Keep it to {{ limits.statusReason }} characters or fewer</mat-error>
            } @else {
              <mat-error>Say why, for the record</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>From</mat-label>
            <input matInput type="date" formControlName="changedOn" [max]="data.today" required />
            @if (form.controls.changedOn.hasError('server')) {
              <mat-error>{{ form.controls.changedOn.getError('server') }}</mat-error>
            } @else if (form.controls.changedOn.hasError('future')) {
              <mat-error>Choose today or a day before it</mat-error>
            } @else {
              <mat-error>Enter the day it takes effect</mat-error>
            }
          </mat-form-field>
        </div>
        <h3 class="history-title">So far</h3>
        <ol class="history">
          @for (change of history; track $index) {
            <li>
              <strong>{{ change.label }}</strong>
              <span class="quiet">
                · <time [attr.datetime]="change.changedOn">{{ change.day }}</time>
              </span>
              @if (change.reason) {
                <div>{{ change.reason }}</div>
              }
            </li>
          }
        </ol>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="cancel()">Cancel</button>
        <button
          mat-flat-button
          type="submit"
          [disabled]="saving.isBusy()"
          [disabledInteractive]="true"
        >
          {{ saving.isBusy() ? 'Saving…' : confirmLabel }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './dialog-form.scss',
  styles: `
    .history-title {
      margin: 24px 0 4px;
      font: var(--mat-sys-title-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientStatusDialog {
  protected readonly data = inject<ClientStatusDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<ClientStatusDialog, boolean>>(MatDialogRef);

  protected readonly limits = TEXT_LIMITS;
  protected readonly title = titles[this.data.status](this.data.client.preferredName);
  protected readonly confirmLabel = confirmLabels[this.data.status];
  /** Pausing and discharging are decisions the record should explain later. */
  protected readonly isReasonNeeded = this.data.status !== 'ACTIVE';
  protected readonly history = [...this.data.client.statusHistory]
    .reverse()
    .map((change, index, all) => ({
      label: index === all.length - 1 ? 'Care began' : clientStatusChangeLabels[change.status],
      changedOn: change.changedOn,
      day: formatCalendarDay(change.changedOn),
      reason: change.reason,
    }));

  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: [
      '',
      [
        ...(this.isReasonNeeded ? [notBlank()] : []),
        Validators.maxLength(TEXT_LIMITS.statusReason),
      ],
    ],
    changedOn: [this.data.today, [Validators.required, calendarDayNotAfter(() => this.data.today)]],
  });

  protected readonly saving = new DialogSaving(
    inject<ElementRef<HTMLElement>>(ElementRef).nativeElement,
    this.form,
  );

  constructor() {
    guardTyping(this.dialogRef, () => this.form.dirty, inject(LiveAnnouncer));
  }

  protected cancel(): void {
    this.dialogRef.close(false);
  }

  protected async submit(): Promise<void> {
    if (!this.saving.check()) return;
    const { reason, changedOn } = this.form.getRawValue();
    const value = { status: this.data.status, changedOn, reason: textOrNull(reason) };
    if (await this.saving.run(() => this.data.save(value))) this.dialogRef.close(true);
  }
}
