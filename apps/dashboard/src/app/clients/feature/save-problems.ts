import { readApiProblem, unreachableMessage } from '../../shared/api-problem';
import type { FormProblem } from '../ui/form-problems';
import type { Acknowledgements } from './acknowledgements';
import type { SaveOutcome } from './conflict-resolution';

/** What a failed save means for the form it came from: a field to mark, or words above it. */
export function formProblemOf(error: unknown): FormProblem {
  const problem = readApiProblem(error);
  if (problem.code === 'BAD_USER_INPUT' && problem.message) {
    return { field: problem.field, message: problem.message };
  }
  return { field: null, message: describeFailure(error) };
}

/** A failed request in words for the clinician, not tied to any field. */
export function describeFailure(error: unknown): string {
  const problem = readApiProblem(error);
  if (problem.isUnreachable) return unreachableMessage;
  switch (problem.code) {
    case 'NOT_FOUND':
      return 'This is no longer on the record. Someone may have removed it.';
    case 'FORBIDDEN':
      return "You can't change this client's record.";
    case 'CONFLICT':
      return 'Someone saved a newer version first. Open it again to see it.';
    default:
      return problem.message
        ? `That did not go through: ${problem.message}`
        : 'That did not go through. Try again in a moment.';
  }
}

/** What to say when the record an edit was for has been removed meanwhile. */
export const removedMeanwhileProblem: FormProblem = {
  field: null,
  message:
    'Someone removed this while you were working, so there is nothing to save over. Copy anything you want to keep before you close.',
};

/**
 * Runs a versioned save for a form dialog and answers what the dialog should show: nothing
 * (it closes) once saved or once the clinician kept the other version, or the problem.
 */
export async function answerForDialog(
  run: () => Promise<SaveOutcome>,
  acknowledgements: Acknowledgements,
  savedMessage: string,
): Promise<FormProblem | null> {
  try {
    const outcome = await run();
    if (outcome === 'removed-meanwhile') return removedMeanwhileProblem;
    acknowledgements.say(
      outcome === 'saved'
        ? savedMessage
        : 'Kept the version that was saved. Nothing was overwritten.',
    );
    return null;
  } catch (error) {
    return formProblemOf(error);
  }
}
