import DataLoader from 'dataloader';
import type {
  ClientStatusChange,
  GasReview,
  Goal,
  GoalStatusChange,
  Milestone,
  ProgressEntry,
} from '@waypoint/shared';
import { groupedLoader } from '../database/grouped-loader';
import type { Executor } from '../database/tables';
import { listGasReviewsOfClients } from '../goals/gas-review.repository';
import { listGoalStatusChanges, listGoalsOfClients } from '../goals/goal.repository';
import { listMilestonesOfGoals } from '../goals/milestone.repository';
import { listProgressEntriesOfClients } from '../progress/progress-entry.repository';
import { listClientStatusChanges } from './client.repository';

/**
 * Per-request reader of what a client's record holds. Each list is one statement however many
 * clients or goals a response reaches, so a page's cost does not grow with its size.
 */
export class ClientRecordReader {
  readonly #statusChanges: DataLoader<string, (ClientStatusChange & { clientId: string })[]>;
  readonly #goals: DataLoader<string, Goal[]>;
  readonly #entries: DataLoader<string, ProgressEntry[]>;
  readonly #reviews: DataLoader<string, GasReview[]>;
  readonly #milestones: DataLoader<string, Milestone[]>;
  readonly #goalStatusChanges: DataLoader<string, (GoalStatusChange & { goalId: string })[]>;

  constructor(db: Executor) {
    this.#statusChanges = groupedLoader(
      (ids) => listClientStatusChanges(db, ids),
      (row) => row.clientId,
    );
    this.#goals = groupedLoader(
      (ids) => listGoalsOfClients(db, ids),
      (goal) => goal.clientId,
    );
    this.#entries = groupedLoader(
      (ids) => listProgressEntriesOfClients(db, ids),
      (entry) => entry.clientId,
    );
    this.#reviews = groupedLoader(
      (ids) => listGasReviewsOfClients(db, ids),
      (review) => review.clientId,
    );
    this.#milestones = groupedLoader(
      (ids) => listMilestonesOfGoals(db, ids),
      (milestone) => milestone.goalId,
    );
    this.#goalStatusChanges = groupedLoader(
      (ids) => listGoalStatusChanges(db, ids),
      (row) => row.goalId,
    );
  }

  statusHistory(clientId: string): Promise<ClientStatusChange[]> {
    return this.#statusChanges.load(clientId);
  }

  goals(clientId: string): Promise<Goal[]> {
    return this.#goals.load(clientId);
  }

  progressEntries(clientId: string): Promise<ProgressEntry[]> {
    return this.#entries.load(clientId);
  }

  gasReviews(clientId: string): Promise<GasReview[]> {
    return this.#reviews.load(clientId);
  }

  milestones(goalId: string): Promise<Milestone[]> {
    return this.#milestones.load(goalId);
  }

  goalStatusHistory(goalId: string): Promise<GoalStatusChange[]> {
    return this.#goalStatusChanges.load(goalId);
  }
}
