import {
  hasSafetyFlag,
  isComplete,
  isStandardMeasure,
  measuresDue,
  scoreMeasure,
  severityBand,
} from '@waypoint/shared';

import type { Instrument } from '../../__generated__/graphql';
import { localIsoDate } from '../../shared/relative-day';
import type {
  MeasureRecord,
  MeasureResponseRecord,
  MeasureScheduleRecord,
  SafetyFlagRecord,
} from './measure-documents';

// What the screen shows while the server has not answered yet, worked out with the same rules
// the server uses (libs/shared), so the numbers do not jump when the answer arrives.

/** A form's answers as the dialogs send them. */
export interface MeasureAnswersInput {
  /** ISO date, never after today. */
  readonly administeredOn: string;
  /** Item answers in order; null for an item not answered yet. */
  readonly answers: readonly (number | null)[];
  /** PHQ-9 only: how difficult life has been, 0-3; recorded, never scored. */
  readonly difficulty?: number | null;
  /** Mood check-in only. */
  readonly moodWord?: string | null;
}

/** A response as the server will answer it, scored when every item is answered. */
export function pendingMeasureResponse(
  id: string,
  version: number,
  input: MeasureAnswersInput & { readonly instrument: Instrument },
): MeasureResponseRecord & { readonly __typename: 'MeasureResponse' } {
  const { instrument, answers } = input;
  const complete = isComplete(instrument, answers);
  const total = complete ? scoreMeasure(instrument, answers) : null;
  return {
    __typename: 'MeasureResponse',
    id,
    version,
    instrument,
    administeredOn: input.administeredOn,
    answers: [...answers],
    isComplete: complete,
    total,
    severity:
      total !== null && isStandardMeasure(instrument)
        ? severityBand(instrument, total).severity
        : null,
    difficulty: input.difficulty ?? null,
    moodWord: input.moodWord?.trim() || null,
    hasSafetyFlag: instrument === 'PHQ9' && hasSafetyFlag(answers),
    // Change from baseline is the server's to work out; it follows with the refetch.
    change: null,
  };
}

/** A safety flag as the database will raise it for a response. */
export function provisionalSafetyFlag(
  id: string,
  measureResponseId: string,
): SafetyFlagRecord & { readonly __typename: 'SafetyFlag' } {
  return {
    __typename: 'SafetyFlag',
    id,
    measureResponseId,
    raisedAt: new Date().toISOString(),
    isReviewed: false,
    reviewedAt: null,
    reviewedBy: null,
    reviewNote: null,
  };
}

/** The client's schedules once one measure is given every `everyWeeks` weeks (or stopped). */
export function expectedSchedules(
  record: Pick<MeasureRecord, 'startedOn' | 'measureResponses' | 'measureSchedules'>,
  instrument: Instrument,
  everyWeeks: number | null,
): (MeasureScheduleRecord & { readonly __typename: 'MeasureSchedule' })[] {
  const schedules = [
    ...record.measureSchedules
      .filter((schedule) => schedule.instrument !== instrument)
      .map((schedule) => ({ instrument: schedule.instrument, everyWeeks: schedule.everyWeeks })),
    ...(everyWeeks === null ? [] : [{ instrument, everyWeeks }]),
  ];
  // Responses come newest first; walking them oldest first leaves the newest day in place.
  const lastAdministeredOn: Partial<Record<Instrument, string>> = {};
  for (const response of [...record.measureResponses].reverse()) {
    if (response.isComplete) lastAdministeredOn[response.instrument] = response.administeredOn;
  }
  return measuresDue(schedules, lastAdministeredOn, record.startedOn, localIsoDate(new Date())).map(
    (due) => ({
      __typename: 'MeasureSchedule',
      instrument: due.instrument,
      everyWeeks: schedules.find((schedule) => schedule.instrument === due.instrument)!.everyWeeks,
      nextDueOn: due.dueOn,
      isOverdue: due.isOverdue,
    }),
  );
}
