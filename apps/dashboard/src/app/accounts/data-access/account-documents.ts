import { graphql } from '../../__generated__';
import type { AccountsQuery, SetPasswordLinkFieldsFragment } from '../../__generated__/graphql';

/** Every account of the practice, with what the accounts table shows. */
export const accountsDocument = graphql(`
  query Accounts {
    accounts {
      id
      email
      displayName
      role
      isActive
      hasSecondFactor
      supervisees {
        id
        displayName
      }
    }
  }
`);

/** A one-time set-password link and the account it is for. */
export const setPasswordLinkFieldsFragment = graphql(`
  fragment SetPasswordLinkFields on SetPasswordLink {
    url
    expiresAt
    clinician {
      id
      email
      displayName
      role
      isActive
      hasSecondFactor
      supervisees {
        id
        displayName
      }
    }
  }
`);

/** Creates an account and answers its one-time set-password link. */
export const createAccountDocument = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      ...SetPasswordLinkFields
    }
  }
`);

/** Replaces an account's password with a one-time set-password link. */
export const resetPasswordDocument = graphql(`
  mutation ResetPassword($clinicianId: ID!) {
    resetPassword(clinicianId: $clinicianId) {
      ...SetPasswordLinkFields
    }
  }
`);

/** Stops an account from signing in; its sessions end at once. */
export const deactivateAccountDocument = graphql(`
  mutation DeactivateAccount($clinicianId: ID!) {
    deactivateAccount(clinicianId: $clinicianId) {
      id
      isActive
    }
  }
`);

/** Sets the clinicians a supervisor supervises. */
export const setSuperviseesDocument = graphql(`
  mutation SetSupervisees($supervisorId: ID!, $superviseeIds: [ID!]!) {
    setSupervisees(supervisorId: $supervisorId, superviseeIds: $superviseeIds) {
      id
      supervisees {
        id
        displayName
      }
    }
  }
`);

/** Requires, or stops requiring, a second factor for every account of the practice. */
export const setSecondFactorRequirementDocument = graphql(`
  mutation SetSecondFactorRequirement($isRequired: Boolean!) {
    setSecondFactorRequirement(isRequired: $isRequired) {
      id
      requiresSecondFactor
    }
  }
`);

/** Starts enrolling an authenticator app for the signed-in account. */
export const beginSecondFactorEnrolmentDocument = graphql(`
  mutation BeginSecondFactorEnrolment {
    beginSecondFactorEnrolment {
      secret
      otpauthUri
      qrCodeSvg
    }
  }
`);

/** Confirms the enrolment with a first code; answers the recovery codes, shown this once. */
export const confirmSecondFactorEnrolmentDocument = graphql(`
  mutation ConfirmSecondFactorEnrolment($code: String!) {
    confirmSecondFactorEnrolment(code: $code) {
      codes
    }
  }
`);

/** One account as the accounts page shows it. */
export type Account = AccountsQuery['accounts'][number];

/** A one-time set-password link, with the account it is for. */
export type SetPasswordLink = SetPasswordLinkFieldsFragment;
