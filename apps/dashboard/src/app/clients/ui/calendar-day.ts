// ISO dates are calendar days, not instants: they are formatted in UTC so that no time zone
// moves them to the day before.
const dayFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

const monthFormat = new Intl.DateTimeFormat(undefined, {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

function utcDate(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** A calendar day in this browser's language: "14 Mar 2026". */
export function formatCalendarDay(isoDate: string): string {
  return dayFormat.format(utcDate(isoDate));
}

/** The month of a calendar day: "March 2026". */
export function formatCalendarMonth(isoDate: string): string {
  return monthFormat.format(utcDate(isoDate));
}
