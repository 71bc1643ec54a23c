import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import {
  type FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { LiveAnnouncer } from '@angular/cdk/a11y';

import { formatCalendarDay } from './calendar-day';
import type { GoalView } from './client-record-view';
import { calendarDayNotAfter } from './date-validators';
import { DialogSaving } from './dialog-saving';
import { guardTyping } from './dialog-typing-guard';
import type { FormProblem } from './form-problems';
import { gasLevelOptions } from './record-labels';

/** One rating the clinician chose. */
export interface GasRatingValue {
  readonly goalId: string;
  readonly level: number;
}

/** A whole review as the clinician chose it. */
export interface GasReviewValue {
  /** ISO date, never after today. */
  readonly reviewedOn: string;
  readonly ratings: readonly GasRatingValue[];
}

/** What the review dialog needs. */
export interface GasReviewDialogData {
  /** The goals to rate: every active goal. */
  readonly goals: readonly GoalView[];
  /** Today's local date (ISO). */
  readonly today: string;
  /** The first review's T-score and day, to show change from the client's own start. */
  readonly firstReview: { readonly tScore: number; readonly reviewedOn: string } | null;
  /** Records the review; answers its T-score, or what went wrong. */
  readonly record: (review: GasReviewValue) => Promise<{ tScore: number } | FormProblem>;
}

/**
 * A Goal Attainment Scaling review: every active goal rated -2 to +2 against its own level
 * descriptions, then the T-score the server worked out.
 */
@Component({
  selector: 'wp-gas-review-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
  ],
  templateUrl: './gas-review-dialog.html',
  styleUrl: './dialog-form.scss',
  styles: `
    .goal-rating {
      padding: 12px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .level-number {
      display: inline-block;
      min-width: 2em;
      font: var(--mat-sys-title-small);
      font-variant-numeric: tabular-nums;
    }
    .level-description {
      display: block;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .result {
      padding: 8px 0;
      text-align: center;
    }
    .result-title {
      margin: 0;
      font: var(--mat-sys-title-medium);
      &:focus {
        outline: none;
      }
    }
    .t-score {
      display: block;
      margin: 8px 0;
      color: var(--mat-sys-primary);
      font: var(--mat-sys-display-medium);
      font-variant-numeric: tabular-nums;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GasReviewDialog {
  protected readonly data = inject<GasReviewDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<GasReviewDialog, boolean>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly formBuilder = inject(NonNullableFormBuilder);

  protected readonly goals = this.data.goals.map((goal) => ({
    goal,
    levels: gasLevelOptions.map((option) => ({
      ...option,
      description: goal.gasLevels?.[option.name] ?? null,
    })),
  }));

  protected readonly ratings = new FormGroup<Record<string, FormControl<number | null>>>(
    Object.fromEntries(
      this.data.goals.map((goal) => [
        goal.id,
        this.formBuilder.control<number | null>(null, Validators.required),
      ]),
    ),
  );

  protected readonly form = this.formBuilder.group({
    reviewedOn: [
      this.data.today,
      [Validators.required, calendarDayNotAfter(() => this.data.today)],
    ],
    ratings: this.ratings,
  });

  protected readonly saving = new DialogSaving(this.host, this.form);

  /** The T-score, once the review is recorded. */
  protected readonly tScore = signal<number | null>(null);
  /**
   * The client's first review, to compare with, once this one is recorded; none when this one
   * is dated before it (it is the first now).
   */
  protected readonly firstReview = signal<{ readonly tScore: number; readonly day: string } | null>(
    null,
  );

  constructor() {
    guardTyping(
      this.dialogRef,
      () => this.form.dirty && this.tScore() === null,
      inject(LiveAnnouncer),
    );
  }

  protected ratingControl(goalId: string): FormControl<number | null> {
    return this.ratings.controls[goalId];
  }

  protected cancel(): void {
    this.dialogRef.close(this.tScore() !== null);
  }

  protected async submit(): Promise<void> {
    if (!this.saving.check()) {
      // Radio groups are not found by the form's focus helper; start at the first unrated one.
      const firstUnrated = this.data.goals.find((goal) => this.ratings.controls[goal.id].invalid);
      if (firstUnrated) {
        this.host.querySelector<HTMLElement>(`[data-rating="${firstUnrated.id}"] input`)?.focus();
      }
      return;
    }
    const { reviewedOn } = this.form.getRawValue();
    const review: GasReviewValue = {
      reviewedOn,
      ratings: this.data.goals.map((goal) => ({
        goalId: goal.id,
        level: this.ratings.controls[goal.id].value ?? 0,
      })),
    };
    let tScore: number | null = null;
    await this.saving.run(async () => {
      const answer = await this.data.record(review);
      if ('message' in answer) return answer;
      tScore = answer.tScore;
      return null;
    });
    if (tScore === null) return;
    const first = this.data.firstReview;
    if (first !== null && first.reviewedOn <= reviewedOn) {
      this.firstReview.set({ tScore: first.tScore, day: formatCalendarDay(first.reviewedOn) });
    }
    this.tScore.set(tScore);
    // The form has gone; the result's heading takes focus so it is read out.
    setTimeout(() => this.host.querySelector<HTMLElement>('[data-result-title]')?.focus());
  }
}
