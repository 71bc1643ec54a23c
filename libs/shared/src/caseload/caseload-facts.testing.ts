import fc from 'fast-check';
import { CLIENT_STATUSES } from '../domain/client';
import { INSTRUMENTS } from '../domain/measure';
import type { StandardMeasure } from '../measures/instruments';
import type { CaseloadFacts } from './caseload-facts';

// Test support for the caseload rules: a calm client every case starts from, builders for the
// records that change it, and arbitrary clients for the properties.

// A Monday. 21 days back is 3 November, 28 days 27 October, 35 days 20 October.
export const TODAY = '2025-11-24';
const MILLISECONDS_PER_DAY = 86_400_000;

export function daysAgo(days: number, from: string = TODAY): string {
  return new Date(Date.parse(from) - days * MILLISECONDS_PER_DAY).toISOString().slice(0, 10);
}

/** A client with nothing to flag and nothing to celebrate: the row every case starts from. */
export const CALM: CaseloadFacts = {
  today: TODAY,
  status: 'ACTIVE',
  startedOn: '2025-03-03',
  unreviewedSafetyFlagCount: 0,
  scores: [],
  notOnTrack: [],
  overdueMeasures: [],
  lastProgressOn: daysAgo(2),
  lastSessionOn: daysAgo(7),
  notesToSign: 0,
  goalsAchieved: [],
  milestoneTickDays: [],
};

export const client = (changes: Partial<CaseloadFacts>): CaseloadFacts => ({ ...CALM, ...changes });
export const score = (instrument: StandardMeasure, administeredOn: string, total: number) => ({
  instrument,
  administeredOn,
  total,
});
export const phq9Change = (baseline: number, latest: number) => [
  score('PHQ9', '2025-03-03', baseline),
  score('PHQ9', daysAgo(7), latest),
];
export const gad7Change = (baseline: number, latest: number) => [
  score('GAD7', '2025-03-03', baseline),
  score('GAD7', daysAgo(7), latest),
];
export const NOT_ON_TRACK_PHQ9 = {
  instrument: 'PHQ9' as const,
  reason: 'No reliable improvement on the PHQ-9 after 9 weeks',
};
export const goal = (clientWords: string, achievedDaysAgo: number) => ({
  clientWords,
  achievedOn: daysAgo(achievedDaysAgo),
});

// Arbitrary clients around 2025: dates within a few months of each other so that quiet
// stretches and goals achieved turn up, and ticks near `today` so that streaks do. Most have no
// safety flag, so the other kinds of need lead the list often enough to be tested.
const FIRST_DAY = Date.parse('2025-01-01');
const isoDay = fc
  .integer({ min: 0, max: 150 })
  .map((offset) => new Date(FIRST_DAY + offset * MILLISECONDS_PER_DAY).toISOString().slice(0, 10));
export const arbitraryScore = fc.constantFrom<StandardMeasure>('PHQ9', 'GAD7').chain((instrument) =>
  fc.record({
    instrument: fc.constant(instrument),
    administeredOn: isoDay,
    total: fc.integer({ min: 0, max: instrument === 'PHQ9' ? 27 : 21 }),
  }),
);
const arbitraryFactsWithoutTicks = fc.record({
  today: isoDay,
  status: fc.constantFrom(...CLIENT_STATUSES),
  startedOn: isoDay,
  unreviewedSafetyFlagCount: fc.constantFrom(0, 0, 0, 1, 2),
  scores: fc.array(arbitraryScore, { maxLength: 6 }),
  notOnTrack: fc.array(
    fc.record({
      instrument: fc.constantFrom<StandardMeasure>('PHQ9', 'GAD7'),
      reason: fc.string(),
    }),
    { maxLength: 3 },
  ),
  overdueMeasures: fc.array(fc.constantFrom(...INSTRUMENTS), { maxLength: 4 }),
  lastProgressOn: fc.option(isoDay, { nil: null }),
  lastSessionOn: fc.option(isoDay, { nil: null }),
  notesToSign: fc.nat(4),
  goalsAchieved: fc.array(fc.record({ clientWords: fc.string(), achievedOn: isoDay }), {
    maxLength: 3,
  }),
});
export const arbitraryFacts: fc.Arbitrary<CaseloadFacts> = arbitraryFactsWithoutTicks.chain(
  (facts) =>
    fc.array(fc.integer({ min: -7, max: 35 }), { maxLength: 8 }).map((daysBack) => ({
      ...facts,
      milestoneTickDays: daysBack.map((days) => daysAgo(days, facts.today)),
    })),
);
