import { inject, Injectable } from '@angular/core';

import type { SignInStatus } from '../../__generated__/graphql';
import {
  setPasswordDocument,
  signInDocument,
  verifySecondFactorDocument,
  type SignedInViewer,
} from './session-documents';
import { SessionRequests } from './session-requests';
import { SignedInViewerReader } from './signed-in-viewer';

/** How far a sign-in has come after one step. */
export type SignInProgress = SignInStatus;

/**
 * The steps of signing in (password, then a second factor when needed) and choosing a
 * password through a one-time link. Failures reject with a GraphQLAnswerError, or the network's
 * error, for readApiProblem.
 */
@Injectable({ providedIn: 'root' })
export class SigningIn {
  private readonly requests = inject(SessionRequests);
  private readonly viewerReader = inject(SignedInViewerReader);

  /** Checks an email and password. */
  async withPassword(email: string, password: string): Promise<SignInProgress> {
    const { signIn } = await this.requests.send(signInDocument, { input: { email, password } });
    return this.settle(signIn);
  }

  /** Completes sign-in with an authenticator code or a recovery code. */
  async withSecondFactor(code: string): Promise<SignInProgress> {
    const { verifySecondFactor } = await this.requests.send(verifySecondFactorDocument, { code });
    return this.settle(verifySecondFactor);
  }

  /** Whether the server now counts this browser as signed in (after enrolling, for one). */
  async isSignedIn(): Promise<boolean> {
    return (await this.viewerReader.ensure()) !== null;
  }

  /** Chooses a password through a one-time link's token. */
  async choosePassword(token: string, password: string): Promise<void> {
    await this.requests.send(setPasswordDocument, { token, password });
  }

  private settle(result: { status: SignInStatus; viewer?: SignedInViewer | null }): SignInProgress {
    if (result.status === 'SIGNED_IN' && result.viewer) {
      this.viewerReader.remember(result.viewer, Date.now());
    }
    return result.status;
  }
}
