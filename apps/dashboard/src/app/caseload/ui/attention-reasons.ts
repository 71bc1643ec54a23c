import type { Instrument } from '@waypoint/shared';

/** What a caseload row knows that can call for the clinician's attention. */
export interface AttentionFacts {
  readonly unreviewedSafetyFlagCount: number;
  readonly overdueMeasures: readonly Instrument[];
  readonly notOnTrack: readonly { readonly instrument: Instrument; readonly reason: string }[];
}

/** One reason to look at a client, worded for a chip, with where its evidence is. */
export interface AttentionReason {
  readonly kind: 'SAFETY' | 'NOT_ON_TRACK' | 'MEASURE_DUE';
  readonly label: string;
  /** The longer sentence behind the label, for its tooltip and screen readers. */
  readonly detail: string;
  /** The client page section that shows the evidence. */
  readonly section: 'safety' | 'measures';
}

const INSTRUMENT_NAMES: Readonly<Record<Instrument, string>> = {
  PHQ9: 'PHQ-9',
  GAD7: 'GAD-7',
  MOOD: 'Mood check-in',
};

/** The reasons to look at a client, safety first; none when all is calm. */
export function attentionReasons(facts: AttentionFacts): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  if (facts.unreviewedSafetyFlagCount > 0) {
    reasons.push({
      kind: 'SAFETY',
      label: 'Safety review needed',
      detail:
        facts.unreviewedSafetyFlagCount === 1
          ? 'A PHQ-9 item 9 answer above 0 waits for your review'
          : `${facts.unreviewedSafetyFlagCount} PHQ-9 item 9 answers above 0 wait for your review`,
      // The banner under the client's name, where the review is recorded.
      section: 'safety',
    });
  }
  for (const flag of facts.notOnTrack) {
    reasons.push({
      kind: 'NOT_ON_TRACK',
      label: `Not on track (${INSTRUMENT_NAMES[flag.instrument]})`,
      detail: flag.reason,
      section: 'measures',
    });
  }
  for (const instrument of facts.overdueMeasures) {
    reasons.push({
      kind: 'MEASURE_DUE',
      label: `${INSTRUMENT_NAMES[instrument]} due`,
      detail: `The scheduled ${INSTRUMENT_NAMES[instrument]} is overdue`,
      section: 'measures',
    });
  }
  return reasons;
}
