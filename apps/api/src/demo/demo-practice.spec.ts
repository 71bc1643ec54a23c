import { BUILT_IN_PROMPTS, daysBetween, GAS_LEVEL_NAMES, type Instrument } from '@waypoint/shared';
import {
  buildDemoPractice,
  CLIENT_SCRIPTS,
  shiftDate,
  type DemoClient,
  type DemoMeasure,
} from './demo-practice';
import { gad7Answers, phq9Answers, spreadTotal } from './measure-answers';

// The demo is pure data: these tests hold it to what the dashboard and the clinician expect,
// for several "todays" so that no date is right only by luck of the calendar.
const TODAYS = ['2026-03-14', '2024-02-29', '2027-01-03'];
const ITEM_COUNTS: Record<Exclude<Instrument, 'MOOD'>, number> = { PHQ9: 9, GAD7: 7 };

function measuresOf(client: DemoClient, instrument: Instrument): DemoMeasure[] {
  return client.measures
    .filter((measure) => measure.instrument === instrument)
    .sort((first, second) => first.administeredOn.localeCompare(second.administeredOn));
}

function lastActivityOn(client: DemoClient): string | null {
  const days = client.progressEntries.map((entry) => entry.occurredOn).sort();
  return days.at(-1) ?? null;
}

describe.each(TODAYS)('the demo practice built for %s', (today) => {
  const demo = buildDemoPractice(today);
  const allMeasures = demo.clients.flatMap((client) => client.measures);

  it('gives every PHQ-9 nine answers and every GAD-7 seven, each 0 to 3, adding up to the total', () => {
    for (const measure of allMeasures.filter((candidate) => candidate.instrument !== 'MOOD')) {
      const instrument = measure.instrument as Exclude<Instrument, 'MOOD'>;
      expect(measure.answers).toHaveLength(ITEM_COUNTS[instrument]);
      for (const answer of measure.answers) {
        expect(Number.isInteger(answer) && answer >= 0 && answer <= 3).toBe(true);
      }
      expect(measure.answers.reduce((sum, answer) => sum + answer, 0)).toBe(measure.total);
    }
  });

  it('records a mood check-in as one rating from 0 to 10 that is also its total', () => {
    const moods = allMeasures.filter((measure) => measure.instrument === 'MOOD');
    expect(moods.length).toBeGreaterThan(0);
    for (const mood of moods) {
      expect(mood.answers).toEqual([mood.total]);
      expect(mood.total >= 0 && mood.total <= 10).toBe(true);
      expect(mood.hasSafetyFlag).toBe(false);
    }
  });

  it('raises the safety flag exactly when PHQ-9 item 9 is above zero', () => {
    for (const measure of allMeasures) {
      const isItemNineAboveZero = measure.instrument === 'PHQ9' && measure.answers[8] > 0;
      expect(measure.hasSafetyFlag).toBe(isItemNineAboveZero);
    }
  });

  it('flags exactly one client, on their latest PHQ-9', () => {
    const flagged = demo.clients.filter((client) =>
      client.measures.some((measure) => measure.hasSafetyFlag),
    );
    expect(flagged).toHaveLength(1);
    expect(measuresOf(flagged[0], 'PHQ9').at(-1)?.hasSafetyFlag).toBe(true);
  });

  it('dates nothing after today, and nothing before the client started', () => {
    for (const client of demo.clients) {
      expect(client.startedOn <= today).toBe(true);
      expect(client.baselineRecordedOn >= client.startedOn).toBe(true);
      expect(client.baselineRecordedOn <= today).toBe(true);
      const recordedDays = [
        ...client.progressEntries.map((entry) => entry.occurredOn),
        ...client.measures.map((measure) => measure.administeredOn),
      ];
      const outsideCare = recordedDays.filter((day) => day < client.startedOn || day > today);
      expect({ client: client.preferredName, outsideCare }).toEqual({
        client: client.preferredName,
        outsideCare: [],
      });
    }
  });

  it('ticks milestones only before today began and after the client started', () => {
    const startOfToday = Date.parse(`${today}T00:00:00.000Z`);
    for (const client of demo.clients) {
      const ticks = client.goals.flatMap((goal) => goal.milestones.map((step) => step.doneAt));
      for (const doneAt of ticks.filter((tick): tick is string => tick !== null)) {
        expect(Date.parse(doneAt)).toBeLessThan(startOfToday);
        expect(doneAt.slice(0, 10) >= client.startedOn).toBe(true);
      }
    }
  });

  it('starts every status history with the start of care, and ends it at the current status', () => {
    for (const client of demo.clients) {
      expect(client.statusHistory[0]).toMatchObject({
        status: 'ACTIVE',
        changedOn: client.startedOn,
      });
      expect(client.statusHistory.at(-1)?.status).toBe(client.status);
      for (const change of client.statusHistory) expect(change.changedOn <= today).toBe(true);
    }
  });

  it('reviews only active goals set before the review, within care, at levels -1 to +2', () => {
    const reviews = demo.clients.flatMap((client) =>
      client.gasReviews.map((review) => ({ client, review })),
    );
    expect(reviews.length).toBeGreaterThan(0);
    for (const { client, review } of reviews) {
      expect(review.reviewedOn > client.startedOn && review.reviewedOn < today).toBe(true);
      for (const rating of review.ratings) {
        const goal = client.goals[rating.goalPosition];
        expect(goal.status).toBe('ACTIVE');
        expect(goal.setOn < review.reviewedOn).toBe(true);
        expect([-1, 0, 1, 2]).toContain(rating.level);
      }
    }
  });

  it('plans target and due dates no earlier than the start of care', () => {
    for (const client of demo.clients) {
      for (const goal of client.goals) {
        expect(goal.targetDate > client.startedOn).toBe(true);
        for (const milestone of goal.milestones) {
          expect(milestone.dueOn === null || milestone.dueOn > client.startedOn).toBe(true);
        }
      }
    }
  });
});

describe('the demo practice content', () => {
  const today = '2026-03-14';
  const demo = buildDemoPractice(today);

  it('has about a dozen clients with unique names, since the seed matches ids by name', () => {
    const names = demo.clients.map((client) => client.preferredName);
    expect(names.length).toBeGreaterThanOrEqual(10);
    expect(new Set(names).size).toBe(names.length);
  });

  it('describes every goal on the GAS scale from -2 to +2 with a weight of 1 to 3', () => {
    for (const goal of demo.clients.flatMap((client) => client.goals)) {
      expect(Object.keys(goal.gasLevels).sort()).toEqual([...GAS_LEVEL_NAMES].sort());
      expect(Object.values(goal.gasLevels).every((text) => text.length > 0)).toBe(true);
      expect([1, 2, 3]).toContain(goal.weight);
      expect(goal.milestones.length >= 2 && goal.milestones.length <= 6).toBe(true);
    }
  });

  it('links progress entries only to goals of the same client', () => {
    for (const client of demo.clients) {
      const positions = client.goals.map((goal) => goal.position);
      for (const entry of client.progressEntries) {
        expect(entry.goalPosition === null || positions.includes(entry.goalPosition)).toBe(true);
      }
    }
  });

  it('records she/her, he/him, they/them and a client with no pronouns', () => {
    const pronouns = demo.clients.map((client) => client.pronouns);
    expect(pronouns).toEqual(expect.arrayContaining(['she/her', 'he/him', 'they/them', null]));
  });

  it('includes one paused client, and one discharged client whose goals are all completed', () => {
    expect(demo.clients.filter((client) => client.status === 'PAUSED')).toHaveLength(1);
    const discharged = demo.clients.filter((client) => client.status === 'DISCHARGED');
    expect(discharged).toHaveLength(1);
    expect(discharged[0].goals.every((goal) => goal.status === 'COMPLETED')).toBe(true);
  });

  it('includes a new client with a baseline, one proposed goal and nothing measured yet', () => {
    const newClients = demo.clients.filter((client) => client.measures.length === 0);
    expect(newClients).toHaveLength(1);
    const [newClient] = newClients;
    expect(daysBetween(newClient.startedOn, today)).toBeLessThanOrEqual(21);
    expect(newClient.baseline.length).toBeGreaterThan(0);
    expect(newClient.goals.map((goal) => goal.status)).toEqual(['PROPOSED']);
    expect(newClient.progressEntries).toHaveLength(0);
  });

  it('shows improving, stalled and worsening PHQ-9 trajectories', () => {
    const changes = demo.clients
      .map((client) => measuresOf(client, 'PHQ9'))
      .filter((series) => series.length >= 3)
      .map((series) => series[series.length - 1].total - series[0].total);
    // 5 points is the usual threshold for reliable change on the PHQ-9.
    expect(changes.filter((change) => change <= -5).length).toBeGreaterThanOrEqual(3);
    expect(changes.filter((change) => Math.abs(change) <= 2).length).toBeGreaterThanOrEqual(1);
    expect(changes.filter((change) => change >= 5).length).toBeGreaterThanOrEqual(1);
  });

  it('varies how recently active clients logged progress, with one quiet for four weeks', () => {
    const active = demo.clients.filter((client) => client.status === 'ACTIVE');
    const daysSince = active
      .map(lastActivityOn)
      .filter((day): day is string => day !== null)
      .map((day) => daysBetween(day, today));
    expect(daysSince).toContain(0);
    expect(daysSince.filter((days) => days >= 28)).toHaveLength(1);
  });

  it('records both kinds of win: outcomes and "the trying"', () => {
    const wins = demo.clients.flatMap((client) => client.progressEntries);
    expect(wins.some((entry) => entry.kind === 'WIN' && entry.isEffort)).toBe(true);
    const kinds = new Set(wins.map((entry) => entry.kind));
    expect([...kinds].sort()).toEqual(['GRATITUDE', 'REFLECTION', 'SETBACK', 'WIN']);
  });

  it('builds the same content for the same day, and moves every date along with the day', () => {
    expect(buildDemoPractice(today)).toEqual(demo);
    const tomorrow = buildDemoPractice(shiftDate(today, 1));
    expect(tomorrow.clients.map((client) => shiftDate(client.startedOn, -1))).toEqual(
      demo.clients.map((client) => client.startedOn),
    );
    expect(tomorrow.clients.map((client) => client.measures.map((item) => item.answers))).toEqual(
      demo.clients.map((client) => client.measures.map((item) => item.answers)),
    );
  });

  it('refuses a today that is not a calendar date', () => {
    expect(() => buildDemoPractice('2026-02-30')).toThrow(RangeError);
    expect(() => buildDemoPractice('14/03/2026')).toThrow(RangeError);
  });
});

// Session days depend on `today` only through the day of the week, so seven consecutive days
// cover every demo that can ever be built.
const WEEK = Array.from({ length: 7 }, (_, index) => shiftDate('2026-03-14', index));
const MINUTE = 60_000;

function sessionDay(session: { readonly startedAt: string }): string {
  return session.startedAt.slice(0, 10);
}

describe.each(WEEK)('the demo sessions built for %s', (today) => {
  const demo = buildDemoPractice(today);
  const startOfToday = Date.parse(`${today}T00:00:00.000Z`);
  const withSessions = demo.clients.filter((client) => client.sessions.length > 0);
  const allSessions = demo.clients.flatMap((client) => client.sessions);

  it('gives every client but the brand-new one a history of sessions', () => {
    const newClient = demo.clients.find((client) => client.measures.length === 0);
    expect(newClient?.sessions).toEqual([]);
    expect(withSessions).toHaveLength(demo.clients.length - 1);
    for (const client of withSessions) expect(client.sessions.length).toBeGreaterThanOrEqual(5);
  });

  it('has only ended sessions of 45 to 55 minutes, on weekdays between 09:00 and 18:00 UTC', () => {
    for (const session of allSessions) {
      const started = Date.parse(session.startedAt);
      const ended = Date.parse(session.endedAt);
      expect(ended).toBeGreaterThan(started);
      expect((ended - started) / MINUTE).toBeGreaterThanOrEqual(45);
      expect((ended - started) / MINUTE).toBeLessThanOrEqual(55);
      expect([1, 2, 3, 4, 5]).toContain(new Date(started).getUTCDay());
      expect(session.startedAt.slice(11, 16) >= '09:00').toBe(true);
      expect(sessionDay({ startedAt: session.endedAt })).toBe(sessionDay(session));
      expect(session.endedAt.slice(11, 16) <= '18:00').toBe(true);
    }
  });

  it('holds sessions within care: from the start, up to the pause or discharge', () => {
    for (const client of withSessions) {
      const days = client.sessions.map(sessionDay);
      expect(days[0] >= client.startedOn).toBe(true);
      expect(daysBetween(client.startedOn, days[0])).toBeLessThanOrEqual(3);
      const last = days[days.length - 1];
      if (client.status === 'ACTIVE') {
        expect(daysBetween(last, today)).toBeGreaterThanOrEqual(2);
        expect(daysBetween(last, today)).toBeLessThanOrEqual(9);
      } else {
        expect(last <= (client.statusHistory.at(-1)?.changedOn ?? '')).toBe(true);
      }
      for (const session of client.sessions) {
        expect(Date.parse(session.endedAt)).toBeLessThan(startOfToday);
      }
    }
  });

  it('spaces each client’s sessions about a week or a fortnight apart, never overlapping', () => {
    for (const client of withSessions) {
      const gaps = client.sessions.slice(1).map((session, index) => {
        const previous = client.sessions[index];
        expect(Date.parse(session.startedAt)).toBeGreaterThan(Date.parse(previous.endedAt));
        return daysBetween(sessionDay(previous), sessionDay(session));
      });
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(5);
      expect(Math.max(...gaps)).toBeLessThanOrEqual(21);
    }
  });

  it('never books the clinician into two sessions at once', () => {
    const byStart = [...allSessions].sort((first, second) =>
      first.startedAt.localeCompare(second.startedAt),
    );
    for (let index = 1; index < byStart.length; index++) {
      expect(Date.parse(byStart[index].startedAt)).toBeGreaterThan(
        Date.parse(byStart[index - 1].endedAt),
      );
    }
  });

  it('meets mostly in person, with some sessions by video and by phone', () => {
    const count = (modality: string) =>
      allSessions.filter((session) => session.modality === modality).length;
    expect(count('IN_PERSON') / allSessions.length).toBeGreaterThan(0.7);
    expect(count('VIDEO')).toBeGreaterThan(0);
    expect(count('PHONE')).toBeGreaterThan(0);
  });

  it('attributes ticks, entries and measures to the session on their day, and only those', () => {
    for (const client of withSessions) {
      const sessionOn = new Map(
        client.sessions.map((session, index) => [sessionDay(session), index]),
      );
      for (const milestone of client.goals.flatMap((goal) => goal.milestones)) {
        if (milestone.doneAt === null) {
          expect(milestone.doneInSession).toBeNull();
          continue;
        }
        expect(milestone.doneInSession).toBe(sessionOn.get(milestone.doneAt.slice(0, 10)) ?? null);
        if (milestone.doneInSession !== null) {
          const session = client.sessions[milestone.doneInSession];
          expect(milestone.doneAt > session.startedAt && milestone.doneAt < session.endedAt).toBe(
            true,
          );
        }
      }
      for (const entry of client.progressEntries) {
        expect(entry.session).toBe(sessionOn.get(entry.occurredOn) ?? null);
      }
      for (const measure of client.measures) {
        expect(measure.session).toBe(sessionOn.get(measure.administeredOn) ?? null);
      }
    }
    const attributed = demo.clients.flatMap((client) => [
      ...client.measures.filter((measure) => measure.session !== null),
      ...client.progressEntries.filter((entry) => entry.session !== null),
    ]);
    expect(attributed.length).toBeGreaterThanOrEqual(30);
  });

  it('asks one or two built-in prompts, worded as in the library, in about half the sessions', () => {
    const withPrompts = allSessions.filter((session) => session.prompts.length > 0);
    expect(withPrompts.length / allSessions.length).toBeGreaterThan(0.4);
    expect(withPrompts.length / allSessions.length).toBeLessThan(0.6);
    for (const session of allSessions) {
      expect(session.prompts.length).toBeLessThanOrEqual(2);
      const ids = session.prompts.map((asked) => asked.promptId);
      expect(new Set(ids).size).toBe(ids.length);
      for (const asked of session.prompts) {
        const prompt = BUILT_IN_PROMPTS.find((candidate) => candidate.id === asked.promptId);
        expect(asked.text).toBe(prompt?.text);
        expect(asked.reason.length >= 1 && asked.reason.length <= 200).toBe(true);
        expect(asked.answer.length >= 1 && asked.answer.length <= 2000).toBe(true);
        expect(asked.askedAt > session.startedAt && asked.askedAt < session.endedAt).toBe(true);
      }
    }
  });

  it('asks every scripted prompt and keeps every scripted note, each in its own session', () => {
    const scripted = (
      pick: (plan: NonNullable<(typeof CLIENT_SCRIPTS)[number]['sessions']>) => number,
    ) =>
      CLIENT_SCRIPTS.reduce(
        (sum, script) => sum + (script.sessions ? pick(script.sessions) : 0),
        0,
      );
    const prompts = allSessions.reduce((sum, session) => sum + session.prompts.length, 0);
    expect(prompts).toBe(scripted((plan) => plan.prompts.length));
    const notes = allSessions.filter((session) => session.notes.length > 0);
    expect(notes).toHaveLength(scripted((plan) => plan.notes.length));
    expect(notes.length).toBeLessThan(allSessions.length / 2);
  });

  it('opens the first session of each client with a first-session prompt', () => {
    for (const client of withSessions) {
      expect(client.sessions[0].prompts.map((asked) => asked.reason)).toEqual(['First session']);
    }
  });
});

describe('the demo sessions over time', () => {
  it('moves every session along with today a week later, keeping its time and content', () => {
    const today = '2026-03-14';
    // A reason naming a date ("Setback logged on 5 March") names the date a week later.
    const withoutDate = (reason: string) =>
      reason.replace(/ on \d+ [A-Z][a-z]+( \d{4})?$/, ' on …');
    const sessionsOf = (day: string, shiftDays: number) =>
      buildDemoPractice(day).clients.map((client) =>
        client.sessions.map((session) => {
          const shift = (instant: string) =>
            new Date(Date.parse(instant) + shiftDays * 86_400_000).toISOString();
          return {
            ...session,
            startedAt: shift(session.startedAt),
            endedAt: shift(session.endedAt),
            prompts: session.prompts.map((asked) => ({
              ...asked,
              askedAt: shift(asked.askedAt),
              reason: withoutDate(asked.reason),
            })),
          };
        }),
      );
    expect(sessionsOf(shiftDate(today, 7), -7)).toEqual(sessionsOf(today, 0));
  });
});

describe('spreading a score over questionnaire items', () => {
  it('refuses a total the items cannot hold', () => {
    expect(() => spreadTotal(22, [1, 1, 1, 1, 1, 1, 1], 'seed')).toThrow(RangeError);
    expect(() => spreadTotal(-1, [1, 1], 'seed')).toThrow(RangeError);
    expect(() => phq9Answers(5, 4, 'seed')).toThrow(RangeError);
  });

  it('fills every item to 3 at the highest total and leaves all at 0 for a zero total', () => {
    expect(gad7Answers(21, 'seed')).toEqual([3, 3, 3, 3, 3, 3, 3]);
    expect(phq9Answers(0, 0, 'seed')).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('sets PHQ-9 item 9 only as asked, never by chance', () => {
    expect(phq9Answers(24, 0, 'seed')[8]).toBe(0);
    expect(phq9Answers(16, 1, 'seed')[8]).toBe(1);
  });
});
