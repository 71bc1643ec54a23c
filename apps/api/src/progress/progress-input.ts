import type { ProgressEntryInput } from '../__generated__/resolvers-types';
import { notInFuture, recordId, requiredText } from '../graphql/input-checks';
import type { ProgressEntryFields } from './progress-entry.repository';

/** A progress entry's fields, checked and tidied; `today` fills a day left out. */
export function validateProgressEntry(
  input: ProgressEntryInput,
  today: string,
): ProgressEntryFields {
  const occurredOn = notInFuture(input.occurredOn ?? today, 'occurredOn', 'The day it happened');
  return {
    kind: input.kind,
    category: input.category,
    clientWords: requiredText(
      input.clientWords,
      'clientWords',
      'progressClientWords',
      "The client's words",
    ),
    isEffort: input.isEffort ?? false,
    // Before care began is fine: a client may bring a win from the week before they started.
    occurredOn,
    goalId: input.goalId ? recordId(input.goalId, 'Goal', 'goalId') : null,
  };
}
