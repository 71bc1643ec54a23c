import { computed, inject, Injectable, signal, type Signal } from '@angular/core';

import { extendSessionDocument, viewerDocument, type SignedInViewer } from './session-documents';
import { SessionRequests } from './session-requests';
import { SessionStore } from './session-store';

/**
 * The signed-in clinician, and the few moves that change who that is. The session's deadlines
 * are kept in step in SessionStore whenever the server names them.
 */
@Injectable({ providedIn: 'root' })
export class SignedInViewerReader {
  private readonly requests = inject(SessionRequests);
  private readonly store = inject(SessionStore);
  private readonly kept = signal<SignedInViewer | null>(null);

  /**
   * The signed-in clinician and practice, or null. Only while a session is active, so a
   * sign-out drops it at once and a new sign-in shows the new clinician.
   */
  readonly viewer: Signal<SignedInViewer | null> = computed(() =>
    this.store.isSignedIn() ? this.kept() : null,
  );

  /**
   * The signed-in viewer: the one kept while this browser holds a session, otherwise asked of
   * the server (null when nobody is signed in). Rejects when the server cannot be reached.
   */
  async ensure(): Promise<SignedInViewer | null> {
    const kept = this.viewer();
    if (kept) return kept;
    const { viewer } = await this.requests.send(viewerDocument);
    if (viewer) this.remember(viewer, Date.now());
    return viewer ?? null;
  }

  /** Keeps the viewer an answer named, and starts the session's clock from that answer. */
  remember(viewer: SignedInViewer, answeredAt: number): void {
    this.keep(viewer);
    this.store.start(viewer, answeredAt);
  }

  /**
   * After a reload while Waypoint cannot be reached: the viewer this tab last had, so the
   * session screen can open on what it kept and send its queue once the server is back. The
   * server still decides every request; this only spares a sign-in page that could not work.
   */
  restoreFromTab(): SignedInViewer | null {
    const viewer = rememberedInTab();
    if (viewer) this.remember(viewer, Date.now());
    return viewer;
  }

  /** Asks the server to keep the session alive ("Stay signed in"). */
  async extend(): Promise<void> {
    const { extendSession } = await this.requests.send(extendSessionDocument);
    this.remember(extendSession, Date.now());
  }

  /**
   * Records a change the server confirmed to the signed-in clinician or their practice (a
   * second factor enrolled, the practice's requirement changed), as the next Viewer would say.
   */
  amend(change: (viewer: SignedInViewer) => SignedInViewer): void {
    const viewer = this.kept();
    if (viewer) this.keep(change(viewer));
  }

  /** Forgets the clinician: the session has ended (SessionEnding clears the tab's storage). */
  forget(): void {
    this.kept.set(null);
  }

  private keep(viewer: SignedInViewer): void {
    this.kept.set(viewer);
    rememberInTab(viewer);
  }
}

// The tab's own storage: gone when the tab closes, and cleared at sign-out (SessionEnding).
const viewerKey = 'waypoint.viewer';

function rememberInTab(viewer: SignedInViewer): void {
  try {
    sessionStorage.setItem(viewerKey, JSON.stringify(viewer));
  } catch {
    // Storage full or switched off: a reload while offline then asks to sign in.
  }
}

function rememberedInTab(): SignedInViewer | null {
  try {
    const kept = sessionStorage.getItem(viewerKey);
    return kept === null ? null : (JSON.parse(kept) as SignedInViewer);
  } catch {
    return null;
  }
}
