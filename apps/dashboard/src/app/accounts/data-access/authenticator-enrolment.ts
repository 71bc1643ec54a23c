import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { SignedInViewerReader } from '../../session/data-access/signed-in-viewer';
import { APOLLO } from '../../shared/apollo-on-demand';
import type { BeginSecondFactorEnrolmentMutation } from '../../__generated__/graphql';
import {
  beginSecondFactorEnrolmentDocument,
  confirmSecondFactorEnrolmentDocument,
} from './account-documents';

/** A new authenticator secret and its QR code, waiting for a first code. */
export type PendingEnrolment = BeginSecondFactorEnrolmentMutation['beginSecondFactorEnrolment'];

/**
 * Enrols an authenticator app for the signed-in account (or the account signing in, when the
 * practice requires a second factor). Nothing here is cached: secrets and recovery codes are
 * shown once and then only the page holds them.
 */
@Injectable({ providedIn: 'root' })
export class AuthenticatorEnrolment {
  private readonly apollo = inject(APOLLO);
  private readonly viewerReader = inject(SignedInViewerReader);

  /** Starts an enrolment: a new secret, its address and its QR code. */
  async begin(): Promise<PendingEnrolment> {
    const { data } = await firstValueFrom(
      this.apollo.mutate({ mutation: beginSecondFactorEnrolmentDocument, fetchPolicy: 'no-cache' }),
    );
    if (!data) throw new Error('The enrolment answer had no data');
    return data.beginSecondFactorEnrolment;
  }

  /**
   * Confirms the enrolment with a first code and answers the recovery codes. The clinician
   * (the signed-in one, or the one signing in) now has a second factor.
   */
  async confirm(code: string, clinicianId: string | null): Promise<readonly string[]> {
    const { data } = await firstValueFrom(
      this.apollo.mutate({
        mutation: confirmSecondFactorEnrolmentDocument,
        variables: { code },
        fetchPolicy: 'no-cache',
      }),
    );
    if (!data) throw new Error('The confirmation answer had no data');
    if (clinicianId !== null) {
      this.apollo.client.cache.modify({
        id: this.apollo.client.cache.identify({ __typename: 'Clinician', id: clinicianId }),
        fields: { hasSecondFactor: () => true },
      });
      this.viewerReader.amend((viewer) =>
        viewer.clinician.id === clinicianId
          ? { ...viewer, clinician: { ...viewer.clinician, hasSecondFactor: true } }
          : viewer,
      );
    }
    return data.confirmSecondFactorEnrolment.codes;
  }
}
