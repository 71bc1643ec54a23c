import type { LiveAnnouncer } from '@angular/cdk/a11y';
import { hasModifierKey } from '@angular/cdk/keycodes';
import type { MatDialogRef } from '@angular/material/dialog';

/**
 * Lets Escape and a click outside close a form dialog only while nothing has been typed, so
 * no typing is lost by a stray key; after that only Cancel (or saving) closes it.
 */
export function guardTyping(
  dialogRef: MatDialogRef<unknown>,
  isDirty: () => boolean,
  announcer: LiveAnnouncer,
): void {
  dialogRef.disableClose = true;
  const closeIfUntouched = () => {
    if (!isDirty()) dialogRef.close();
    else void announcer.announce('Choose Cancel to leave without saving what you typed.');
  };
  dialogRef.keydownEvents().subscribe((event) => {
    if (event.key === 'Escape' && !hasModifierKey(event)) closeIfUntouched();
  });
  dialogRef.backdropClick().subscribe(closeIfUntouched);
}
