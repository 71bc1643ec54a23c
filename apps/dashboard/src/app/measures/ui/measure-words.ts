import {
  instrumentName,
  QUESTIONNAIRES,
  RELIABLE_CHANGE_LABELS,
  SEVERITY_BANDS,
  type Severity,
  type StandardMeasure,
} from '@waypoint/shared';

import type { MeasureResponseView } from './measure-views';

// The words the measures use on screen. Scores are described against the client's own
// baseline, never against other clients.

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'long', timeZone: 'UTC' });
const monthYearFormat = new Intl.DateTimeFormat(undefined, {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDayFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

const shortMonthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });
const shortMonthYearFormat = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

const millisecondsPerDay = 86_400_000;

/** Days since 1 January 1970 for an ISO date: the x position of a point on a chart. */
export function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / millisecondsPerDay;
}

/** A chart's day number as a short day: "12 Mar"; the first of a month as "Mar" ("Jan 2027"). */
export function formatDayNumber(value: number): string {
  const date = new Date(Math.round(value) * millisecondsPerDay);
  if (date.getUTCDate() !== 1) return shortDayFormat.format(date);
  return date.getUTCMonth() === 0
    ? shortMonthYearFormat.format(date)
    : shortMonthFormat.format(date);
}

/**
 * Where a time axis puts its ticks: the first of each month in range (every other month past
 * eight), or each point's own day when the range is shorter than two months.
 */
export function timeAxisTicks(minimum: number, maximum: number, pointDays: readonly number[]) {
  const starts: number[] = [];
  const first = new Date(Math.ceil(minimum) * millisecondsPerDay);
  let year = first.getUTCFullYear();
  let month = first.getUTCMonth() + (first.getUTCDate() === 1 ? 0 : 1);
  for (;;) {
    const day = Date.UTC(year, month, 1) / millisecondsPerDay;
    if (day > maximum) break;
    starts.push(day);
    month += 1;
    if (month > 11) {
      month = 0;
      year += 1;
    }
  }
  if (starts.length < 2) return [...new Set(pointDays)];
  return starts.length > 8 ? starts.filter((_, index) => index % 2 === 0) : starts;
}

/** "March", or "March 2025" when the day is not in the same year as `today`. */
export function formatMonthSince(isoDate: string, today: string): string {
  const date = new Date(dayNumber(isoDate) * millisecondsPerDay);
  return isoDate.slice(0, 4) === today.slice(0, 4)
    ? monthFormat.format(date)
    : monthYearFormat.format(date);
}

/** The band's word as the published papers print it: "Moderately severe". */
export function severityLabel(instrument: StandardMeasure, severity: Severity): string {
  return SEVERITY_BANDS[instrument].find((band) => band.severity === severity)?.label ?? severity;
}

/** The complete scores of one measure, oldest first. */
export function completeScores(
  responses: readonly MeasureResponseView[],
  instrument: StandardMeasure,
): (MeasureResponseView & { readonly total: number })[] {
  return responses
    .filter(
      (response): response is MeasureResponseView & { total: number } =>
        response.instrument === instrument && response.isComplete && response.total !== null,
    )
    .sort((first, second) => first.administeredOn.localeCompare(second.administeredOn));
}

/** A change from baseline as a clinician says it: "3 points lower" or "the same". */
export function describePoints(change: number): string {
  if (change === 0) return 'no change';
  const points = Math.abs(change) === 1 ? 'point' : 'points';
  return `${Math.abs(change)} ${points} ${change < 0 ? 'lower' : 'higher'}`;
}

/**
 * "PHQ-9 18 → 11 since March: reliable improvement". The words come from the NHS Talking
 * Therapies thresholds the API applies; Waypoint adds no judgement of its own.
 */
export function describeChangeSinceBaseline(
  instrument: StandardMeasure,
  scores: readonly { readonly administeredOn: string; readonly total: number }[],
  latest: MeasureResponseView,
  today: string,
): string | null {
  const baseline = scores[0];
  if (!baseline || scores.length < 2 || !latest.change) return null;
  const kind = RELIABLE_CHANGE_LABELS[latest.change.reliableChange].toLowerCase();
  const since = formatMonthSince(baseline.administeredOn, today);
  return `${instrumentName(instrument)} ${baseline.total} → ${latest.total} since ${since}: ${kind}`;
}

/** "5 of 9 answered". */
export function describeProgress(response: MeasureResponseView): string {
  const answered = response.answers.filter((answer) => answer !== null).length;
  return `${answered} of ${response.answers.length} answered`;
}

/** The answer label a client chose for one item of a standard measure. */
export function answerLabel(instrument: StandardMeasure, value: number): string {
  return (
    QUESTIONNAIRES[instrument].answerOptions.find((option) => option.value === value)?.label ??
    String(value)
  );
}
