export const INSTRUMENTS = ['PHQ9', 'GAD7', 'MOOD'] as const;
/** A standard measure, or the 0-10 mood check-in. */
export type Instrument = (typeof INSTRUMENTS)[number];

/** One administration of a measure. */
export interface MeasureResponse {
  readonly id: string;
  readonly clientId: string;
  readonly instrument: Instrument;
  /** Item answers in order (PHQ-9: 9 items 0-3; GAD-7: 7 items 0-3; mood: one 0-10 rating). */
  readonly answers: readonly number[];
  readonly total: number | null;
  readonly administeredOn: string;
  /** Whether PHQ-9 item 9 was answered above 0. */
  readonly hasSafetyFlag: boolean;
}
