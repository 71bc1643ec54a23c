import { instrumentName, type StandardMeasure } from './instruments';
import { assertValidTotal } from './scoring';

// On both measures a lower total is better, so a fall is an improvement. Changes are written
// later minus earlier: negative numbers are improvements, as clinicians read a PHQ-9 chart.

/** Whether a change is larger than measurement error alone would explain, and in which way. */
export type ReliableChange =
  'RELIABLE_IMPROVEMENT' | 'NO_RELIABLE_CHANGE' | 'RELIABLE_DETERIORATION';

/** How the API and the dashboard word each kind of reliable change. */
export const RELIABLE_CHANGE_LABELS: Readonly<Record<ReliableChange, string>> = {
  RELIABLE_IMPROVEMENT: 'Reliable improvement',
  NO_RELIABLE_CHANGE: 'No reliable change',
  RELIABLE_DETERIORATION: 'Reliable deterioration',
};

/**
 * The smallest change NHS Talking Therapies counts as reliable: 6 points on the PHQ-9, 4 on the
 * GAD-7. Source: NHS Talking Therapies for anxiety and depression manual (v7, 2024), carried
 * over from the IAPT manual and data handbook.
 */
export const RELIABLE_CHANGE_POINTS: Readonly<Record<StandardMeasure, number>> = {
  PHQ9: 6,
  GAD7: 4,
};

/**
 * The totals from which NHS Talking Therapies counts a client as a clinical case: PHQ-9 10 or
 * more, GAD-7 8 or more (NHS Talking Therapies manual, v7 2024).
 */
export const CASENESS_THRESHOLDS: Readonly<Record<StandardMeasure, number>> = {
  PHQ9: 10,
  GAD7: 8,
};

/**
 * A PHQ-9 total below this is remission: the "minimal" band of Kroenke, Spitzer & Williams
 * (2001, J Gen Intern Med 16:606-613), the remission criterion of Kroenke K, Spitzer RL (2002),
 * The PHQ-9: a new depression diagnostic and severity measure, Psychiatric Annals 32:509-515.
 */
export const PHQ9_REMISSION_BELOW = 5;

/** Response is a fall of at least this fraction of the baseline total (50%, Kroenke & Spitzer 2002). */
export const RESPONSE_FRACTION = 0.5;

/** |RCI| above this is reliable: the two-tailed 5% point of the normal curve (Jacobson & Truax 1991). */
export const RELIABLE_CHANGE_INDEX_CRITERION = 1.96;

/** The spread and reliability a Reliable Change Index is computed from. */
export interface ReliableChangeConstants {
  readonly standardDeviation: number;
  readonly reliability: number;
}

/**
 * Constants for the Jacobson & Truax index. Jacobson and Truax take the SD of a normal
 * population or of the pretreatment group; we use published general-population norms because
 * they are fixed and citable, where a caseload's own intake SD moves with who is referred.
 *
 * PHQ-9: SD 3.52, the whole-sample SD of the German general-population norms (n = 5018;
 * women 3.1 (3.5), men 2.7 (3.5) in the abstract), Kocalevent R-D, Hinz A, Brähler E (2013),
 * Standardization of the depression screener Patient Health Questionnaire (PHQ-9) in the
 * general population, Gen Hosp Psychiatry 35:551-555; reliability 0.89, Cronbach's alpha in
 * the primary care sample of Kroenke, Spitzer & Williams (2001), J Gen Intern Med 16:606-613.
 *
 * GAD-7: SD 3.41 and Cronbach's alpha 0.89, both from the German general-population norms
 * (n = 5030; women 3.2 (3.5), men 2.7 (3.2) in the abstract), Löwe B, Decker O, Müller S,
 * et al. (2008), Validation and standardization of the Generalized Anxiety Disorder Screener
 * (GAD-7) in the general population, Med Care 46:266-274.
 *
 * Norm SDs are narrower than a clinical intake's, so these indices call a change reliable at
 * 4 points on either measure, sooner than the NHS thresholds above; both are shown, named.
 */
export const RELIABLE_CHANGE_INDEX_CONSTANTS: Readonly<
  Record<StandardMeasure, ReliableChangeConstants>
> = {
  PHQ9: { standardDeviation: 3.52, reliability: 0.89 },
  GAD7: { standardDeviation: 3.41, reliability: 0.89 },
};

/** The change from one total to a later one (negative is an improvement). */
export function scoreChange(earlier: number, later: number): number {
  return later - earlier;
}

/** Reliable change by the NHS Talking Therapies thresholds (PHQ-9 6 points, GAD-7 4). */
export function reliableChange(
  instrument: StandardMeasure,
  earlier: number,
  later: number,
): ReliableChange {
  assertValidTotal(instrument, earlier);
  assertValidTotal(instrument, later);
  const change = scoreChange(earlier, later);
  const threshold = RELIABLE_CHANGE_POINTS[instrument];
  if (change <= -threshold) return 'RELIABLE_IMPROVEMENT';
  if (change >= threshold) return 'RELIABLE_DETERIORATION';
  return 'NO_RELIABLE_CHANGE';
}

/** S_diff = √2 · SE with SE = SD · √(1 − r): the spread of a difference due to error alone. */
export function standardErrorOfDifference(constants: ReliableChangeConstants): number {
  const { standardDeviation, reliability } = constants;
  // A reliability of 1 would divide by zero; outside 0..1 the square root is not real.
  if (!(standardDeviation > 0) || !(reliability >= 0 && reliability < 1)) {
    throw new RangeError(
      `Reliable change needs SD > 0 and reliability from 0 up to 1, not SD ${standardDeviation}, r ${reliability}.`,
    );
  }
  const standardError = standardDeviation * Math.sqrt(1 - reliability);
  return Math.SQRT2 * standardError;
}

/** The Jacobson & Truax (1991) Reliable Change Index, RCI = (later − earlier) / S_diff. */
export function reliableChangeIndex(
  instrument: StandardMeasure,
  earlier: number,
  later: number,
  constants: ReliableChangeConstants = RELIABLE_CHANGE_INDEX_CONSTANTS[instrument],
): number {
  assertValidTotal(instrument, earlier);
  assertValidTotal(instrument, later);
  return scoreChange(earlier, later) / standardErrorOfDifference(constants);
}

/**
 * Reliable change by the Jacobson & Truax index: |RCI| > 1.96. Source: Jacobson NS, Truax P
 * (1991), Clinical significance: a statistical approach to defining meaningful change in
 * psychotherapy research, J Consult Clin Psychol 59:12-19.
 */
export function reliableChangeByIndex(
  instrument: StandardMeasure,
  earlier: number,
  later: number,
  constants: ReliableChangeConstants = RELIABLE_CHANGE_INDEX_CONSTANTS[instrument],
): ReliableChange {
  const index = reliableChangeIndex(instrument, earlier, later, constants);
  if (index < -RELIABLE_CHANGE_INDEX_CRITERION) return 'RELIABLE_IMPROVEMENT';
  if (index > RELIABLE_CHANGE_INDEX_CRITERION) return 'RELIABLE_DETERIORATION';
  return 'NO_RELIABLE_CHANGE';
}

/** Whether a total is at or above the NHS Talking Therapies caseness threshold. */
export function isCase(instrument: StandardMeasure, total: number): boolean {
  assertValidTotal(instrument, total);
  return total >= CASENESS_THRESHOLDS[instrument];
}

/**
 * Whether a client has recovered: a case at baseline and not a case now. A client who was not a
 * case at baseline had nothing to recover from, so this is false (NHS Talking Therapies leaves
 * them out of its recovery rate).
 */
export function hasRecovered(
  instrument: StandardMeasure,
  baseline: number,
  latest: number,
): boolean {
  return isCase(instrument, baseline) && !isCase(instrument, latest);
}

/** Whether a client has recovered and also shown reliable improvement (NHS thresholds). */
export function hasReliablyRecovered(
  instrument: StandardMeasure,
  baseline: number,
  latest: number,
): boolean {
  return (
    hasRecovered(instrument, baseline, latest) &&
    reliableChange(instrument, baseline, latest) === 'RELIABLE_IMPROVEMENT'
  );
}

/** Whether the total has fallen by at least half of the baseline total. */
export function hasResponded(
  instrument: StandardMeasure,
  baseline: number,
  latest: number,
): boolean {
  assertValidTotal(instrument, baseline);
  assertValidTotal(instrument, latest);
  // From a baseline of 0 there is no fall to halve; the client was never symptomatic.
  return baseline > 0 && baseline - latest >= RESPONSE_FRACTION * baseline;
}

/** Whether a PHQ-9 total counts as remission (below 5). */
export function isInRemission(phq9Total: number): boolean {
  assertValidTotal('PHQ9', phq9Total);
  return phq9Total < PHQ9_REMISSION_BELOW;
}

/** Where a client's scores on one measure stand against their baseline and their last score. */
export interface OutcomeSummary {
  readonly instrument: StandardMeasure;
  readonly baseline: number;
  readonly previous: number | null;
  readonly latest: number;
  readonly changeFromBaseline: number;
  readonly changeFromPrevious: number | null;
  /** From baseline to latest, by the NHS Talking Therapies thresholds. */
  readonly reliableChange: ReliableChange;
  readonly reliableChangeIndex: number;
  /** From baseline to latest, by the Jacobson & Truax index. */
  readonly reliableChangeByIndex: ReliableChange;
  readonly wasCaseAtBaseline: boolean;
  readonly isCase: boolean;
  readonly hasRecovered: boolean;
  readonly hasReliablyRecovered: boolean;
  readonly hasResponded: boolean;
  /** PHQ-9 only: remission has no agreed GAD-7 threshold here, so it is `null` there. */
  readonly isInRemission: boolean | null;
}

/** Summarises a measure's totals, oldest first; the first is the baseline. `null` with none. */
export function summariseOutcome(
  instrument: StandardMeasure,
  totals: readonly number[],
): OutcomeSummary | null {
  if (totals.length === 0) return null;
  totals.forEach((total) => assertValidTotal(instrument, total));
  const baseline = totals[0];
  const latest = totals[totals.length - 1];
  const previous = totals.length > 1 ? totals[totals.length - 2] : null;
  return {
    instrument,
    baseline,
    previous,
    latest,
    changeFromBaseline: scoreChange(baseline, latest),
    changeFromPrevious: previous === null ? null : scoreChange(previous, latest),
    reliableChange: reliableChange(instrument, baseline, latest),
    reliableChangeIndex: reliableChangeIndex(instrument, baseline, latest),
    reliableChangeByIndex: reliableChangeByIndex(instrument, baseline, latest),
    wasCaseAtBaseline: isCase(instrument, baseline),
    isCase: isCase(instrument, latest),
    hasRecovered: hasRecovered(instrument, baseline, latest),
    hasReliablyRecovered: hasReliablyRecovered(instrument, baseline, latest),
    hasResponded: hasResponded(instrument, baseline, latest),
    isInRemission: instrument === 'PHQ9' ? isInRemission(latest) : null,
  };
}

/** A sentence for a reliable change, e.g. "Reliable improvement on the PHQ-9 (18 to 9)". */
export function describeReliableChange(
  instrument: StandardMeasure,
  earlier: number,
  later: number,
): string {
  const kind = RELIABLE_CHANGE_LABELS[reliableChange(instrument, earlier, later)];
  return `${kind} on the ${instrumentName(instrument)} (${earlier} to ${later})`;
}
