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
import { gad7Answers, phq9Answers } from './measure-answers';

// The demo practice as plain objects with real dates: what the seed writes, and what the tests
// check without a database.

export interface DemoMilestone {
  readonly title: string;
  readonly dueOn: string | null;
  readonly position: number;
  /** When it was ticked (ISO date-time), or null while still to do. */
  readonly doneAt: string | null;
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
}

export interface DemoMeasure {
  readonly instrument: Instrument;
  readonly answers: readonly number[];
  readonly total: number;
  readonly administeredOn: string;
  readonly hasSafetyFlag: boolean;
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

const CLIENT_SCRIPTS: readonly ClientScript[] = [
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

function buildMilestone(script: MilestoneScript, position: number, today: string): DemoMilestone {
  return {
    title: script.title,
    dueOn: script.dueInDays === undefined ? null : shiftDate(today, script.dueInDays),
    position,
    doneAt: script.doneDaysAgo === undefined ? null : tickedAt(today, script.doneDaysAgo, position),
  };
}

function buildGoal(
  script: GoalScript,
  position: number,
  startedOn: string,
  today: string,
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
      buildMilestone(milestone, index, today),
    ),
  };
}

function buildMeasures(script: ClientScript, today: string): DemoMeasure[] {
  // Seeds name the client and the day, so the answers do not depend on when the demo is built.
  const seedFor = (instrument: Instrument, daysAgo: number) =>
    `${script.preferredName}|${instrument}|${script.startedDaysAgo - daysAgo}`;
  const phq9 = script.phq9.map(([daysAgo, total, itemNine = 0]): DemoMeasure => ({
    instrument: 'PHQ9',
    answers: phq9Answers(total, itemNine, seedFor('PHQ9', daysAgo)),
    total,
    administeredOn: shiftDate(today, -daysAgo),
    hasSafetyFlag: itemNine > 0,
  }));
  const gad7 = script.gad7.map(([daysAgo, total]): DemoMeasure => ({
    instrument: 'GAD7',
    answers: gad7Answers(total, seedFor('GAD7', daysAgo)),
    total,
    administeredOn: shiftDate(today, -daysAgo),
    hasSafetyFlag: false,
  }));
  const mood = script.mood.map(([daysAgo, rating]): DemoMeasure => ({
    instrument: 'MOOD',
    answers: [rating],
    total: rating,
    administeredOn: shiftDate(today, -daysAgo),
    hasSafetyFlag: false,
  }));
  return [...phq9, ...gad7, ...mood];
}

function buildClient(script: ClientScript, today: string): DemoClient {
  const startedOn = shiftDate(today, -script.startedDaysAgo);
  const goals = script.goals.map((goal, position) => buildGoal(goal, position, startedOn, today));
  const lastActivityDaysAgo = Math.min(
    script.startedDaysAgo,
    ...script.entries.map((entry) => entry.daysAgo),
  );
  return {
    preferredName: script.preferredName,
    pronouns: script.pronouns,
    status: script.status,
    startedOn,
    baseline: script.baseline,
    baselineRecordedOn: startedOn,
    goals,
    progressEntries: script.entries.map((entry) => ({
      goalPosition: entry.goalIndex,
      kind: entry.kind,
      category: entry.category,
      clientWords: entry.clientWords,
      isEffort: entry.isEffort,
      occurredOn: shiftDate(today, -entry.daysAgo),
    })),
    measures: buildMeasures(script, today),
    statusHistory: demoStatusHistory(
      script.status,
      startedOn,
      shiftDate(today, -lastActivityDaysAgo),
      today,
    ),
    gasReviews: script.status === 'ACTIVE' ? demoGasReviews(goals, startedOn, today) : [],
  };
}

/** The fictional Riverside Counselling practice, with every date placed relative to `today`. */
export function buildDemoPractice(today: string): DemoPractice {
  if (!isIsoDate(today)) {
    throw new RangeError(`today must be an ISO date (YYYY-MM-DD), got "${today}"`);
  }
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
    clients: CLIENT_SCRIPTS.map((script) => buildClient(script, today)),
  };
}
