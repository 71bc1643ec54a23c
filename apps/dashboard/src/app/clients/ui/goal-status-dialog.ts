import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, ElementRef, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import {
  GOAL_STATUS_LABELS,
  GOAL_STATUS_REASON_MAX_LENGTH,
  GOAL_STATUS_TRANSITIONS,
  goalStatusChangeProblem,
  type GoalStatus,
} from '@waypoint/shared';

import { formatLocalDateTime } from '../../shared/local-date-time';
import type { GoalView } from './client-record-view';
import { textOrNull } from './date-validators';
import { DialogSaving } from './dialog-saving';
import { guardTyping } from './dialog-typing-guard';
import type { SaveForm } from './form-problems';

/** A goal's new status and why. */
export interface GoalStatusValue {
  readonly status: GoalStatus;
  readonly reason: string | null;
}

/** What the status dialog needs. */
export interface GoalStatusDialogData {
  readonly goal: GoalView;
  readonly save: SaveForm<GoalStatusValue>;
}

/** What each move is called, from wherever the goal is. */
const moveLabels: Readonly<Record<GoalStatus, string>> = {
  PROPOSED: 'Back to proposed',
  ACTIVE: 'Active: working on it',
  ON_HOLD: 'On hold for now',
  COMPLETED: 'Achieved',
  CANCELLED: 'Set aside (cancel)',
};

/** Moving a goal through its lifecycle, with a reason where one is needed, and its history. */
@Component({
  selector: 'wp-goal-status-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
  ],
  template: `
    <h2 mat-dialog-title>Change the goal's status</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="quiet">“{{ data.goal.clientWords }}” is {{ currentLabel.toLowerCase() }} now.</p>
        <div class="problem" role="alert">
          @if (saving.problem(); as problem) {
            <p>{{ problem }}</p>
          }
        </div>
        <div class="stack">
          <fieldset>
            <legend id="goal-status-legend">New status</legend>
            <mat-radio-group
              class="radio-column"
              formControlName="status"
              aria-labelledby="goal-status-legend"
            >
              @for (option of options; track option.status) {
                <mat-radio-button [value]="option.status">{{ option.label }}</mat-radio-button>
              }
            </mat-radio-group>
            @if (form.controls.status.touched && form.controls.status.errors; as errors) {
              <p class="field-error" role="alert">
                {{ errors['server'] ?? errors['problem'] ?? 'Choose the new status' }}
              </p>
            }
          </fieldset>
          <mat-form-field appearance="outline" subscriptSizing="dynamic" class="wide">
            <mat-label>Reason</mat-label>
            <textarea
              matInput
              formControlName="reason"
              rows="3"
              [required]="isReasonNeeded()"
            ></textarea>
            <mat-hint>
              {{ isReasonNeeded() ? 'Needed when a goal is put on hold or set aside' : 'Optional' }}
            </mat-hint>
            @if (form.controls.reason.errors; as errors) {
              <mat-error>
                {{
                  errors['server'] ??
                    errors['problem'] ??
                    (errors['required'] ? 'Say why, for the record' : 'Keep the reason shorter')
                }}
              </mat-error>
            }
          </mat-form-field>
        </div>
        <h3 class="history-title">History</h3>
        <ol class="history">
          @for (change of history; track $index) {
            <li>
              <strong>{{ change.label }}</strong>
              <span class="quiet">
                · <time [attr.datetime]="change.changedAt">{{ change.when }}</time>
                @if (change.by) {
                  · {{ change.by }}
                }
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
          {{ saving.isBusy() ? 'Saving…' : 'Change status' }}
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
export class GoalStatusDialog {
  protected readonly data = inject<GoalStatusDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<GoalStatusDialog, boolean>>(MatDialogRef);

  protected readonly currentLabel = GOAL_STATUS_LABELS[this.data.goal.status];
  protected readonly options = GOAL_STATUS_TRANSITIONS[this.data.goal.status].map((status) => ({
    status,
    label: moveLabels[status],
  }));
  protected readonly history = [...this.data.goal.statusHistory].reverse().map((change) => ({
    label: GOAL_STATUS_LABELS[change.status],
    changedAt: change.changedAt,
    when: formatLocalDateTime(change.changedAt),
    by: change.changedBy?.displayName ?? null,
    reason: change.reason,
  }));

  protected readonly form = inject(NonNullableFormBuilder).group({
    status: ['' as GoalStatus | '', Validators.required],
    reason: ['', Validators.maxLength(GOAL_STATUS_REASON_MAX_LENGTH)],
  });

  protected readonly saving = new DialogSaving(
    inject<ElementRef<HTMLElement>>(ElementRef).nativeElement,
    this.form,
  );

  constructor() {
    guardTyping(this.dialogRef, () => this.form.dirty, inject(LiveAnnouncer));
    this.form.controls.status.valueChanges.subscribe(() =>
      this.form.controls.reason.updateValueAndValidity(),
    );
  }

  protected isReasonNeeded(): boolean {
    const status = this.form.controls.status.value;
    return status === 'ON_HOLD' || status === 'CANCELLED';
  }

  protected cancel(): void {
    this.dialogRef.close(false);
  }

  protected async submit(): Promise<void> {
    const { status, reason } = this.form.getRawValue();
    if (status !== '') {
      // The shared lifecycle rules say the same as the server, before anything is sent.
      const problem = goalStatusChangeProblem(this.data.goal.status, status, reason);
      if (problem) {
        const control = this.form.controls[problem.field];
        control.setErrors({ problem: problem.message });
        control.markAsTouched();
      }
    }
    if (!this.saving.check() || status === '') return;
    const value = { status, reason: textOrNull(reason) };
    if (await this.saving.run(() => this.data.save(value))) this.dialogRef.close(true);
  }
}
