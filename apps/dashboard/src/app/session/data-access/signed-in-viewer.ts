import { inject, Injectable, type Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, of, switchMap } from 'rxjs';

import { extendSessionDocument, viewerDocument, type SignedInViewer } from './session-documents';
import { SessionStore } from './session-store';

/**
 * The signed-in clinician, from Apollo's cache, and the few moves that change who that is.
 * The session's deadlines are kept in step in SessionStore whenever the server names them.
 */
@Injectable({ providedIn: 'root' })
export class SignedInViewerReader {
  private readonly apollo = inject(Apollo);
  private readonly store = inject(SessionStore);

  /**
   * The signed-in clinician and practice, or null. Watched from the cache only while a
   * session is active, so a sign-out drops it at once and a new sign-in picks it up afresh.
   */
  readonly viewer: Signal<SignedInViewer | null> = toSignal(
    toObservable(this.store.isSignedIn).pipe(
      switchMap((isSignedIn) =>
        isSignedIn
          ? this.apollo
              .watchQuery({ query: viewerDocument, fetchPolicy: 'cache-only' })
              .valueChanges.pipe(
                map((result) => (result.dataState === 'complete' ? result.data.viewer : null)),
              )
          : of(null),
      ),
    ),
    { initialValue: null },
  );

  /**
   * The signed-in viewer: from the cache while this browser holds a session, otherwise asked
   * of the server (null when nobody is signed in). Rejects when the server cannot be reached.
   */
  async ensure(): Promise<SignedInViewer | null> {
    if (this.store.isSignedIn()) {
      const cached = this.apollo.client.readQuery({ query: viewerDocument });
      if (cached?.viewer) return cached.viewer;
    }
    const { data } = await firstValueFrom(
      this.apollo.query({ query: viewerDocument, fetchPolicy: 'network-only' }),
    );
    const viewer = data?.viewer ?? null;
    if (viewer) {
      this.store.start(viewer, Date.now());
      rememberInTab(viewer);
    }
    return viewer;
  }

  /** Keeps the viewer a sign-in answered, and starts the session's clock from that answer. */
  remember(viewer: SignedInViewer, answeredAt: number): void {
    this.apollo.client.writeQuery({ query: viewerDocument, data: { viewer } });
    this.store.start(viewer, answeredAt);
    rememberInTab(viewer);
  }

  /**
   * After a reload while Waypoint cannot be reached: the viewer this tab last had, so the
   * session screen can open on what it kept and send its queue once the server is back. The
   * server still decides every request; this only spares a sign-in page that could not work.
   */
  restoreFromTab(): SignedInViewer | null {
    const viewer = rememberedInTab();
    if (!viewer) return null;
    this.apollo.client.writeQuery({ query: viewerDocument, data: { viewer } });
    this.store.start(viewer, Date.now());
    return viewer;
  }

  /** Asks the server to keep the session alive ("Stay signed in"). */
  async extend(): Promise<void> {
    const { data } = await firstValueFrom(this.apollo.mutate({ mutation: extendSessionDocument }));
    if (data) this.store.start(data.extendSession, Date.now());
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
