import { inject, Injectable } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

import type { SignInStatus } from '../../__generated__/graphql';
import {
  setPasswordDocument,
  signInDocument,
  verifySecondFactorDocument,
  type SignedInViewer,
} from './session-documents';
import { SignedInViewerReader } from './signed-in-viewer';

/** How far a sign-in has come after one step. */
export type SignInProgress = SignInStatus;

/**
 * The steps of signing in (password, then a second factor when needed) and choosing a
 * password through a one-time link. Failures reject with Apollo's error, for readApiProblem.
 */
@Injectable({ providedIn: 'root' })
export class SigningIn {
  private readonly apollo = inject(Apollo);
  private readonly viewerReader = inject(SignedInViewerReader);

  /** Checks an email and password. */
  async withPassword(email: string, password: string): Promise<SignInProgress> {
    const { data } = await firstValueFrom(
      this.apollo.mutate({ mutation: signInDocument, variables: { input: { email, password } } }),
    );
    return this.settle(data?.signIn);
  }

  /** Completes sign-in with an authenticator code or a recovery code. */
  async withSecondFactor(code: string): Promise<SignInProgress> {
    const { data } = await firstValueFrom(
      this.apollo.mutate({ mutation: verifySecondFactorDocument, variables: { code } }),
    );
    return this.settle(data?.verifySecondFactor);
  }

  /** Whether the server now counts this browser as signed in (after enrolling, for one). */
  async isSignedIn(): Promise<boolean> {
    return (await this.viewerReader.ensure()) !== null;
  }

  /** Chooses a password through a one-time link's token. */
  async choosePassword(token: string, password: string): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({ mutation: setPasswordDocument, variables: { token, password } }),
    );
  }

  private settle(
    result: { status: SignInStatus; viewer: SignedInViewer | null } | undefined,
  ): SignInProgress {
    if (!result) throw new Error('The sign-in answer had no data');
    if (result.status === 'SIGNED_IN' && result.viewer) {
      this.viewerReader.remember(result.viewer, Date.now());
    }
    return result.status;
  }
}
