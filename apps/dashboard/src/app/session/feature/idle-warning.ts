import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  Injector,
  signal,
  untracked,
} from '@angular/core';
import type { MatDialogRef } from '@angular/material/dialog';

import { SessionEnding } from '../data-access/session-ending';
import { SessionStore } from '../data-access/session-store';

/** How long before the session ends the warning appears. */
export const idleWarningLeadMs = 60_000;

/**
 * The warning's lead for an idle window: a minute, or half the window when that is shorter
 * (only short test timeouts are), so the warning never covers the page from the start.
 */
export function warningLeadFor(idleWindowMs: number | null): number {
  return idleWindowMs === null ? idleWarningLeadMs : Math.min(idleWarningLeadMs, idleWindowMs / 2);
}

/**
 * Watches the session's deadline and, a minute before it, shows the idle warning; at the
 * deadline it signs out for privacy. Place it once, in the shell.
 */
@Component({
  selector: 'wp-idle-warning',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IdleWarning {
  private readonly store = inject(SessionStore);
  private readonly ending = inject(SessionEnding);
  private readonly injector = inject(Injector);

  /** This browser's clock, read every second while a session is active. */
  private readonly now = signal(Date.now());

  /** Time left before the session ends, in ms; null when nobody is signed in. */
  private readonly remainingMs = computed(() => {
    const deadline = this.store.deadline();
    return deadline === null ? null : Math.max(0, deadline - this.now());
  });

  private readonly isWarningDue = computed(() => {
    const remaining = this.remainingMs();
    return remaining !== null && remaining <= warningLeadFor(this.store.idleWindowMs());
  });

  /** The deadline whose warning the clinician dismissed (only possible at the lifetime's end). */
  private readonly dismissedDeadline = signal<number | null>(null);

  private dialog: MatDialogRef<unknown> | null = null;
  private isOpening = false;

  constructor() {
    // A plain one-second tick rather than one long timeout: it survives a laptop's sleep and
    // clock changes, and costs nothing while no template reads it.
    effect((onCleanup) => {
      if (!this.store.isSignedIn()) return;
      untracked(() => this.now.set(Date.now()));
      const tick = setInterval(() => this.now.set(Date.now()), 1000);
      onCleanup(() => clearInterval(tick));
    });

    effect(() => {
      if (this.remainingMs() !== 0) return;
      untracked(() =>
        this.store.isLifetimeEnding()
          ? this.ending.endAtLifetime()
          : this.ending.endAfterInactivity(),
      );
    });

    effect(() => {
      const shouldShow = this.isWarningDue() && this.dismissedDeadline() !== this.store.deadline();
      untracked(() => (shouldShow ? this.open() : this.close()));
    });

    inject(DestroyRef).onDestroy(() => this.close());
  }

  private async open(): Promise<void> {
    if (this.dialog || this.isOpening) return;
    this.isOpening = true;
    // The dialog and its Material module load only when a warning is first due.
    const { openIdleWarningDialog } = await import('./idle-warning-dialog');
    this.isOpening = false;
    if (!this.isWarningDue() || this.dialog) return;
    const deadline = this.store.deadline();
    const dialog = openIdleWarningDialog(this.injector, {
      remainingMs: computed(() => this.remainingMs() ?? 0),
      isLifetimeEnding: this.store.isLifetimeEnding,
    });
    this.dialog = dialog;
    dialog.afterClosed().subscribe((reason) => {
      if (this.dialog === dialog) this.dialog = null;
      if (reason === 'dismissed') this.dismissedDeadline.set(deadline);
    });
  }

  private close(): void {
    this.dialog?.close('superseded');
    this.dialog = null;
  }
}
