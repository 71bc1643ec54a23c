import {
  ExtendSessionDocument,
  SetPasswordDocument,
  SignInDocument,
  SignOutDocument,
  VerifySecondFactorDocument,
  ViewerDocument,
  ViewerFieldsFragmentDoc,
} from '../../__generated__/start-up-documents';
import type { ViewerFieldsFragment } from '../../__generated__/graphql';

// These load at start-up, so they come from a module of their own rather than the one holding every
// document of every route (see codegen.ts).

/** What the dashboard keeps of the signed-in clinician and their session's deadlines. */
export const viewerFieldsFragment = ViewerFieldsFragmentDoc;

/** The signed-in clinician, or null when nobody is signed in. */
export const viewerDocument = ViewerDocument;

/** Checks an email and password; the answer says whether a second factor comes next. */
export const signInDocument = SignInDocument;

/** Completes sign-in with a code from the authenticator app or a recovery code. */
export const verifySecondFactorDocument = VerifySecondFactorDocument;

/** Keeps the session alive: the idle warning's "Stay signed in". */
export const extendSessionDocument = ExtendSessionDocument;

/** Ends the session on the server. */
export const signOutDocument = SignOutDocument;

/** Chooses a password through a one-time link. */
export const setPasswordDocument = SetPasswordDocument;

/** The signed-in clinician and their session, as the dashboard keeps them. */
export type SignedInViewer = ViewerFieldsFragment;
