import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';

/** What a confirmation asks, in the clinician's words. */
export interface Confirmation {
  readonly title: string;
  readonly message: string;
  /** The words on the button that goes ahead ("Deactivate"). */
  readonly confirmLabel: string;
  /** The words on the button that leaves things as they are. */
  readonly cancelLabel?: string;
}

/** Asks once before something that cannot be undone; focus starts on the safe choice. */
@Component({
  selector: 'wp-confirm-dialog',
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p id="confirm-dialog-message">{{ data.message }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" cdkFocusInitial>
        {{ data.cancelLabel ?? 'Cancel' }}
      </button>
      <button mat-flat-button type="button" [mat-dialog-close]="true">
        {{ data.confirmLabel }}
      </button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  protected readonly data = inject<Confirmation>(MAT_DIALOG_DATA);
}

/** Opens a confirmation and resolves with whether the clinician went ahead. */
export async function confirm(dialog: MatDialog, confirmation: Confirmation): Promise<boolean> {
  const dialogRef = dialog.open<ConfirmDialog, Confirmation, boolean>(ConfirmDialog, {
    data: confirmation,
    role: 'alertdialog',
    ariaDescribedBy: 'confirm-dialog-message',
    autoFocus: 'first-tabbable',
    width: '440px',
    maxWidth: 'calc(100vw - 32px)',
  });
  return (await firstValueFrom(dialogRef.afterClosed())) === true;
}
