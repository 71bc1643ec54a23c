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
import {
  type AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { focusFirstInvalidField } from '../../shared/focus-first-invalid-field';

/** The password rules the server applies, shown before the clinician starts typing. */
export const passwordLength = { minimum: 12, maximum: 128 } as const;

function sameAsPassword(control: AbstractControl): ValidationErrors | null {
  const password = control.parent?.get('password')?.value;
  return control.value === '' || control.value === password ? null : { mismatch: true };
}

/** Choosing a password: typed twice, with the rules shown up front. */
@Component({
  selector: 'wp-new-password-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  templateUrl: './new-password-form.html',
  styleUrl: './sign-in-step.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewPasswordForm {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Whether the password is on its way to the server. */
  readonly isBusy = input(false);

  /** What went wrong that is not about the password itself; null when nothing did. */
  readonly problem = input<string | null>(null);

  /** The server's words about the password (too common, for one); shown on the field. */
  readonly passwordProblem = input<string | null>(null);

  /** Emitted with the chosen password once both fields agree. */
  readonly submitted = output<string>();

  protected readonly rules = passwordLength;
  protected readonly isPasswordVisible = signal(false);

  protected readonly form = inject(NonNullableFormBuilder).group({
    password: [
      '',
      [
        Validators.required,
        Validators.minLength(passwordLength.minimum),
        Validators.maxLength(passwordLength.maximum),
      ],
    ],
    confirmation: ['', [Validators.required, sameAsPassword]],
  });

  constructor() {
    this.form.controls.password.valueChanges.subscribe(() =>
      this.form.controls.confirmation.updateValueAndValidity({ emitEvent: false }),
    );
    // The server's verdict sits on the field until the clinician changes the password.
    effect(() => {
      const message = this.passwordProblem();
      if (message === null) return;
      untracked(() => {
        const control = this.form.controls.password;
        control.setErrors({ server: message });
        control.markAsTouched();
        focusFirstInvalidField(this.host.nativeElement);
      });
    });
  }

  protected submit(): void {
    if (this.isBusy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    this.submitted.emit(this.form.controls.password.value);
  }

  protected togglePasswordVisibility(): void {
    this.isPasswordVisible.update((isVisible) => !isVisible);
  }
}
