import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, ElementRef, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TEXT_LIMITS } from '@waypoint/shared';

import { notBlank } from '../../clients/ui/date-validators';
import { DialogSaving } from '../../clients/ui/dialog-saving';
import { guardTyping } from '../../clients/ui/dialog-typing-guard';
import type { SaveForm } from '../../clients/ui/form-problems';

/** What the review dialog needs. */
export interface SafetyReviewDialogData {
  /** What raised the flag, as the banner says it. */
  readonly raisedBy: string;
  /** Records the review with the clinician's note. */
  readonly save: SaveForm<string>;
}

/** The clinician's note that they reviewed a safety flag: what they did and decided. */
@Component({
  selector: 'wp-safety-review-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
  ],
  template: `
    <h2 mat-dialog-title>Record your safety review</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <div class="problem" role="alert">
          @if (saving.problem(); as problem) {
            <p>{{ problem }}</p>
          }
        </div>
        <div class="stack">
          <p class="quiet raised-by">{{ data.raisedBy }}</p>
          <mat-form-field appearance="outline" subscriptSizing="dynamic" class="wide">
            <mat-label>Review note</mat-label>
            <textarea matInput formControlName="note" rows="5" required></textarea>
            <mat-hint>What you asked, what the client said, and what was agreed</mat-hint>
            @if (form.controls.note.hasError('server')) {
              <mat-error>{{ form.controls.note.getError('server') }}</mat-error>
            } @else if (form.controls.note.hasError('maxlength')) {
              <mat-error>Keep it to {{ limit }} characters or fewer</mat-error>
            } @else {
              <mat-error>Write what the review found</mat-error>
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
          {{ saving.isBusy() ? 'Recording…' : 'Record review' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './measure-dialog.scss',
  styles: `
    .raised-by {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SafetyReviewDialog {
  protected readonly data = inject<SafetyReviewDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<SafetyReviewDialog, boolean>>(MatDialogRef);

  protected readonly limit = TEXT_LIMITS.safetyReviewNote;
  protected readonly form = inject(NonNullableFormBuilder).group({
    note: ['', [notBlank(), Validators.maxLength(TEXT_LIMITS.safetyReviewNote)]],
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
    const note = this.form.getRawValue().note.trim();
    if (await this.saving.run(() => this.data.save(note))) this.dialogRef.close(true);
  }
}
