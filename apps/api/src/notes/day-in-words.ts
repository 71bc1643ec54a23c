const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The calendar day of an ISO date or date-time, as a person writes it: "1 December 2026". */
export function dayInWords(isoDateOrDateTime: string): string {
  const [year, month, day] = isoDateOrDateTime.slice(0, 10).split('-').map(Number);
  const monthName = MONTHS[(month ?? 0) - 1];
  if (!year || !monthName || !day) throw new RangeError('Not an ISO date');
  return `${day} ${monthName} ${year}`;
}
