import {
  BUILT_IN_PROMPTS,
  daysBetween,
  reliableChange,
  relevantSituations,
  type SessionModality,
  type SinceLastSession,
} from '@waypoint/shared';
import type { DemoClient } from './demo-practice';
import { randomFor } from './demo-random';
import type { ClientScript, SessionScript } from './demo-script';

// A demo client's past sessions, which the scripts imply rather than spell out: a regular
// weekday appointment counted back from the latest session, moved a day or two off weekends
// and onto the day a questionnaire was filled in or the client wrote about coming to session,
// so that what they record lands in a session the way it would in practice. Dates depend on
// `today` only through the day of the week, so seven consecutive todays show every case.

/** A built-in prompt asked in a session, as worded in the library, and the answer. */
export interface DemoAskedPrompt {
  readonly promptId: string;
  readonly text: string;
  /** The reason the prompt card gave, from the same rules the session screen uses. */
  readonly reason: string;
  /** ISO date-time, within the session. */
  readonly askedAt: string;
  readonly answer: string;
}

/** A session that has ended. */
export interface DemoSession {
  /** ISO date-time, on a weekday between 09:00 and 18:00 UTC. */
  readonly startedAt: string;
  /** ISO date-time, 45 to 55 minutes after the start. */
  readonly endedAt: string;
  readonly modality: SessionModality;
  readonly notes: string;
  readonly prompts: readonly DemoAskedPrompt[];
}

/** When a session took place, before what was noted and asked in it is added. */
export type DemoSessionTime = Pick<DemoSession, 'startedAt' | 'endedAt' | 'modality'>;

/** The record a session's prompt reasons are worked out from. */
export type DemoRecord = Pick<DemoClient, 'goals' | 'progressEntries' | 'measures' | 'gasReviews'>;

/** Sessions are at least this many days apart, however they are moved. */
const MIN_DAYS_BETWEEN_SESSIONS = 5;
/** How far a session moves to the day of a questionnaire or a note about coming to session. */
const MOVE_TO_RECORD_WITHIN_DAYS = 3;
/** The share of sessions at the client's usual time; the others are wherever the diary allowed. */
const USUAL_TIME_SHARE = 0.8;
const SHORTEST_MINUTES = 45;
const LONGEST_MINUTES = 55;
/** Milestones ticked in a session are ticked near its start, prompts asked after. */
const TICK_MINUTE = 5;
const PROMPT_MINUTES = [20, 32] as const;
const MILLISECONDS_PER_MINUTE = 60_000;
/** The clinician leaves at least this long between one client and the next. */
const MINUTES_BETWEEN_CLIENTS = 5;
/** Appointments start on the quarter hour, from 09:00 to 17:00. */
const SLOT_STARTS_IN_MINUTES = Array.from({ length: 33 }, (_, index) => 9 * 60 + index * 15);

const PROMPTS_BY_ID = new Map(BUILT_IN_PROMPTS.map((prompt) => [prompt.id, prompt]));

/**
 * The days and times of a client's past sessions, oldest first, none after `latestOn` (two
 * days ago for an active client; the pause or discharge otherwise).
 */
export function demoSessionTimes(
  script: ClientScript,
  today: string,
  latestOn: string,
): DemoSessionTime[] {
  const plan = script.sessions;
  if (plan === null) return [];
  assertPlausiblePlan(script.preferredName, plan);
  const latestDaysAgo = daysBetween(latestOn, today);
  const recordDays = new Set([
    ...script.phq9.map(([daysAgo]) => daysAgo),
    ...script.gad7.map(([daysAgo]) => daysAgo),
    ...script.entries
      .filter((entry) => entry.category === 'SHOWING_UP_TO_THERAPY')
      .map((entry) => entry.daysAgo),
  ]);
  const times: DemoSessionTime[] = [];
  let previousDaysAgo: number | null = null;
  for (const nominal of nominalDaysAgo(script.startedDaysAgo, plan)) {
    const nearbyRecords = [...recordDays]
      .filter((day) => Math.abs(day - nominal) <= MOVE_TO_RECORD_WITHIN_DAYS)
      .sort(
        (first, second) => Math.abs(first - nominal) - Math.abs(second - nominal) || first - second,
      );
    // Off a weekend to the Monday after, or else to the Friday before.
    const candidates = [
      ...nearbyRecords,
      nominal,
      nominal - 1,
      nominal - 2,
      nominal + 1,
      nominal + 2,
    ];
    const chosen = candidates.find(
      (daysAgo) =>
        daysAgo <= script.startedDaysAgo &&
        daysAgo >= latestDaysAgo &&
        (previousDaysAgo === null || previousDaysAgo - daysAgo >= MIN_DAYS_BETWEEN_SESSIONS) &&
        isWeekday(addDays(today, -daysAgo)),
    );
    if (chosen === undefined) continue;
    previousDaysAgo = chosen;
    // Seeded by the day within care, so a session keeps its time whatever day it is today.
    const random = randomFor(`${script.preferredName}|session|${script.startedDaysAgo - nominal}`);
    const [usual, anyHour, anyMinute, length, how] = [
      random(),
      random(),
      random(),
      random(),
      random(),
    ];
    const isUsual = usual < USUAL_TIME_SHARE;
    const hour = isUsual ? plan.hourUtc : 9 + Math.floor(anyHour * 8);
    const minute = isUsual ? plan.minute : anyMinute < 0.5 ? 0 : 30;
    const minutes =
      SHORTEST_MINUTES + Math.floor(length * (LONGEST_MINUTES - SHORTEST_MINUTES + 1));
    const startedAt =
      Date.parse(`${addDays(today, -chosen)}T00:00:00.000Z`) +
      (hour * 60 + minute) * MILLISECONDS_PER_MINUTE;
    times.push({
      startedAt: new Date(startedAt).toISOString(),
      endedAt: new Date(startedAt + minutes * MILLISECONDS_PER_MINUTE).toISOString(),
      // The first meeting is in the room; after that, some are by video or phone.
      modality: times.length === 0 ? 'IN_PERSON' : modalityFor(how, plan),
    });
  }
  return times;
}

/**
 * The sessions of every client (in script order), moved where two would clash in the one
 * clinician's diary: a later client's session goes to the free slot nearest its time that day
 * (the tests show there always is one).
 */
export function withoutClashes(
  sessionsByClient: readonly (readonly DemoSessionTime[])[],
): DemoSessionTime[][] {
  const booked = new Map<string, { start: number; end: number }[]>();
  const gap = MINUTES_BETWEEN_CLIENTS * MILLISECONDS_PER_MINUTE;
  return sessionsByClient.map((times) =>
    times.map((session) => {
      const day = session.startedAt.slice(0, 10);
      const start = Date.parse(session.startedAt);
      const length = Date.parse(session.endedAt) - start;
      const taken = booked.get(day) ?? [];
      const isFree = (candidate: number) =>
        taken.every(
          (other) => candidate + length + gap <= other.start || candidate >= other.end + gap,
        );
      const midnight = Date.parse(`${day}T00:00:00.000Z`);
      const slots = SLOT_STARTS_IN_MINUTES.map(
        (minutes) => midnight + minutes * MILLISECONDS_PER_MINUTE,
      ).sort(
        (first, second) => Math.abs(first - start) - Math.abs(second - start) || second - first,
      );
      const chosen = [start, ...slots].find(isFree) ?? start;
      booked.set(day, [...taken, { start: chosen, end: chosen + length }]);
      return {
        ...session,
        startedAt: new Date(chosen).toISOString(),
        endedAt: new Date(chosen + length).toISOString(),
      };
    }),
  );
}

/** The index of the session on this day, or null when there was none. */
export function sessionIndexOn(times: readonly DemoSessionTime[], day: string): number | null {
  const index = times.findIndex((session) => session.startedAt.slice(0, 10) === day);
  return index === -1 ? null : index;
}

/** When a milestone ticked on a session's day was ticked: near the start of that session. */
export function tickedInSessionAt(session: DemoSessionTime, position: number): string {
  const minutes = TICK_MINUTE + 2 * position;
  return new Date(Date.parse(session.startedAt) + minutes * MILLISECONDS_PER_MINUTE).toISOString();
}

/**
 * The sessions with their notes and prompts. Each note and prompt goes to the first session on
 * or after its day (the latest session, for a day after it); a prompt's reason is the one the
 * prompt rules in libs/shared give for that session.
 * Throws when the script asks for something no session could hold, which the tests rule out
 * for every day of the week.
 */
export function demoSessions(
  script: ClientScript,
  times: readonly DemoSessionTime[],
  record: DemoRecord,
  today: string,
): DemoSession[] {
  const plan = script.sessions;
  if (plan === null || times.length === 0) return [];
  const days = times.map((session) => session.startedAt.slice(0, 10));
  // The first session on or after the day; the latest session for a day after it.
  const sessionFor = (daysAgo: number): number => {
    const day = addDays(today, -daysAgo);
    const index = days.findIndex((sessionDay) => sessionDay >= day);
    return index === -1 ? days.length - 1 : index;
  };

  const notes = times.map(() => '');
  for (const note of plan.notes) {
    const index = sessionFor(note.daysAgo);
    if (notes[index] !== '') {
      throw new Error(`${script.preferredName}: two notes for the session on ${days[index]}`);
    }
    notes[index] = note.text;
  }

  const prompts: DemoAskedPrompt[][] = times.map(() => []);
  for (const ask of plan.prompts) {
    const prompt = PROMPTS_BY_ID.get(ask.promptId);
    if (prompt === undefined) throw new Error(`No built-in prompt ${ask.promptId}`);
    const index = sessionFor(ask.daysAgo);
    const inSession = prompts[index];
    if (
      inSession.length >= PROMPT_MINUTES.length ||
      inSession.some((each) => each.promptId === prompt.id)
    ) {
      throw new Error(`${script.preferredName}: too many prompts in the session on ${days[index]}`);
    }
    const situation = relevantSituations(factsAt(days, index, record)).find((relevant) =>
      prompt.situations.includes(relevant.situation),
    );
    if (situation === undefined) {
      throw new Error(
        `${script.preferredName}: ${prompt.id} does not fit the session on ${days[index]}`,
      );
    }
    const minute = PROMPT_MINUTES[inSession.length];
    inSession.push({
      promptId: prompt.id,
      text: prompt.text,
      reason: situation.reason,
      askedAt: new Date(
        Date.parse(times[index].startedAt) + minute * MILLISECONDS_PER_MINUTE,
      ).toISOString(),
      answer: ask.answer,
    });
  }

  return times.map((session, index) => ({
    ...session,
    notes: notes[index],
    prompts: prompts[index],
  }));
}

/** What the prompt rules knew when session `index` opened: the record up to its day. */
function factsAt(days: readonly string[], index: number, record: DemoRecord): SinceLastSession {
  const day = days[index];
  const previous = index === 0 ? null : days[index - 1];
  const isSince = (recordedOn: string) =>
    recordedOn <= day && (previous === null || recordedOn > previous);
  const ticks = record.goals.flatMap((goal) =>
    goal.milestones.flatMap((milestone) =>
      milestone.doneAt === null
        ? []
        : [{ title: milestone.title, doneOn: milestone.doneAt.slice(0, 10) }],
    ),
  );
  const entries = record.progressEntries.filter((entry) => entry.occurredOn <= day);
  const recordedDays = [
    ...entries.map((entry) => entry.occurredOn),
    ...ticks.map((tick) => tick.doneOn),
  ]
    .filter((recordedOn) => recordedOn <= day)
    .sort();

  const measureChanges: SinceLastSession['measureChanges'][number][] = [];
  for (const instrument of ['PHQ9', 'GAD7'] as const) {
    const series = record.measures
      .filter((measure) => measure.instrument === instrument && measure.administeredOn <= day)
      .sort((first, second) => first.administeredOn.localeCompare(second.administeredOn));
    const baseline = series[0];
    const latest = series.at(-1);
    if (!baseline || !latest || latest === baseline || !isSince(latest.administeredOn)) continue;
    const change = reliableChange(instrument, baseline.total, latest.total);
    if (change === 'RELIABLE_IMPROVEMENT')
      measureChanges.push({ instrument, direction: 'IMPROVED' });
    if (change === 'RELIABLE_DETERIORATION')
      measureChanges.push({ instrument, direction: 'WORSENED' });
  }

  return {
    today: day,
    isFirstSession: index === 0,
    lastSessionOn: previous,
    milestonesTicked: previous === null ? [] : ticks.filter((tick) => isSince(tick.doneOn)),
    wins: entries.filter((entry) => entry.kind === 'WIN' && isSince(entry.occurredOn)),
    setbacks: entries.filter((entry) => entry.kind === 'SETBACK' && isSince(entry.occurredOn)),
    lastProgressOn: recordedDays.at(-1) ?? null,
    measureChanges,
    activeGoals: record.goals
      .filter((goal) => goal.status === 'ACTIVE' && goal.setOn <= day)
      .map((goal) => ({
        clientWords: goal.clientWords,
        targetDate: goal.targetDate,
        setOn: goal.setOn,
        lastReviewedOn:
          record.gasReviews
            .filter(
              (review) =>
                review.reviewedOn <= day &&
                review.ratings.some((rating) => rating.goalPosition === goal.position),
            )
            .map((review) => review.reviewedOn)
            .at(-1) ?? null,
      })),
  };
}

/** The regular appointments counted back from the latest, oldest first, from the start of care. */
function nominalDaysAgo(startedDaysAgo: number, plan: SessionScript): number[] {
  const days: number[] = [];
  for (let daysAgo = plan.lastDaysAgo; daysAgo < startedDaysAgo;) {
    days.push(daysAgo);
    daysAgo +=
      plan.earlier && daysAgo >= plan.earlier.beforeDaysAgo
        ? plan.earlier.everyDays
        : plan.everyDays;
  }
  // The first session is on the day care began, in place of an appointment just after it.
  const earliest = days.at(-1);
  if (earliest !== undefined && startedDaysAgo - earliest < MIN_DAYS_BETWEEN_SESSIONS) days.pop();
  days.push(startedDaysAgo);
  return days.reverse();
}

function modalityFor(pick: number, plan: SessionScript): SessionModality {
  const video = plan.remote.VIDEO ?? 0;
  const phone = plan.remote.PHONE ?? 0;
  if (pick < video) return 'VIDEO';
  return pick < video + phone ? 'PHONE' : 'IN_PERSON';
}

function assertPlausiblePlan(name: string, plan: SessionScript): void {
  const startsBy = (hour: number, minute: number) => hour * 60 + minute <= 17 * 60;
  if (plan.hourUtc < 9 || !startsBy(plan.hourUtc, plan.minute)) {
    throw new RangeError(`${name}: sessions start between 09:00 and 17:00 UTC`);
  }
  if ((plan.remote.VIDEO ?? 0) + (plan.remote.PHONE ?? 0) > 0.5) {
    throw new RangeError(`${name}: most sessions are in person`);
  }
}

function isWeekday(day: string): boolean {
  const weekday = new Date(Date.parse(day)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(isoDate) + days * 86_400_000).toISOString().slice(0, 10);
}
