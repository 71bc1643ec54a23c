import { computed, inject, Injectable, linkedSignal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { firstValueFrom } from 'rxjs';

import { SignedInViewerReader } from '../../session/data-access/signed-in-viewer';
import { APOLLO } from '../../shared/apollo-on-demand';
import type { CreateAccountInput } from '../../__generated__/graphql';
import {
  accountsDocument,
  createAccountDocument,
  deactivateAccountDocument,
  resetPasswordDocument,
  setSecondFactorRequirementDocument,
  setSuperviseesDocument,
  type Account,
  type SetPasswordLink,
} from './account-documents';

/**
 * The practice's accounts for an admin: watched from Apollo's cache, and changed through the
 * API. Set-password links never enter the cache; only the accounts they are for do.
 * Provide it on the page that shows the accounts, so the watch ends when the page does.
 */
@Injectable()
export class PracticeAccounts {
  private readonly apollo = inject(APOLLO);
  private readonly viewerReader = inject(SignedInViewerReader);
  private readonly queryRef = this.apollo.watchQuery({ query: accountsDocument });
  private readonly result = toSignal(this.queryRef.valueChanges);

  /** Whether a fetch is in flight, the first one or a retry. */
  readonly isLoading = computed(() => this.result()?.loading ?? true);

  /** Whether the latest finished fetch failed; it stays true while a retry is in flight. */
  readonly hasFailed = linkedSignal({
    source: this.result,
    computation: (result, previous?: { value: boolean }) =>
      result === undefined || result.loading
        ? (previous?.value ?? false)
        : result.error !== undefined,
  }).asReadonly();

  /** The accounts, or undefined until a complete answer has arrived. */
  readonly accounts = computed<readonly Account[] | undefined>(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data.accounts : undefined;
  });

  /** Asks the server again, for example after a failure. */
  refetch(): void {
    this.queryRef.refetch().catch(() => undefined);
  }

  /** Creates an account and answers its one-time set-password link. */
  async create(input: CreateAccountInput): Promise<SetPasswordLink> {
    const { data } = await firstValueFrom(
      this.apollo.mutate({
        mutation: createAccountDocument,
        variables: { input },
        fetchPolicy: 'no-cache',
      }),
    );
    if (!data) throw new Error('The new account answer had no data');
    const link = data.createAccount;
    this.apollo.client.cache.updateQuery({ query: accountsDocument }, (cached) =>
      cached ? { accounts: [...cached.accounts, link.clinician] } : cached,
    );
    return link;
  }

  /** Replaces an account's password with a new one-time set-password link. */
  async resetPassword(clinicianId: string): Promise<SetPasswordLink> {
    const { data } = await firstValueFrom(
      this.apollo.mutate({
        mutation: resetPasswordDocument,
        variables: { clinicianId },
        fetchPolicy: 'no-cache',
      }),
    );
    if (!data) throw new Error('The reset answer had no data');
    return data.resetPassword;
  }

  /** Stops an account from signing in; its sessions end at once. */
  async deactivate(clinicianId: string): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({ mutation: deactivateAccountDocument, variables: { clinicianId } }),
    );
  }

  /** Sets the clinicians a supervisor supervises. */
  async setSupervisees(supervisorId: string, superviseeIds: readonly string[]): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({
        mutation: setSuperviseesDocument,
        variables: { supervisorId, superviseeIds: [...superviseeIds] },
      }),
    );
  }

  /** Requires, or stops requiring, a second factor for every account of the practice. */
  async setSecondFactorRequirement(isRequired: boolean): Promise<void> {
    const { data } = await firstValueFrom(
      this.apollo.mutate({
        mutation: setSecondFactorRequirementDocument,
        variables: { isRequired },
      }),
    );
    const requiresSecondFactor = data?.setSecondFactorRequirement.requiresSecondFactor;
    if (requiresSecondFactor === undefined) return;
    // The signed-in admin's practice is this one: the shell's viewer says so too.
    this.viewerReader.amend((viewer) => ({
      ...viewer,
      practice: { ...viewer.practice, requiresSecondFactor },
    }));
  }
}
