import {
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  inject,
  input,
  output,
  untracked,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { CLINICIAN_ROLES, type ClinicianRole } from '@waypoint/shared';

import { focusFirstInvalidField } from '../../shared/focus-first-invalid-field';
import type { FieldProblems } from './field-problems';
import { roleLabels } from './role-labels';

/** A new account, as the admin typed it. */
export interface NewAccount {
  readonly email: string;
  readonly displayName: string;
  readonly role: ClinicianRole;
}

/** Adding an account: name, email and role; the server's words show on their fields. */
@Component({
  selector: 'wp-add-account-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
  ],
  templateUrl: './add-account-form.html',
  styleUrl: './account-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AddAccountForm {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Whether the new account is on its way to the server. */
  readonly isBusy = input(false);

  /** What went wrong that is not about one field; null when nothing did. */
  readonly problem = input<string | null>(null);

  /** The server's words about particular fields: email, displayName, role. */
  readonly fieldProblems = input<FieldProblems>({});

  /** Emitted with a valid new account. */
  readonly submitted = output<NewAccount>();

  /** Emitted when the admin closes the form without adding anyone. */
  readonly cancelled = output<void>();

  protected readonly roles = CLINICIAN_ROLES.map((role) => ({ role, label: roleLabels[role] }));

  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [Validators.required, Validators.maxLength(200)]],
    email: ['', [Validators.required, Validators.email]],
    role: ['CLINICIAN' as ClinicianRole, Validators.required],
  });

  constructor() {
    // The server's verdicts sit on their fields until the admin changes them.
    effect(() => {
      const problems = this.fieldProblems();
      untracked(() => {
        let hasAny = false;
        for (const [field, message] of Object.entries(problems)) {
          const control = this.form.get(field);
          if (!control || !message) continue;
          control.setErrors({ server: message });
          control.markAsTouched();
          hasAny = true;
        }
        if (hasAny) focusFirstInvalidField(this.host.nativeElement);
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
    const { displayName, email, role } = this.form.getRawValue();
    this.submitted.emit({ displayName: displayName.trim(), email: email.trim(), role });
  }
}
