import { daysBetween } from '@waypoint/shared';

const relativeTimeFormat = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** The local calendar day of a moment, as an ISO date (YYYY-MM-DD). */
export function localIsoDate(moment: Date): string {
  const year = String(moment.getFullYear()).padStart(4, '0');
  const month = String(moment.getMonth() + 1).padStart(2, '0');
  const day = String(moment.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** How long ago a calendar day was, in words a person would say ("Today", "3 days ago"). */
export function formatRelativeDay(isoDate: string, today: string): string {
  const daysAgo = daysBetween(isoDate, today);
  const absoluteDays = Math.abs(daysAgo);
  // Counting in days stays exact for two weeks; beyond that a rounder unit reads faster.
  const [amount, unit]: [number, Intl.RelativeTimeFormatUnit] =
    absoluteDays < 14
      ? [daysAgo, 'day']
      : absoluteDays < 60
        ? [Math.trunc(daysAgo / 7), 'week']
        : absoluteDays < 365
          ? [Math.trunc(daysAgo / 30), 'month']
          : [Math.trunc(daysAgo / 365), 'year'];
  return capitalize(relativeTimeFormat.format(-amount, unit));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
