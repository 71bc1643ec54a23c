import { createHash } from 'node:crypto';

// Sign-in throttling as pure arithmetic over one key's state; throttle-store.ts keeps the
// state in the database. Each attempt is checked against two keys, the account (by email,
// whether or not it exists) and the caller's address, so neither guessing many passwords for
// one account nor one password across many accounts gets far.

/** Consecutive failures that are free: a person mistyping gets five tries at full speed. */
export const SLOWDOWN_AFTER_FAILURES = 5;
/** Consecutive failures that lock the key: the tenth in a row. */
export const LOCK_AFTER_FAILURES = 10;
/** Wait before the next try once slowed down: 2^(failures - 5) seconds, at most this. */
export const MAX_DELAY_SECONDS = 60;
/** How long a lock lasts; every failure after it (the 11th, 12th...) locks again. */
export const LOCK_SECONDS = 15 * 60;
/** Failures this old, with no lock in force, are forgotten: a fresh start the next day. */
export const FORGET_AFTER_SECONDS = 24 * 60 * 60;

/** One key's consecutive failures. */
export interface ThrottleState {
  readonly failureCount: number;
  readonly lastFailureAt: Date;
  readonly lockedUntil: Date | null;
}

/** The throttle key of an email, known or not: its SHA-256, so the table holds no addresses. */
export function accountThrottleKey(normalisedEmail: string): string {
  return `account:${createHash('sha256').update(normalisedEmail).digest('hex')}`;
}

/** The throttle key of a caller's address. */
export function addressThrottleKey(address: string): string {
  return `address:${address}`;
}

/** The throttle key of an account's second-factor codes, apart from its password's. */
export function secondFactorThrottleKey(clinicianId: string): string {
  return `second-factor:${clinicianId}`;
}

/** Seconds to wait after the latest failure, given how many came in a row. */
export function delaySeconds(failureCount: number): number {
  if (failureCount < SLOWDOWN_AFTER_FAILURES) return 0;
  return Math.min(2 ** (failureCount - SLOWDOWN_AFTER_FAILURES), MAX_DELAY_SECONDS);
}

/** Whether a state is old enough to start again from nothing. */
export function isForgotten(state: ThrottleState, now: Date): boolean {
  const isLocked = state.lockedUntil !== null && state.lockedUntil > now;
  return !isLocked && now.getTime() - state.lastFailureAt.getTime() > FORGET_AFTER_SECONDS * 1000;
}

/** Whole seconds until the key may try again; 0 when it may try now. */
export function retryAfterSeconds(state: ThrottleState | null, now: Date): number {
  if (state === null || isForgotten(state, now)) return 0;
  const lockedFor = state.lockedUntil ? state.lockedUntil.getTime() - now.getTime() : 0;
  const slowedFor =
    state.lastFailureAt.getTime() + delaySeconds(state.failureCount) * 1000 - now.getTime();
  const waitMilliseconds = Math.max(lockedFor, slowedFor, 0);
  return Math.ceil(waitMilliseconds / 1000);
}

/** The state after one more failure at `now`. */
export function afterFailure(state: ThrottleState | null, now: Date): ThrottleState {
  const previous = state === null || isForgotten(state, now) ? 0 : state.failureCount;
  const failureCount = previous + 1;
  return {
    failureCount,
    lastFailureAt: now,
    lockedUntil:
      failureCount >= LOCK_AFTER_FAILURES ? new Date(now.getTime() + LOCK_SECONDS * 1000) : null,
  };
}
