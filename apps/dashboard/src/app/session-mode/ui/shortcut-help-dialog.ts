import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';

/** A keyboard shortcut of the session screen. */
export interface SessionShortcut {
  readonly keys: string;
  readonly action: string;
}

/** Every shortcut, as the help overlay lists them and the screen handles them. */
export const SESSION_SHORTCUTS: readonly SessionShortcut[] = [
  { keys: '1 – 9', action: 'Tick or untick the milestone with that number' },
  { keys: 'W', action: 'Type a small win (Ctrl + Enter logs it)' },
  { keys: 'S', action: 'Type a setback (Ctrl + Enter logs it)' },
  { keys: 'M', action: 'Record the mood chosen' },
  { keys: 'P', action: 'Shuffle the prompts' },
  { keys: 'A', action: 'Write the answer to the prompt asked' },
  { keys: 'N', action: 'Type session notes' },
  { keys: 'E', action: 'End the session' },
  { keys: '?', action: 'Show these shortcuts' },
  { keys: 'Esc', action: 'Leave a text field, or close this list' },
];

/** The help overlay: what each key does on the session screen. */
@Component({
  selector: 'wp-shortcut-help-dialog',
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>Keyboard shortcuts</h2>
    <mat-dialog-content>
      <p class="quiet">They work whenever the cursor is not in a text field.</p>
      <table class="shortcuts">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">What it does</th>
          </tr>
        </thead>
        <tbody>
          @for (shortcut of shortcuts; track shortcut.keys) {
            <tr>
              <td>
                <kbd>{{ shortcut.keys }}</kbd>
              </td>
              <td>{{ shortcut.action }}</td>
            </tr>
          }
        </tbody>
      </table>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close cdkFocusInitial>Close</button>
    </mat-dialog-actions>
  `,
  styles: `
    .quiet {
      color: var(--mat-sys-on-surface-variant);
    }
    .shortcuts {
      border-collapse: collapse;
    }
    th,
    td {
      padding: 4px 12px 4px 0;
      text-align: left;
    }
    kbd {
      padding: 0 6px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
      font: var(--mat-sys-label-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShortcutHelpDialog {
  protected readonly shortcuts = SESSION_SHORTCUTS;
}
