export const INSTRUMENTS = ['PHQ9', 'GAD7', 'MOOD'] as const;
/** A standard measure, or the 0-10 mood check-in. */
export type Instrument = (typeof INSTRUMENTS)[number];

/** One administration of a measure. */
export interface MeasureResponse {
  readonly id: string;
  readonly clientId: string;
  readonly version: number;
  readonly instrument: Instrument;
  /**
   * Item answers in order (PHQ-9: 9 items 0-3; GAD-7: 7 items 0-3; mood: one 0-10 rating);
   * null for an item a draft leaves open.
   */
  readonly answers: readonly (number | null)[];
  /** Whether every item is answered; drafts are never scored. */
  readonly isComplete: boolean;
  readonly total: number | null;
  readonly administeredOn: string;
  /** PHQ-9 only: how difficult the problems made life, 0-3; recorded, never scored. */
  readonly difficulty: number | null;
  /** MOOD only: the client's word for how they feel. */
  readonly moodWord: string | null;
  /** Whether PHQ-9 item 9 was answered above 0. */
  readonly hasSafetyFlag: boolean;
  /** The therapy session it was given in, if any. */
  readonly sessionId: string | null;
}

/** Raised by a PHQ-9 item 9 answer above 0; stays until a clinician records their review. */
export interface SafetyFlag {
  readonly id: string;
  readonly clientId: string;
  readonly measureResponseId: string;
  /** ISO date-time. */
  readonly raisedAt: string;
  readonly reviewedAt: string | null;
  readonly reviewedById: string | null;
  readonly reviewNote: string | null;
}
