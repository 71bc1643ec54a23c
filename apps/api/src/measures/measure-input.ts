import {
  answerProblems,
  hasSafetyFlag,
  moodCheckInProblems,
  normaliseMoodWord,
  scoreMeasure,
  type Instrument,
} from '@waypoint/shared';
import { apiError } from '../graphql/errors';
import { integerBetween, notInFuture } from '../graphql/input-checks';
import type { MeasureFields } from './measure.repository';

/** What a form sends: the answers so far and the extras each instrument has. */
interface MeasureForm {
  readonly administeredOn?: string | null;
  readonly answers: readonly (number | null)[];
  readonly difficulty?: number | null;
  readonly moodWord?: string | null;
}

/**
 * Checks and scores a form: each answer in range (BAD_USER_INPUT naming `answers.N`, N from
 * 0), totalled only when every item is answered. A mood check-in always needs its rating.
 */
export function validateMeasure(
  instrument: Instrument,
  form: MeasureForm,
  today: string,
): MeasureFields {
  const administeredOn = notInFuture(
    form.administeredOn ?? today,
    'administeredOn',
    'The day it was given',
  );
  const problem = firstProblem(instrument, form);
  if (problem) throw apiError('BAD_USER_INPUT', problem.message, problem.field);
  if (form.difficulty != null && instrument !== 'PHQ9') {
    throw apiError(
      'BAD_USER_INPUT',
      'Only the PHQ-9 asks how difficult life has been',
      'difficulty',
    );
  }
  if (form.moodWord != null && instrument !== 'MOOD') {
    throw apiError('BAD_USER_INPUT', 'Only the mood check-in takes a word', 'moodWord');
  }
  return {
    instrument,
    administeredOn,
    answers: form.answers,
    total: scoreMeasure(instrument, form.answers),
    difficulty:
      form.difficulty == null
        ? null
        : integerBetween(form.difficulty, 0, 3, 'difficulty', 'The difficulty'),
    moodWord: instrument === 'MOOD' ? normaliseMoodWord(form.moodWord ?? null) : null,
    hasSafetyFlag: instrument === 'PHQ9' && hasSafetyFlag(form.answers),
  };
}

/** The first thing wrong with a form's answers, with the field a form shows it on. */
function firstProblem(
  instrument: Instrument,
  form: MeasureForm,
): { field: string; message: string } | null {
  const itemField = (item: number) => `answers.${item - 1}`;
  if (instrument !== 'MOOD' || form.answers.length !== 1) {
    const [problem] = answerProblems(instrument, form.answers);
    return problem ? { field: itemField(problem.item), message: problem.message } : null;
  }
  const [problem] = moodCheckInProblems(form.answers[0], form.moodWord ?? null);
  if (!problem) return null;
  // The check-in's second "item" is its word.
  return { field: problem.item === 2 ? 'moodWord' : itemField(1), message: problem.message };
}
