import { graphql } from '../../__generated__';
import type { ViewerFieldsFragment } from '../../__generated__/graphql';

/** What the dashboard keeps of the signed-in clinician and their session's deadlines. */
export const viewerFieldsFragment = graphql(`
  fragment ViewerFields on Viewer {
    idleExpiresAt
    expiresAt
    clinician {
      id
      email
      displayName
      role
      hasSecondFactor
    }
    practice {
      id
      name
      requiresSecondFactor
    }
  }
`);

/** The signed-in clinician, or null when nobody is signed in. */
export const viewerDocument = graphql(`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }
`);

/** Checks an email and password; the answer says whether a second factor comes next. */
export const signInDocument = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      status
      viewer {
        ...ViewerFields
      }
    }
  }
`);

/** Completes sign-in with a code from the authenticator app or a recovery code. */
export const verifySecondFactorDocument = graphql(`
  mutation VerifySecondFactor($code: String!) {
    verifySecondFactor(code: $code) {
      status
      viewer {
        ...ViewerFields
      }
    }
  }
`);

/** Keeps the session alive: the idle warning's "Stay signed in". */
export const extendSessionDocument = graphql(`
  mutation ExtendSession {
    extendSession {
      ...ViewerFields
    }
  }
`);

/** Ends the session on the server. */
export const signOutDocument = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** Chooses a password through a one-time link. */
export const setPasswordDocument = graphql(`
  mutation SetPassword($token: String!, $password: String!) {
    setPassword(token: $token, password: $password)
  }
`);

/** The signed-in clinician and their session, as the dashboard keeps them. */
export type SignedInViewer = ViewerFieldsFragment;
