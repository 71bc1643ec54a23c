import DataLoader from 'dataloader';
import type {
  AskedPrompt,
  MeasureResponse,
  Milestone,
  ProgressEntry,
  TherapySession,
} from '@waypoint/shared';
import { groupedLoader } from '../database/grouped-loader';
import type { Executor } from '../database/tables';
import { listMilestonesOfSessions } from '../goals/milestone.repository';
import { listMeasureResponsesOfSessions } from '../measures/measure.repository';
import { listProgressEntriesOfSessions } from '../progress/progress-entry.repository';
import { listAskedPrompts, listFirstSessionIds, listSessionsOfClients } from './session.repository';

/**
 * Per-request reader of sessions and what happened in them: one statement per list however
 * many sessions a response reaches.
 */
export class SessionReader {
  readonly #sessions: DataLoader<string, TherapySession[]>;
  readonly #isFirst: DataLoader<string, boolean>;
  readonly #asked: DataLoader<string, AskedPrompt[]>;
  readonly #ticked: DataLoader<string, Milestone[]>;
  readonly #entries: DataLoader<string, ProgressEntry[]>;
  readonly #measures: DataLoader<string, MeasureResponse[]>;

  constructor(db: Executor) {
    this.#sessions = groupedLoader(
      (ids) => listSessionsOfClients(db, ids),
      (session) => session.clientId,
    );
    this.#isFirst = new DataLoader(async (ids) => {
      const firsts = new Set(await listFirstSessionIds(db, ids));
      return ids.map((id) => firsts.has(id));
    });
    this.#asked = groupedLoader(
      (ids) => listAskedPrompts(db, ids),
      (asked) => asked.sessionId,
    );
    this.#ticked = groupedLoader(
      (ids) => listMilestonesOfSessions(db, ids),
      (milestone) => milestone.doneInSessionId ?? '',
    );
    this.#entries = groupedLoader(
      (ids) => listProgressEntriesOfSessions(db, ids),
      (entry) => entry.sessionId ?? '',
    );
    this.#measures = groupedLoader(
      (ids) => listMeasureResponsesOfSessions(db, ids),
      (response) => response.sessionId ?? '',
    );
  }

  /** A client's sessions, latest first. */
  sessionsOf(clientId: string): Promise<TherapySession[]> {
    return this.#sessions.load(clientId);
  }

  isFirst(sessionId: string): Promise<boolean> {
    return this.#isFirst.load(sessionId);
  }

  promptsAsked(sessionId: string): Promise<AskedPrompt[]> {
    return this.#asked.load(sessionId);
  }

  milestonesTicked(sessionId: string): Promise<Milestone[]> {
    return this.#ticked.load(sessionId);
  }

  progressEntries(sessionId: string): Promise<ProgressEntry[]> {
    return this.#entries.load(sessionId);
  }

  measures(sessionId: string): Promise<MeasureResponse[]> {
    return this.#measures.load(sessionId);
  }
}
