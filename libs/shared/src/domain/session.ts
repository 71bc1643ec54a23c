export const SESSION_MODALITIES = ['IN_PERSON', 'VIDEO', 'PHONE'] as const;
export type SessionModality = (typeof SESSION_MODALITIES)[number];

/** One therapy session. */
export interface TherapySession {
  readonly id: string;
  readonly version: number;
  readonly clientId: string;
  readonly clinicianId: string;
  readonly modality: SessionModality;
  /** ISO date-time. */
  readonly startedAt: string;
  /** ISO date-time; null while the session is open. */
  readonly endedAt: string | null;
  /** The clinician's free-text notes typed during the session. */
  readonly notes: string;
}

/** A prompt asked in a session, as worded then, and the client's answer. */
export interface AskedPrompt {
  readonly id: string;
  readonly sessionId: string;
  readonly promptId: string;
  readonly text: string;
  readonly reason: string | null;
  /** ISO date-time. */
  readonly askedAt: string;
  readonly answer: string | null;
}

/**
 * The situations that make a reflection prompt relevant, in no particular order (the ranking
 * lives in sessions/prompt-selection.ts). ANY_SESSION holds the general questions (exceptions,
 * scaling, coping) that fit every session.
 */
export const PROMPT_SITUATIONS = [
  'FIRST_SESSION',
  'MILESTONE_DONE',
  'WIN_LOGGED',
  'SETBACK_LOGGED',
  'NO_RECENT_PROGRESS',
  'MEASURE_IMPROVED',
  'MEASURE_WORSENED',
  'GOAL_NEAR_TARGET',
  'GOAL_REVIEW',
  'ANY_SESSION',
] as const;
export type PromptSituation = (typeof PROMPT_SITUATIONS)[number];

/** A reflection question for a session. */
export interface Prompt {
  /** Stored with the answers and the hidden list, so it never changes once a prompt ships. */
  readonly id: string;
  /** The question as the therapist would ask it aloud. */
  readonly text: string;
  /** Where the prompt fits; at least one. */
  readonly situations: readonly PromptSituation[];
}

export const NOTE_FORMATS = ['SOAP', 'DAP', 'BIRP', 'GIRP'] as const;
export type NoteFormat = (typeof NOTE_FORMATS)[number];

/** A progress note: drafted, edited, then signed and never changed. */
export interface SessionNote {
  readonly id: string;
  readonly sessionId: string;
  readonly format: NoteFormat;
  readonly sections: Readonly<Record<string, string>>;
  readonly signedAt: string | null;
  readonly signedById: string | null;
}
