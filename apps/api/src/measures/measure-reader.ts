import DataLoader from 'dataloader';
import {
  isStandardMeasure,
  measuresDue,
  notOnTrackFlags,
  summariseOutcome,
  type Client,
  type Instrument,
  type MeasureResponse,
  type OutcomeSummary,
  type SafetyFlag,
} from '@waypoint/shared';
import { groupedLoader } from '../database/grouped-loader';
import type { Executor } from '../database/tables';
import { utcToday } from '../graphql/input-checks';
import {
  countUnreviewedSafetyFlags,
  listCompleteScoresOfClients,
  listMeasureResponsesOfClients,
  listMeasureSchedulesOfClients,
  listSafetyFlagsOfClients,
} from './measure.repository';

/** A measure's schedule and when it is next due. */
export interface ScheduledMeasure {
  readonly instrument: Instrument;
  readonly everyWeeks: number;
  readonly nextDueOn: string;
  readonly isOverdue: boolean;
}

const byClient = (row: { clientId: string }) => row.clientId;

type Score = Awaited<ReturnType<typeof listCompleteScoresOfClients>>[number];
type Schedule = Awaited<ReturnType<typeof listMeasureSchedulesOfClients>>[number];

/**
 * Per-request reader of measures: each list is one statement for every client a response
 * reaches, so the caseload's flags cost the same at any size. "Today" is the UTC day.
 */
export class MeasureReader {
  readonly #responses: DataLoader<string, MeasureResponse[]>;
  readonly #flags: DataLoader<string, SafetyFlag[]>;
  readonly #unreviewed: DataLoader<string, number>;
  readonly #schedules: DataLoader<string, Schedule[]>;
  readonly #scores: DataLoader<string, Score[]>;

  constructor(db: Executor) {
    this.#responses = groupedLoader((ids) => listMeasureResponsesOfClients(db, ids), byClient);
    this.#flags = groupedLoader((ids) => listSafetyFlagsOfClients(db, ids), byClient);
    this.#schedules = groupedLoader((ids) => listMeasureSchedulesOfClients(db, ids), byClient);
    this.#scores = groupedLoader((ids) => listCompleteScoresOfClients(db, ids), byClient);
    this.#unreviewed = new DataLoader(async (ids) => {
      const counts = await countUnreviewedSafetyFlags(db, ids);
      return ids.map((id) => counts.get(id) ?? 0);
    });
  }

  /**
   * Forgets what this request has read of a client's measures. Every write calls it: the
   * loaders cache per request, so without it a later field or aliased mutation of the same
   * request would answer from before the write.
   */
  forget(clientId: string): void {
    this.#responses.clear(clientId);
    this.#flags.clear(clientId);
    this.#unreviewed.clear(clientId);
    this.#schedules.clear(clientId);
    this.#scores.clear(clientId);
  }

  /** Every administration, newest first. */
  responses(clientId: string): Promise<MeasureResponse[]> {
    return this.#responses.load(clientId);
  }

  safetyFlags(clientId: string): Promise<SafetyFlag[]> {
    return this.#flags.load(clientId);
  }

  unreviewedSafetyFlagCount(clientId: string): Promise<number> {
    return this.#unreviewed.load(clientId);
  }

  /** The client's schedules with when each is next due (from the last complete one). */
  async schedulesDue(client: Client): Promise<ScheduledMeasure[]> {
    const [schedules, scores] = await Promise.all([
      this.#schedules.load(client.id),
      this.#scores.load(client.id),
    ]);
    const lastOn: Partial<Record<Instrument, string>> = {};
    for (const score of scores) lastOn[score.instrument] = score.administeredOn;
    return measuresDue(schedules, lastOn, client.startedOn, utcToday()).map((due) => ({
      instrument: due.instrument,
      everyWeeks: schedules.find((schedule) => schedule.instrument === due.instrument)!.everyWeeks,
      nextDueOn: due.dueOn,
      isOverdue: due.isOverdue,
    }));
  }

  /**
   * Not-on-track flags with their reasons, one per standard measure that raises one; only
   * while care is active (a paused or discharged client is not in treatment).
   */
  async notOnTrack(client: Client): Promise<{ instrument: Instrument; reason: string }[]> {
    if (client.status !== 'ACTIVE') return [];
    const scores = await this.#scores.load(client.id);
    return notOnTrackFlags({ treatmentStartedOn: client.startedOn, today: utcToday(), scores });
  }

  /** How a complete response compares with the client's baseline and previous score. */
  async outcomeAt(response: MeasureResponse): Promise<OutcomeSummary | null> {
    const instrument = response.instrument;
    if (!response.isComplete || !isStandardMeasure(instrument)) return null;
    // Oldest first: the response's own place decides what "baseline" and "previous" mean.
    const history = (await this.#responses.load(response.clientId))
      .filter((candidate) => candidate.instrument === instrument && candidate.isComplete)
      .reverse();
    const position = history.findIndex((candidate) => candidate.id === response.id);
    if (position < 0) return null;
    return summariseOutcome(
      instrument,
      history.slice(0, position + 1).map((candidate) => candidate.total ?? 0),
    );
  }
}
