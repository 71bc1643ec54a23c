import { daysBetween, isIsoDate } from '../calendar';
import type { Instrument } from '../domain/measure';
import { reliableChange } from './change';
import { instrumentName, STANDARD_MEASURES, type StandardMeasure } from './instruments';
import { assertValidTotal } from './scoring';

// The not-on-track rule. Outcome-informed care alerts the therapist when a client's scores
// say treatment is going off course, because therapists on their own rarely spot the clients
// who will deteriorate (Hannan C, Lambert MJ, Harmon C, et al. (2005), J Clin Psychol
// 61:155-163), and an alert plus a review improves those clients' outcomes (Lambert MJ,
// Whipple JL, Kleinstäuber M (2018), Collecting and delivering progress feedback: a
// meta-analysis of routine outcome monitoring, Psychotherapy 55(4):520-537). Waypoint's rule,
// on one measure:
//
// 1. Reliable deterioration: the latest total is reliably worse than baseline, at any point in
//    treatment.
// 2. Otherwise, after 8 whole weeks of treatment, no reliable improvement: the latest total is
//    not reliably better than baseline.
//
// "Reliable" is the NHS Talking Therapies threshold (PHQ-9 6 points, GAD-7 4; NHS Talking
// Therapies manual v7, 2024), the one those services review their cases against. The latest
// total is judged, not any total on the way: a dip that has since recovered is history, and an
// improvement that has since been lost should not keep a client looking on track. The 8 weeks
// are Waypoint's review point, not a published cut-off.

/** Whole weeks of treatment after which a client without reliable improvement is flagged. */
export const NOT_ON_TRACK_AFTER_WEEKS = 8;

/** One completed administration: its day (ISO date) and total. */
export interface ScoredAdministration {
  readonly administeredOn: string;
  readonly total: number;
}

/** Whether a client's scores on one measure say treatment is off course, and why. */
export interface NotOnTrackAssessment {
  readonly isNotOnTrack: boolean;
  /** A sentence for the therapist when flagged, e.g. "No reliable improvement on the PHQ-9 after 9 weeks"; `null` otherwise. */
  readonly reason: string | null;
  readonly weeksInTreatment: number;
}

/** What the not-on-track rule needs about one client and measure. */
export interface NotOnTrackInput {
  readonly instrument: StandardMeasure;
  /** The day treatment started (ISO date). */
  readonly treatmentStartedOn: string;
  /** The day to judge on (ISO date); passed in so the rule is pure. */
  readonly today: string;
  /** Completed administrations in any order; incomplete forms have no total and are left out. */
  readonly history: readonly ScoredAdministration[];
}

/** Applies the not-on-track rule to one measure's history (see the rule above). */
export function assessNotOnTrack(input: NotOnTrackInput): NotOnTrackAssessment {
  const { instrument, treatmentStartedOn, today } = input;
  for (const [field, value] of [
    ['treatmentStartedOn', treatmentStartedOn],
    ['today', today],
  ] as const) {
    if (!isIsoDate(value))
      throw new RangeError(`${field} must be a YYYY-MM-DD date, not ${value}.`);
  }
  const weeksInTreatment = Math.max(0, Math.floor(daysBetween(treatmentStartedOn, today) / 7));
  for (const administration of input.history) {
    if (!isIsoDate(administration.administeredOn)) {
      throw new RangeError(
        `administeredOn must be a YYYY-MM-DD date, not ${administration.administeredOn}.`,
      );
    }
    assertValidTotal(instrument, administration.total);
  }
  // Scores from after `today` cannot be known on `today`; leaving them out keeps the rule
  // replayable for any past day.
  const history = input.history
    .filter((administration) => administration.administeredOn <= today)
    // ISO dates sort as strings; a stable sort keeps same-day scores in the order given.
    .sort((first, second) => first.administeredOn.localeCompare(second.administeredOn));
  const onTrack: NotOnTrackAssessment = { isNotOnTrack: false, reason: null, weeksInTreatment };
  if (history.length === 0) return onTrack;

  const name = instrumentName(instrument);
  const baseline = history[0];
  const latest = history[history.length - 1];
  const change = reliableChange(instrument, baseline.total, latest.total);
  if (change === 'RELIABLE_DETERIORATION') {
    return {
      isNotOnTrack: true,
      reason: `Reliable deterioration on the ${name} since baseline (${baseline.total} to ${latest.total})`,
      weeksInTreatment,
    };
  }
  if (weeksInTreatment >= NOT_ON_TRACK_AFTER_WEEKS && change !== 'RELIABLE_IMPROVEMENT') {
    // With only a baseline there is no evidence of improvement either, and the missing repeat
    // score is itself what the therapist needs to act on.
    const detail = history.length === 1 ? `; no ${name} since baseline` : '';
    return {
      isNotOnTrack: true,
      reason: `No reliable improvement on the ${name} after ${weeksInTreatment} weeks${detail}`,
      weeksInTreatment,
    };
  }
  return onTrack;
}

/** One completed administration of any instrument, for `notOnTrackFlags`. */
export interface ScoredStandardAdministration extends ScoredAdministration {
  readonly instrument: Instrument;
}

/**
 * The rule on every standard measure a client has scores on: each measure that says treatment
 * is off course, with its reason. Scores of other instruments are ignored.
 */
export function notOnTrackFlags(input: {
  readonly treatmentStartedOn: string;
  readonly today: string;
  readonly scores: readonly ScoredStandardAdministration[];
}): { instrument: StandardMeasure; reason: string }[] {
  return STANDARD_MEASURES.flatMap((instrument) => {
    const history = input.scores.filter((score) => score.instrument === instrument);
    if (history.length === 0) return [];
    const { reason } = assessNotOnTrack({
      instrument,
      treatmentStartedOn: input.treatmentStartedOn,
      today: input.today,
      history,
    });
    return reason === null ? [] : [{ instrument, reason }];
  });
}
