import type {
  ChangeClientStatusInput,
  CreateClientInput,
  UpdateClientInput,
} from '../__generated__/resolvers-types';
import { apiError } from '../graphql/errors';
import { notInFuture, optionalText, requiredText } from '../graphql/input-checks';
import type { ClientFields } from './client.repository';

// A client's details, checked and tidied before anything is written. Field names are the
// contract's, with the input object's path (baseline.text), so a form can point at them.

type BaselineInput = CreateClientInput['baseline'];

/** A new client's details; `today` fills a start date left out. */
export function validateNewClient(
  input: CreateClientInput,
  primaryClinicianId: string,
  today: string,
): ClientFields {
  const startedOn = notInFuture(input.startedOn ?? today, 'startedOn', 'The start date');
  return {
    ...names(input),
    startedOn,
    ...baseline(input.baseline, startedOn),
    primaryClinicianId,
  };
}

/** A client's saved details. */
export function validateClientUpdate(input: UpdateClientInput): ClientFields {
  const startedOn = notInFuture(input.startedOn, 'startedOn', 'The start date');
  return {
    ...names(input),
    startedOn,
    ...baseline(input.baseline, startedOn),
    primaryClinicianId: input.primaryClinicianId,
  };
}

/**
 * A status change's day and reason. The day defaults to today, and comes no earlier than the
 * start of care or the latest change, so the history, kept oldest first, reads in order.
 */
export function validateStatusChange(
  input: ChangeClientStatusInput,
  startedOn: string,
  latestChangeOn: string | null,
  today: string,
): { changedOn: string; reason: string | null } {
  const changedOn = notInFuture(input.changedOn ?? today, 'changedOn', 'The day of the change');
  if (changedOn < startedOn) {
    throw apiError('BAD_USER_INPUT', 'The change cannot come before care began', 'changedOn');
  }
  if (latestChangeOn !== null && changedOn < latestChangeOn) {
    throw apiError(
      'BAD_USER_INPUT',
      `The change cannot come before the latest one (${latestChangeOn})`,
      'changedOn',
    );
  }
  return { changedOn, reason: optionalText(input.reason, 'reason', 'statusReason', 'The reason') };
}

function names(input: { preferredName: string; pronouns?: string | null }) {
  return {
    preferredName: requiredText(
      input.preferredName,
      'preferredName',
      'preferredName',
      'Preferred name',
    ),
    pronouns: optionalText(input.pronouns, 'pronouns', 'pronouns', 'Pronouns'),
  };
}

function baseline(input: BaselineInput, startedOn: string) {
  if (!input) return { baseline: null, baselineRecordedOn: null };
  const text = requiredText(input.text, 'baseline.text', 'baseline', 'Where they started');
  const recordedOn = notInFuture(input.recordedOn, 'baseline.recordedOn', 'The day it was written');
  if (recordedOn < startedOn) {
    throw apiError(
      'BAD_USER_INPUT',
      'The baseline cannot be written before care began',
      'baseline.recordedOn',
    );
  }
  return { baseline: text, baselineRecordedOn: recordedOn };
}
