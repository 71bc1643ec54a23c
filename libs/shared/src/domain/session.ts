export const SESSION_MODALITIES = ['IN_PERSON', 'VIDEO', 'PHONE'] as const;
export type SessionModality = (typeof SESSION_MODALITIES)[number];

/** One therapy session. */
export interface TherapySession {
  readonly id: string;
  readonly clientId: string;
  readonly clinicianId: string;
  readonly modality: SessionModality;
  readonly startedAt: string;
  readonly endedAt: string | null;
}

/** The situations that make a reflection prompt relevant. */
export const PROMPT_SITUATIONS = [
  'FIRST_SESSION',
  'MILESTONE_DONE',
  'SETBACK_LOGGED',
  'NO_RECENT_PROGRESS',
  'MEASURE_IMPROVED',
  'MEASURE_WORSENED',
  'GOAL_NEAR_TARGET',
] as const;
export type PromptSituation = (typeof PROMPT_SITUATIONS)[number];

/** A reflection question for a session. */
export interface Prompt {
  readonly id: string;
  readonly text: string;
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
