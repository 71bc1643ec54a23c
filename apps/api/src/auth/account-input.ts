import { CLINICIAN_ROLES, type ClinicianRole } from '@waypoint/shared';
import type { CreateAccountInput } from '../__generated__/resolvers-types';
import { apiError } from '../graphql/errors';
import { normaliseEmail } from './account.repository';

/** Longest display name, as the clinician table allows. */
export const MAX_DISPLAY_NAME_LENGTH = 200;
/** Longest email address (RFC 5321 path limit). */
export const MAX_EMAIL_LENGTH = 254;

// One @, something on each side, a dot in the domain, no spaces: the form an address takes.
// Whether it reaches anyone is for the link's recipient to show, not for a pattern to guess.
const EMAIL_FORM = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** A new account's details, checked and tidied. */
export interface ValidAccountInput {
  readonly email: string;
  readonly displayName: string;
  readonly role: ClinicianRole;
}

/** Checks a new account's details; throws BAD_USER_INPUT naming the first bad field. */
export function validateAccountInput(input: CreateAccountInput): ValidAccountInput {
  const email = normaliseEmail(input.email);
  if (email.length > MAX_EMAIL_LENGTH || !EMAIL_FORM.test(email)) {
    throw apiError('BAD_USER_INPUT', 'Enter an email address such as name@example.org', 'email');
  }
  const displayName = input.displayName.trim().replace(/\s+/g, ' ');
  if (displayName.length === 0 || displayName.length > MAX_DISPLAY_NAME_LENGTH) {
    throw apiError(
      'BAD_USER_INPUT',
      `Display name must be 1 to ${MAX_DISPLAY_NAME_LENGTH} characters`,
      'displayName',
    );
  }
  if (!(CLINICIAN_ROLES as readonly string[]).includes(input.role)) {
    throw apiError('BAD_USER_INPUT', `Role must be one of ${CLINICIAN_ROLES.join(', ')}`, 'role');
  }
  return { email, displayName, role: input.role };
}

/** The answer when an email is already used by an account, in any practice. */
export function emailTaken(): Error {
  return apiError('BAD_USER_INPUT', 'An account with this email address already exists', 'email');
}
