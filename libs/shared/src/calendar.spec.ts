import { daysBetween, isIsoDate, toIsoDate } from './calendar';

describe('calendar days', () => {
  it.each(['2026-03-14', '2024-02-29', '1999-12-31'])('accepts the real day %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-04-31', '26-03-14', '2026-3-14', '2026-03-14T00:00'])(
    'rejects %s, which is not a real day written as YYYY-MM-DD',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );

  it('counts whole days across a month end and a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
  });

  it('writes the local calendar day of an instant, not the UTC one', () => {
    const lateEvening = new Date(2026, 10, 23, 23, 30);
    expect(toIsoDate(lateEvening)).toBe('2026-11-23');
  });
});
