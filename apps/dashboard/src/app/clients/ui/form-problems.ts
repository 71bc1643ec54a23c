import { FormControl, type AbstractControl, type FormGroup } from '@angular/forms';

/** What went wrong with a save, tied to a form field when the server named one. */
export interface FormProblem {
  /** The input field the server named (`extensions.field`), or null. */
  readonly field: string | null;
  readonly message: string;
}

/**
 * How a dialog's form is saved: the feature's function answers null once it is saved (or the
 * clinician chose to keep another saved version), or the problem to show in the dialog.
 */
export type SaveForm<Value> = (value: Value) => Promise<FormProblem | null>;

/**
 * Puts the server's words on the control the problem names, and answers whether it could.
 * The server may name a path ("input.baseline.text") or a bare name; aliases map names the
 * form spells differently.
 */
export function showProblemOnField(
  form: FormGroup,
  problem: FormProblem,
  aliases: Readonly<Record<string, string>> = {},
): boolean {
  const control = findControl(form, problem.field, aliases);
  if (control === null) return false;
  control.setErrors({ ...control.errors, server: problem.message });
  control.markAsTouched();
  return true;
}

function findControl(
  form: FormGroup,
  field: string | null,
  aliases: Readonly<Record<string, string>>,
): AbstractControl | null {
  if (field === null) return null;
  const path = field.replace(/^(input|goal)\./, '');
  const segments = path.split('.');
  const candidates = [path, aliases[path], aliases[segments.at(-1) ?? ''], segments.at(-1)];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const control = form.get(candidate);
    // Only a single control shows an error beside it; a group's would go unseen.
    if (control instanceof FormControl) return control;
  }
  return null;
}
