import {
  ClientSessionsDocument,
  SessionAnswerPromptDocument,
  SessionEndDocument,
  SessionLogProgressDocument,
  SessionMarkPromptAskedDocument,
  SessionRecordMeasureDocument,
  SessionSaveNotesDocument,
  SessionScreenDocument,
  SessionScreenSessionFieldsFragmentDoc,
  SessionTickMilestoneDocument,
  SessionUntickMilestoneDocument,
  StartSessionFromScreenDocument,
} from '../../__generated__/graphql';
import type {
  ClientSessionsQuery,
  SessionScreenQuery,
  SessionScreenSessionFieldsFragment,
} from '../../__generated__/graphql';

/** What the session screen keeps of the open session: what happened in it, and the prompts. */
export const sessionScreenSessionFieldsFragment = SessionScreenSessionFieldsFragmentDoc;

/** Everything the session screen shows: the client, their goals and the open session. */
export const sessionScreenDocument = SessionScreenDocument;

export type SessionScreenClient = NonNullable<SessionScreenQuery['client']>;
export type SessionScreenSession = SessionScreenSessionFieldsFragment;

/** Starts a session; needs the server (an offline start has no session to record into). */
export const startSessionDocument = StartSessionFromScreenDocument;

// The actions the offline queue replays, each under its idempotency key.

export const sessionTickDocument = SessionTickMilestoneDocument;

export const sessionUntickDocument = SessionUntickMilestoneDocument;

export const sessionLogProgressDocument = SessionLogProgressDocument;

export const sessionRecordMeasureDocument = SessionRecordMeasureDocument;

export const sessionMarkPromptAskedDocument = SessionMarkPromptAskedDocument;

export const sessionAnswerPromptDocument = SessionAnswerPromptDocument;

export const sessionSaveNotesDocument = SessionSaveNotesDocument;

export const sessionEndDocument = SessionEndDocument;

/** A client's past and open sessions, for the list on their page. */
export const clientSessionsDocument = ClientSessionsDocument;

export type ClientSessionSummary = NonNullable<ClientSessionsQuery['client']>['sessions'][number];
