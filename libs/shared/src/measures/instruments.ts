import type { Instrument } from '../domain/measure';

// The PHQ-9 and GAD-7 as published on Pfizer's forms (phqscreeners.com), which say: "Developed
// by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an
// educational grant from Pfizer Inc. No permission required to reproduce, translate, display or
// distribute." The wording is reproduced character for character, punctuation included, because
// the published validity holds only for the published text.
//
// Where the wording was checked (the search tool's stored pages):
// - PHQ-9: a transcript of the Pfizer form at https://therandomtandem.com/mood-screening-questionnaire-printable-4892
//   (stem, nine items, answer columns, difficulty item and its answers, attribution); the em
//   dashes in items 6 and 8 agree with https://centralmedicalcentre-morden.nhs.uk/form/phq-9/.
//   Kroenke K, Spitzer RL, Williams JBW (2001), J Gen Intern Med 16:606-613, is the validation.
// - GAD-7: a transcript of the Pfizer form at https://scales.arabpsychology.com/index.php/s/gad-7-anxiety-severity/
//   (stem without "any of", "anxious or on edge", "it is hard to sit still"), agreeing with the
//   items as printed in Spitzer RL, Kroenke K, Williams JBW, Löwe B (2006), Arch Intern Med
//   166:1092-1097, transcribed at https://docest.com/doc/420232/.
// Look-alike versions abound (PHQ-9 "Feeling bad about yourself - or that you are a failure",
// GAD-7 "Feeling nervous, anxious, or on edge"); a spec pins these strings so they cannot drift.

/** The two standard measures Waypoint scores; the mood check-in is Waypoint's own. */
export const STANDARD_MEASURES = ['PHQ9', 'GAD7'] as const;
/** A standard measure: the PHQ-9 or the GAD-7. */
export type StandardMeasure = (typeof STANDARD_MEASURES)[number];

/** Whether an instrument is one of the published standard measures (not the mood check-in). */
export function isStandardMeasure(instrument: Instrument): instrument is StandardMeasure {
  return (STANDARD_MEASURES as readonly Instrument[]).includes(instrument);
}

/** One answer a client can choose, with the score it carries. */
export interface AnswerOption {
  readonly value: number;
  readonly label: string;
}

/** A question that is recorded with the form but never added into its total. */
export interface UnscoredQuestion {
  readonly question: string;
  readonly answerOptions: readonly AnswerOption[];
}

/** A published questionnaire: its stem, items in order and answer options. */
export interface Questionnaire {
  readonly instrument: StandardMeasure;
  /** The name clinicians use, as printed on the form. */
  readonly name: string;
  readonly stem: string;
  /** Item wording in published order; item 1 is at index 0. */
  readonly items: readonly string[];
  readonly answerOptions: readonly AnswerOption[];
  /** The functional question after the items, if the published form has one. */
  readonly difficultyQuestion: UnscoredQuestion | null;
  readonly attribution: string;
}

const PFIZER_ATTRIBUTION =
  'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.';

// Both forms print the same four columns, scored 0 to 3.
const FREQUENCY_ANSWERS: readonly AnswerOption[] = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Several days' },
  { value: 2, label: 'More than half the days' },
  { value: 3, label: 'Nearly every day' },
];

/** The PHQ-9 depression measure exactly as Pfizer publishes it. */
export const PHQ9_QUESTIONNAIRE: Questionnaire = {
  instrument: 'PHQ9',
  name: 'PHQ-9',
  stem: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  items: [
    'Little interest or pleasure in doing things',
    'Feeling down, depressed, or hopeless',
    'Trouble falling or staying asleep, or sleeping too much',
    'Feeling tired or having little energy',
    'Poor appetite or overeating',
    'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
    'Trouble concentrating on things, such as reading the newspaper or watching television',
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    'Thoughts that you would be better off dead or of hurting yourself in some way',
  ],
  answerOptions: FREQUENCY_ANSWERS,
  // Kroenke 2001 used this answer to validate the total against functioning; it is not a
  // tenth item, so it is kept out of `answers` and can never reach the total.
  difficultyQuestion: {
    question:
      'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
    answerOptions: [
      { value: 0, label: 'Not difficult at all' },
      { value: 1, label: 'Somewhat difficult' },
      { value: 2, label: 'Very difficult' },
      { value: 3, label: 'Extremely difficult' },
    ],
  },
  attribution: PFIZER_ATTRIBUTION,
};

/** The GAD-7 anxiety measure exactly as Pfizer publishes it. */
export const GAD7_QUESTIONNAIRE: Questionnaire = {
  instrument: 'GAD7',
  name: 'GAD-7',
  // Unlike the PHQ-9's, the GAD-7's stem has no "any of".
  stem: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  items: [
    'Feeling nervous, anxious or on edge',
    'Not being able to stop or control worrying',
    'Worrying too much about different things',
    'Trouble relaxing',
    'Being so restless that it is hard to sit still',
    'Becoming easily annoyed or irritable',
    'Feeling afraid as if something awful might happen',
  ],
  answerOptions: FREQUENCY_ANSWERS,
  // Some printings add a difficulty question after item 7, in wording that differs between
  // them ("have these made it" or "have these problems made it"); until one printing is chosen
  // it is asked with the PHQ-9 only, where the wording is settled.
  difficultyQuestion: null,
  attribution: PFIZER_ATTRIBUTION,
};

/** The published questionnaire for each standard measure. */
export const QUESTIONNAIRES: Readonly<Record<StandardMeasure, Questionnaire>> = {
  PHQ9: PHQ9_QUESTIONNAIRE,
  GAD7: GAD7_QUESTIONNAIRE,
};

/** Waypoint's own mood check-in: one rating from 0 to 10, with a word if the client wants. */
export interface MoodCheckInDefinition {
  readonly instrument: 'MOOD';
  readonly name: string;
  readonly question: string;
  readonly minimumRating: number;
  readonly maximumRating: number;
  /** What the ends of the scale mean; unlike the PHQ-9 and GAD-7, higher is better. */
  readonly lowestRatingLabel: string;
  readonly highestRatingLabel: string;
  readonly wordQuestion: string;
  readonly wordMaximumLength: number;
}

/** The mood check-in as the client sees it (Waypoint's wording, not a published measure). */
export const MOOD_CHECK_IN: MoodCheckInDefinition = {
  instrument: 'MOOD',
  name: 'Mood check-in',
  question: 'How is your mood today, from 0 to 10?',
  minimumRating: 0,
  maximumRating: 10,
  lowestRatingLabel: 'As low as it gets',
  highestRatingLabel: 'As good as it gets',
  wordQuestion: 'One word for how you feel (optional)',
  // Long enough for "overwhelmed" or "hopeful-ish"; a sentence belongs in a progress note.
  wordMaximumLength: 40,
};

/** A completed mood check-in. */
export interface MoodCheckIn {
  readonly rating: number;
  readonly word: string | null;
}

/** How many answers a form of this instrument holds (the mood check-in holds one rating). */
export function itemCount(instrument: Instrument): number {
  return isStandardMeasure(instrument) ? QUESTIONNAIRES[instrument].items.length : 1;
}

/** The lowest and highest answer any one item of this instrument takes. */
export function answerRange(instrument: Instrument): { minimum: number; maximum: number } {
  if (!isStandardMeasure(instrument)) {
    return { minimum: MOOD_CHECK_IN.minimumRating, maximum: MOOD_CHECK_IN.maximumRating };
  }
  const values = QUESTIONNAIRES[instrument].answerOptions.map((option) => option.value);
  return { minimum: Math.min(...values), maximum: Math.max(...values) };
}

/** The name clinicians use for an instrument: "PHQ-9", "GAD-7" or "Mood check-in". */
export function instrumentName(instrument: Instrument): string {
  return isStandardMeasure(instrument) ? QUESTIONNAIRES[instrument].name : MOOD_CHECK_IN.name;
}
