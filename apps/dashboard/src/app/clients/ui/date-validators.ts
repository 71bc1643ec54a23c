import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { isIsoDate } from '@waypoint/shared';

/**
 * A calendar day (an `<input type="date">` value) that is real and not after the day `today`
 * answers. Empty passes: pair with Validators.required where the day is needed.
 */
export function calendarDayNotAfter(today: () => string): ValidatorFn {
  return (control: AbstractControl<string | null>): ValidationErrors | null => {
    const value = control.value;
    if (value === null || value === '') return null;
    if (!isIsoDate(value)) return { calendarDay: true };
    return value > today() ? { future: true } : null;
  };
}

/** A real calendar day, or empty. */
export function calendarDay(): ValidatorFn {
  return (control: AbstractControl<string | null>): ValidationErrors | null => {
    const value = control.value;
    return value === null || value === '' || isIsoDate(value) ? null : { calendarDay: true };
  };
}

/** Whether a text has something in it besides spaces. */
export function notBlank(): ValidatorFn {
  return (control: AbstractControl<string | null>): ValidationErrors | null =>
    (control.value ?? '').trim() === '' ? { required: true } : null;
}

/** Trimmed text, or null when only spaces were typed. */
export function textOrNull(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? null : trimmed;
}
