import { LiveAnnouncer } from '@angular/cdk/a11y';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import {
  hasSafetyFlag,
  isComplete,
  maximumTotal,
  QUESTIONNAIRES,
  scoreMeasure,
  severityBand,
  type StandardMeasure,
} from '@waypoint/shared';

import { formatCalendarDay } from '../../clients/ui/calendar-day';
import { calendarDayNotAfter } from '../../clients/ui/date-validators';
import { DialogSaving } from '../../clients/ui/dialog-saving';
import { guardTyping } from '../../clients/ui/dialog-typing-guard';
import type { FormProblem, SaveForm } from '../../clients/ui/form-problems';

/** A PHQ-9 or GAD-7 as given in session: complete, or saved part-way as a draft. */
export interface MeasureFormValue {
  /** ISO date, never after today. */
  readonly administeredOn: string;
  /** Item answers in order; null for an item not answered yet. */
  readonly answers: readonly (number | null)[];
  /** PHQ-9 only: how difficult life has been, 0-3, or null when not answered. */
  readonly difficulty: number | null;
}

/** What the measure form needs. */
export interface MeasureFormDialogData {
  readonly instrument: StandardMeasure;
  /** A draft to continue, or what was chosen before a failed save; null for a fresh form. */
  readonly draft: MeasureFormValue | null;
  /** Whether a saved draft is being continued (rather than a new form started). */
  readonly isContinuingDraft: boolean;
  /** Today's local date (ISO). */
  readonly today: string;
  /** What went wrong with an earlier try, shown as the dialog opens. */
  readonly problem?: FormProblem | null;
  readonly save: SaveForm<MeasureFormValue>;
}

/**
 * Giving a PHQ-9 or GAD-7 in session: the published stem and items word for word, each
 * answered with the four published labels. The total and band appear once every item is
 * answered; until then the form can be saved as a draft and continued later.
 */
@Component({
  selector: 'wp-measure-form-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
  ],
  templateUrl: './measure-form-dialog.html',
  styleUrl: './measure-dialog.scss',
  styles: `
    /* The total and the buttons stay in sight at any zoom; the items scroll between them. */
    mat-dialog-content {
      max-height: max(120px, calc(100vh - 248px));
    }
    .stem {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .items {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .item {
      padding: 12px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .item-number {
      display: inline-block;
      min-width: 1.75em;
      font-variant-numeric: tabular-nums;
    }
    .difficulty {
      margin: 16px 0 8px;
    }
    .optional {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .safety-note {
      margin: 8px 0 0;
      padding: 8px 12px;
      border-inline-start: 4px solid var(--mat-sys-outline);
      background: var(--mat-sys-surface-container-high);
      font: var(--mat-sys-body-medium);
    }
    .attribution {
      margin-top: 8px;
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeasureFormDialog {
  protected readonly data = inject<MeasureFormDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<MeasureFormDialog, boolean>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly formBuilder = inject(NonNullableFormBuilder);

  protected readonly questionnaire = QUESTIONNAIRES[this.data.instrument];
  protected readonly maximum = maximumTotal(this.data.instrument);

  protected readonly form = this.formBuilder.group({
    administeredOn: [
      this.data.draft?.administeredOn ?? this.data.today,
      [Validators.required, calendarDayNotAfter(() => this.data.today)],
    ],
    answers: this.formBuilder.array(
      this.questionnaire.items.map((_, index) =>
        this.formBuilder.control<number | null>(this.data.draft?.answers[index] ?? null),
      ),
    ),
    difficulty: this.formBuilder.control<number | null>(this.data.draft?.difficulty ?? null),
  });

  private readonly answers = toSignal(this.form.controls.answers.valueChanges, {
    initialValue: this.form.controls.answers.value,
  });

  protected readonly answeredCount = computed(
    () => this.answers().filter((answer) => answer !== null).length,
  );
  protected readonly isComplete = computed(() => isComplete(this.data.instrument, this.answers()));
  /** The total and band, only once every item is answered: a partial total would mislead. */
  protected readonly score = computed(() => {
    if (!this.isComplete()) return null;
    const total = scoreMeasure(this.data.instrument, this.answers()) ?? 0;
    return { total, band: severityBand(this.data.instrument, total).label };
  });
  protected readonly raisesSafetyFlag = computed(
    () => this.data.instrument === 'PHQ9' && hasSafetyFlag(this.answers()),
  );

  protected readonly title = this.data.isContinuingDraft
    ? `Continue the ${this.questionnaire.name} from ${formatCalendarDay(this.data.draft?.administeredOn ?? this.data.today)}`
    : `Give the ${this.questionnaire.name}`;

  protected readonly saving = new DialogSaving(this.host, this.form);

  constructor() {
    guardTyping(this.dialogRef, () => this.form.dirty, inject(LiveAnnouncer));
    const problem = this.data.problem;
    if (problem) {
      this.form.markAsDirty();
      afterNextRender(() => this.saving.show(problem));
    }
  }

  protected answerControl(index: number) {
    return this.form.controls.answers.at(index);
  }

  protected cancel(): void {
    this.dialogRef.close(false);
  }

  protected async submit(): Promise<void> {
    if (!this.saving.check()) return;
    if (this.answeredCount() === 0) {
      this.saving.problem.set('Choose an answer for at least one item to save a draft.');
      this.host.querySelector<HTMLElement>('[data-item="1"] input')?.focus();
      return;
    }
    const value = this.form.getRawValue();
    const form: MeasureFormValue = {
      administeredOn: value.administeredOn,
      answers: value.answers,
      difficulty: this.questionnaire.difficultyQuestion ? value.difficulty : null,
    };
    if (await this.saving.run(() => this.data.save(form))) this.dialogRef.close(true);
  }
}
