import argon2 from 'argon2';
import type { Transaction } from 'kysely';
import type { Database } from '../database/tables';
import { apiError } from '../graphql/errors';
import { normalisePassword, passwordProblem } from './password-rules';

/**
 * argon2id with OWASP's first recommended setting (Password Storage Cheat Sheet): 19 MiB of
 * memory, 2 passes, 1 lane. About 30-60 ms per hash here: slow for a guesser, fine for a person.
 */
export const PASSWORD_HASH_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** Longest input ever given to argon2: a sign-in with a megabyte "password" hashes no more. */
const MAX_HASHED_LENGTH = 1024;

/** An argon2id hash of the password, in the PHC string format that stores its own salt. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(normalisePassword(password), PASSWORD_HASH_OPTIONS);
}

/** Whether the password matches the hash; false for a malformed hash or an oversized input. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  if (password.length > MAX_HASHED_LENGTH) return false;
  try {
    return await argon2.verify(hash, normalisePassword(password));
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;

/**
 * A hash of a random password, made once per process with the same settings as real ones:
 * an unknown email is checked against it, so it costs the same time as a wrong password.
 */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= argon2.hash(crypto.randomUUID(), PASSWORD_HASH_OPTIONS);
  return dummyHash;
}

/** Throws BAD_USER_INPUT naming the field when the password breaks a rule. */
export function assertAcceptablePassword(
  password: string,
  email: string,
  field = 'password',
): void {
  const problem = passwordProblem(password, email);
  if (problem) throw apiError('BAD_USER_INPUT', problem, field);
}

/** Replaces a hash made with older settings, once the password is known to be right. */
export async function rehashWhenOutdated(
  transaction: Transaction<Database>,
  clinicianId: string,
  hash: string,
  password: string,
): Promise<void> {
  if (!argon2.needsRehash(hash, PASSWORD_HASH_OPTIONS)) return;
  await transaction
    .updateTable('clinician')
    .set({ password_hash: await hashPassword(password) })
    .where('id', '=', clinicianId)
    .execute();
}
