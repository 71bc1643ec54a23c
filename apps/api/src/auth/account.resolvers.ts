import type {
  ClinicianResolvers,
  MutationResolvers,
  QueryResolvers,
  ViewerResolvers,
} from '../__generated__/resolvers-types';
import { apiError } from '../graphql/errors';
import { findClinician, findPractice } from './account.repository';
import {
  createAccount,
  deactivateAccount,
  listAccounts,
  resetPassword,
  setSecondFactorRequirement,
  setSupervisees,
} from './accounts.service';
import { requireViewer } from './authorize';
import {
  beginSecondFactorEnrolment,
  confirmSecondFactorEnrolment,
} from './second-factor-enrolment';
import { verifySecondFactor } from './second-factor';
import { setPasswordWithLink } from './set-password-links';
import { signIn, signOut } from './sign-in';

// Thin resolvers: the services in this folder hold the rules, the authorization and the audit.

export const accountQueryResolvers: Pick<QueryResolvers, 'viewer' | 'accounts'> = {
  // Never an error: a page asks this to learn whether anyone is signed in.
  viewer: (_parent, _arguments, context) => context.viewer,
  accounts: (_parent, _arguments, context) => listAccounts(context),
};

export const accountMutationResolvers: Pick<
  MutationResolvers,
  | 'signIn'
  | 'signOut'
  | 'verifySecondFactor'
  | 'extendSession'
  | 'setPassword'
  | 'beginSecondFactorEnrolment'
  | 'confirmSecondFactorEnrolment'
  | 'createAccount'
  | 'resetPassword'
  | 'deactivateAccount'
  | 'setSupervisees'
  | 'setSecondFactorRequirement'
> = {
  signIn: (_parent, { input }, context) => signIn(context, input),
  signOut: (_parent, _arguments, context) => signOut(context),
  verifySecondFactor: (_parent, { code }, context) => verifySecondFactor(context, code),
  // Resolving the session for this request already moved its idle end: answer the result.
  extendSession: (_parent, _arguments, context) => requireViewer(context),
  setPassword: (_parent, { token, password }, context) =>
    setPasswordWithLink(context, token, password),
  beginSecondFactorEnrolment: (_parent, _arguments, context) => beginSecondFactorEnrolment(context),
  confirmSecondFactorEnrolment: async (_parent, { code }, context) => ({
    codes: await confirmSecondFactorEnrolment(context, code),
  }),
  createAccount: (_parent, { input }, context) => createAccount(context, input),
  resetPassword: (_parent, { clinicianId }, context) => resetPassword(context, clinicianId),
  deactivateAccount: (_parent, { clinicianId }, context) => deactivateAccount(context, clinicianId),
  setSupervisees: (_parent, { supervisorId, superviseeIds }, context) =>
    setSupervisees(context, supervisorId, superviseeIds),
  setSecondFactorRequirement: (_parent, { isRequired }, context) =>
    setSecondFactorRequirement(context, isRequired),
};

const clinicianResolvers: ClinicianResolvers = {
  supervisees: (clinician, _arguments, context) => context.supervisees.superviseesOf(clinician.id),
};

const viewerResolvers: ViewerResolvers = {
  clinician: async (viewer, _arguments, context) => {
    const clinician = await findClinician(context.db, viewer.clinicianId);
    if (!clinician) throw apiError('UNAUTHENTICATED', 'Sign in to continue');
    return clinician;
  },
  practice: async (viewer, _arguments, context) => {
    const practice = await findPractice(context.db, viewer.practiceId);
    if (!practice) throw apiError('UNAUTHENTICATED', 'Sign in to continue');
    return practice;
  },
};

export const accountTypeResolvers = { Clinician: clinicianResolvers, Viewer: viewerResolvers };
