import { loadConfig } from '../config';
import { lapseReason, touchInterval } from './sessions';

describe('when a session lapses', () => {
  const config = loadConfig({ SESSION_IDLE_MINUTES: '15', SESSION_LIFETIME_HOURS: '12' });
  const signedInAt = new Date('2026-03-14T09:00:00.000Z');
  const minutes = (count: number) => new Date(signedInAt.getTime() + count * 60_000);
  const session = { last_seen_at: signedInAt, expires_at: minutes(12 * 60) };

  it('goes on while used within the idle time', () => {
    expect(lapseReason(session, config, minutes(14.9))).toBeNull();
  });

  it('ends after 15 minutes without a request', () => {
    expect(lapseReason(session, config, minutes(15))).toBe('IDLE_TIMEOUT');
  });

  it('ends 12 hours after sign-in however busy', () => {
    const busy = { ...session, last_seen_at: minutes(12 * 60 - 1) };
    expect(lapseReason(busy, config, minutes(12 * 60))).toBe('LIFETIME_EXPIRED');
  });

  it('writes the last-seen time at most every few seconds', () => {
    expect(touchInterval(config)).toBe(5_000);
    const short = loadConfig({ SESSION_IDLE_MINUTES: '0.05' });
    expect(touchInterval(short)).toBe(50);
  });
});
