import type { Instrument } from '../domain/measure';
import {
  MOOD_CHECK_IN,
  QUESTIONNAIRES,
  answerRange,
  instrumentName,
  itemCount,
  type StandardMeasure,
} from './instruments';

/** A form's answers in item order; `null` is an item the client has not answered yet. */
export type MeasureAnswers = readonly (number | null)[];

/** Something wrong with one answer, naming the item (1-based) so the form can point at it. */
export interface AnswerProblem {
  readonly item: number;
  readonly message: string;
}

/** What is wrong with a form's answers; empty when every given answer is a valid score. */
export function answerProblems(instrument: Instrument, answers: MeasureAnswers): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const expectedCount = itemCount(instrument);
  const name = instrumentName(instrument);
  const { minimum, maximum } = answerRange(instrument);
  if (answers.length !== expectedCount) {
    // Point at the first item that is missing, or the first one too many, so the message names
    // a place on the form rather than the form as a whole.
    problems.push({
      item: Math.min(answers.length, expectedCount) + 1,
      message: `The ${name} has ${expectedCount} ${expectedCount === 1 ? 'answer' : 'items'}, not ${answers.length}.`,
    });
  }
  answers.slice(0, expectedCount).forEach((answer, index) => {
    if (answer === null) return;
    const item = index + 1;
    // Answers arrive from forms and the database, so the type alone does not guarantee them.
    if (typeof answer !== 'number' || !Number.isInteger(answer)) {
      problems.push({
        item,
        message: `Item ${item} of the ${name} must be a whole number, not ${String(answer)}.`,
      });
    } else if (answer < minimum || answer > maximum) {
      problems.push({
        item,
        message: `Item ${item} of the ${name} must be from ${minimum} to ${maximum}, not ${answer}.`,
      });
    }
  });
  return problems;
}

/** Whether every item has a valid answer, so the form can be scored. */
export function isComplete(instrument: Instrument, answers: MeasureAnswers): boolean {
  return (
    answers.every((answer) => answer !== null) && answerProblems(instrument, answers).length === 0
  );
}

/**
 * The total of a complete form (the sum of its answers; the mood rating itself), or `null` for
 * a form with unanswered items. Throws a RangeError naming the item for an invalid answer.
 */
export function scoreMeasure(instrument: Instrument, answers: MeasureAnswers): number | null {
  const [firstProblem] = answerProblems(instrument, answers);
  if (firstProblem) throw new RangeError(firstProblem.message);
  // A partial PHQ-9 would read as less depressed than the client is, so it is never totalled
  // (the published scoring has no rule for prorating missing items).
  if (answers.some((answer) => answer === null)) return null;
  return (answers as readonly number[]).reduce((total, answer) => total + answer, 0);
}

/** Whether PHQ-9 item 9 (thoughts of being better off dead or of self-harm) was answered above 0. */
export function hasSafetyFlag(answers: MeasureAnswers): boolean {
  // An unanswered item 9 is not a flag, but a form left incomplete there deserves a question.
  const item9 = answers[8];
  return typeof item9 === 'number' && item9 > 0;
}

/** The severity words the PHQ-9 and GAD-7 papers use for their bands. */
export type Severity = 'MINIMAL' | 'MILD' | 'MODERATE' | 'MODERATELY_SEVERE' | 'SEVERE';

/** One published severity band: totals from `minimum` to `maximum`, both included. */
export interface SeverityBand {
  readonly severity: Severity;
  readonly label: string;
  readonly minimum: number;
  readonly maximum: number;
}

/**
 * Severity bands, lowest first. PHQ-9: Kroenke K, Spitzer RL, Williams JBW (2001), The PHQ-9:
 * validity of a brief depression severity measure, J Gen Intern Med 16:606-613 ("scores of 5,
 * 10, 15, and 20 represented mild, moderate, moderately severe, and severe depression").
 * GAD-7: Spitzer RL, Kroenke K, Williams JBW, Löwe B (2006), A brief measure for assessing
 * generalized anxiety disorder: the GAD-7, Arch Intern Med 166:1092-1097 (cut points 5, 10
 * and 15 for mild, moderate and severe anxiety).
 */
export const SEVERITY_BANDS: Readonly<Record<StandardMeasure, readonly SeverityBand[]>> = {
  PHQ9: [
    { severity: 'MINIMAL', label: 'Minimal', minimum: 0, maximum: 4 },
    { severity: 'MILD', label: 'Mild', minimum: 5, maximum: 9 },
    { severity: 'MODERATE', label: 'Moderate', minimum: 10, maximum: 14 },
    { severity: 'MODERATELY_SEVERE', label: 'Moderately severe', minimum: 15, maximum: 19 },
    { severity: 'SEVERE', label: 'Severe', minimum: 20, maximum: 27 },
  ],
  GAD7: [
    { severity: 'MINIMAL', label: 'Minimal', minimum: 0, maximum: 4 },
    { severity: 'MILD', label: 'Mild', minimum: 5, maximum: 9 },
    { severity: 'MODERATE', label: 'Moderate', minimum: 10, maximum: 14 },
    { severity: 'SEVERE', label: 'Severe', minimum: 15, maximum: 21 },
  ],
};

/** The highest total a complete form of this standard measure can reach (27 or 21). */
export function maximumTotal(instrument: StandardMeasure): number {
  return QUESTIONNAIRES[instrument].items.length * answerRange(instrument).maximum;
}

/** Throws unless `total` is a whole number the measure can reach. */
export function assertValidTotal(instrument: StandardMeasure, total: number): void {
  const maximum = maximumTotal(instrument);
  if (!Number.isInteger(total) || total < 0 || total > maximum) {
    throw new RangeError(
      `A ${instrumentName(instrument)} total is a whole number from 0 to ${maximum}, not ${total}.`,
    );
  }
}

/** The published severity band a total falls in. */
export function severityBand(instrument: StandardMeasure, total: number): SeverityBand {
  assertValidTotal(instrument, total);
  const band = SEVERITY_BANDS[instrument].find(
    (candidate) => total >= candidate.minimum && total <= candidate.maximum,
  );
  // The bands cover 0 to the maximum without gaps (a spec checks it), so this cannot happen.
  if (!band) throw new RangeError(`No ${instrumentName(instrument)} band holds ${total}.`);
  return band;
}

/** What is wrong with a mood check-in; empty when it can be saved. */
export function moodCheckInProblems(rating: number | null, word: string | null): AnswerProblem[] {
  const problems: AnswerProblem[] =
    rating === null
      ? [
          {
            item: 1,
            message: `The mood check-in needs a rating from ${MOOD_CHECK_IN.minimumRating} to ${MOOD_CHECK_IN.maximumRating}.`,
          },
        ]
      : answerProblems('MOOD', [rating]);
  if (word !== null && word.trim().length > MOOD_CHECK_IN.wordMaximumLength) {
    problems.push({
      item: 2,
      message: `The word for the mood check-in can be at most ${MOOD_CHECK_IN.wordMaximumLength} characters.`,
    });
  }
  return problems;
}

/** The word as it is kept: trimmed, and `null` when the client left it blank. */
export function normaliseMoodWord(word: string | null): string | null {
  const trimmed = word?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
