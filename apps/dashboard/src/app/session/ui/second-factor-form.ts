import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { focusFirstInvalidField } from '../../shared/focus-first-invalid-field';

/** Six digits, with any spaces the app shows between groups taken out. */
const authenticatorCodePattern = /^\d{6}$/;

/** The second sign-in step: a code from the authenticator app, or a recovery code. */
@Component({
  selector: 'wp-second-factor-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  templateUrl: './second-factor-form.html',
  styleUrl: './sign-in-step.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SecondFactorForm {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Whether a code is on its way to the server. */
  readonly isBusy = input(false);

  /** What went wrong with the last code, in words for the clinician; null when nothing did. */
  readonly problem = input<string | null>(null);

  /** Emitted with the code, without spaces, when the clinician continues. */
  readonly submitted = output<string>();

  /** Emitted when the clinician wants to go back to email and password. */
  readonly startedOver = output<void>();

  /** Whether the clinician is typing a recovery code rather than an app's code. */
  protected readonly isRecoveryCode = signal(false);

  protected readonly form = inject(NonNullableFormBuilder).group({
    code: ['', Validators.required],
  });

  protected submit(): void {
    if (this.isBusy()) return;
    const code = this.form.controls.code.value.replace(/\s+/g, '');
    const control = this.form.controls.code;
    if (!this.isRecoveryCode() && code !== '' && !authenticatorCodePattern.test(code)) {
      control.setErrors({ pattern: true });
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    this.submitted.emit(code);
  }

  protected toggleRecoveryCode(): void {
    this.isRecoveryCode.update((isRecovery) => !isRecovery);
    this.form.reset();
    this.host.nativeElement.querySelector('input')?.focus();
  }
}
