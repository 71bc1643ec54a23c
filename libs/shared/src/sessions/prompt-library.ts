import type { Prompt } from '../domain/session';

// The built-in reflection prompts shown on the session prompt card. The kinds of question come
// from solution-focused brief therapy: exception questions (when was the problem smaller?),
// scaling questions (0 to 10) and coping questions (how have you kept going?), as described in
// de Shazer S (1988), Clues: Investigating Solutions in Brief Therapy, Norton, and De Jong P,
// Berg IK (2013), Interviewing for Solutions, 4th ed., Brooks/Cole. The wording is Waypoint's
// own, written to be asked aloud: warm, plain English, about this client's own steps. No prompt
// blames, compares the client with anyone else, or takes an outcome for granted; a change in a
// questionnaire score is raised as a question ("how does that fit?"), not as a verdict.
//
// Ids are stored with answers and with each clinician's hidden prompts, so an id never changes
// and a prompt is never deleted once shipped: reword a prompt only when the meaning stays the
// same, otherwise add a new one. The spec pins the shipped ids.

/** What a built-in prompt is about; used to group and check the library, not to select. */
export const PROMPT_THEMES = [
  'EXCEPTIONS',
  'SCALING',
  'COPING',
  'CELEBRATING',
  'SETBACKS',
  'GOAL_REVIEW',
  'FIRST_SESSION',
  'NEAR_TARGET',
  'MEASURES',
  'RE_ENGAGING',
] as const;
export type PromptTheme = (typeof PROMPT_THEMES)[number];

/** A prompt that ships with Waypoint, as opposed to one a clinician writes. */
export interface BuiltInPrompt extends Prompt {
  readonly theme: PromptTheme;
}

/** Every built-in prompt. Within a situation, earlier prompts are offered first. */
export const BUILT_IN_PROMPTS: readonly BuiltInPrompt[] = [
  // The first session: hopes, first signs of change, and what already helps.
  {
    id: 'builtin-first-session-useful-time-together',
    text: 'If our time together turned out to be really useful for you, what would you notice changing?',
    theme: 'FIRST_SESSION',
    situations: ['FIRST_SESSION'],
  },
  {
    id: 'builtin-first-session-first-small-sign',
    text: 'What would be the first small sign that things are starting to move in a direction you want?',
    theme: 'FIRST_SESSION',
    situations: ['FIRST_SESSION'],
  },
  {
    id: 'builtin-first-session-already-helped',
    text: 'What have you already tried that helped, even for a short while?',
    theme: 'FIRST_SESSION',
    situations: ['FIRST_SESSION'],
  },
  {
    id: 'builtin-first-session-what-matters-most',
    text: 'What matters most to you in your life right now, alongside the things that feel hard?',
    theme: 'FIRST_SESSION',
    situations: ['FIRST_SESSION'],
  },
  {
    id: 'builtin-first-session-good-at',
    text: 'What would someone who knows you well say you are good at?',
    theme: 'FIRST_SESSION',
    situations: ['FIRST_SESSION'],
  },

  // Celebrating: a milestone ticked or a small win logged. Effort counts as much as the result.
  {
    id: 'builtin-celebrating-milestone-how-you-did-it',
    text: 'You reached a milestone since we last met. What did you do that helped make it happen?',
    theme: 'CELEBRATING',
    situations: ['MILESTONE_DONE'],
  },
  {
    id: 'builtin-celebrating-milestone-what-it-was-like',
    text: 'What was it like for you to reach that step?',
    theme: 'CELEBRATING',
    situations: ['MILESTONE_DONE'],
  },
  {
    id: 'builtin-celebrating-milestone-what-it-says',
    text: 'What does reaching this step tell you about yourself?',
    theme: 'CELEBRATING',
    situations: ['MILESTONE_DONE'],
  },
  {
    id: 'builtin-celebrating-milestone-next-step',
    text: 'Now that this step is behind you, what feels like a good next small step?',
    theme: 'CELEBRATING',
    situations: ['MILESTONE_DONE'],
  },
  {
    id: 'builtin-celebrating-win-tell-me-more',
    text: 'You noted a small win since we last met. Would you tell me a bit more about it?',
    theme: 'CELEBRATING',
    situations: ['WIN_LOGGED'],
  },
  {
    id: 'builtin-celebrating-win-what-made-it-possible',
    text: 'What made that win possible?',
    theme: 'CELEBRATING',
    situations: ['WIN_LOGGED'],
  },
  {
    id: 'builtin-celebrating-win-the-trying',
    text: 'What did it take for you to give it a try, whatever happened in the end?',
    theme: 'CELEBRATING',
    situations: ['WIN_LOGGED'],
  },
  {
    id: 'builtin-celebrating-win-more-of-it',
    text: 'What would help you do a little more of what worked there?',
    theme: 'CELEBRATING',
    situations: ['WIN_LOGGED', 'MEASURE_IMPROVED'],
  },

  // Setbacks: part of the path, met with curiosity about what helped rather than what went wrong.
  {
    id: 'builtin-setbacks-what-helped-get-through',
    text: 'What helped you get through it, even a little?',
    theme: 'SETBACKS',
    situations: ['SETBACK_LOGGED'],
  },
  {
    id: 'builtin-setbacks-what-was-going-on',
    text: 'Would you like to tell me what was going on for you around the time of that setback?',
    theme: 'SETBACKS',
    situations: ['SETBACK_LOGGED'],
  },
  {
    id: 'builtin-setbacks-kept-it-from-getting-worse',
    text: 'What stopped it from getting any harder than it did?',
    theme: 'SETBACKS',
    situations: ['SETBACK_LOGGED'],
  },
  {
    id: 'builtin-setbacks-looking-after-yourself',
    text: 'What, if anything, helped you look after yourself in the days afterwards?',
    theme: 'SETBACKS',
    situations: ['SETBACK_LOGGED'],
  },
  {
    id: 'builtin-setbacks-useful-for-next-time',
    text: 'Looking back on it now, is there anything about that time that might be useful to remember for next time?',
    theme: 'SETBACKS',
    situations: ['SETBACK_LOGGED'],
  },
  {
    id: 'builtin-setbacks-kind-words',
    text: 'What would you say to a good friend who had been through a week like that?',
    theme: 'SETBACKS',
    situations: ['SETBACK_LOGGED', 'MEASURE_WORSENED'],
  },

  // No recent progress: re-engaging without blame. A quiet stretch is information, not failure.
  {
    id: 'builtin-re-engaging-how-things-have-been',
    text: 'It has been a little while since we wrote anything down together. How have things been for you lately?',
    theme: 'RE_ENGAGING',
    situations: ['NO_RECENT_PROGRESS'],
  },
  {
    id: 'builtin-re-engaging-what-life-has-asked',
    text: 'What has life been asking of you lately?',
    theme: 'RE_ENGAGING',
    situations: ['NO_RECENT_PROGRESS'],
  },
  {
    id: 'builtin-re-engaging-unrecorded-good-moments',
    text: 'Have there been any small moments that went a bit better, that we have not had a chance to note yet?',
    theme: 'RE_ENGAGING',
    situations: ['NO_RECENT_PROGRESS'],
  },
  {
    id: 'builtin-re-engaging-small-enough-step',
    text: 'What would be a step small enough that it feels doable over the next week?',
    theme: 'RE_ENGAGING',
    situations: ['NO_RECENT_PROGRESS'],
  },
  {
    id: 'builtin-re-engaging-goals-still-fit',
    text: 'Do the goals we set still feel like the right ones for you at the moment?',
    theme: 'RE_ENGAGING',
    situations: ['NO_RECENT_PROGRESS'],
  },

  // Measures: a reliable change is a reason to ask the client, never a verdict to announce.
  {
    id: 'builtin-measures-improved-does-it-fit',
    text: 'Your answers on the questionnaire have shifted in a hopeful direction. Does that fit with how things feel to you?',
    theme: 'MEASURES',
    situations: ['MEASURE_IMPROVED'],
  },
  {
    id: 'builtin-measures-improved-what-has-contributed',
    text: 'What do you think has contributed most to that change?',
    theme: 'MEASURES',
    situations: ['MEASURE_IMPROVED'],
  },
  {
    id: 'builtin-measures-improved-day-to-day',
    text: 'Where, if anywhere, do you notice the difference in your day-to-day life?',
    theme: 'MEASURES',
    situations: ['MEASURE_IMPROVED'],
  },
  {
    id: 'builtin-measures-improved-holding-on',
    text: 'What would help you hold on to the progress you have made?',
    theme: 'MEASURES',
    situations: ['MEASURE_IMPROVED'],
  },
  {
    id: 'builtin-measures-worsened-does-it-fit',
    text: 'Your answers on the questionnaire looked a little different this time. How does that fit with how things have felt for you recently?',
    theme: 'MEASURES',
    situations: ['MEASURE_WORSENED'],
  },
  {
    id: 'builtin-measures-worsened-weighing-on-you',
    text: 'What has been weighing on you most lately?',
    theme: 'MEASURES',
    situations: ['MEASURE_WORSENED'],
  },
  {
    id: 'builtin-measures-worsened-still-helping',
    text: 'Even with things feeling heavier, what is still helping you keep going, even a little?',
    theme: 'MEASURES',
    situations: ['MEASURE_WORSENED'],
  },
  {
    id: 'builtin-measures-worsened-support-now',
    text: 'What kind of support would feel most helpful to you right now?',
    theme: 'MEASURES',
    situations: ['MEASURE_WORSENED'],
  },
  {
    id: 'builtin-measures-worsened-how-we-work',
    text: 'Is there anything about how we are working together that you would like to change?',
    theme: 'MEASURES',
    situations: ['MEASURE_WORSENED', 'NO_RECENT_PROGRESS'],
  },

  // A goal near its target date: where things stand, and whether the date still suits.
  {
    id: 'builtin-near-target-where-you-are',
    text: 'We are around the time we set for this goal. From 0 to 10, where do you feel you are with it?',
    theme: 'NEAR_TARGET',
    situations: ['GOAL_NEAR_TARGET'],
  },
  {
    id: 'builtin-near-target-ready-to-call-it-done',
    text: 'What would need to happen for you to feel ready to call this goal done?',
    theme: 'NEAR_TARGET',
    situations: ['GOAL_NEAR_TARGET'],
  },
  {
    id: 'builtin-near-target-date-still-right',
    text: 'Does the date we picked for this goal still feel right, or would a different one suit you better?',
    theme: 'NEAR_TARGET',
    situations: ['GOAL_NEAR_TARGET'],
  },
  {
    id: 'builtin-near-target-what-comes-next',
    text: 'When you feel ready to move on from this goal, what might you like to work on next?',
    theme: 'NEAR_TARGET',
    situations: ['GOAL_NEAR_TARGET'],
  },

  // Reviewing a goal: still theirs, still in their words, and what has shifted.
  {
    id: 'builtin-goal-review-still-important',
    text: 'Is this goal still as important to you as it was when we set it?',
    theme: 'GOAL_REVIEW',
    situations: ['GOAL_REVIEW', 'NO_RECENT_PROGRESS'],
  },
  {
    id: 'builtin-goal-review-what-has-shifted',
    text: 'What, if anything, has shifted since we first wrote this goal down?',
    theme: 'GOAL_REVIEW',
    situations: ['GOAL_REVIEW'],
  },
  {
    id: 'builtin-goal-review-own-words',
    text: 'Hearing the goal in your own words again, do they still fit, or would you put it differently now?',
    theme: 'GOAL_REVIEW',
    situations: ['GOAL_REVIEW'],
  },
  {
    id: 'builtin-goal-review-where-on-the-scale',
    text: 'From 0 to 10, where would you put yourself with this goal today, and what puts you there rather than lower?',
    theme: 'GOAL_REVIEW',
    situations: ['GOAL_REVIEW'],
  },

  // Exceptions: times the problem was smaller or absent, so the client can do more of them.
  {
    id: 'builtin-exceptions-different-this-week',
    text: 'What did you do differently this week?',
    theme: 'EXCEPTIONS',
    situations: ['ANY_SESSION', 'WIN_LOGGED'],
  },
  {
    id: 'builtin-exceptions-easier-moments',
    text: 'When were the moments this week when things felt even a little bit easier?',
    theme: 'EXCEPTIONS',
    situations: ['ANY_SESSION'],
  },
  {
    id: 'builtin-exceptions-problem-felt-smaller',
    text: 'Was there a time lately when the problem was around but felt smaller? What was different then?',
    theme: 'EXCEPTIONS',
    situations: ['ANY_SESSION', 'NO_RECENT_PROGRESS'],
  },
  {
    id: 'builtin-exceptions-a-better-day',
    text: 'Think of a recent day that went a bit better than most. What was happening on that day?',
    theme: 'EXCEPTIONS',
    situations: ['ANY_SESSION'],
  },

  // Scaling: the client's own 0 to 10, where 10 is how they would like things to be.
  {
    id: 'builtin-scaling-where-today',
    text: 'On a scale from 0 to 10, where 10 is how you would like things to be, where would you say you are today?',
    theme: 'SCALING',
    situations: ['ANY_SESSION'],
  },
  {
    id: 'builtin-scaling-not-lower',
    text: 'What helps you be at that number, rather than lower?',
    theme: 'SCALING',
    situations: ['ANY_SESSION'],
  },
  {
    id: 'builtin-scaling-one-point-up',
    text: 'If you moved one point up that scale, what is the first thing you might notice?',
    theme: 'SCALING',
    situations: ['ANY_SESSION'],
  },
  {
    id: 'builtin-scaling-confidence',
    text: 'From 0 to 10, how confident do you feel about taking the next small step?',
    theme: 'SCALING',
    situations: ['ANY_SESSION', 'GOAL_NEAR_TARGET'],
  },

  // Coping: how the client has kept going, which is a strength even when little has changed.
  {
    id: 'builtin-coping-how-you-have-managed',
    text: 'With everything you have had on your plate, how have you been managing?',
    theme: 'COPING',
    situations: ['ANY_SESSION', 'MEASURE_WORSENED'],
  },
  {
    id: 'builtin-coping-what-keeps-you-going',
    text: 'What has kept you going at the times when things have been hard?',
    theme: 'COPING',
    situations: ['ANY_SESSION', 'SETBACK_LOGGED'],
  },
  {
    id: 'builtin-coping-small-comforts',
    text: 'What small things have brought you some comfort or calm lately?',
    theme: 'COPING',
    situations: ['ANY_SESSION'],
  },
  {
    id: 'builtin-coping-on-your-side',
    text: 'Who or what has been on your side lately?',
    theme: 'COPING',
    situations: ['ANY_SESSION'],
  },
];
