import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { GoalDomain } from '@waypoint/shared';
import type { Database } from '../database/tables';
import { countActiveGoals, findLastProgressDays, findLastSessionStarts } from './client.repository';

/**
 * Per-request reader of client progress summaries. Its DataLoaders batch every client asked
 * for in one tick into one statement each, so a caseload of any size costs the same queries.
 */
export class ClientProgressReader {
  readonly #activeGoals: DataLoader<string, { count: number; domains: GoalDomain[] }>;
  readonly #lastProgressDays: DataLoader<string, string | null>;
  readonly #lastSessionStarts: DataLoader<string, Date | null>;

  constructor(db: Kysely<Database>) {
    this.#activeGoals = new DataLoader(async (clientIds) => {
      const active = await countActiveGoals(db, clientIds);
      return clientIds.map((id) => active.get(id) ?? { count: 0, domains: [] });
    });
    this.#lastProgressDays = new DataLoader(async (clientIds) => {
      const days = await findLastProgressDays(db, clientIds);
      return clientIds.map((id) => days.get(id) ?? null);
    });
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

  /** When the client's latest session began, or null before their first. */
  lastSessionAt(clientId: string): Promise<Date | null> {
    return this.#lastSessionStarts.load(clientId);
  }
}
