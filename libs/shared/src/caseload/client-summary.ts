import { daysBetween } from '../calendar';
import type { ClientStatus } from '../domain/client';
import { gasTScore, type GasWeightedRating } from '../domain/gas-score';
import type { GoalDomain } from '../domain/goal';
import type { Instrument } from '../domain/measure';
import { reliableChange, scoreChange, type ReliableChange } from '../measures/change';
import { STANDARD_MEASURES, type StandardMeasure } from '../measures/instruments';
import { notOnTrackFlags } from '../measures/not-on-track';
import { measuresDue, type MeasureDue, type MeasureSchedule } from '../measures/schedule';
import { severityBand, type Severity } from '../measures/scoring';
import type { CaseloadFacts } from './caseload-facts';

// What the API keeps about each client for the caseload (the `client_summary` table, rebuilt
// by triggers on every write), and the two readings of it for one day: the facts the attention
// and good-news rules take, and the table's columns. Both compare the client with their own
// record only.

/** One client's summary, as the API reads it. Dates are ISO YYYY-MM-DD. */
export interface ClientSummary {
  /** The day the summary was rebuilt; its look-back lists start counting from it. */
  readonly refreshedOn: string;
  readonly activeGoalCount: number;
  readonly activeGoalDomains: readonly GoalDomain[];
  /** The latest day an entry was logged or a milestone ticked (UTC); null when never. */
  readonly lastProgressOn: string | null;
  /** Days wins were logged, from 56 days before `refreshedOn`. */
  readonly winDays: readonly string[];
  /** UTC days milestones were ticked, from 85 days before `refreshedOn`. */
  readonly tickDays: readonly string[];
  /** Goals completed from 92 days before `refreshedOn`, and still completed. */
  readonly goalsAchieved: readonly { readonly clientWords: string; readonly achievedOn: string }[];
  /** Each standard measure's first complete total, its latest by `refreshedOn`, and any later. */
  readonly scores: readonly {
    readonly instrument: StandardMeasure;
    readonly administeredOn: string;
    readonly total: number;
  }[];
  /** The day each instrument was last completed. */
  readonly lastGiven: Readonly<Partial<Record<Instrument, string>>>;
  readonly schedules: readonly MeasureSchedule[];
  readonly unreviewedSafetyFlags: number;
  /** When the latest session began (ISO instant), or null before the first. */
  readonly lastSessionAt: string | null;
  readonly notesToSign: number;
  /** The latest six GAS reviews, oldest first. */
  readonly gasReviews: readonly {
    readonly reviewedOn: string;
    readonly ratings: readonly GasWeightedRating[];
  }[];
}

/** A client with no record yet: nothing logged, given, ticked or scheduled. */
export function emptyClientSummary(refreshedOn: string): ClientSummary {
  return {
    refreshedOn,
    activeGoalCount: 0,
    activeGoalDomains: [],
    lastProgressOn: null,
    winDays: [],
    tickDays: [],
    goalsAchieved: [],
    scores: [],
    lastGiven: {},
    schedules: [],
    unreviewedSafetyFlags: 0,
    lastSessionAt: null,
    notesToSign: 0,
    gasReviews: [],
  };
}

/** What the caseload needs of the client record itself. */
export interface ClientInCare {
  readonly status: ClientStatus;
  readonly startedOn: string;
}

/** The facts the attention and good-news rules read, on `today`. */
export function caseloadFacts(
  client: ClientInCare,
  summary: ClientSummary,
  today: string,
): CaseloadFacts {
  const scores = summary.scores.filter((score) => score.administeredOn <= today);
  return {
    today,
    status: client.status,
    startedOn: client.startedOn,
    unreviewedSafetyFlagCount: summary.unreviewedSafetyFlags,
    scores,
    // The first and latest totals are all the not-on-track rule reads of a history.
    notOnTrack:
      client.status === 'ACTIVE'
        ? notOnTrackFlags({ treatmentStartedOn: client.startedOn, today, scores })
        : [],
    overdueMeasures: dueMeasures(client, summary, today)
      .filter((due) => due.isOverdue)
      .map((due) => due.instrument),
    lastProgressOn: summary.lastProgressOn,
    lastSessionOn: summary.lastSessionAt === null ? null : summary.lastSessionAt.slice(0, 10),
    notesToSign: summary.notesToSign,
    goalsAchieved: summary.goalsAchieved,
    milestoneTickDays: summary.tickDays,
  };
}

function dueMeasures(client: ClientInCare, summary: ClientSummary, today: string) {
  return measuresDue(summary.schedules, summary.lastGiven, client.startedOn, today);
}

/** Weeks in the caseload's trend line of ticks and wins. */
export const RECENT_WEEKS = 8;

/** The caseload's "last 30 days" window. */
export const RECENT_DAYS = 30;

/** One standard measure as the caseload shows it: the latest total against the baseline. */
export interface MeasureColumn {
  readonly instrument: StandardMeasure;
  readonly latest: number;
  readonly latestOn: string;
  readonly severity: Severity;
  readonly severityLabel: string;
  /** Latest minus baseline: negative is fewer symptoms. Null when only the baseline is given. */
  readonly changeFromBaseline: number | null;
  readonly reliableChange: ReliableChange | null;
}

/** The caseload table's summary columns for one client, on `today`. */
export interface CaseloadColumns {
  /** The soonest-due scheduled measure (the most overdue first), or null with no schedule. */
  readonly nextMeasureDue: MeasureDue | null;
  readonly milestonesTickedLast30Days: number;
  readonly winsLast30Days: number;
  /** Ticks plus wins in each of the last eight 7-day windows, oldest first. */
  readonly weeklyActivity: readonly number[];
  /** PHQ-9 then GAD-7, each when given. */
  readonly measures: readonly MeasureColumn[];
  /** The T-score of each of the latest GAS reviews, oldest first (Kiresuk & Sherman 1968). */
  readonly gasTScores: readonly { readonly reviewedOn: string; readonly tScore: number }[];
}

export function caseloadColumns(
  client: ClientInCare,
  summary: ClientSummary,
  today: string,
): CaseloadColumns {
  const daysAgo = (day: string) => daysBetween(day, today);
  const inLast = (days: number) => (day: string) => daysAgo(day) >= 0 && daysAgo(day) < days;
  const weeklyActivity = Array.from({ length: RECENT_WEEKS }, () => 0);
  for (const day of [...summary.tickDays, ...summary.winDays]) {
    const week = Math.floor(daysAgo(day) / 7);
    if (week >= 0 && week < RECENT_WEEKS) weeklyActivity[RECENT_WEEKS - 1 - week] += 1;
  }
  return {
    nextMeasureDue: dueMeasures(client, summary, today)[0] ?? null,
    milestonesTickedLast30Days: summary.tickDays.filter(inLast(RECENT_DAYS)).length,
    winsLast30Days: summary.winDays.filter(inLast(RECENT_DAYS)).length,
    weeklyActivity,
    measures: STANDARD_MEASURES.flatMap((instrument) => {
      const given = summary.scores.filter(
        (score) => score.instrument === instrument && score.administeredOn <= today,
      );
      if (given.length === 0) return [];
      const baseline = given[0];
      const latest = given[given.length - 1];
      const band = severityBand(instrument, latest.total);
      const repeated = given.length > 1;
      return [
        {
          instrument,
          latest: latest.total,
          latestOn: latest.administeredOn,
          severity: band.severity,
          severityLabel: band.label,
          changeFromBaseline: repeated ? scoreChange(baseline.total, latest.total) : null,
          reliableChange: repeated
            ? reliableChange(instrument, baseline.total, latest.total)
            : null,
        },
      ];
    }),
    gasTScores: summary.gasReviews
      .filter((review) => review.reviewedOn <= today && review.ratings.length > 0)
      .map((review) => ({ reviewedOn: review.reviewedOn, tScore: gasTScore(review.ratings) })),
  };
}

/** The first day of the calendar quarter that holds `today`. */
export function quarterStart(today: string): string {
  const month = Number(today.slice(5, 7));
  const firstMonth = month - ((month - 1) % 3);
  return `${today.slice(0, 4)}-${String(firstMonth).padStart(2, '0')}-01`;
}
