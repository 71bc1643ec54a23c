import { inject, Injectable } from '@angular/core';
import { Router } from '@angular/router';

import { ApolloOnDemand } from '../../shared/apollo-on-demand';
import { SessionAcrossTabs } from './session-across-tabs';
import { signOutDocument } from './session-documents';
import { SessionRequests } from './session-requests';
import { SessionStore, type SignInNotice } from './session-store';
import { SignedInViewerReader } from './signed-in-viewer';

/** Pages that work without a session; an UNAUTHENTICATED there is theirs to explain. */
const publicPaths = ['/sign-in', '/set-password'];

/**
 * Ends the session in the browser, whatever the reason: the server is told when it may not
 * know yet, Apollo's cache is cleared (no client data lingers in memory), and the sign-in page
 * says why. Every UNAUTHENTICATED answer, from Apollo or the session requests, ends up here.
 */
@Injectable({ providedIn: 'root' })
export class SessionEnding {
  private readonly apollo = inject(ApolloOnDemand);
  private readonly requests = inject(SessionRequests);
  private readonly router = inject(Router);
  private readonly store = inject(SessionStore);
  private readonly tabs = inject(SessionAcrossTabs);
  private readonly viewerReader = inject(SignedInViewerReader);

  /** Whether an ending is under way, so parallel failures end the session only once. */
  private isEnding = false;

  constructor() {
    this.tabs.whenEndedElsewhere((notice) => void this.endFromAnotherTab(notice));
    this.requests.whenUnauthenticated(
      (operationName) => void this.endBecauseUnauthenticated(operationName),
    );
  }

  /** The clinician chose to sign out. */
  signOut(): Promise<void> {
    return this.end('SIGNED_OUT', { tellServer: true, keepPlace: false, tellOtherTabs: true });
  }

  /** Nothing happened until the idle deadline: sign out for privacy, keep the place. */
  endAfterInactivity(): Promise<void> {
    return this.end('INACTIVE', { tellServer: true, keepPlace: true, tellOtherTabs: true });
  }

  /** The session reached its absolute lifetime. */
  endAtLifetime(): Promise<void> {
    return this.end('LIFETIME_REACHED', {
      tellServer: true,
      keepPlace: true,
      tellOtherTabs: true,
    });
  }

  /** Another tab of this browser ended the shared session; the server knows already. */
  endFromAnotherTab(notice: SignInNotice): Promise<void> {
    if (!this.store.isSignedIn()) return Promise.resolve();
    return this.end(notice, { tellServer: false, keepPlace: true, tellOtherTabs: false });
  }

  /** The server answered UNAUTHENTICATED: its session is gone already. */
  endBecauseUnauthenticated(operationName: string | undefined): Promise<void> {
    const path = this.router.url.split('?')[0];
    if (operationName === 'SignOut' || publicPaths.includes(path)) return Promise.resolve();
    return this.end('SESSION_ENDED', { tellServer: false, keepPlace: true, tellOtherTabs: true });
  }

  private async end(
    notice: SignInNotice,
    options: {
      readonly tellServer: boolean;
      readonly keepPlace: boolean;
      readonly tellOtherTabs: boolean;
    },
  ): Promise<void> {
    if (this.isEnding) return;
    this.isEnding = true;
    const returnTo = this.router.url;
    try {
      // Forgotten here first, so the sign-out's own answer does not extend the idle deadline.
      this.store.end(notice);
      if (options.tellOtherTabs) this.tabs.announceEnd(notice);
      if (options.tellServer) {
        // Ended in this browser whatever the answer: a sign-out that cannot reach the server
        // still forgets everything here, and the server's idle timeout does the rest.
        await this.requests.send(signOutDocument).catch(() => undefined);
      }
      this.viewerReader.forget();
      // Apollo is there once a page has read records; before that it holds nothing to clear.
      await this.apollo.loaded?.client.clearStore();
      // What this tab kept for offline reloads (the viewer, the session screen) goes too.
      sessionStorage.clear();
      const keepPlace = options.keepPlace && returnTo !== '/' && !returnTo.startsWith('/sign-in');
      await this.router.navigate(['/sign-in'], {
        queryParams: keepPlace ? { returnTo } : {},
      });
    } finally {
      this.isEnding = false;
    }
  }
}
