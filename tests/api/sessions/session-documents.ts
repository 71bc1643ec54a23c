import type { PromptSituation, SessionModality } from '@waypoint/shared';
import { document } from '../clients/client-documents';
import type { RecordMeasureInput } from '../measures/measure-documents';

// The session and prompt operations as the tests send them, typed by hand from the contract
// (libs/shared/src/graphql/sessions.graphql and prompts.graphql).

export interface AskedPromptFields {
  readonly id: string;
  readonly promptId: string;
  readonly text: string;
  readonly reason: string | null;
  readonly askedAt: string;
  readonly answer: string | null;
}

export interface PromptFields {
  readonly id: string;
  readonly text: string;
  readonly situations: readonly PromptSituation[];
  readonly isBuiltIn: boolean;
  readonly isHidden: boolean;
  readonly version: number;
}

export interface SuggestionFields {
  readonly prompt: PromptFields;
  readonly situation: PromptSituation;
  readonly reason: string;
}

export interface SessionFields {
  readonly id: string;
  readonly version: number;
  readonly clientId: string;
  readonly modality: SessionModality;
  readonly startedAt: string;
  readonly endedAt: string | null;
  readonly durationMinutes: number | null;
  readonly isFirst: boolean;
  readonly notes: string;
}

export interface SessionRecordFields extends SessionFields {
  readonly promptsAsked: readonly AskedPromptFields[];
  readonly milestonesTicked: readonly {
    readonly id: string;
    readonly doneInSessionId: string | null;
  }[];
  readonly progressEntries: readonly { readonly id: string; readonly clientWords: string }[];
  readonly measures: readonly {
    readonly id: string;
    readonly instrument: string;
    readonly total: number | null;
  }[];
  readonly promptSuggestions: readonly SuggestionFields[];
}

const sessionFields =
  'id version clientId modality startedAt endedAt durationMinutes isFirst notes';
const askedFields = 'id promptId text reason askedAt answer';
const promptFields = 'id text situations isBuiltIn isHidden version';

export const StartSession = document<
  { startSession: SessionFields },
  {
    input: { clientId: string; modality: SessionModality; startedAt?: string | null };
    idempotencyKey?: string | null;
  }
>(
  `mutation StartSession($input: StartSessionInput!, $idempotencyKey: ID) {
    startSession(input: $input, idempotencyKey: $idempotencyKey) { ${sessionFields} }
  }`,
);

export const EndSession = document<
  { endSession: SessionFields },
  { id: string; endedAt?: string | null; idempotencyKey?: string | null }
>(
  `mutation EndSession($id: ID!, $endedAt: DateTime, $idempotencyKey: ID) {
    endSession(id: $id, endedAt: $endedAt, idempotencyKey: $idempotencyKey) { ${sessionFields} }
  }`,
);

export const SaveSessionNotes = document<
  { saveSessionNotes: SessionFields },
  { id: string; notes: string; idempotencyKey?: string | null }
>(
  `mutation SaveSessionNotes($id: ID!, $notes: String!, $idempotencyKey: ID) {
    saveSessionNotes(id: $id, notes: $notes, idempotencyKey: $idempotencyKey) { ${sessionFields} }
  }`,
);

export const MarkPromptAsked = document<
  { markPromptAsked: AskedPromptFields },
  { sessionId: string; promptId: string; reason?: string | null; idempotencyKey?: string | null }
>(
  `mutation MarkPromptAsked($sessionId: ID!, $promptId: ID!, $reason: String, $idempotencyKey: ID) {
    markPromptAsked(sessionId: $sessionId, promptId: $promptId, reason: $reason,
      idempotencyKey: $idempotencyKey) { ${askedFields} }
  }`,
);

export const RecordPromptAnswer = document<
  { recordPromptAnswer: AskedPromptFields },
  {
    sessionId: string;
    promptId: string;
    answer: string;
    reason?: string | null;
    idempotencyKey?: string | null;
  }
>(
  `mutation RecordPromptAnswer($sessionId: ID!, $promptId: ID!, $answer: String!, $reason: String,
    $idempotencyKey: ID) {
    recordPromptAnswer(sessionId: $sessionId, promptId: $promptId, answer: $answer,
      reason: $reason, idempotencyKey: $idempotencyKey) { ${askedFields} }
  }`,
);

export const SessionRecord = document<
  { therapySession: SessionRecordFields | null },
  { id: string }
>(
  `query SessionRecord($id: ID!) {
    therapySession(id: $id) {
      ${sessionFields}
      promptsAsked { ${askedFields} }
      milestonesTicked { id doneInSessionId }
      progressEntries { id clientWords }
      measures { id instrument total }
      promptSuggestions { situation reason prompt { ${promptFields} } }
    }
  }`,
);

export const ClientSessions = document<
  {
    client: {
      id: string;
      openSession: SessionFields | null;
      sessions: readonly SessionFields[];
    } | null;
  },
  { id: string }
>(
  `query ClientSessions($id: ID!) {
    client(id: $id) { id openSession { ${sessionFields} } sessions { ${sessionFields} } }
  }`,
);

export const TickInSession = document<
  { tickMilestone: { id: string; doneAt: string | null; doneInSessionId: string | null } },
  { id: string; sessionId?: string | null; idempotencyKey?: string | null }
>(
  `mutation TickInSession($id: ID!, $sessionId: ID, $idempotencyKey: ID) {
    tickMilestone(id: $id, sessionId: $sessionId, idempotencyKey: $idempotencyKey) {
      id doneAt doneInSessionId
    }
  }`,
);

export const UntickInSession = document<
  { untickMilestone: { id: string; doneAt: string | null; doneInSessionId: string | null } },
  { id: string; sessionId?: string | null; idempotencyKey?: string | null }
>(
  `mutation UntickInSession($id: ID!, $sessionId: ID, $idempotencyKey: ID) {
    untickMilestone(id: $id, sessionId: $sessionId, idempotencyKey: $idempotencyKey) {
      id doneAt doneInSessionId
    }
  }`,
);

export const LogInSession = document<
  { logProgressEntry: { id: string; clientWords: string; sessionId: string | null } },
  {
    clientId: string;
    input: { kind: 'WIN' | 'SETBACK'; category: string; clientWords: string; occurredOn?: string };
    sessionId?: string | null;
    idempotencyKey?: string | null;
  }
>(
  `mutation LogInSession($clientId: ID!, $input: ProgressEntryInput!, $sessionId: ID,
    $idempotencyKey: ID) {
    logProgressEntry(clientId: $clientId, input: $input, sessionId: $sessionId,
      idempotencyKey: $idempotencyKey) { id clientWords sessionId }
  }`,
);

export const MeasureInSession = document<
  { recordMeasure: { id: string; total: number | null; sessionId: string | null } },
  { input: RecordMeasureInput & { sessionId?: string | null }; idempotencyKey?: string | null }
>(
  `mutation MeasureInSession($input: RecordMeasureInput!, $idempotencyKey: ID) {
    recordMeasure(input: $input, idempotencyKey: $idempotencyKey) { id total sessionId }
  }`,
);

export const PromptLibrary = document<{ prompts: readonly PromptFields[] }>(
  `query PromptLibrary { prompts { ${promptFields} } }`,
);

export const CreatePrompt = document<
  { createPrompt: PromptFields },
  { input: { text: string; situations: readonly PromptSituation[] } }
>(
  `mutation CreatePrompt($input: PromptInput!) { createPrompt(input: $input) { ${promptFields} } }`,
);

export const UpdatePrompt = document<
  { updatePrompt: PromptFields },
  { id: string; version: number; input: { text: string; situations: readonly PromptSituation[] } }
>(
  `mutation UpdatePrompt($id: ID!, $version: Int!, $input: PromptInput!) {
    updatePrompt(id: $id, version: $version, input: $input) { ${promptFields} }
  }`,
);

export const SetPromptHidden = document<
  { setPromptHidden: PromptFields },
  { id: string; isHidden: boolean }
>(
  `mutation SetPromptHidden($id: ID!, $isHidden: Boolean!) {
    setPromptHidden(id: $id, isHidden: $isHidden) { ${promptFields} }
  }`,
);

export const CaseloadSessions = document<{
  caseload: readonly { readonly id: string; readonly lastSessionAt: string | null }[];
}>(`query CaseloadSessions { caseload { id lastSessionAt } }`);
