import { signal } from '@angular/core';
import type { FormGroup } from '@angular/forms';

import { focusFirstInvalidField } from '../../shared/focus-first-invalid-field';
import { showProblemOnField, type FormProblem } from './form-problems';

/**
 * The save of a form dialog: checks the form first, runs the feature's save once at a time,
 * and puts what went wrong on its field or above the form.
 */
export class DialogSaving {
  /** Whether the save is on its way. */
  readonly isBusy = signal(false);

  /** What went wrong that is not about one field. */
  readonly problem = signal<string | null>(null);

  constructor(
    private readonly host: HTMLElement,
    private readonly form: FormGroup,
    private readonly aliases: Readonly<Record<string, string>> = {},
  ) {}

  /** Whether the form is ready to save; if not, its problems are shown and focused. */
  check(): boolean {
    if (this.isBusy()) return false;
    if (this.form.valid) return true;
    this.form.markAllAsTouched();
    focusFirstInvalidField(this.host);
    return false;
  }

  /** Runs a save and answers whether it went through (or needs nothing more). */
  async run(save: () => Promise<FormProblem | null>): Promise<boolean> {
    this.isBusy.set(true);
    this.problem.set(null);
    let problem: FormProblem | null;
    try {
      problem = await save();
    } catch {
      problem = { field: null, message: 'That did not go through. Try again in a moment.' };
    } finally {
      this.isBusy.set(false);
    }
    if (problem === null) return true;
    this.show(problem);
    return false;
  }

  /** Shows a problem on its field, or above the form. */
  show(problem: FormProblem): void {
    if (showProblemOnField(this.form, problem, this.aliases)) {
      // The error text renders with the next change detection; focus waits for it.
      setTimeout(() => focusFirstInvalidField(this.host));
    } else {
      this.problem.set(problem.message);
    }
  }
}
