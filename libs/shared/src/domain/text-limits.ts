/**
 * The longest text each field takes, shared by the dashboard's forms and the API's checks so
 * both say the same thing. The database's CHECK constraints hold the same numbers.
 */
export const TEXT_LIMITS = {
  preferredName: 100,
  pronouns: 40,
  baseline: 4000,
  statusReason: 500,
  goalClientWords: 500,
  clinicianWording: 1000,
  specific: 1000,
  measureOfSuccess: 1000,
  gasLevelDescription: 300,
  milestoneTitle: 300,
  progressClientWords: 1000,
  safetyReviewNote: 2000,
  sessionNotes: 20000,
  promptText: 300,
  promptReason: 200,
  promptAnswer: 2000,
} as const;

export type TextField = keyof typeof TEXT_LIMITS;
