import { isIsoDate } from '../calendar';
import type { ClientStatus } from '../domain/client';
import type { Instrument } from '../domain/measure';
import { reliableChange, type ReliableChange } from '../measures/change';
import { instrumentName, STANDARD_MEASURES, type StandardMeasure } from '../measures/instruments';
import { assertValidTotal } from '../measures/scoring';
import { dayInNote } from '../notes/note-sentences';

// What the caseload knows about one client, gathered by the API, and the readings of it that
// both the attention flags and the good news use. Every reading is this client against their own
// record (their baseline, their last session), never against other clients. `today` is passed in
// and every date is read as a calendar day in UTC, so the same facts give the same chips on any
// server and in any browser; records dated after `today` are left out, as the not-on-track rule
// does, so the rules replay for any past day.

/** What the caseload knows about one client. Dates are ISO YYYY-MM-DD. */
export interface CaseloadFacts {
  readonly today: string;
  readonly status: ClientStatus;
  /** The day care began. */
  readonly startedOn: string;
  readonly unreviewedSafetyFlagCount: number;
  /** Complete PHQ-9 / GAD-7 totals, any order: baseline is the earliest, latest the newest. */
  readonly scores: readonly {
    readonly instrument: StandardMeasure;
    readonly administeredOn: string;
    readonly total: number;
  }[];
  /** From `assessNotOnTrack`, computed by the API. */
  readonly notOnTrack: readonly { readonly instrument: StandardMeasure; readonly reason: string }[];
  readonly overdueMeasures: readonly Instrument[];
  /** The latest day a win, setback, gratitude, reflection or tick was recorded; null when never. */
  readonly lastProgressOn: string | null;
  readonly lastSessionOn: string | null;
  readonly notesToSign: number;
  readonly goalsAchieved: readonly { readonly clientWords: string; readonly achievedOn: string }[];
  /** Days milestones were ticked, any order, repeats allowed. */
  readonly milestoneTickDays: readonly string[];
}

/** Where the evidence is on the client page (a fragment id). */
export type EvidenceSection = 'safety' | 'measures' | 'goals' | 'timeline' | 'sessions' | 'notes';

/** One measure's latest total against its baseline. */
export interface ChangeFromBaseline {
  readonly instrument: StandardMeasure;
  readonly baseline: { readonly administeredOn: string; readonly total: number };
  readonly latest: { readonly administeredOn: string; readonly total: number };
  /** By the NHS Talking Therapies thresholds (`reliableChange`). */
  readonly reliableChange: ReliableChange;
}

/** Each measure given by `today`, PHQ-9 then GAD-7: its latest total against its baseline. */
export function changesFromBaseline(facts: CaseloadFacts): ChangeFromBaseline[] {
  return STANDARD_MEASURES.flatMap((instrument) => {
    const history = facts.scores
      .filter((score) => score.instrument === instrument && score.administeredOn <= facts.today)
      // ISO dates sort as strings; a stable sort keeps same-day scores in the order given.
      .sort((first, second) => first.administeredOn.localeCompare(second.administeredOn));
    if (history.length === 0) return [];
    const baseline = history[0];
    const latest = history[history.length - 1];
    const change = reliableChange(instrument, baseline.total, latest.total);
    return [{ instrument, baseline, latest, reliableChange: change }];
  });
}

/** "PHQ-9 9 → 17 since 3 March": baseline to latest, dated by the baseline. */
export function describeChangeFromBaseline(change: ChangeFromBaseline, today: string): string {
  const { instrument, baseline, latest } = change;
  const since = calendarDayInWords(baseline.administeredOn, today);
  return `${instrumentName(instrument)} ${baseline.total} → ${latest.total} since ${since}`;
}

/** A day as a chip says it: "3 November", with its year only when it is not today's year. */
export function calendarDayInWords(day: string, today: string): string {
  const written = dayInNote(day, 'day');
  return day.slice(0, 4) === today.slice(0, 4) ? written.replace(/ \d{4}$/, '') : written;
}

/** Throws a RangeError naming the first field that no real client's record could hold. */
export function assertValidCaseloadFacts(facts: CaseloadFacts): void {
  // Plain loops: the caseload checks every client's facts on every request.
  const checkDate = (field: string, value: string | null) => {
    if (value !== null && !isIsoDate(value)) {
      throw new RangeError(`${field} must be a YYYY-MM-DD date, not ${value}.`);
    }
  };
  checkDate('today', facts.today);
  checkDate('startedOn', facts.startedOn);
  checkDate('lastProgressOn', facts.lastProgressOn);
  checkDate('lastSessionOn', facts.lastSessionOn);
  facts.scores.forEach((score, index) =>
    checkDate(`scores[${index}].administeredOn`, score.administeredOn),
  );
  facts.goalsAchieved.forEach((goal, index) =>
    checkDate(`goalsAchieved[${index}].achievedOn`, goal.achievedOn),
  );
  facts.milestoneTickDays.forEach((day, index) => checkDate(`milestoneTickDays[${index}]`, day));
  const checkCount = (field: string, count: number) => {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`${field} must be a whole number from 0 up, not ${count}.`);
    }
  };
  checkCount('unreviewedSafetyFlagCount', facts.unreviewedSafetyFlagCount);
  checkCount('notesToSign', facts.notesToSign);
  facts.scores.forEach((score) => assertValidTotal(score.instrument, score.total));
}
