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

/** An email and password, as typed. */
export interface Credentials {
  readonly email: string;
  readonly password: string;
}

/** The first sign-in step: email and password, with errors beside the fields. */
@Component({
  selector: 'wp-credentials-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  templateUrl: './credentials-form.html',
  styleUrl: './sign-in-step.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CredentialsForm {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Whether an attempt is on its way to the server. */
  readonly isBusy = input(false);

  /** What went wrong with the last attempt, in words for the clinician; null when nothing did. */
  readonly problem = input<string | null>(null);

  /** Emitted with valid credentials when the clinician signs in. */
  readonly submitted = output<Credentials>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });

  /** Whether the password is shown as plain text. */
  protected readonly isPasswordVisible = signal(false);

  protected submit(): void {
    if (this.isBusy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    const { email, password } = this.form.getRawValue();
    this.submitted.emit({ email: email.trim(), password });
  }

  protected togglePasswordVisibility(): void {
    this.isPasswordVisible.update((isVisible) => !isVisible);
  }
}
