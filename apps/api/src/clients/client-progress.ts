import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { GoalDomain } from '@waypoint/shared';
import type { Database } from '../database/tables';
import { groupedLoader } from '../database/grouped-loader';
import {
  countActiveGoals,
  findLastProgressDays,
  findLastSessionStarts,
  listGoalsAchievedSince,
  listMilestoneTicksSince,
} from './client.repository';

// How far back the caseload looks for good news: goals achieved in the last 30 days and the
// weeks of a milestone streak (libs/shared/src/caseload/good-news.ts), with a day to spare for
// time zones.
const ACHIEVEMENTS_LOOK_BACK_DAYS = 31;
const STREAK_LOOK_BACK_DAYS = 12 * 7 + 1;

/** Goals achieved and milestone ticks, recent enough to be good news. */
export interface RecentAchievements {
  readonly goalsAchieved: readonly { readonly clientWords: string; readonly achievedOn: string }[];
  readonly milestoneTickDays: readonly string[];
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

/**
 * Per-request reader of client progress summaries. Its DataLoaders batch every client asked
 * for in one tick into one statement each, so a caseload of any size costs the same queries.
 */
export class ClientProgressReader {
  readonly #activeGoals: DataLoader<string, { count: number; domains: GoalDomain[] }>;
  readonly #lastProgressDays: DataLoader<string, string | null>;
  readonly #lastSessionStarts: DataLoader<string, Date | null>;
  readonly #goalsAchieved: DataLoader<string, { clientWords: string; achievedAt: Date }[]>;
  readonly #ticks: DataLoader<string, { doneAt: Date }[]>;

  constructor(db: Kysely<Database>) {
    this.#activeGoals = new DataLoader(async (clientIds) => {
      const active = await countActiveGoals(db, clientIds);
      return clientIds.map((id) => active.get(id) ?? { count: 0, domains: [] });
    });
    this.#lastProgressDays = new DataLoader(async (clientIds) => {
      const days = await findLastProgressDays(db, clientIds);
      return clientIds.map((id) => days.get(id) ?? null);
    });
    this.#goalsAchieved = groupedLoader(
      (ids) => listGoalsAchievedSince(db, ids, daysAgo(ACHIEVEMENTS_LOOK_BACK_DAYS)),
      (goal) => goal.clientId,
    );
    this.#ticks = groupedLoader(
      (ids) => listMilestoneTicksSince(db, ids, daysAgo(STREAK_LOOK_BACK_DAYS)),
      (tick) => tick.clientId,
    );
    this.#lastSessionStarts = new DataLoader(async (clientIds) => {
      const starts = await findLastSessionStarts(db, clientIds);
      return clientIds.map((id) => starts.get(id) ?? null);
    });
  }

  /** How many of the client's goals are ACTIVE. */
  async activeGoalCount(clientId: string): Promise<number> {
    return (await this.#activeGoals.load(clientId)).count;
  }

  /** The domains of the client's ACTIVE goals, each once. */
  async activeGoalDomains(clientId: string): Promise<GoalDomain[]> {
    return (await this.#activeGoals.load(clientId)).domains;
  }

  /** The day of the client's latest progress entry, or null when none is logged. */
  lastProgressOn(clientId: string): Promise<string | null> {
    return this.#lastProgressDays.load(clientId);
  }

  /** Goals achieved lately and the days milestones were ticked lately (UTC days). */
  async recentAchievements(clientId: string): Promise<RecentAchievements> {
    const [goals, ticks] = await Promise.all([
      this.#goalsAchieved.load(clientId),
      this.#ticks.load(clientId),
    ]);
    return {
      goalsAchieved: goals.map((goal) => ({
        clientWords: goal.clientWords,
        achievedOn: goal.achievedAt.toISOString().slice(0, 10),
      })),
      milestoneTickDays: ticks.map((tick) => tick.doneAt.toISOString().slice(0, 10)),
    };
  }

  /** When the client's latest session began, or null before their first. */
  lastSessionAt(clientId: string): Promise<Date | null> {
    return this.#lastSessionStarts.load(clientId);
  }
}
