import { Clipboard } from '@angular/cdk/clipboard';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { downloadTextFile } from '../../shared/download-text-file';

/** The name of the downloaded file of recovery codes. */
export const recoveryCodesFileName = 'waypoint-recovery-codes.txt';

/** The recovery codes, shown this once, with ways to keep them and a clear word to do it now. */
@Component({
  selector: 'wp-recovery-codes',
  imports: [MatButtonModule],
  templateUrl: './recovery-codes.html',
  styleUrl: './recovery-codes.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecoveryCodes {
  private readonly clipboard = inject(Clipboard);

  /** The single-use codes. */
  readonly codes = input.required<readonly string[]>();

  /** The words on the button that moves on once the codes are stored. */
  readonly doneLabel = input("I've stored them");

  /** Emitted when the clinician says the codes are stored. */
  readonly done = output<void>();

  /** What the last copy or download did, said in a polite live region. */
  protected readonly status = signal('');

  protected readonly text = computed(
    () =>
      `Waypoint recovery codes\nEach code works once, when you can't use your authenticator app.\n\n${this.codes().join('\n')}\n`,
  );

  protected copyCodes(): void {
    this.status.set(
      this.clipboard.copy(this.text())
        ? 'Codes copied. Paste them somewhere safe, such as a password manager.'
        : 'Copying did not work here. Download them as text instead.',
    );
  }

  protected downloadCodes(): void {
    downloadTextFile(this.text(), recoveryCodesFileName, 'text/plain');
    this.status.set(`Codes downloaded as ${recoveryCodesFileName}.`);
  }
}
