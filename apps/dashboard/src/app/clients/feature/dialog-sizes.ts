import type { MatDialogConfig } from '@angular/material/dialog';

/** A form dialog: wide enough for two fields side by side, never wider than the screen. */
export const formDialogSize: MatDialogConfig = {
  width: '640px',
  maxWidth: 'calc(100vw - 32px)',
  maxHeight: 'calc(100vh - 32px)',
  autoFocus: 'first-tabbable',
};
