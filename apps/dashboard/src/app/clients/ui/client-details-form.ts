import {
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TEXT_LIMITS } from '@waypoint/shared';

import { focusFirstInvalidField } from '../../shared/focus-first-invalid-field';
import { calendarDayNotAfter, notBlank, textOrNull } from './date-validators';
import { showProblemOnField, type FormProblem } from './form-problems';

/** A client's details as the clinician typed them. */
export interface ClientDetailsValue {
  readonly preferredName: string;
  readonly pronouns: string | null;
  /** ISO date. */
  readonly startedOn: string;
  readonly baseline: { readonly text: string; readonly recordedOn: string } | null;
}

/** Preferred name, pronouns, start of care and "where they started", for a new or known client. */
@Component({
  selector: 'wp-client-details-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  templateUrl: './client-details-form.html',
  styleUrl: './record-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientDetailsForm {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** The details to start from; a new client starts empty. */
  readonly initial = input<ClientDetailsValue | null>(null);

  /** Today's local date (ISO): no day after it can be chosen. */
  readonly today = input.required<string>();

  /** Whether the details are on their way to the server. */
  readonly isBusy = input(false);

  /** What went wrong with the last save, on its field when the server named one. */
  readonly problem = input<FormProblem | null>(null);

  /** The words on the save button. */
  readonly submitLabel = input('Save');

  /** Emitted with valid details. */
  readonly submitted = output<ClientDetailsValue>();

  /** Emitted when the clinician leaves without saving. */
  readonly cancelled = output<void>();

  protected readonly limits = TEXT_LIMITS;
  /** The problem when it is not about one field. */
  protected readonly generalProblem = signal<string | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    preferredName: ['', [notBlank(), Validators.maxLength(TEXT_LIMITS.preferredName)]],
    pronouns: ['', Validators.maxLength(TEXT_LIMITS.pronouns)],
    startedOn: ['', [Validators.required, calendarDayNotAfter(() => this.today())]],
    baseline: this.formBuilderGroup(),
  });

  constructor() {
    effect(() => {
      const initial = this.initial();
      const today = this.today();
      untracked(() => {
        this.form.reset({
          preferredName: initial?.preferredName ?? '',
          pronouns: initial?.pronouns ?? '',
          startedOn: initial?.startedOn ?? today,
          baseline: {
            text: initial?.baseline?.text ?? '',
            recordedOn: initial?.baseline?.recordedOn ?? today,
          },
        });
      });
    });
    effect(() => {
      const problem = this.problem();
      untracked(() => {
        this.generalProblem.set(null);
        if (problem === null) return;
        if (showProblemOnField(this.form, problem, { baseline: 'baseline.text' })) {
          focusFirstInvalidField(this.host.nativeElement);
        } else this.generalProblem.set(problem.message);
      });
    });
  }

  /** Whether anything has been typed, so a dialog around the form knows not to close on Escape. */
  isDirty(): boolean {
    return this.form.dirty;
  }

  protected submit(): void {
    if (this.isBusy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    const { preferredName, pronouns, startedOn, baseline } = this.form.getRawValue();
    const baselineText = textOrNull(baseline.text);
    this.submitted.emit({
      preferredName: preferredName.trim(),
      pronouns: textOrNull(pronouns),
      startedOn,
      baseline:
        baselineText === null ? null : { text: baselineText, recordedOn: baseline.recordedOn },
    });
  }

  private formBuilderGroup() {
    const builder = inject(NonNullableFormBuilder);
    const group = builder.group({
      text: ['', Validators.maxLength(TEXT_LIMITS.baseline)],
      recordedOn: ['', calendarDayNotAfter(() => this.today())],
    });
    // The day is needed only when there are words to date.
    group.controls.recordedOn.addValidators((control) =>
      group.controls.text.value.trim() !== '' && control.value === '' ? { required: true } : null,
    );
    group.controls.text.valueChanges.subscribe(() =>
      group.controls.recordedOn.updateValueAndValidity({ emitEvent: false }),
    );
    return group;
  }
}
