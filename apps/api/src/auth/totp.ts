import { createHmac, timingSafeEqual } from 'node:crypto';

// One-time passwords from an authenticator app: HOTP (RFC 4226) and TOTP (RFC 6238) with
// HMAC-SHA1, 30-second steps and 6 digits, the parameters every common app assumes.

/** Seconds per TOTP step (RFC 6238 "X"). */
export const TOTP_STEP_SECONDS = 30;
/** Digits of a code as the apps show them. */
export const TOTP_DIGITS = 6;
/** Steps either side of now that are still accepted, for clocks a little off (RFC 6238 §5.2). */
export const TOTP_ALLOWED_DRIFT_STEPS = 1;

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Base32 (RFC 4648 §6) without padding, as authenticator apps expect secrets. */
export function encodeBase32(bytes: Uint8Array): string {
  let bits = 0;
  let buffered = 0;
  let output = '';
  for (const byte of bytes) {
    buffered = (buffered << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      output += BASE32_ALPHABET[(buffered >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) output += BASE32_ALPHABET[(buffered << (5 - bits)) & 31];
  return output;
}

/** Decodes base32, ignoring case, spaces and padding; throws on any other character. */
export function decodeBase32(text: string): Buffer {
  const cleaned = text.toUpperCase().replace(/[\s=]/g, '');
  let bits = 0;
  let buffered = 0;
  const bytes: number[] = [];
  for (const character of cleaned) {
    const value = BASE32_ALPHABET.indexOf(character);
    if (value === -1) throw new Error('Not a base32 character');
    buffered = ((buffered << 5) | value) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((buffered >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** The HOTP value of a counter (RFC 4226 §5.3: dynamic truncation), zero-padded. */
export function hotp(secret: Uint8Array, counter: bigint | number, digits = TOTP_DIGITS): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const digest = createHmac('sha1', secret).update(message).digest();
  const offset = digest[digest.length - 1] & 0x0f;
  const binary = digest.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The TOTP step a moment falls in (RFC 6238 §4.2, T0 = 0). */
export function totpStep(at: Date): number {
  return Math.floor(at.getTime() / 1000 / TOTP_STEP_SECONDS);
}

/** The TOTP code for a moment. */
export function totp(secret: Uint8Array, at: Date, digits = TOTP_DIGITS): string {
  return hotp(secret, totpStep(at), digits);
}

/**
 * The step a code matches, within the allowed drift around `at` and after `lastUsedStep` (a
 * code already accepted, or an older one, never works again); null when it matches none.
 */
export function matchTotpStep(
  secret: Uint8Array,
  code: string,
  at: Date,
  lastUsedStep: number | null,
): number | null {
  if (!new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(code)) return null;
  const current = totpStep(at);
  let matched: number | null = null;
  // Every candidate is computed and compared in constant time, so timing tells nothing.
  for (
    let step = current - TOTP_ALLOWED_DRIFT_STEPS;
    step <= current + TOTP_ALLOWED_DRIFT_STEPS;
    step++
  ) {
    const isSame = timingSafeEqual(Buffer.from(hotp(secret, step)), Buffer.from(code));
    if (isSame && (lastUsedStep === null || step > lastUsedStep)) matched = step;
  }
  return matched;
}

/** What an authenticator app shows beside the codes. */
export interface OtpauthLabel {
  /** Who issues the codes, shown as the entry's title. */
  readonly issuer: string;
  /** The label's prefix, before the colon. */
  readonly labelPrefix: string;
  /** The account, after the colon. */
  readonly accountName: string;
}

/** The otpauth:// address an app reads from the QR code (Google's Key Uri Format). */
export function otpauthUri(secret: Uint8Array, label: OtpauthLabel): string {
  const parameters = new URLSearchParams({
    secret: encodeBase32(secret),
    issuer: label.issuer,
    algorithm: 'SHA1',
    digits: String(TOTP_DIGITS),
    period: String(TOTP_STEP_SECONDS),
  });
  const path = `${encodeURIComponent(label.labelPrefix)}:${encodeURIComponent(label.accountName)}`;
  return `otpauth://totp/${path}?${parameters.toString()}`;
}
