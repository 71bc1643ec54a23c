import {
  AccountsDocument,
  BeginSecondFactorEnrolmentDocument,
  ConfirmSecondFactorEnrolmentDocument,
  CreateAccountDocument,
  DeactivateAccountDocument,
  ResetPasswordDocument,
  SetPasswordLinkFieldsFragmentDoc,
  SetSecondFactorRequirementDocument,
  SetSuperviseesDocument,
} from '../../__generated__/graphql';
import type { AccountsQuery, SetPasswordLinkFieldsFragment } from '../../__generated__/graphql';

/** Every account of the practice, with what the accounts table shows. */
export const accountsDocument = AccountsDocument;

/** A one-time set-password link and the account it is for. */
export const setPasswordLinkFieldsFragment = SetPasswordLinkFieldsFragmentDoc;

/** Creates an account and answers its one-time set-password link. */
export const createAccountDocument = CreateAccountDocument;

/** Replaces an account's password with a one-time set-password link. */
export const resetPasswordDocument = ResetPasswordDocument;

/** Stops an account from signing in; its sessions end at once. */
export const deactivateAccountDocument = DeactivateAccountDocument;

/** Sets the clinicians a supervisor supervises. */
export const setSuperviseesDocument = SetSuperviseesDocument;

/** Requires, or stops requiring, a second factor for every account of the practice. */
export const setSecondFactorRequirementDocument = SetSecondFactorRequirementDocument;

/** Starts enrolling an authenticator app for the signed-in account. */
export const beginSecondFactorEnrolmentDocument = BeginSecondFactorEnrolmentDocument;

/** Confirms the enrolment with a first code; answers the recovery codes, shown this once. */
export const confirmSecondFactorEnrolmentDocument = ConfirmSecondFactorEnrolmentDocument;

/** One account as the accounts page shows it. */
export type Account = AccountsQuery['accounts'][number];

/** A one-time set-password link, with the account it is for. */
export type SetPasswordLink = SetPasswordLinkFieldsFragment;
