import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  type Injector,
  type Signal,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';

import { readApiProblem, unreachableMessage } from '../../shared/api-problem';
import { SessionEnding } from '../data-access/session-ending';
import { SignedInViewerReader } from '../data-access/signed-in-viewer';

/** What the warning shows: the time left, and whether staying signed in is still possible. */
export interface IdleWarningData {
  /** Time left before the session ends, in ms. */
  readonly remainingMs: Signal<number>;
  /** Whether the absolute lifetime ends the session, so it cannot be extended. */
  readonly isLifetimeEnding: Signal<boolean>;
}

/** Time left as the clock shows it: 0:59. */
export function formatCountdown(remainingMs: number): string {
  const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The moments, in seconds left, when the countdown is said aloud. */
const announcedSeconds = [30, 10] as const;

/**
 * What a screen reader hears, politely and only at a few moments rather than every second:
 * the latest moment passed since the dialog opened (its description said the start).
 */
export function countdownAnnouncement(remainingMs: number, openedWithMs: number): string {
  const seconds = Math.ceil(remainingMs / 1000);
  const openedWith = Math.ceil(openedWithMs / 1000);
  const passed = announcedSeconds.filter((moment) => seconds <= moment && moment < openedWith);
  return passed.length === 0 ? '' : `${passed[passed.length - 1]} seconds left before signing out.`;
}

/** The warning a minute before the session ends for privacy, with a live countdown. */
@Component({
  selector: 'wp-idle-warning-dialog',
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>{{ title() }}</h2>
    <mat-dialog-content>
      <p id="idle-warning-description">
        You'll be signed out in
        <span class="countdown" role="timer">{{ countdown() }}</span>
        for privacy.
      </p>
      @if (data.isLifetimeEnding()) {
        <p>Sessions end after a set time. You can sign straight back in afterwards.</p>
      }
      <p class="visually-hidden" aria-live="polite">{{ announcement() }}</p>
      <div role="alert">
        @if (problem(); as problem) {
          <p class="problem">{{ problem }}</p>
        }
      </div>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" (click)="signOut()">Sign out</button>
      @if (data.isLifetimeEnding()) {
        <button mat-flat-button type="button" cdkFocusInitial (click)="dismiss()">OK</button>
      } @else {
        <button
          mat-flat-button
          type="button"
          cdkFocusInitial
          [disabled]="isExtending()"
          [disabledInteractive]="true"
          (click)="staySignedIn()"
        >
          Stay signed in
        </button>
      }
    </mat-dialog-actions>
  `,
  styles: `
    .countdown {
      font-variant-numeric: tabular-nums;
      font-weight: 500;
    }
    .problem {
      margin: 8px 0 0;
    }
  `,
  host: { '(keydown.escape)': 'chooseByEscape()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IdleWarningDialog {
  protected readonly data = inject<IdleWarningData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<IdleWarningDialog>>(MatDialogRef);
  private readonly viewerReader = inject(SignedInViewerReader);
  private readonly ending = inject(SessionEnding);

  protected readonly isExtending = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly title = computed(() =>
    this.data.isLifetimeEnding() ? 'Your session is ending soon' : 'Are you still there?',
  );
  protected readonly countdown = computed(() => formatCountdown(this.data.remainingMs()));
  private readonly openedWithMs = this.data.remainingMs();
  protected readonly announcement = computed(() =>
    countdownAnnouncement(this.data.remainingMs(), this.openedWithMs),
  );

  /** Escape means the clinician is here: the same as "Stay signed in" (or OK at the end). */
  protected chooseByEscape(): void {
    if (this.data.isLifetimeEnding()) this.dismiss();
    else void this.staySignedIn();
  }

  protected async staySignedIn(): Promise<void> {
    if (this.isExtending()) return;
    this.isExtending.set(true);
    this.problem.set(null);
    try {
      // The new deadline closes this dialog from the watcher that opened it.
      await this.viewerReader.extend();
    } catch (error) {
      // UNAUTHENTICATED has already sent the clinician to sign in; say the rest here.
      if (readApiProblem(error).isUnreachable) this.problem.set(unreachableMessage);
      else this.problem.set('Staying signed in did not work. Try again, or sign out.');
    } finally {
      this.isExtending.set(false);
    }
  }

  protected signOut(): void {
    void this.ending.signOut();
  }

  protected dismiss(): void {
    this.dialogRef.close('dismissed');
  }
}

/** Opens the idle warning; lives here so the dialog code loads only when it is needed. */
export function openIdleWarningDialog(
  injector: Injector,
  data: IdleWarningData,
): MatDialogRef<IdleWarningDialog> {
  return injector.get(MatDialog).open(IdleWarningDialog, {
    data,
    role: 'alertdialog',
    ariaDescribedBy: 'idle-warning-description',
    autoFocus: 'first-tabbable',
    disableClose: true,
    width: '440px',
    maxWidth: 'calc(100vw - 32px)',
    injector,
  });
}
