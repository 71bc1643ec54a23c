import { GraphQLError } from 'graphql';
import { apiError } from '../graphql/errors';

/** The one answer to a wrong email, a wrong password or an account that may not sign in. */
export const SIGN_IN_FAILED_MESSAGE = 'Email or password is incorrect';

/** The sign-in failure that never says whether the email exists. */
export function signInFailed(): GraphQLError {
  return apiError('UNAUTHENTICATED', SIGN_IN_FAILED_MESSAGE);
}

/**
 * Too many failed attempts: RATE_LIMITED with `retryAfter` in seconds. The same answer for any
 * email, known or not, and whatever the password, so waiting is the only way on.
 */
export function rateLimited(retryAfterSeconds: number): GraphQLError {
  const wait = retryAfterSeconds === 1 ? '1 second' : `${retryAfterSeconds} seconds`;
  return new GraphQLError(`Too many failed attempts. Try again in ${wait}.`, {
    extensions: { code: 'RATE_LIMITED', retryAfter: retryAfterSeconds },
  });
}
