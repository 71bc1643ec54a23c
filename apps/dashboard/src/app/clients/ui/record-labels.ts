import type {
  ClientStatus,
  GasLevelName,
  GoalDomain,
  ProgressCategory,
  ProgressEntryKind,
} from '@waypoint/shared';

/** The part of life a goal is about, as a clinician says it. */
export const goalDomainLabels: Readonly<Record<GoalDomain, string>> = {
  MOOD: 'Mood',
  ANXIETY: 'Anxiety',
  RELATIONSHIPS: 'Relationships',
  SELF_CARE: 'Self-care',
  WORK_OR_STUDY: 'Work or study',
  HEALTH: 'Health',
  SUBSTANCE_USE: 'Substance use',
  OTHER: 'Other',
};

/** Each kind of progress entry, as the timeline names it. */
export const progressKindLabels: Readonly<Record<ProgressEntryKind, string>> = {
  WIN: 'Small win',
  SETBACK: 'Setback',
  GRATITUDE: 'Gratitude',
  REFLECTION: 'Reflection',
};

/** What a progress entry was about. */
export const progressCategoryLabels: Readonly<Record<ProgressCategory, string>> = {
  SELF_CARE: 'Self-care',
  HYGIENE: 'Hygiene',
  NUTRITION: 'Nutrition',
  MOVEMENT: 'Movement',
  CONNECTION: 'Connection',
  BOUNDARIES: 'Boundaries',
  COPING_SKILL: 'Coping skill',
  EMOTIONAL_AWARENESS: 'Emotional awareness',
  SELF_COMPASSION: 'Self-compassion',
  SHOWING_UP_TO_THERAPY: 'Showing up to therapy',
  TASK_DONE: 'Task done',
  OTHER: 'Other',
};

/** Each GAS level, -2 to +2, with its number and its meaning. */
export const gasLevelOptions: readonly {
  readonly level: number;
  readonly name: GasLevelName;
  readonly number: string;
  readonly meaning: string;
}[] = [
  { level: -2, name: 'muchLess', number: '−2', meaning: 'Much less than expected' },
  { level: -1, name: 'less', number: '−1', meaning: 'Somewhat less than expected' },
  { level: 0, name: 'expected', number: '0', meaning: 'The expected outcome' },
  { level: 1, name: 'more', number: '+1', meaning: 'Somewhat more than expected' },
  { level: 2, name: 'muchMore', number: '+2', meaning: 'Much more than expected' },
];

/** A GAS level written with its sign: "+1", "0", "−2". */
export function formatGasLevel(level: number): string {
  return gasLevelOptions.find((option) => option.level === level)?.number ?? String(level);
}

/** How a change of the client's status reads on the record. */
export const clientStatusChangeLabels: Readonly<Record<ClientStatus, string>> = {
  ACTIVE: 'Care reopened',
  PAUSED: 'Care paused',
  DISCHARGED: 'Discharged',
};
