import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, ElementRef, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TEXT_LIMITS } from '@waypoint/shared';

import type { MilestoneView } from './client-record-view';
import { calendarDay, notBlank } from './date-validators';
import { DialogSaving } from './dialog-saving';
import { guardTyping } from './dialog-typing-guard';
import type { SaveForm } from './form-problems';

/** A milestone as the clinician typed it. */
export interface MilestoneValue {
  readonly title: string;
  readonly dueOn: string | null;
}

/** What the milestone dialog needs: the goal, and the milestone to edit or none for a new one. */
export interface MilestoneDialogData {
  readonly goalWords: string;
  readonly milestone: MilestoneView | null;
  readonly save: SaveForm<MilestoneValue>;
}

/** Adding or editing one small step toward a goal. */
@Component({
  selector: 'wp-milestone-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
  ],
  template: `
    <h2 mat-dialog-title>{{ data.milestone ? 'Edit milestone' : 'Add a milestone' }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <p class="quiet">Toward “{{ data.goalWords }}”</p>
        <div class="problem" role="alert">
          @if (saving.problem(); as problem) {
            <p>{{ problem }}</p>
          }
        </div>
        <div class="stack">
          <mat-form-field appearance="outline" subscriptSizing="dynamic" class="wide">
            <mat-label>The small step</mat-label>
            <input matInput formControlName="title" required autocomplete="off" />
            <mat-hint>Small enough to do before the next session</mat-hint>
            @if (form.controls.title.hasError('server')) {
              <mat-error>{{ form.controls.title.getError('server') }}</mat-error>
            } @else if (form.controls.title.hasError('maxlength')) {
              <mat-error>Keep it to {{ limits.milestoneTitle }} characters or fewer</mat-error>
            } @else {
              <mat-error>Write the step</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>By when</mat-label>
            <input matInput type="date" formControlName="dueOn" />
            <mat-hint>Optional</mat-hint>
            @if (form.controls.dueOn.hasError('server')) {
              <mat-error>{{ form.controls.dueOn.getError('server') }}</mat-error>
            } @else {
              <mat-error>Enter a real day</mat-error>
            }
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="cancel()">Cancel</button>
        <button
          mat-flat-button
          type="submit"
          [disabled]="saving.isBusy()"
          [disabledInteractive]="true"
        >
          {{ saving.isBusy() ? 'Saving…' : data.milestone ? 'Save milestone' : 'Add milestone' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './dialog-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MilestoneDialog {
  protected readonly data = inject<MilestoneDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<MilestoneDialog, boolean>>(MatDialogRef);

  protected readonly limits = TEXT_LIMITS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: [
      this.data.milestone?.title ?? '',
      [notBlank(), Validators.maxLength(TEXT_LIMITS.milestoneTitle)],
    ],
    dueOn: [this.data.milestone?.dueOn ?? '', calendarDay()],
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
    const { title, dueOn } = this.form.getRawValue();
    const value = { title: title.trim(), dueOn: dueOn === '' ? null : dueOn };
    if (await this.saving.run(() => this.data.save(value))) this.dialogRef.close(true);
  }
}
