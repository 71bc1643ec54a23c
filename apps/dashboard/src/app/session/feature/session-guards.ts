import { inject } from '@angular/core';
import { type CanActivateChildFn, type CanMatchFn, Router } from '@angular/router';
import type { ClinicianRole } from '@waypoint/shared';

import { SessionStore } from '../data-access/session-store';
import { SignedInViewerReader } from '../data-access/signed-in-viewer';

/** Lets a signed-in clinician through; anyone else goes to sign in, and comes back after. */
export const requireSignedIn: CanActivateChildFn = async (_route, state) => {
  const viewerReader = inject(SignedInViewerReader);
  const store = inject(SessionStore);
  const router = inject(Router);
  try {
    if (await viewerReader.ensure()) return true;
  } catch {
    // Unreachable: a tab that was signed in carries on with what it kept (the session
    // screen's queue waits for the server); any other tab is told on the sign-in page.
    if (viewerReader.restoreFromTab()) return true;
    store.tell('UNREACHABLE');
  }
  return router.createUrlTree(['/sign-in'], {
    queryParams: state.url === '/' ? {} : { returnTo: state.url },
  });
};

/**
 * Matches a route only for a viewer with this role, so another route at the same path can
 * explain calmly that the page is not part of their role. The API refuses them anyway.
 */
export function requireRole(role: ClinicianRole): CanMatchFn {
  return async () => {
    const viewerReader = inject(SignedInViewerReader);
    try {
      return (await viewerReader.ensure())?.clinician.role === role;
    } catch {
      return false;
    }
  };
}
