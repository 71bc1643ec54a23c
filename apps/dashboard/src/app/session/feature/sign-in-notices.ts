import type { SignInNotice } from '../data-access/session-store';

/** What the sign-in page says about how the clinician got there. */
export const signInNoticeText: Record<SignInNotice, string> = {
  SIGNED_OUT: "You're signed out. See you next time.",
  INACTIVE: 'You were signed out after a period of inactivity to protect client privacy.',
  LIFETIME_REACHED:
    'You were signed out because sessions end after a set time, to protect client privacy.',
  SESSION_ENDED: 'Your session has ended. Sign in again to carry on where you were.',
  UNREACHABLE: "Waypoint can't be reached right now. Check your connection, then sign in.",
  PASSWORD_SET: 'Your password is set. Sign in with it now.',
};

/** Where to go after signing in: a path inside Waypoint, never another site or this page. */
export function safeReturnUrl(returnTo: string | undefined | null): string {
  if (!returnTo || !returnTo.startsWith('/') || returnTo.startsWith('//')) return '/';
  if (returnTo.includes('\\') || returnTo.startsWith('/sign-in')) return '/';
  return returnTo;
}
