import { daysBetween, isIsoDate, isoDateAfter, toIsoDate } from './calendar';

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

describe('day arithmetic without Date objects', () => {
  // Every day from 1899 to 2101 against what Date.UTC says, leap years and centuries included.
  it('counts days and adds them as the Date functions do', () => {
    const start = Date.UTC(1899, 0, 1);
    for (let offset = 0; offset < 202 * 366; offset += 1) {
      const day = new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
      expect(daysBetween('1970-01-01', day)).toBe(Math.round((Date.parse(day) - 0) / 86_400_000));
      expect(isoDateAfter('1899-01-01', offset)).toBe(day);
      expect(isIsoDate(day)).toBe(true);
    }
  });

  it('rejects days no calendar has', () => {
    for (const day of [
      '2025-02-29',
      '2100-02-29',
      '2025-13-01',
      '2025-00-10',
      '2025-04-31',
      '2025-1-01',
      '20250101xx',
    ])
      expect(isIsoDate(day)).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });
});
