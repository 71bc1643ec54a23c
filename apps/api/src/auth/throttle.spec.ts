import {
  accountThrottleKey,
  afterFailure,
  delaySeconds,
  LOCK_AFTER_FAILURES,
  LOCK_SECONDS,
  retryAfterSeconds,
  type ThrottleState,
} from './throttle';

const start = new Date('2026-03-14T09:00:00.000Z');
const later = (seconds: number) => new Date(start.getTime() + seconds * 1000);

/** Fails as fast as the throttle lets a guesser, answering each failure's time. */
function failAsFastAsAllowed(count: number): { state: ThrottleState; times: number[] } {
  let state: ThrottleState | null = null;
  let now = 0;
  const times: number[] = [];
  for (let failure = 0; failure < count; failure++) {
    now += retryAfterSeconds(state, later(now));
    state = afterFailure(state, later(now));
    times.push(now);
  }
  if (state === null) throw new Error('no failures');
  return { state, times };
}

describe('sign-in throttling arithmetic', () => {
  it('lets five failures through at full speed', () => {
    let state: ThrottleState | null = null;
    for (let failure = 1; failure <= 4; failure++) {
      state = afterFailure(state, start);
      expect(retryAfterSeconds(state, start)).toBe(0);
    }
    state = afterFailure(state, start);
    expect(state.failureCount).toBe(5);
    expect(retryAfterSeconds(state, start)).toBe(1);
  });

  it('then doubles the wait after each failure: 1, 2, 4, 8, 16 seconds, at most 60', () => {
    expect([5, 6, 7, 8, 9, 10, 11, 12].map(delaySeconds)).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
    expect([0, 1, 4].map(delaySeconds)).toEqual([0, 0, 0]);
  });

  it('locks for 15 minutes at the tenth failure in a row', () => {
    const { state, times } = failAsFastAsAllowed(LOCK_AFTER_FAILURES);
    expect(times).toEqual([0, 0, 0, 0, 0, 1, 3, 7, 15, 31]);
    expect(state.lockedUntil).toEqual(later(31 + LOCK_SECONDS));
    expect(retryAfterSeconds(state, later(31))).toBe(LOCK_SECONDS);
    expect(retryAfterSeconds(state, later(31 + LOCK_SECONDS - 0.5))).toBe(1);
    expect(retryAfterSeconds(state, later(31 + LOCK_SECONDS))).toBe(0);
  });

  it('locks again at every failure after the lock, so a guesser gets one try per lock', () => {
    const { state } = failAsFastAsAllowed(LOCK_AFTER_FAILURES);
    const afterLock = later(31 + LOCK_SECONDS);
    const next = afterFailure(state, afterLock);
    expect(next.failureCount).toBe(LOCK_AFTER_FAILURES + 1);
    expect(retryAfterSeconds(next, afterLock)).toBe(LOCK_SECONDS);
  });

  it('allows 13 guesses in the first hour: ten, then one per lock', () => {
    let state: ThrottleState | null = null;
    let now = 0;
    let guesses = 0;
    for (;;) {
      now += retryAfterSeconds(state, later(now));
      if (now >= 3600) break;
      state = afterFailure(state, later(now));
      guesses++;
    }
    expect(guesses).toBe(13);
  });

  it('forgets failures a day old when no lock is in force', () => {
    let state: ThrottleState | null = null;
    for (let failure = 0; failure < 6; failure++) state = afterFailure(state, start);
    const nextDay = later(24 * 3600 + 1);
    expect(retryAfterSeconds(state, nextDay)).toBe(0);
    expect(afterFailure(state, nextDay).failureCount).toBe(1);
  });

  it('keys an email by its hash, so the table never holds an address', () => {
    const key = accountThrottleKey('sam@example.org');
    expect(key).toMatch(/^account:[0-9a-f]{64}$/);
    expect(key).not.toContain('sam');
  });
});
