/** Moves focus to the first invalid form control inside an element, so errors are met first. */
export function focusFirstInvalidField(container: HTMLElement): void {
  container
    .querySelector<HTMLElement>(
      'input.ng-invalid, textarea.ng-invalid, .ng-invalid[role="combobox"], mat-select.ng-invalid',
    )
    ?.focus();
}
