import type { StandardMeasure } from '@waypoint/shared';
import { dayInWords } from './day-in-words';

// A "how far you've come" letter to the client, written from what their record holds for a
// date range. It speaks to the client in the second person, in warm, plain words: their wins
// in their own words, the milestones they reached and the goals they achieved. It never lists
// a setback as a failure (harder days are counted, nothing more), uses no clinical terms,
// and says nothing the facts do not: every quotation, number and date comes from them. Scores
// appear only when the clinician chose to include them. Private notes are not among the
// facts, so no letter can include one.

/** One questionnaire's first and last score in the range, oldest first. */
export interface LetterScore {
  readonly instrument: StandardMeasure;
  readonly first: number;
  readonly last: number;
  /** How many times it was filled in within the range. */
  readonly count: number;
}

/** What a letter may say, gathered from the client's record for the range. */
export interface ProgressLetterFacts {
  /** The name the client asked to be called. */
  readonly preferredName: string;
  /** ISO dates, first and last day of the range. */
  readonly from: string;
  readonly to: string;
  /** Who signs the letter; null leaves the signature off. */
  readonly clinicianName: string | null;
  /** Small wins in the client's words, oldest first. */
  readonly wins: readonly string[];
  /** Milestones ticked in the range, oldest first, each with its goal's words. */
  readonly milestones: readonly { readonly title: string; readonly goalClientWords: string }[];
  /** Goals completed in the range, in the client's words. */
  readonly goalsAchieved: readonly string[];
  /** How many setbacks were logged in the range: counted, never listed. */
  readonly harderDayCount: number;
  /** The client's scores; null when the letter leaves scores out. */
  readonly scores: readonly LetterScore[] | null;
}

/** At most this many wins are quoted; the rest are counted. */
export const MAX_QUOTED_WINS = 10;

// Each questionnaire as a client knows it, and what a lower score means on it.
const QUESTIONNAIRES: Readonly<Record<StandardMeasure, { about: string; lower: string }>> = {
  PHQ9: {
    about: 'the short questionnaire about low mood (the PHQ-9)',
    lower: 'fewer signs of low mood',
  },
  GAD7: {
    about: 'the short questionnaire about worry and anxiety (the GAD-7)',
    lower: 'less worry and anxiety',
  },
};

/** The letter's paragraphs, in order: greeting, what happened, scores if asked, and sign-off. */
export function writeProgressLetter(facts: ProgressLetterFacts): string[] {
  const name = facts.preferredName.trim();
  const paragraphs = [`Dear ${name},`, opening(facts)];
  const body = [
    winsParagraph(facts.wins),
    milestonesParagraph(facts.milestones),
    goalsParagraph(facts.goalsAchieved),
  ].filter((paragraph): paragraph is string => paragraph !== null);
  if (body.length === 0) {
    body.push(
      'Not everything that matters gets written down, and nothing was noted in this time. That is all right: we can look back on it together.',
    );
  }
  paragraphs.push(...body);
  if (facts.harderDayCount > 0) {
    const days = facts.harderDayCount === 1 ? 'one' : String(facts.harderDayCount);
    paragraphs.push(
      `There were harder days too (you noted ${days}), and you kept going through them.`,
    );
  }
  for (const score of facts.scores ?? []) paragraphs.push(scoreParagraph(score));
  paragraphs.push(
    'Thank you for the work you have put in. I look forward to our next steps together.',
  );
  paragraphs.push('Warm wishes,');
  const signature = facts.clinicianName?.trim();
  if (signature) paragraphs.push(signature);
  return paragraphs;
}

function opening(facts: ProgressLetterFacts): string {
  const range =
    facts.from === facts.to
      ? `on ${dayInWords(facts.from)}`
      : `from ${dayInWords(facts.from)} to ${dayInWords(facts.to)}`;
  return `This letter looks back on your time ${range}, and on the steps you took along the way.`;
}

function winsParagraph(wins: readonly string[]): string | null {
  const quoted = wins.map(quote).filter((win) => win !== '“”');
  if (quoted.length === 0) return null;
  if (quoted.length === 1) return `You noticed a small win, in your own words: ${quoted[0]}.`;
  const shown = quoted.slice(0, MAX_QUOTED_WINS);
  const more = quoted.length - shown.length;
  const list = more > 0 ? `${shown.join('; ')}; and ${more} more` : listInWords(shown, '; ');
  return `You noticed ${quoted.length} small wins, in your own words: ${list}.`;
}

function milestonesParagraph(milestones: ProgressLetterFacts['milestones']): string | null {
  if (milestones.length === 0) return null;
  // Grouped by goal, in the order the first milestone of each was reached.
  const byGoal = new Map<string, string[]>();
  for (const { title, goalClientWords } of milestones) {
    const goal = goalClientWords.trim();
    byGoal.set(goal, [...(byGoal.get(goal) ?? []), quote(title)]);
  }
  const count = milestones.length === 1 ? 'a milestone' : `${milestones.length} milestones`;
  const steps = [...byGoal].map(
    ([goal, titles]) => `on the way to ${quote(goal)}: ${listInWords(titles, ', ')}`,
  );
  if (steps.length === 1) return `You reached ${count} ${steps[0]}.`;
  return [`You reached ${count}.`, ...steps.map((step) => `${capitalised(step)}.`)].join(' ');
}

function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function goalsParagraph(goals: readonly string[]): string | null {
  if (goals.length === 0) return null;
  const count = goals.length === 1 ? 'a goal' : `${goals.length} goals`;
  return `And you achieved ${count} you set: ${listInWords(goals.map(quote), ', ')}.`;
}

function scoreParagraph(score: LetterScore): string {
  const { about, lower } = QUESTIONNAIRES[score.instrument];
  if (score.count === 1) {
    return `You filled in ${about} once in this time, with a score of ${score.first}.`;
  }
  const meaning = `On this questionnaire, a lower score means ${lower}.`;
  if (score.last < score.first) {
    return `On ${about}, your score went down from ${score.first} to ${score.last}. ${meaning}`;
  }
  if (score.last === score.first) {
    return `On ${about}, your score was ${score.first} at the start of this time and at the end. ${meaning}`;
  }
  return `On ${about}, your score went from ${score.first} to ${score.last}. ${meaning} Scores rise and fall, and we can talk about what has felt harder.`;
}

function quote(words: string): string {
  return `“${words.trim()}”`;
}

/** "a, b and c", or "a; b; and c" for items that hold commas of their own. */
function listInWords(items: readonly string[], separator: ', ' | '; '): string {
  if (items.length <= 1) return items.join('');
  const last = separator === '; ' && items.length > 2 ? '; and ' : ' and ';
  return `${items.slice(0, -1).join(separator)}${last}${items.at(-1)}`;
}
