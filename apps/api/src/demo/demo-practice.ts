import {
  isIsoDate,
  type ClientStatus,
  type ClinicianRole,
  type GasLevelDescriptions,
  type GoalDomain,
  type GoalStatus,
  type Instrument,
  type ProgressCategory,
  type ProgressEntryKind,
} from '@waypoint/shared';
import { improvingClients } from './clients-improving';
import { improvingThroughSetbacksClients } from './clients-improving-through-setbacks';
import { leavingCareClients } from './clients-leaving-care';
import { needingAttentionClients } from './clients-needing-attention';
import { stalledClients } from './clients-stalled';
import { startingOutClients } from './clients-starting-out';
import {
  demoGasReviews,
  demoGoalSetOn,
  demoStatusHistory,
  type DemoGasReview,
  type DemoStatusChange,
} from './demo-history';
import type { ClientScript, GasScript, GoalScript, MilestoneScript } from './demo-script';
import {
  demoSessions,
  demoSessionTimes,
  sessionIndexOn,
  tickedInSessionAt,
  withoutClashes,
  type DemoSession,
  type DemoSessionTime,
} from './demo-sessions';
import { gad7Answers, phq9Answers } from './measure-answers';

// The demo practice as plain objects with real dates: what the seed writes, and what the tests
// check without a database.

export interface DemoMilestone {
  readonly title: string;
  readonly dueOn: string | null;
  readonly position: number;
  /** When it was ticked (ISO date-time), or null while still to do. */
  readonly doneAt: string | null;
  /** The client's session it was ticked in (an index into their `sessions`), or null. */
  readonly doneInSession: number | null;
}

export interface DemoGoal {
  readonly clientWords: string;
  readonly clinicianWording: string | null;
  readonly domain: GoalDomain;
  readonly specific: string;
  readonly measureOfSuccess: string;
  readonly targetDate: string;
  readonly gasLevels: GasLevelDescriptions;
  readonly weight: 1 | 2 | 3;
  readonly status: GoalStatus;
  readonly position: number;
  /** The day it was set with the client. */
  readonly setOn: string;
  readonly milestones: readonly DemoMilestone[];
}

export interface DemoProgressEntry {
  /** Position of the goal it is about (within the same client), or null. */
  readonly goalPosition: number | null;
  readonly kind: ProgressEntryKind;
  readonly category: ProgressCategory;
  readonly clientWords: string;
  readonly isEffort: boolean;
  readonly occurredOn: string;
  /** The client's session it was logged in (an index into their `sessions`), or null. */
  readonly session: number | null;
}

export interface DemoMeasure {
  readonly instrument: Instrument;
  readonly answers: readonly number[];
  readonly total: number;
  readonly administeredOn: string;
  readonly hasSafetyFlag: boolean;
  /** The client's session it was given in (an index into their `sessions`), or null. */
  readonly session: number | null;
}

export interface DemoClient {
  /** Unique within the demo: the seed uses it to match database ids back to clients. */
  readonly preferredName: string;
  readonly pronouns: string | null;
  readonly status: ClientStatus;
  readonly startedOn: string;
  readonly baseline: string;
  readonly baselineRecordedOn: string;
  readonly goals: readonly DemoGoal[];
  readonly progressEntries: readonly DemoProgressEntry[];
  readonly measures: readonly DemoMeasure[];
  /** Oldest first, beginning with the start of care. */
  readonly statusHistory: readonly DemoStatusChange[];
  readonly gasReviews: readonly DemoGasReview[];
  /** Past sessions, oldest first, all ended. */
  readonly sessions: readonly DemoSession[];
}

export interface DemoClinician {
  readonly email: string;
  readonly displayName: string;
  readonly role: ClinicianRole;
}

export interface DemoPractice {
  readonly practiceName: string;
  /** Owns the demo caseload. */
  readonly clinician: DemoClinician;
  /** Supervises the clinician, so can read their caseload. */
  readonly supervisor: DemoClinician;
  /** Manages the practice's accounts and reads the audit log. */
  readonly admin: DemoClinician;
  readonly clients: readonly DemoClient[];
}

/** Every demo client, as written. */
export const CLIENT_SCRIPTS: readonly ClientScript[] = [
  ...improvingClients,
  ...improvingThroughSetbacksClients,
  ...stalledClients,
  ...needingAttentionClients,
  ...startingOutClients,
  ...leavingCareClients,
];

// Ticks are at least a day old and at mid-morning UTC, so none lands after the start of `today`
// in UTC or in any time zone up to UTC+13.
const TICK_HOUR_UTC = 10;

/** The ISO date `days` days after `isoDate` (before it when negative). */
export function shiftDate(isoDate: string, days: number): string {
  const millisecondsPerDay = 86_400_000;
  return new Date(Date.parse(isoDate) + days * millisecondsPerDay).toISOString().slice(0, 10);
}

function tickedAt(today: string, daysAgo: number, position: number): string {
  const minutes = String(position * 7).padStart(2, '0');
  const hour = String(TICK_HOUR_UTC).padStart(2, '0');
  return `${shiftDate(today, -daysAgo)}T${hour}:${minutes}:00.000Z`;
}

function gasLevelDescriptions(levels: GasScript): GasLevelDescriptions {
  const [muchLess, less, expected, more, muchMore] = levels;
  return { muchLess, less, expected, more, muchMore };
}

/** The client's sessions, and which of them (if any) was on a given day. */
interface SessionsOfClient {
  readonly times: readonly DemoSessionTime[];
  onDay(day: string): number | null;
}

function buildMilestone(
  script: MilestoneScript,
  position: number,
  today: string,
  sessions: SessionsOfClient,
): DemoMilestone {
  const dueOn = script.dueInDays === undefined ? null : shiftDate(today, script.dueInDays);
  if (script.doneDaysAgo === undefined) {
    return { title: script.title, dueOn, position, doneAt: null, doneInSession: null };
  }
  // A step ticked on a session day was ticked in that session, near its start.
  const session = sessions.onDay(shiftDate(today, -script.doneDaysAgo));
  return {
    title: script.title,
    dueOn,
    position,
    doneAt:
      session === null
        ? tickedAt(today, script.doneDaysAgo, position)
        : tickedInSessionAt(sessions.times[session], position),
    doneInSession: session,
  };
}

function buildGoal(
  script: GoalScript,
  position: number,
  startedOn: string,
  today: string,
  sessions: SessionsOfClient,
): DemoGoal {
  return {
    setOn: demoGoalSetOn(startedOn, position, today),
    clientWords: script.clientWords,
    clinicianWording: script.clinicianWording ?? null,
    domain: script.domain,
    specific: script.specific,
    measureOfSuccess: script.measureOfSuccess,
    targetDate: shiftDate(today, script.targetInDays),
    gasLevels: gasLevelDescriptions(script.gasLevels),
    weight: script.weight,
    status: script.status,
    position,
    milestones: script.milestones.map((milestone, index) =>
      buildMilestone(milestone, index, today, sessions),
    ),
  };
}

function buildMeasures(
  script: ClientScript,
  today: string,
  sessions: SessionsOfClient,
): DemoMeasure[] {
  // Seeds name the client and the day, so the answers do not depend on when the demo is built.
  const seedFor = (instrument: Instrument, daysAgo: number) =>
    `${script.preferredName}|${instrument}|${script.startedDaysAgo - daysAgo}`;
  const on = (daysAgo: number) => {
    const administeredOn = shiftDate(today, -daysAgo);
    return { administeredOn, session: sessions.onDay(administeredOn) };
  };
  const phq9 = script.phq9.map(([daysAgo, total, itemNine = 0]): DemoMeasure => ({
    instrument: 'PHQ9',
    answers: phq9Answers(total, itemNine, seedFor('PHQ9', daysAgo)),
    total,
    ...on(daysAgo),
    hasSafetyFlag: itemNine > 0,
  }));
  const gad7 = script.gad7.map(([daysAgo, total]): DemoMeasure => ({
    instrument: 'GAD7',
    answers: gad7Answers(total, seedFor('GAD7', daysAgo)),
    total,
    ...on(daysAgo),
    hasSafetyFlag: false,
  }));
  const mood = script.mood.map(([daysAgo, rating]): DemoMeasure => ({
    instrument: 'MOOD',
    answers: [rating],
    total: rating,
    ...on(daysAgo),
    hasSafetyFlag: false,
  }));
  return [...phq9, ...gad7, ...mood];
}

/** The client's status history: care began on the start day, and any pause or end. */
function statusHistoryOf(script: ClientScript, today: string): DemoStatusChange[] {
  const lastActivityDaysAgo = Math.min(
    script.startedDaysAgo,
    ...script.entries.map((entry) => entry.daysAgo),
  );
  return demoStatusHistory(
    script.status,
    shiftDate(today, -script.startedDaysAgo),
    shiftDate(today, -lastActivityDaysAgo),
    today,
  );
}

/** The client's past sessions: up to two days ago, or to the day care was paused or ended. */
function sessionTimesOf(script: ClientScript, today: string): DemoSessionTime[] {
  const latestOn =
    script.status === 'ACTIVE'
      ? shiftDate(today, -2)
      : (statusHistoryOf(script, today).at(-1)?.changedOn ?? today);
  return demoSessionTimes(script, today, latestOn);
}

function buildClient(
  script: ClientScript,
  today: string,
  times: readonly DemoSessionTime[],
): DemoClient {
  const startedOn = shiftDate(today, -script.startedDaysAgo);
  const statusHistory = statusHistoryOf(script, today);
  const sessions: SessionsOfClient = { times, onDay: (day) => sessionIndexOn(times, day) };

  const goals = script.goals.map((goal, position) =>
    buildGoal(goal, position, startedOn, today, sessions),
  );
  const progressEntries = script.entries.map((entry): DemoProgressEntry => {
    const occurredOn = shiftDate(today, -entry.daysAgo);
    return {
      goalPosition: entry.goalIndex,
      kind: entry.kind,
      category: entry.category,
      clientWords: entry.clientWords,
      isEffort: entry.isEffort,
      occurredOn,
      session: sessions.onDay(occurredOn),
    };
  });
  const measures = buildMeasures(script, today, sessions);
  const gasReviews = script.status === 'ACTIVE' ? demoGasReviews(goals, startedOn, today) : [];
  return {
    preferredName: script.preferredName,
    pronouns: script.pronouns,
    status: script.status,
    startedOn,
    baseline: script.baseline,
    baselineRecordedOn: startedOn,
    goals,
    progressEntries,
    measures,
    statusHistory,
    gasReviews,
    sessions: demoSessions(script, times, { goals, progressEntries, measures, gasReviews }, today),
  };
}

/** The fictional Riverside Counselling practice, with every date placed relative to `today`. */
export function buildDemoPractice(today: string): DemoPractice {
  if (!isIsoDate(today)) {
    throw new RangeError(`today must be an ISO date (YYYY-MM-DD), got "${today}"`);
  }
  // One clinician sees every client, so no two sessions may overlap in her diary.
  const times = withoutClashes(CLIENT_SCRIPTS.map((script) => sessionTimesOf(script, today)));
  return {
    practiceName: 'Riverside Counselling',
    clinician: {
      email: 'clinician@waypoint.example',
      displayName: 'Maya Lindqvist',
      role: 'CLINICIAN',
    },
    supervisor: {
      email: 'supervisor@waypoint.example',
      displayName: 'Jonah Adeyemi',
      role: 'SUPERVISOR',
    },
    admin: {
      email: 'admin@waypoint.example',
      displayName: 'Ruth Castellanos',
      role: 'ADMIN',
    },
    clients: CLIENT_SCRIPTS.map((script, index) => buildClient(script, today, times[index])),
  };
}
