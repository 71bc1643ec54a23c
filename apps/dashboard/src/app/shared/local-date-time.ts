const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

const preciseDateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'medium',
});

/** An ISO date-time in this browser's time zone and language: "14 Mar 2026, 09:30". */
export function formatLocalDateTime(isoDateTime: string): string {
  return dateTimeFormat.format(new Date(isoDateTime));
}

/** The same, to the second, for records where order within a minute matters. */
export function formatPreciseLocalDateTime(isoDateTime: string): string {
  return preciseDateTimeFormat.format(new Date(isoDateTime));
}
