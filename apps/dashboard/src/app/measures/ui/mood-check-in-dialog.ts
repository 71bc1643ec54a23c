import { LiveAnnouncer } from '@angular/cdk/a11y';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MOOD_CHECK_IN } from '@waypoint/shared';

import { calendarDayNotAfter, textOrNull } from '../../clients/ui/date-validators';
import { DialogSaving } from '../../clients/ui/dialog-saving';
import { guardTyping } from '../../clients/ui/dialog-typing-guard';
import type { FormProblem, SaveForm } from '../../clients/ui/form-problems';

/** A mood check-in as the clinician recorded it. */
export interface MoodCheckInValue {
  /** ISO date, never after today. */
  readonly administeredOn: string;
  /** 0 to 10; higher is better. */
  readonly rating: number;
  readonly word: string | null;
}

/** What the mood check-in dialog needs. */
export interface MoodCheckInDialogData {
  /** Today's local date (ISO). */
  readonly today: string;
  /** What was chosen before a failed save, or null. */
  readonly typed?: MoodCheckInValue | null;
  readonly problem?: FormProblem | null;
  readonly save: SaveForm<MoodCheckInValue>;
}

// The server names the rating as the check-in's first answer.
const fieldAliases = { 'answers.0': 'rating', moodWord: 'word' };

/** The quick mood check-in: a rating from 0 to 10, and one word if the client wants. */
@Component({
  selector: 'wp-mood-check-in-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
  ],
  template: `
    <h2 mat-dialog-title>{{ checkIn.name }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <div class="problem" role="alert">
          @if (saving.problem(); as problem) {
            <p>{{ problem }}</p>
          }
        </div>
        <div class="stack">
          <fieldset data-rating>
            <legend id="mood-question">{{ checkIn.question }}</legend>
            <p class="quiet" id="mood-scale">
              0 is “{{ checkIn.lowestRatingLabel }}”; 10 is “{{ checkIn.highestRatingLabel }}”.
            </p>
            <mat-radio-group
              class="ratings"
              formControlName="rating"
              aria-labelledby="mood-question"
              aria-describedby="mood-scale"
            >
              @for (rating of ratings; track rating) {
                <mat-radio-button [value]="rating">{{ rating }}</mat-radio-button>
              }
            </mat-radio-group>
            @if (form.controls.rating.hasError('server')) {
              <p class="field-error">{{ form.controls.rating.getError('server') }}</p>
            } @else if (form.controls.rating.touched && form.controls.rating.invalid) {
              <p class="field-error">Choose a rating from 0 to 10</p>
            }
          </fieldset>
          <mat-form-field appearance="outline" subscriptSizing="dynamic" class="wide">
            <mat-label>{{ checkIn.wordQuestion }}</mat-label>
            <input
              matInput
              formControlName="word"
              autocomplete="off"
              [maxlength]="checkIn.wordMaximumLength"
            />
            @if (form.controls.word.hasError('server')) {
              <mat-error>{{ form.controls.word.getError('server') }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic" class="day-field mood-day">
            <mat-label>Given on</mat-label>
            <input
              matInput
              type="date"
              formControlName="administeredOn"
              [max]="data.today"
              required
            />
            @if (form.controls.administeredOn.hasError('server')) {
              <mat-error>{{ form.controls.administeredOn.getError('server') }}</mat-error>
            } @else if (form.controls.administeredOn.hasError('future')) {
              <mat-error>Choose today or a day before it</mat-error>
            } @else {
              <mat-error>Enter the day it was given</mat-error>
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
          {{ saving.isBusy() ? 'Saving…' : 'Record check-in' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './measure-dialog.scss',
  styles: `
    .mood-day {
      margin-top: 0;
    }
    .ratings {
      display: flex;
      flex-wrap: wrap;
      gap: 0 4px;
    }
    .ratings .mat-mdc-radio-button {
      display: flex;
      align-items: center;
      min-width: 48px;
      min-height: 48px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MoodCheckInDialog {
  protected readonly data = inject<MoodCheckInDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<MoodCheckInDialog, boolean>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  protected readonly checkIn = MOOD_CHECK_IN;
  protected readonly ratings = Array.from(
    { length: MOOD_CHECK_IN.maximumRating - MOOD_CHECK_IN.minimumRating + 1 },
    (_, index) => MOOD_CHECK_IN.minimumRating + index,
  );

  protected readonly form = inject(NonNullableFormBuilder).group({
    rating: inject(NonNullableFormBuilder).control<number | null>(
      this.data.typed?.rating ?? null,
      Validators.required,
    ),
    word: [this.data.typed?.word ?? '', Validators.maxLength(MOOD_CHECK_IN.wordMaximumLength)],
    administeredOn: [
      this.data.typed?.administeredOn ?? this.data.today,
      [Validators.required, calendarDayNotAfter(() => this.data.today)],
    ],
  });

  protected readonly saving = new DialogSaving(this.host, this.form, fieldAliases);

  constructor() {
    guardTyping(this.dialogRef, () => this.form.dirty, inject(LiveAnnouncer));
    const problem = this.data.problem;
    if (problem) {
      this.form.markAsDirty();
      afterNextRender(() => this.saving.show(problem));
    }
  }

  protected cancel(): void {
    this.dialogRef.close(false);
  }

  protected async submit(): Promise<void> {
    if (!this.saving.check()) {
      if (this.form.controls.rating.invalid) {
        this.host.querySelector<HTMLElement>('[data-rating] input')?.focus();
      }
      return;
    }
    const value = this.form.getRawValue();
    const checkIn: MoodCheckInValue = {
      administeredOn: value.administeredOn,
      rating: value.rating ?? 0,
      word: textOrNull(value.word),
    };
    if (await this.saving.run(() => this.data.save(checkIn))) this.dialogRef.close(true);
  }
}
