import { inject, Injectable } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { firstValueFrom } from 'rxjs';

/** How long Undo stays on offer after a tick or a removal (UX.md: 10 seconds). */
export const undoWindowMs = 10_000;

/**
 * Short, calm words after something happened, read out politely by screen readers, with
 * Undo where a tick or a removal can be taken back. No confetti, no noise.
 */
@Injectable({ providedIn: 'root' })
export class Acknowledgements {
  private readonly snackBar = inject(MatSnackBar);

  /** Says that something went well. */
  say(message: string): void {
    this.snackBar.open(message, undefined, { duration: 5_000, politeness: 'polite' });
  }

  /** Says what happened and offers Undo; resolves with whether the clinician undid it. */
  async offerUndo(message: string): Promise<boolean> {
    const reference = this.snackBar.open(message, 'Undo', {
      duration: undoWindowMs,
      politeness: 'polite',
    });
    const { dismissedByAction } = await firstValueFrom(reference.afterDismissed());
    return dismissedByAction;
  }

  /**
   * Says that something did not go through, assertively; with an action (such as "Open it
   * again"), resolves with whether the clinician chose it.
   */
  async sayProblem(message: string, action?: string): Promise<boolean> {
    const reference = this.snackBar.open(message, action, {
      duration: action ? undoWindowMs : 8_000,
      politeness: 'assertive',
    });
    const { dismissedByAction } = await firstValueFrom(reference.afterDismissed());
    return dismissedByAction;
  }
}
