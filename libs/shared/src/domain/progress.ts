export const PROGRESS_ENTRY_KINDS = ['WIN', 'SETBACK', 'GRATITUDE', 'REFLECTION'] as const;
/** What kind of moment the client brought. */
export type ProgressEntryKind = (typeof PROGRESS_ENTRY_KINDS)[number];

export const PROGRESS_CATEGORIES = [
  'SELF_CARE',
  'HYGIENE',
  'NUTRITION',
  'MOVEMENT',
  'CONNECTION',
  'BOUNDARIES',
  'COPING_SKILL',
  'EMOTIONAL_AWARENESS',
  'SELF_COMPASSION',
  'SHOWING_UP_TO_THERAPY',
  'TASK_DONE',
  'OTHER',
] as const;
export type ProgressCategory = (typeof PROGRESS_CATEGORIES)[number];

/** A small win, a setback, a gratitude or a reflection, in the client's words. */
export interface ProgressEntry {
  readonly id: string;
  readonly clientId: string;
  readonly version: number;
  readonly goalId: string | null;
  readonly kind: ProgressEntryKind;
  readonly category: ProgressCategory;
  readonly clientWords: string;
  /** Whether the entry celebrates the trying rather than the outcome. */
  readonly isEffort: boolean;
  /** The day it happened (ISO date). */
  readonly occurredOn: string;
  /** The therapy session it was logged in, if any. */
  readonly sessionId: string | null;
}
