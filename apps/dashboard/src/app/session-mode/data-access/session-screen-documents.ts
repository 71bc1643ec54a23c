import { graphql } from '../../__generated__';
import type {
  ClientSessionsQuery,
  SessionScreenQuery,
  SessionScreenSessionFieldsFragment,
} from '../../__generated__/graphql';

/** What the session screen keeps of the open session: what happened in it, and the prompts. */
export const sessionScreenSessionFieldsFragment = graphql(`
  fragment SessionScreenSessionFields on TherapySession {
    id
    version
    clientId
    modality
    startedAt
    endedAt
    durationMinutes
    isFirst
    notes
    promptsAsked {
      id
      promptId
      text
      reason
      askedAt
      answer
    }
    progressEntries {
      ...ProgressEntryFields
      sessionId
    }
    measures {
      id
      instrument
      total
      isComplete
      moodWord
      hasSafetyFlag
      sessionId
    }
    promptSuggestions {
      situation
      reason
      prompt {
        id
        text
      }
    }
  }
`);

/** Everything the session screen shows: the client, their goals and the open session. */
export const sessionScreenDocument = graphql(`
  query SessionScreen($clientId: ID!) {
    client(id: $clientId) {
      id
      preferredName
      pronouns
      status
      goals {
        id
        clientWords
        status
        targetDate
        milestones {
          ...MilestoneFields
        }
      }
      openSession {
        ...SessionScreenSessionFields
      }
    }
  }
`);

export type SessionScreenClient = NonNullable<SessionScreenQuery['client']>;
export type SessionScreenSession = SessionScreenSessionFieldsFragment;

/** Starts a session; needs the server (an offline start has no session to record into). */
export const startSessionDocument = graphql(`
  mutation StartSessionFromScreen($input: StartSessionInput!, $idempotencyKey: ID) {
    startSession(input: $input, idempotencyKey: $idempotencyKey) {
      ...SessionScreenSessionFields
    }
  }
`);

// The actions the offline queue replays, each under its idempotency key.

export const sessionTickDocument = graphql(`
  mutation SessionTickMilestone($id: ID!, $sessionId: ID, $idempotencyKey: ID) {
    tickMilestone(id: $id, sessionId: $sessionId, idempotencyKey: $idempotencyKey) {
      ...MilestoneFields
    }
  }
`);

export const sessionUntickDocument = graphql(`
  mutation SessionUntickMilestone($id: ID!, $sessionId: ID, $idempotencyKey: ID) {
    untickMilestone(id: $id, sessionId: $sessionId, idempotencyKey: $idempotencyKey) {
      ...MilestoneFields
    }
  }
`);

export const sessionLogProgressDocument = graphql(`
  mutation SessionLogProgress(
    $clientId: ID!
    $input: ProgressEntryInput!
    $sessionId: ID
    $idempotencyKey: ID
  ) {
    logProgressEntry(
      clientId: $clientId
      input: $input
      sessionId: $sessionId
      idempotencyKey: $idempotencyKey
    ) {
      ...ProgressEntryFields
      sessionId
    }
  }
`);

export const sessionRecordMeasureDocument = graphql(`
  mutation SessionRecordMeasure($input: RecordMeasureInput!, $idempotencyKey: ID) {
    recordMeasure(input: $input, idempotencyKey: $idempotencyKey) {
      id
      instrument
      total
      isComplete
      moodWord
      hasSafetyFlag
      sessionId
    }
  }
`);

export const sessionMarkPromptAskedDocument = graphql(`
  mutation SessionMarkPromptAsked(
    $sessionId: ID!
    $promptId: ID!
    $reason: String
    $idempotencyKey: ID
  ) {
    markPromptAsked(
      sessionId: $sessionId
      promptId: $promptId
      reason: $reason
      idempotencyKey: $idempotencyKey
    ) {
      id
      promptId
      text
      reason
      askedAt
      answer
    }
  }
`);

export const sessionAnswerPromptDocument = graphql(`
  mutation SessionAnswerPrompt(
    $sessionId: ID!
    $promptId: ID!
    $answer: String!
    $reason: String
    $idempotencyKey: ID
  ) {
    recordPromptAnswer(
      sessionId: $sessionId
      promptId: $promptId
      answer: $answer
      reason: $reason
      idempotencyKey: $idempotencyKey
    ) {
      id
      promptId
      text
      reason
      askedAt
      answer
    }
  }
`);

export const sessionSaveNotesDocument = graphql(`
  mutation SessionSaveNotes($id: ID!, $notes: String!, $idempotencyKey: ID) {
    saveSessionNotes(id: $id, notes: $notes, idempotencyKey: $idempotencyKey) {
      id
      version
      notes
    }
  }
`);

export const sessionEndDocument = graphql(`
  mutation SessionEnd($id: ID!, $endedAt: DateTime, $idempotencyKey: ID) {
    endSession(id: $id, endedAt: $endedAt, idempotencyKey: $idempotencyKey) {
      id
      version
      endedAt
      durationMinutes
    }
  }
`);

/** A client's past and open sessions, for the list on their page. */
export const clientSessionsDocument = graphql(`
  query ClientSessions($clientId: ID!) {
    client(id: $clientId) {
      id
      sessions {
        id
        startedAt
        endedAt
        durationMinutes
        modality
        note {
          id
          status
        }
      }
    }
  }
`);

export type ClientSessionSummary = NonNullable<ClientSessionsQuery['client']>['sessions'][number];
