import { formatRelativeDay, localIsoDate } from './relative-day';

describe('formatRelativeDay', () => {
  const today = '2026-03-14';

  it.each([
    ['2026-03-14', 'Today'],
    ['2026-03-13', 'Yesterday'],
    ['2026-03-11', '3 days ago'],
    ['2026-03-01', '13 days ago'],
    ['2026-02-28', '2 weeks ago'],
    ['2026-01-20', '7 weeks ago'],
    ['2026-01-13', '2 months ago'],
    ['2025-03-15', '12 months ago'],
    ['2025-03-14', 'Last year'],
    ['2023-03-14', '3 years ago'],
  ])('describes %s as "%s"', (isoDate, expected) => {
    expect(formatRelativeDay(isoDate, today)).toBe(expected);
  });

  it('counts across a month end by calendar days', () => {
    expect(formatRelativeDay('2026-02-27', '2026-03-02')).toBe('3 days ago');
  });

  it('stays truthful about a day after today instead of calling it today', () => {
    expect(formatRelativeDay('2026-03-15', today)).toBe('Tomorrow');
  });
});

describe('localIsoDate', () => {
  it('uses the local calendar day, not the UTC one', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('pads single-digit months and days', () => {
    expect(localIsoDate(new Date(2026, 8, 9))).toBe('2026-09-09');
  });
});
