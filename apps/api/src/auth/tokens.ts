import { createHash, randomBytes } from 'node:crypto';

// Bearer secrets (session tokens, set-password links): 256 random bits, sent once, stored only
// as their SHA-256. A slow hash would add nothing to 256 bits of entropy.

/** Random bytes in a token: 256 bits. */
const TOKEN_BYTES = 32;
const WELL_FORMED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** A new random token and the hash to store in its place. */
export interface IssuedToken {
  /** Given to the holder once (cookie, link); never stored. */
  readonly token: string;
  /** Its SHA-256 in hex: what the database keeps and looks up. */
  readonly hash: string;
}

/** A fresh 256-bit token (base64url) and its hash. */
export function issueToken(): IssuedToken {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  return { token, hash: hashToken(token) };
}

/** The SHA-256 of a token or code, in hex. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Whether a string could be one of our tokens, so garbage never reaches a query. */
export function isWellFormedToken(token: string): boolean {
  return WELL_FORMED_TOKEN.test(token);
}
