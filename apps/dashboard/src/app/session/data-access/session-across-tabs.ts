import { inject, Injectable, InjectionToken } from '@angular/core';

import { SessionStore, type SignInNotice } from './session-store';

/** What the tabs of one browser tell each other: times and reasons only, never client data. */
export type SessionMessage =
  | { readonly kind: 'answered'; readonly at: number }
  | { readonly kind: 'ended'; readonly notice: SignInNotice };

/** The channel the tabs share; null where the browser has none. */
export const SESSION_CHANNEL = new InjectionToken<Pick<
  BroadcastChannel,
  'postMessage' | 'addEventListener'
> | null>('SESSION_CHANNEL', {
  providedIn: 'root',
  factory: () =>
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('waypoint-session'),
});

/**
 * Keeps the tabs of one browser in step, as they share one server session: work in one tab
 * keeps the others from warning or signing out, and a sign-out in one ends them all.
 */
@Injectable({ providedIn: 'root' })
export class SessionAcrossTabs {
  private readonly channel = inject(SESSION_CHANNEL);
  private readonly store = inject(SessionStore);
  private endedElsewhere: (notice: SignInNotice) => void = () => undefined;

  constructor() {
    this.channel?.addEventListener('message', (event: MessageEvent<SessionMessage>) => {
      const message = event.data;
      if (message.kind === 'answered') this.store.noteActivity(message.at);
      else this.endedElsewhere(message.notice);
    });
  }

  /** Says what to do when another tab ends the session (SessionEnding registers itself). */
  whenEndedElsewhere(handler: (notice: SignInNotice) => void): void {
    this.endedElsewhere = handler;
  }

  /** A clean answer arrived in this tab: the server extended the session for every tab. */
  noteAnswer(at: number): void {
    // An answer after this tab's session ended (the sign-out's own) extends nothing.
    if (!this.store.isSignedIn()) return;
    this.store.noteActivity(at);
    this.channel?.postMessage({ kind: 'answered', at } satisfies SessionMessage);
  }

  /** The session ended in this tab; the others forget it too. */
  announceEnd(notice: SignInNotice): void {
    this.channel?.postMessage({ kind: 'ended', notice } satisfies SessionMessage);
  }
}
