import { computed } from '@angular/core';
import { patchState, signalStore, withComputed, withMethods, withState } from '@ngrx/signals';

/** Why the sign-in page is showing: said once, in a calm line above the form. */
export type SignInNotice =
  'SIGNED_OUT' | 'INACTIVE' | 'LIFETIME_REACHED' | 'SESSION_ENDED' | 'UNREACHABLE' | 'PASSWORD_SET';

/** The session's deadlines as the server last told them, in this browser's clock. */
export interface SessionTimes {
  /** ISO date-time when the session ends unless something happens before. */
  readonly idleExpiresAt: string;
  /** ISO date-time when the session ends whatever happens. */
  readonly expiresAt: string;
}

interface SessionState {
  /** How long the server keeps an idle session, in ms; null when nobody is signed in. */
  readonly idleWindowMs: number | null;
  /** When the last successful answer from the server arrived (epoch ms): each one extends. */
  readonly lastActivityAt: number | null;
  /** The session's absolute end (epoch ms). */
  readonly expiresAt: number | null;
  readonly signInNotice: SignInNotice | null;
}

const signedOut: Omit<SessionState, 'signInNotice'> = {
  idleWindowMs: null,
  lastActivityAt: null,
  expiresAt: null,
};

/**
 * Browser-only state of the signed-in session: when it will end if nothing happens, and what
 * the sign-in page should say after it ends. The viewer itself is SignedInViewerReader's.
 */
export const SessionStore = signalStore(
  { providedIn: 'root' },
  withState<SessionState>({ ...signedOut, signInNotice: null }),
  withComputed(({ idleWindowMs, lastActivityAt, expiresAt }) => {
    const idleDeadline = computed(() => {
      const windowMs = idleWindowMs();
      const lastActivity = lastActivityAt();
      return windowMs === null || lastActivity === null ? null : lastActivity + windowMs;
    });
    return {
      /** Whether someone is signed in, as far as this browser knows. */
      isSignedIn: computed(() => idleWindowMs() !== null),
      /** When the session ends (epoch ms): the idle deadline or the absolute end, if sooner. */
      deadline: computed(() => {
        const idle = idleDeadline();
        const absolute = expiresAt();
        return idle === null || absolute === null ? idle : Math.min(idle, absolute);
      }),
      /** Whether the session's absolute lifetime, not idleness, is what ends it next. */
      isLifetimeEnding: computed(() => {
        const idle = idleDeadline();
        const absolute = expiresAt();
        return idle !== null && absolute !== null && absolute <= idle;
      }),
    };
  }),
  withMethods((store) => ({
    /**
     * Starts (or refreshes) the session from an answer carrying the viewer: the idle window is
     * the time from that answer to `idleExpiresAt`. The answer's latency makes the window a
     * little short, so the browser warns early rather than late; a server clock far ahead of
     * this one would make it late, and then the next request's UNAUTHENTICATED signs out.
     */
    start(times: SessionTimes, answeredAt: number): void {
      patchState(store, {
        idleWindowMs: Math.max(0, Date.parse(times.idleExpiresAt) - answeredAt),
        lastActivityAt: answeredAt,
        expiresAt: Date.parse(times.expiresAt),
        signInNotice: null,
      });
    },
    /** Notes a successful answer from the server, which extended the idle deadline there too. */
    noteActivity(at: number): void {
      const lastActivity = store.lastActivityAt();
      if (store.idleWindowMs() === null || lastActivity === null || at <= lastActivity) return;
      patchState(store, { lastActivityAt: at });
    },
    /** Forgets the session; the sign-in page will say why it ended. */
    end(notice: SignInNotice | null): void {
      patchState(store, { ...signedOut, signInNotice: notice });
    },
    /** Says something on the sign-in page, such as "your password is set". */
    tell(notice: SignInNotice): void {
      patchState(store, { signInNotice: notice });
    },
  })),
);
