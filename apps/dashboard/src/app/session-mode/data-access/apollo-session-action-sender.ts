import { inject, Injectable } from '@angular/core';
import type { ApolloCache, Reference } from '@apollo/client';
import type { DocumentNode } from 'graphql';
import { firstValueFrom } from 'rxjs';

import { APOLLO } from '../../shared/apollo-on-demand';
import { forgetCaseloadWindows } from '../../shared/caseload-signals';
import { readApiProblem } from '../../shared/api-problem';
import type {
  SendOutcome,
  SessionAction,
  SessionActionKind,
  SessionActionSender,
} from './session-action';
import {
  sessionAnswerPromptDocument,
  sessionEndDocument,
  sessionLogProgressDocument,
  sessionMarkPromptAskedDocument,
  sessionRecordMeasureDocument,
  sessionSaveNotesDocument,
  sessionTickDocument,
  sessionUntickDocument,
} from './session-screen-documents';

/** Where a recorded action shows on the session in the cache: the list it joins, if any. */
type SessionList = 'progressEntries' | 'measures' | 'promptsAsked';

interface ActionMutation {
  readonly document: DocumentNode;
  /** The mutation's field in the answer. */
  readonly field: string;
  readonly joins?: SessionList;
}

const mutations: Readonly<Record<SessionActionKind, ActionMutation>> = {
  TICK_MILESTONE: { document: sessionTickDocument, field: 'tickMilestone' },
  UNTICK_MILESTONE: { document: sessionUntickDocument, field: 'untickMilestone' },
  LOG_PROGRESS: {
    document: sessionLogProgressDocument,
    field: 'logProgressEntry',
    joins: 'progressEntries',
  },
  RECORD_MEASURE: {
    document: sessionRecordMeasureDocument,
    field: 'recordMeasure',
    joins: 'measures',
  },
  MARK_PROMPT_ASKED: {
    document: sessionMarkPromptAskedDocument,
    field: 'markPromptAsked',
    joins: 'promptsAsked',
  },
  ANSWER_PROMPT: {
    document: sessionAnswerPromptDocument,
    field: 'recordPromptAnswer',
    joins: 'promptsAsked',
  },
  SAVE_NOTES: { document: sessionSaveNotesDocument, field: 'saveSessionNotes' },
  END_SESSION: { document: sessionEndDocument, field: 'endSession' },
};

// A session whose clinician was signed out while offline: the actions wait for sign-in, they
// are not refused.
const codesThatWait = new Set(['UNAUTHENTICATED']);

/**
 * Sends the session screen's queued actions through Apollo, each with its idempotency key, and
 * puts what the server recorded into the cache (the session's lists included), so the screen
 * shows it without asking again.
 */
@Injectable({ providedIn: 'root' })
export class ApolloSessionActionSender implements SessionActionSender {
  private readonly apollo = inject(APOLLO);

  async send(action: SessionAction): Promise<SendOutcome> {
    const mutation = mutations[action.kind];
    try {
      await firstValueFrom(
        this.apollo.mutate({
          mutation: mutation.document,
          variables: { ...action.variables, idempotencyKey: action.key },
          update: (cache, result) => {
            const recorded = (result.data as Record<string, unknown> | null | undefined)?.[
              mutation.field
            ];
            if (mutation.joins && recorded) {
              joinSessionList(cache, action.sessionId, mutation.joins, recorded);
            }
            // Whatever was recorded (a tick, a win, a measure) changes the client's caseload row.
            forgetCaseloadWindows(cache);
          },
        }),
      );
      return { kind: 'SENT' };
    } catch (error) {
      const problem = readApiProblem(error);
      if (problem.isUnreachable || codesThatWait.has(problem.code ?? '')) {
        return { kind: 'UNREACHABLE' };
      }
      return {
        kind: 'REJECTED',
        code: problem.code ?? 'UNKNOWN',
        field: problem.field,
        message: problem.message ?? 'Waypoint could not record this.',
      };
    }
  }
}

/**
 * Adds a recorded row to one of the session's lists in the cache, once. Apollo has already
 * stored the row itself from the mutation's answer; the list only needs its reference.
 */
function joinSessionList(
  cache: ApolloCache,
  sessionId: string,
  list: SessionList,
  recorded: unknown,
): void {
  const recordedId = cache.identify(recorded as Reference);
  if (!recordedId) return;
  cache.modify({
    id: cache.identify({ __typename: 'TherapySession', id: sessionId }),
    fields: {
      [list]: (existing, { toReference }) => {
        const items = (Array.isArray(existing) ? existing : []) as readonly Reference[];
        const reference = toReference(recordedId);
        if (!reference || items.some((item) => item.__ref === recordedId)) return items;
        return [...items, reference];
      },
    },
  });
}
