import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';

// The account operations as the tests send them, typed by hand from the contract
// (libs/shared/src/graphql/accounts.graphql): the tests own their selections, so a change
// to a dashboard query never changes what these tests check.

type Role = 'CLINICIAN' | 'SUPERVISOR' | 'ADMIN';
type SignInStatus = 'SIGNED_IN' | 'SECOND_FACTOR_REQUIRED' | 'SECOND_FACTOR_ENROLMENT_REQUIRED';

export interface ClinicianFields {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly isActive: boolean;
  readonly hasSecondFactor: boolean;
}

export interface ViewerFields {
  readonly clinician: ClinicianFields & { readonly supervisees: readonly { id: string }[] };
  readonly practice: {
    readonly id: string;
    readonly name: string;
    readonly requiresSecondFactor: boolean;
  };
  readonly idleExpiresAt: string;
  readonly expiresAt: string;
}

interface SignInResult {
  readonly status: SignInStatus;
  readonly viewer: ViewerFields | null;
}

interface SetPasswordLink {
  readonly clinician: ClinicianFields;
  readonly url: string;
  readonly expiresAt: string;
}

function document<TData, TVariables = Record<string, never>>(
  source: string,
): TypedDocumentNode<TData, TVariables> {
  return parse(source) as TypedDocumentNode<TData, TVariables>;
}

const clinicianFields = 'id email displayName role isActive hasSecondFactor';
const viewerFields = `clinician { ${clinicianFields} supervisees { id } }
  practice { id name requiresSecondFactor } idleExpiresAt expiresAt`;

export const ViewerQuery = document<{ viewer: ViewerFields | null }>(
  `query Viewer { viewer { ${viewerFields} } }`,
);

export const AccountsQuery = document<{
  accounts: (ClinicianFields & { supervisees: { id: string }[] })[];
}>(`query Accounts { accounts { ${clinicianFields} supervisees { id } } }`);

export const CaseloadQuery = document<
  { caseload: { id: string }[] },
  { clinicianId?: string | null }
>(`query Caseload($clinicianId: ID) { caseload(clinicianId: $clinicianId) { id } }`);

export const SignIn = document<
  { signIn: SignInResult },
  { input: { email: string; password: string } }
>(
  `mutation SignIn($input: SignInInput!) { signIn(input: $input) { status viewer { ${viewerFields} } } }`,
);

export const SignOut = document<{ signOut: boolean }>(`mutation SignOut { signOut }`);

export const ExtendSession = document<{ extendSession: ViewerFields }>(
  `mutation ExtendSession { extendSession { ${viewerFields} } }`,
);

export const VerifySecondFactor = document<{ verifySecondFactor: SignInResult }, { code: string }>(
  `mutation VerifySecondFactor($code: String!) {
    verifySecondFactor(code: $code) { status viewer { ${viewerFields} } }
  }`,
);

export const BeginSecondFactorEnrolment = document<{
  beginSecondFactorEnrolment: { secret: string; otpauthUri: string; qrCodeSvg: string };
}>(`mutation BeginEnrolment { beginSecondFactorEnrolment { secret otpauthUri qrCodeSvg } }`);

export const ConfirmSecondFactorEnrolment = document<
  { confirmSecondFactorEnrolment: { codes: string[] } },
  { code: string }
>(
  `mutation ConfirmEnrolment($code: String!) { confirmSecondFactorEnrolment(code: $code) { codes } }`,
);

export const SetPassword = document<{ setPassword: boolean }, { token: string; password: string }>(
  `mutation SetPassword($token: String!, $password: String!) { setPassword(token: $token, password: $password) }`,
);

export const CreateAccount = document<
  { createAccount: SetPasswordLink },
  { input: { email: string; displayName: string; role: Role } }
>(
  `mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) { clinician { ${clinicianFields} } url expiresAt }
  }`,
);

export const ResetPassword = document<{ resetPassword: SetPasswordLink }, { clinicianId: string }>(
  `mutation ResetPassword($clinicianId: ID!) {
    resetPassword(clinicianId: $clinicianId) { clinician { ${clinicianFields} } url expiresAt }
  }`,
);

export const DeactivateAccount = document<
  { deactivateAccount: ClinicianFields },
  { clinicianId: string }
>(
  `mutation DeactivateAccount($clinicianId: ID!) { deactivateAccount(clinicianId: $clinicianId) { ${clinicianFields} } }`,
);

export const SetSupervisees = document<
  { setSupervisees: ClinicianFields & { supervisees: { id: string }[] } },
  { supervisorId: string; superviseeIds: string[] }
>(
  `mutation SetSupervisees($supervisorId: ID!, $superviseeIds: [ID!]!) {
    setSupervisees(supervisorId: $supervisorId, superviseeIds: $superviseeIds) { ${clinicianFields} supervisees { id } }
  }`,
);

export const SetSecondFactorRequirement = document<
  { setSecondFactorRequirement: { id: string; requiresSecondFactor: boolean } },
  { isRequired: boolean }
>(
  `mutation SetRequirement($isRequired: Boolean!) {
    setSecondFactorRequirement(isRequired: $isRequired) { id requiresSecondFactor }
  }`,
);
