import { daysBetween, GAS_LEVEL_NAMES, type Instrument } from '@waypoint/shared';
import { buildDemoPractice, shiftDate, type DemoClient, type DemoMeasure } from './demo-practice';
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
