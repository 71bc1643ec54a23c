import { PROMPT_SITUATIONS, type PromptSituation } from '@waypoint/shared';

/** Each situation in the words a clinician would use for it. */
export const PROMPT_SITUATION_LABELS: Readonly<Record<PromptSituation, string>> = {
  FIRST_SESSION: 'First session',
  MILESTONE_DONE: 'Milestone ticked',
  WIN_LOGGED: 'Small win logged',
  SETBACK_LOGGED: 'Setback logged',
  NO_RECENT_PROGRESS: 'No progress for a while',
  MEASURE_IMPROVED: 'Measure improved',
  MEASURE_WORSENED: 'Measure worsened',
  GOAL_NEAR_TARGET: 'Goal near its target date',
  GOAL_REVIEW: 'Goal due for review',
  ANY_SESSION: 'Any session',
};

/** Every situation with its label, in the order the library lists them. */
export const promptSituationOptions: readonly {
  readonly situation: PromptSituation;
  readonly label: string;
}[] = PROMPT_SITUATIONS.map((situation) => ({
  situation,
  label: PROMPT_SITUATION_LABELS[situation],
}));
