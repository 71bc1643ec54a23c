import { daysBetween, isIsoDate, isoDateAfter } from '../calendar';
import type { Instrument } from '../domain/measure';

// Dates here are calendar days (YYYY-MM-DD), never instants: a PHQ-9 due on the 14th is due on
// the 14th wherever the therapist opens the dashboard. The arithmetic runs on UTC midnights so
// no time zone or daylight-saving shift can move a day.

const DAYS_PER_WEEK = 7;

/** How often one measure is given to one client: every `everyWeeks` weeks. */
export interface MeasureSchedule {
  readonly instrument: Instrument;
  readonly everyWeeks: number;
}

/** When a measure is next due for a client, as of a given day. */
export interface MeasureDue {
  readonly instrument: Instrument;
  /** The day it is due (ISO date). */
  readonly dueOn: string;
  /** Whether the due day has passed without an administration; the due day itself is not late. */
  readonly isOverdue: boolean;
  /** Days past the due day; 0 when not overdue. */
  readonly daysOverdue: number;
}

function assertIsoDate(field: string, value: string): void {
  if (!isIsoDate(value)) throw new RangeError(`${field} must be a YYYY-MM-DD date, not ${value}.`);
}

function assertEveryWeeks(everyWeeks: number): void {
  if (!Number.isInteger(everyWeeks) || everyWeeks < 1) {
    throw new RangeError(`A measure is scheduled every whole number of weeks, not ${everyWeeks}.`);
  }
}

/** The calendar day `days` after an ISO date (before it when negative). */
export function addDaysToIsoDate(isoDate: string, days: number): string {
  assertIsoDate('The date', isoDate);
  return isoDateAfter(isoDate, days);
}

/**
 * The day a measure is next due: `everyWeeks` weeks after it was last given, or after the start
 * of treatment when it has not been given yet.
 */
export function nextDueDate(
  everyWeeks: number,
  lastAdministeredOn: string | null,
  treatmentStartedOn: string,
): string {
  assertEveryWeeks(everyWeeks);
  assertIsoDate('treatmentStartedOn', treatmentStartedOn);
  const anchor = lastAdministeredOn ?? treatmentStartedOn;
  assertIsoDate('lastAdministeredOn', anchor);
  return addDaysToIsoDate(anchor, everyWeeks * DAYS_PER_WEEK);
}

/** Whether a measure due on `dueOn` is overdue on `asOf` (the due day itself is on time). */
export function isOverdue(dueOn: string, asOf: string): boolean {
  assertIsoDate('dueOn', dueOn);
  assertIsoDate('asOf', asOf);
  // ISO dates compare correctly as strings.
  return asOf > dueOn;
}

/** When one scheduled measure is next due for a client, and whether it is late on `asOf`. */
export function measureDue(
  schedule: MeasureSchedule,
  lastAdministeredOn: string | null,
  treatmentStartedOn: string,
  asOf: string,
): MeasureDue {
  const dueOn = nextDueDate(schedule.everyWeeks, lastAdministeredOn, treatmentStartedOn);
  const overdue = isOverdue(dueOn, asOf);
  return {
    instrument: schedule.instrument,
    dueOn,
    isOverdue: overdue,
    daysOverdue: overdue ? daysBetween(dueOn, asOf) : 0,
  };
}

/** Every scheduled measure for a client, soonest due first (most overdue at the top). */
export function measuresDue(
  schedules: readonly MeasureSchedule[],
  lastAdministeredOn: Readonly<Partial<Record<Instrument, string>>>,
  treatmentStartedOn: string,
  asOf: string,
): MeasureDue[] {
  return schedules
    .map((schedule) =>
      measureDue(
        schedule,
        lastAdministeredOn[schedule.instrument] ?? null,
        treatmentStartedOn,
        asOf,
      ),
    )
    .sort((first, second) => first.dueOn.localeCompare(second.dueOn));
}
