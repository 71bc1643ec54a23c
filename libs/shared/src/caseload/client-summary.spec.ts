import { gasTScore } from '../domain/gas-score';
import { daysAgo, TODAY } from './caseload-facts.testing';
import {
  caseloadColumns,
  caseloadFacts,
  emptyClientSummary,
  quarterStart,
  RECENT_WEEKS,
  type ClientSummary,
  type ClientInCare,
} from './client-summary';

// The two readings of a client's summary for one day, worked out by hand. TODAY is Monday
// 2025-11-24: 29 days back is 26 October, 30 days back 25 October, 55 days back 30 September.

const ACTIVE: ClientInCare = { status: 'ACTIVE', startedOn: '2025-03-03' };

function summary(changes: Partial<ClientSummary>): ClientSummary {
  return { ...emptyClientSummary(TODAY), ...changes };
}

const days = (...back: number[]) => back.map((each) => daysAgo(each));

describe('the caseload columns of a summary', () => {
  it('shows nothing for a client with nothing on record', () => {
    expect(caseloadColumns(ACTIVE, emptyClientSummary(TODAY), TODAY)).toStrictEqual({
      nextMeasureDue: null,
      milestonesTickedLast30Days: 0,
      winsLast30Days: 0,
      weeklyActivity: [0, 0, 0, 0, 0, 0, 0, 0],
      measures: [],
      gasTScores: [],
    });
  });

  it('counts ticks and wins of today and the 29 days before, not day 30 or the future', () => {
    const columns = caseloadColumns(
      ACTIVE,
      summary({
        tickDays: days(0, 0, 29, 30, 31, -1),
        winDays: days(1, 29, 30, 45, -3),
      }),
      TODAY,
    );
    expect(columns.milestonesTickedLast30Days).toBe(3);
    expect(columns.winsLast30Days).toBe(2);
  });

  it('buckets ticks plus wins into eight 7-day windows counted back from today, oldest first', () => {
    const columns = caseloadColumns(
      ACTIVE,
      summary({
        // Window 0 (days 0-6): 0, 6, 6 and a win on 3. Window 1 (7-13): 7 and a win on 13.
        // Window 4 (28-34): 28. Window 7 (49-55): 55. Day 56 and the future fall outside.
        tickDays: days(0, 6, 6, 7, 28, 55, 56, -1),
        winDays: days(3, 13, 56, -2),
      }),
      TODAY,
    );
    expect(RECENT_WEEKS).toBe(8);
    expect(columns.weeklyActivity).toStrictEqual([1, 0, 0, 1, 0, 0, 2, 4]);
  });

  it('reads a summary rebuilt days ago against the reader’s own today', () => {
    // Rebuilt on 20 November with a tick that day; read on the 24th it is 4 days old.
    const rebuilt = summary({ refreshedOn: daysAgo(4), tickDays: days(4), winDays: days(10) });
    const columns = caseloadColumns(ACTIVE, rebuilt, TODAY);
    expect(columns.weeklyActivity.slice(-2)).toStrictEqual([1, 1]);
    expect(columns.milestonesTickedLast30Days).toBe(1);
    expect(columns.winsLast30Days).toBe(1);
  });

  it('shows a baseline-only measure with no change, and a repeated one against its baseline', () => {
    const columns = caseloadColumns(
      ACTIVE,
      summary({
        scores: [
          { instrument: 'GAD7', administeredOn: '2025-06-02', total: 12 },
          { instrument: 'PHQ9', administeredOn: '2025-03-03', total: 18 },
          { instrument: 'PHQ9', administeredOn: daysAgo(7), total: 9 },
        ],
      }),
      TODAY,
    );
    // PHQ-9 first, then GAD-7, whatever order the summary holds them in.
    expect(columns.measures).toStrictEqual([
      {
        instrument: 'PHQ9',
        latest: 9,
        latestOn: daysAgo(7),
        severity: 'MILD',
        severityLabel: 'Mild',
        changeFromBaseline: -9,
        reliableChange: 'RELIABLE_IMPROVEMENT',
      },
      {
        instrument: 'GAD7',
        latest: 12,
        latestOn: '2025-06-02',
        severity: 'MODERATE',
        severityLabel: 'Moderate',
        changeFromBaseline: null,
        reliableChange: null,
      },
    ]);
  });

  it('calls a PHQ-9 rise of 6 reliably worse, and one of 5 no reliable change', () => {
    const change = (latest: number) =>
      caseloadColumns(
        ACTIVE,
        summary({
          scores: [
            { instrument: 'PHQ9', administeredOn: '2025-03-03', total: 8 },
            { instrument: 'PHQ9', administeredOn: daysAgo(1), total: latest },
          ],
        }),
        TODAY,
      ).measures[0];
    expect(change(14)).toMatchObject({
      changeFromBaseline: 6,
      reliableChange: 'RELIABLE_DETERIORATION',
      severity: 'MODERATE',
    });
    expect(change(13)).toMatchObject({
      changeFromBaseline: 5,
      reliableChange: 'NO_RELIABLE_CHANGE',
    });
  });

  it('leaves out a score dated after today: the baseline alone has no change', () => {
    const columns = caseloadColumns(
      ACTIVE,
      summary({
        scores: [
          { instrument: 'PHQ9', administeredOn: '2025-03-03', total: 18 },
          { instrument: 'PHQ9', administeredOn: daysAgo(-1), total: 4 },
        ],
      }),
      TODAY,
    );
    expect(columns.measures).toStrictEqual([
      expect.objectContaining({
        latest: 18,
        latestOn: '2025-03-03',
        changeFromBaseline: null,
        reliableChange: null,
      }),
    ]);
    // Nothing at all when even the baseline is in the future.
    const future = summary({
      scores: [{ instrument: 'GAD7', administeredOn: daysAgo(-2), total: 10 }],
    });
    expect(caseloadColumns(ACTIVE, future, TODAY).measures).toStrictEqual([]);
  });

  it('names the soonest-due scheduled measure, the most overdue first', () => {
    const schedules = [
      { instrument: 'PHQ9' as const, everyWeeks: 4 },
      { instrument: 'GAD7' as const, everyWeeks: 2 },
    ];
    // PHQ-9 last given 1 November: due 29 November. GAD-7 last given 8 November: due the 22nd.
    const late = summary({ schedules, lastGiven: { PHQ9: '2025-11-01', GAD7: '2025-11-08' } });
    expect(caseloadColumns(ACTIVE, late, TODAY).nextMeasureDue).toStrictEqual({
      instrument: 'GAD7',
      dueOn: '2025-11-22',
      isOverdue: true,
      daysOverdue: 2,
    });
    // Given again on the 20th, the GAD-7 is due 4 December, after the PHQ-9.
    const onTime = summary({ schedules, lastGiven: { PHQ9: '2025-11-01', GAD7: '2025-11-20' } });
    expect(caseloadColumns(ACTIVE, onTime, TODAY).nextMeasureDue).toStrictEqual({
      instrument: 'PHQ9',
      dueOn: '2025-11-29',
      isOverdue: false,
      daysOverdue: 0,
    });
    // Never given: due `everyWeeks` after care began (3 March + 4 weeks).
    const never = summary({ schedules: [schedules[0]] });
    expect(caseloadColumns(ACTIVE, never, TODAY).nextMeasureDue).toMatchObject({
      dueOn: '2025-03-31',
      isOverdue: true,
    });
  });

  it('scores each GAS review by Kiresuk & Sherman, leaving out future and empty reviews', () => {
    const columns = caseloadColumns(
      ACTIVE,
      summary({
        gasReviews: [
          { reviewedOn: '2025-09-01', ratings: [{ level: 0, weight: 1 }] },
          { reviewedOn: '2025-10-01', ratings: [{ level: 1, weight: 1 }] },
          {
            reviewedOn: '2025-11-01',
            ratings: [
              { level: 1, weight: 1 },
              { level: 1, weight: 1 },
            ],
          },
          {
            reviewedOn: '2025-11-10',
            ratings: [
              { level: 2, weight: 3 },
              { level: -1, weight: 1 },
            ],
          },
          { reviewedOn: '2025-11-20', ratings: [] },
          { reviewedOn: daysAgo(-1), ratings: [{ level: 2, weight: 1 }] },
        ],
      }),
      TODAY,
    );
    // T = 50 + 10·Σwx / √(0.7·Σw² + 0.3·(Σw)²).
    const expected = [
      50,
      50 + 10 / Math.sqrt(0.7 + 0.3),
      50 + 20 / Math.sqrt(0.7 * 2 + 0.3 * 4),
      50 + (10 * (6 - 1)) / Math.sqrt(0.7 * 10 + 0.3 * 16),
    ];
    expect(columns.gasTScores.map((point) => point.reviewedOn)).toStrictEqual([
      '2025-09-01',
      '2025-10-01',
      '2025-11-01',
      '2025-11-10',
    ]);
    columns.gasTScores.forEach((point, index) => {
      expect(point.tScore).toBeCloseTo(expected[index], 10);
    });
    expect(columns.gasTScores[1].tScore).toBeCloseTo(60, 10);
    expect(columns.gasTScores[2].tScore).toBeCloseTo(62.4034734, 6);
    expect(columns.gasTScores[3].tScore).toBe(
      gasTScore([
        { level: 2, weight: 3 },
        { level: -1, weight: 1 },
      ]),
    );
  });
});

describe('the caseload facts of a summary', () => {
  it('hands the rules the record as of today', () => {
    const recent: ClientInCare = { status: 'ACTIVE', startedOn: daysAgo(14) };
    const facts = caseloadFacts(
      recent,
      summary({
        lastProgressOn: daysAgo(3),
        lastSessionAt: '2025-11-17T23:30:00.000Z',
        unreviewedSafetyFlags: 2,
        notesToSign: 1,
        goalsAchieved: [{ clientWords: 'Walk daily', achievedOn: daysAgo(5) }],
        tickDays: days(8, 1),
        scores: [
          { instrument: 'PHQ9', administeredOn: daysAgo(14), total: 12 },
          { instrument: 'PHQ9', administeredOn: daysAgo(-1), total: 20 },
        ],
      }),
      TODAY,
    );
    expect(facts).toStrictEqual({
      today: TODAY,
      status: 'ACTIVE',
      startedOn: daysAgo(14),
      unreviewedSafetyFlagCount: 2,
      // Tomorrow's score is left out, as the rules leave out anything after today.
      scores: [{ instrument: 'PHQ9', administeredOn: daysAgo(14), total: 12 }],
      notOnTrack: [],
      overdueMeasures: [],
      lastProgressOn: daysAgo(3),
      // The UTC day of the instant.
      lastSessionOn: '2025-11-17',
      notesToSign: 1,
      goalsAchieved: [{ clientWords: 'Walk daily', achievedOn: daysAgo(5) }],
      milestoneTickDays: days(8, 1),
    });
  });

  it('lists overdue measures only, and never a session before the first', () => {
    const facts = caseloadFacts(
      ACTIVE,
      summary({
        schedules: [
          { instrument: 'PHQ9', everyWeeks: 4 },
          { instrument: 'GAD7', everyWeeks: 4 },
          { instrument: 'MOOD', everyWeeks: 1 },
        ],
        lastGiven: { PHQ9: '2025-10-20', GAD7: '2025-11-10', MOOD: '2025-11-17' },
      }),
      TODAY,
    );
    // PHQ-9 due 17 November (late); GAD-7 due 8 December; mood due today (on time).
    expect(facts.overdueMeasures).toStrictEqual(['PHQ9']);
    expect(facts.lastSessionOn).toBeNull();
  });

  it('asks whether an active client is on track, and never a paused or discharged one', () => {
    // No reliable improvement on the PHQ-9 after 37 weeks of care.
    const stuck = summary({
      scores: [
        { instrument: 'PHQ9', administeredOn: '2025-03-03', total: 16 },
        { instrument: 'PHQ9', administeredOn: daysAgo(7), total: 15 },
      ],
    });
    const active = caseloadFacts(ACTIVE, stuck, TODAY);
    expect(active.notOnTrack.map((entry) => entry.instrument)).toStrictEqual(['PHQ9']);
    for (const status of ['PAUSED', 'DISCHARGED'] as const) {
      expect(caseloadFacts({ ...ACTIVE, status }, stuck, TODAY).notOnTrack).toStrictEqual([]);
    }
  });
});

describe('the start of the quarter', () => {
  it.each([
    ['2025-01-01', '2025-01-01'],
    ['2025-02-14', '2025-01-01'],
    ['2025-03-31', '2025-01-01'],
    ['2025-04-01', '2025-04-01'],
    ['2025-06-30', '2025-04-01'],
    ['2025-07-01', '2025-07-01'],
    ['2025-09-30', '2025-07-01'],
    ['2025-10-01', '2025-10-01'],
    ['2025-11-24', '2025-10-01'],
    ['2025-12-31', '2025-10-01'],
    ['2024-02-29', '2024-01-01'],
  ])('of %s is %s', (today, first) => {
    expect(quarterStart(today)).toBe(first);
  });
});
