import commonPasswordList from './common-passwords.txt';

// What makes a password acceptable (NIST SP 800-63B §3.1.1.2, OWASP ASVS V2.1): length, not a
// known common one, nothing taken from the account itself. No composition rules: they make
// passwords harder to remember, not to guess.

/** Shortest password accepted, in characters (issue 3). */
export const MIN_PASSWORD_LENGTH = 12;
/** Longest password accepted, in characters: long passphrases are welcome, novels are not. */
export const MAX_PASSWORD_LENGTH = 128;
/** A local part shorter than this ("jo@...") is too common a string to forbid inside passwords. */
const MIN_LOCAL_PART_CHECKED = 3;

const commonPasswords: ReadonlySet<string> = new Set(
  commonPasswordList
    .split('\n')
    .map((line) => line.trim().toLowerCase())
    .filter((line) => line !== '' && !line.startsWith('#')),
);

/**
 * The form a password is hashed and compared in: Unicode NFKC, so the same passphrase typed on
 * two keyboards (composed or decomposed accents) is the same password (SP 800-63B §5.1.1.2).
 */
export function normalisePassword(password: string): string {
  return password.normalize('NFKC');
}

/** Password length as people count it: in characters (code points), not UTF-16 units. */
export function passwordLength(password: string): number {
  return [...normalisePassword(password)].length;
}

/** Whether the password is on the shipped list of common passwords, ignoring case. */
export function isCommonPassword(password: string): boolean {
  return commonPasswords.has(normalisePassword(password).trim().toLowerCase());
}

/** How many passwords the shipped list holds. */
export function commonPasswordCount(): number {
  return commonPasswords.size;
}

/** Why a password is not acceptable for the account with this email, or null when it is. */
export function passwordProblem(password: string, email: string): string | null {
  const normalised = normalisePassword(password);
  const length = passwordLength(normalised);
  if (length < MIN_PASSWORD_LENGTH) {
    return `Password must be at least ${MIN_PASSWORD_LENGTH} characters long`;
  }
  if (length > MAX_PASSWORD_LENGTH) {
    return `Password must be at most ${MAX_PASSWORD_LENGTH} characters long`;
  }
  if (isCommonPassword(normalised) || isMonotonous(normalised)) {
    return 'Password is too common or too easy to guess; a few unrelated words make a good one';
  }
  const localPart = email.split('@')[0]?.trim().toLowerCase() ?? '';
  if (localPart.length >= MIN_LOCAL_PART_CHECKED && normalised.toLowerCase().includes(localPart)) {
    return 'Password must not contain the first part of your email address';
  }
  return null;
}

/** Fewer different characters than this in 12 or more is a pattern, not a password. */
const MIN_DISTINCT_CHARACTERS = 4;

/**
 * Patterns no list holds in every length: a few characters repeated ("abababababab"), or a
 * run that climbs or falls by one ("abcdefghijklmnop", "9876543210987").
 */
function isMonotonous(password: string): boolean {
  const characters = [...password.toLowerCase()];
  if (new Set(characters).size < MIN_DISTINCT_CHARACTERS) return true;
  const codes = characters.map((character) => character.codePointAt(0) ?? 0);
  const steps = new Set(codes.slice(1).map((code, index) => code - codes[index]));
  const isDigitWrap =
    /^\d+$/.test(password) && [...steps].every((step) => [1, -1, 9, -9].includes(step));
  return steps.size <= 1 || isDigitWrap;
}
