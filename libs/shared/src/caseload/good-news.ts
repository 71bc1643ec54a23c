import { daysBetween, isIsoDate } from '../calendar';
import { instrumentName, type StandardMeasure } from '../measures/instruments';
import { listInWords } from '../notes/note-sentences';
import {
  assertValidCaseloadFacts,
  calendarDayInWords,
  changesFromBaseline,
  describeChangeFromBaseline,
  type CaseloadFacts,
  type EvidenceSection,
} from './caseload-facts';

// The caseload's good-news chips. Small steps are first-class (UX principle 2), so a run of
// ticked milestones sits beside a reliable improvement on a standard measure.

/** Good-news kinds in the order their chips are shown. */
export const GOOD_NEWS_KINDS = [
  'RELIABLE_IMPROVEMENT',
  'GOAL_ACHIEVED',
  'MILESTONE_STREAK',
] as const;
/** A reason to celebrate with a client. */
export type GoodNewsKind = (typeof GOOD_NEWS_KINDS)[number];

/**
 * A goal counts as news for this many days after it was achieved (today and the 29 days before):
 * about a month, long enough to be celebrated at the next session even on a fortnightly rhythm.
 */
export const GOAL_ACHIEVED_WITHIN_DAYS = 30;
/**
 * Consecutive weeks with a ticked milestone that make a streak. Two weeks can be chance; three in
 * a row is a pattern worth naming. Waypoint's choice.
 */
export const STREAK_MIN_WEEKS = 3;

/** One piece of good news about a client, worded for a chip, with where its evidence is. */
export interface GoodNews {
  readonly kind: GoodNewsKind;
  readonly label: string;
  /** The longer sentence behind the label, for its tooltip and screen readers. */
  readonly detail: string;
  readonly evidence: EvidenceSection;
  /** The measure, for reliable improvement. */
  readonly instrument?: StandardMeasure;
}

/**
 * Good news about a client, in GOOD_NEWS_KINDS order. Reliable improvement and achieved goals are
 * shown whatever the status, since they are the client's record and worth seeing at discharge; a
 * streak is not shown for a discharged client, as nothing is running any more.
 */
export function goodNews(facts: CaseloadFacts): GoodNews[] {
  assertValidCaseloadFacts(facts);
  const { today } = facts;
  const news: GoodNews[] = [];

  for (const change of changesFromBaseline(facts)) {
    if (change.reliableChange !== 'RELIABLE_IMPROVEMENT') continue;
    news.push({
      kind: 'RELIABLE_IMPROVEMENT',
      label: `Reliably better (${instrumentName(change.instrument)})`,
      detail: describeChangeFromBaseline(change, today),
      evidence: 'measures',
      instrument: change.instrument,
    });
  }

  const recentGoals = facts.goalsAchieved
    .filter((goal) => {
      const daysAgo = daysBetween(goal.achievedOn, today);
      return daysAgo >= 0 && daysAgo < GOAL_ACHIEVED_WITHIN_DAYS;
    })
    // Newest first; the sort is stable, so goals achieved on one day keep the order given.
    .sort((first, second) => second.achievedOn.localeCompare(first.achievedOn));
  if (recentGoals.length > 0) {
    const achieved = recentGoals.map(
      (goal) => `“${goal.clientWords.trim()}” on ${calendarDayInWords(goal.achievedOn, today)}`,
    );
    news.push({
      kind: 'GOAL_ACHIEVED',
      label: recentGoals.length === 1 ? 'Goal achieved' : `${recentGoals.length} goals achieved`,
      detail: `Achieved ${listInWords(achieved)}`,
      evidence: 'goals',
    });
  }

  if (facts.status !== 'DISCHARGED') {
    const weeks = milestoneStreakWeeks(facts.milestoneTickDays, today);
    if (weeks >= STREAK_MIN_WEEKS) {
      news.push({
        kind: 'MILESTONE_STREAK',
        label: `Milestones ${weeks} weeks running`,
        detail: `A milestone ticked in each of the last ${weeks} weeks`,
        evidence: 'goals',
      });
    }
  }
  return news;
}

/**
 * Whole weeks of a milestone streak: how many 7-day windows in a row, counted back from today
 * (days 0-6 ago, 7-13, ...), each hold at least one tick. 0 when none was ticked in the last 7
 * days, so a streak is always running up to today.
 */
export function milestoneStreakWeeks(tickDays: readonly string[], today: string): number {
  for (const [field, value] of [
    ['today', today],
    ...tickDays.map((day, index) => [`tickDays[${index}]`, day]),
  ]) {
    if (!isIsoDate(value))
      throw new RangeError(`${field} must be a YYYY-MM-DD date, not ${value}.`);
  }
  const windowsWithTicks = new Set(
    tickDays
      .map((day) => daysBetween(day, today))
      .filter((daysAgo) => daysAgo >= 0)
      .map((daysAgo) => Math.floor(daysAgo / 7)),
  );
  let weeks = 0;
  while (windowsWithTicks.has(weeks)) weeks++;
  return weeks;
}
