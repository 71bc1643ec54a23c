import fc from 'fast-check';
import {
  RELIABLE_CHANGE_INDEX_CONSTANTS,
  describeReliableChange,
  hasRecovered,
  hasReliablyRecovered,
  hasResponded,
  isCase,
  isInRemission,
  reliableChange,
  reliableChangeByIndex,
  reliableChangeIndex,
  scoreChange,
  standardErrorOfDifference,
  summariseOutcome,
  type ReliableChange,
} from './change';
import type { StandardMeasure } from './instruments';

// RCI = (x2 − x1) / S_diff, S_diff = √2 · SE, SE = SD · √(1 − r): Jacobson NS, Truax P (1991),
// J Consult Clin Psychol 59:12-19. Constants (sources in change.ts): PHQ-9 SD 3.52 (Kocalevent,
// Hinz & Brähler 2013) with r 0.89 (Kroenke, Spitzer & Williams 2001); GAD-7 SD 3.41 with r 0.89
// (Löwe et al. 2008). The expected values are worked by hand; the arithmetic is in each comment.
// NHS Talking Therapies thresholds (manual v7, 2024): reliable change PHQ-9 ≥ 6, GAD-7 ≥ 4;
// caseness PHQ-9 ≥ 10, GAD-7 ≥ 8.

const mirror: Record<ReliableChange, ReliableChange> = {
  RELIABLE_IMPROVEMENT: 'RELIABLE_DETERIORATION',
  NO_RELIABLE_CHANGE: 'NO_RELIABLE_CHANGE',
  RELIABLE_DETERIORATION: 'RELIABLE_IMPROVEMENT',
};
const MAXIMUM: Readonly<Record<StandardMeasure, number>> = { PHQ9: 27, GAD7: 21 };
const twoTotals = fc
  .constantFrom<StandardMeasure>('PHQ9', 'GAD7')
  .chain((instrument) =>
    fc.tuple(
      fc.constant(instrument),
      fc.integer({ min: 0, max: MAXIMUM[instrument] }),
      fc.integer({ min: 0, max: MAXIMUM[instrument] }),
    ),
  );

describe('reliable change by the NHS Talking Therapies thresholds', () => {
  it('counts a PHQ-9 fall of 6 as reliable improvement and a fall of 5 as not', () => {
    expect(reliableChange('PHQ9', 16, 10)).toBe('RELIABLE_IMPROVEMENT');
    expect(reliableChange('PHQ9', 16, 11)).toBe('NO_RELIABLE_CHANGE');
  });

  it('counts a PHQ-9 rise of 6 as reliable deterioration and a rise of 5 as not', () => {
    expect(reliableChange('PHQ9', 8, 14)).toBe('RELIABLE_DETERIORATION');
    expect(reliableChange('PHQ9', 8, 13)).toBe('NO_RELIABLE_CHANGE');
  });

  it('counts a GAD-7 fall of 4 as reliable improvement and a fall of 3 as not', () => {
    expect(reliableChange('GAD7', 12, 8)).toBe('RELIABLE_IMPROVEMENT');
    expect(reliableChange('GAD7', 12, 9)).toBe('NO_RELIABLE_CHANGE');
  });

  it('counts a GAD-7 rise of 4 as reliable deterioration and a rise of 3 as not', () => {
    expect(reliableChange('GAD7', 5, 9)).toBe('RELIABLE_DETERIORATION');
    expect(reliableChange('GAD7', 5, 8)).toBe('NO_RELIABLE_CHANGE');
  });

  it('writes change as later minus earlier, so an improvement is negative', () => {
    expect(scoreChange(18, 9)).toBe(-9);
    expect(scoreChange(9, 18)).toBe(9);
  });

  it('refuses a total that no form can reach', () => {
    expect(() => reliableChange('GAD7', 22, 10)).toThrow(RangeError);
  });
});

describe('the Jacobson & Truax Reliable Change Index', () => {
  it('gives S_diff 1.6510 for the PHQ-9', () => {
    // SE = 3.52 · √(1 − 0.89) = 3.52 · 0.331662 = 1.167452; S_diff = 1.414214 · 1.167452 = 1.651026
    expect(standardErrorOfDifference(RELIABLE_CHANGE_INDEX_CONSTANTS.PHQ9)).toBeCloseTo(
      1.651026,
      5,
    );
  });

  it('gives S_diff 1.5994 for the GAD-7', () => {
    // SE = 3.41 · 0.331662 = 1.130969; S_diff = 1.414214 · 1.130969 = 1.599432
    expect(standardErrorOfDifference(RELIABLE_CHANGE_INDEX_CONSTANTS.GAD7)).toBeCloseTo(
      1.599432,
      5,
    );
  });

  it('is -6.0568 for a PHQ-9 fall from 18 to 8, a reliable improvement', () => {
    // (8 − 18) / 1.651026 = −10 / 1.651026 = −6.0568, beyond −1.96
    expect(reliableChangeIndex('PHQ9', 18, 8)).toBeCloseTo(-6.0568, 4);
    expect(reliableChangeByIndex('PHQ9', 18, 8)).toBe('RELIABLE_IMPROVEMENT');
  });

  it('is -1.8171 for a PHQ-9 fall of 3, short of reliable', () => {
    // −3 / 1.651026 = −1.8171; |−1.8171| ≤ 1.96
    expect(reliableChangeIndex('PHQ9', 12, 9)).toBeCloseTo(-1.8171, 4);
    expect(reliableChangeByIndex('PHQ9', 12, 9)).toBe('NO_RELIABLE_CHANGE');
  });

  it('is 2.4227 for a PHQ-9 rise of 4, a reliable deterioration', () => {
    // 4 / 1.651026 = 2.4227 > 1.96
    expect(reliableChangeIndex('PHQ9', 6, 10)).toBeCloseTo(2.4227, 4);
    expect(reliableChangeByIndex('PHQ9', 6, 10)).toBe('RELIABLE_DETERIORATION');
  });

  it('is -1.8757 for a GAD-7 fall of 3 and -2.5009 for a fall of 4', () => {
    // −3 / 1.599432 = −1.8757 (not reliable); −4 / 1.599432 = −2.5009 (reliable)
    expect(reliableChangeIndex('GAD7', 12, 9)).toBeCloseTo(-1.8757, 4);
    expect(reliableChangeByIndex('GAD7', 12, 9)).toBe('NO_RELIABLE_CHANGE');
    expect(reliableChangeIndex('GAD7', 12, 8)).toBeCloseTo(-2.5009, 4);
    expect(reliableChangeByIndex('GAD7', 12, 8)).toBe('RELIABLE_IMPROVEMENT');
  });

  it('is 0 when nothing changed', () => {
    expect(reliableChangeIndex('GAD7', 10, 10)).toBe(0);
  });

  it("takes a service's own constants, such as its intake SD and test-retest reliability", () => {
    // SD 5.5, r 0.84: SE = 5.5 · √0.16 = 5.5 · 0.4 = 2.2; S_diff = 1.414214 · 2.2 = 3.111270
    // A fall of 6: −6 / 3.111270 = −1.9285 (not reliable); of 7: −7 / 3.111270 = −2.2499
    const clinic = { standardDeviation: 5.5, reliability: 0.84 };
    expect(reliableChangeIndex('PHQ9', 16, 10, clinic)).toBeCloseTo(-1.9285, 4);
    expect(reliableChangeByIndex('PHQ9', 16, 10, clinic)).toBe('NO_RELIABLE_CHANGE');
    expect(reliableChangeIndex('PHQ9', 16, 9, clinic)).toBeCloseTo(-2.2499, 4);
    expect(reliableChangeByIndex('PHQ9', 16, 9, clinic)).toBe('RELIABLE_IMPROVEMENT');
  });

  it.each([
    { standardDeviation: 0, reliability: 0.89 },
    { standardDeviation: 3.5, reliability: 1 },
    { standardDeviation: 3.5, reliability: -0.1 },
    { standardDeviation: Number.NaN, reliability: 0.89 },
  ])('refuses constants that make no index: %o', (constants) => {
    expect(() => standardErrorOfDifference(constants)).toThrow(RangeError);
  });
});

describe('caseness, recovery, response and remission', () => {
  it('counts PHQ-9 10 as a case and 9 as not', () => {
    expect(isCase('PHQ9', 10)).toBe(true);
    expect(isCase('PHQ9', 9)).toBe(false);
  });

  it('counts GAD-7 8 as a case and 7 as not', () => {
    expect(isCase('GAD7', 8)).toBe(true);
    expect(isCase('GAD7', 7)).toBe(false);
  });

  it('calls a fall from 15 to 9 on the PHQ-9 reliable recovery', () => {
    // A case at baseline (15 ≥ 10), not a case now (9 < 10), and a fall of 6 ≥ 6.
    expect(hasRecovered('PHQ9', 15, 9)).toBe(true);
    expect(hasReliablyRecovered('PHQ9', 15, 9)).toBe(true);
  });

  it('calls a fall from 11 to 9 on the PHQ-9 recovery but not reliable recovery', () => {
    // Below caseness now, but a fall of 2 is within measurement error.
    expect(hasRecovered('PHQ9', 11, 9)).toBe(true);
    expect(hasReliablyRecovered('PHQ9', 11, 9)).toBe(false);
  });

  it('does not call a client recovered who is still a case', () => {
    expect(hasRecovered('PHQ9', 22, 10)).toBe(false);
    expect(hasReliablyRecovered('PHQ9', 22, 10)).toBe(false);
  });

  it('does not call a client recovered who was never a case', () => {
    expect(hasRecovered('GAD7', 7, 0)).toBe(false);
  });

  it('calls a GAD-7 fall from 8 to 4 reliable recovery', () => {
    // A case at 8 ≥ 8, not at 4 < 8, and a fall of 4 ≥ 4.
    expect(hasReliablyRecovered('GAD7', 8, 4)).toBe(true);
  });

  it('counts a fall of exactly half the baseline as response', () => {
    expect(hasResponded('PHQ9', 20, 10)).toBe(true);
    expect(hasResponded('PHQ9', 20, 11)).toBe(false);
    expect(hasResponded('GAD7', 15, 7)).toBe(true); // 8 / 15 = 53%
    expect(hasResponded('GAD7', 15, 8)).toBe(false); // 7 / 15 = 47%
  });

  it('never counts response from a baseline of 0', () => {
    expect(hasResponded('PHQ9', 0, 0)).toBe(false);
  });

  it('counts a PHQ-9 of 4 as remission and 5 as not', () => {
    expect(isInRemission(4)).toBe(true);
    expect(isInRemission(5)).toBe(false);
  });
});

describe('an outcome summary', () => {
  it('compares the latest score with the baseline and with the score before it', () => {
    const summary = summariseOutcome('PHQ9', [18, 14, 12, 8]);
    expect(summary).toMatchObject({
      baseline: 18,
      previous: 12,
      latest: 8,
      changeFromBaseline: -10,
      changeFromPrevious: -4,
      reliableChange: 'RELIABLE_IMPROVEMENT',
      reliableChangeByIndex: 'RELIABLE_IMPROVEMENT',
      wasCaseAtBaseline: true,
      isCase: false,
      hasRecovered: true,
      hasReliablyRecovered: true,
      hasResponded: true, // a fall of 10 from 18 is 56%
      isInRemission: false, // 8 is not below 5
    });
  });

  it('treats a single score as its own baseline', () => {
    expect(summariseOutcome('GAD7', [11])).toMatchObject({
      baseline: 11,
      previous: null,
      latest: 11,
      changeFromBaseline: 0,
      changeFromPrevious: null,
      reliableChange: 'NO_RELIABLE_CHANGE',
    });
  });

  it('leaves remission unset on the GAD-7', () => {
    expect(summariseOutcome('GAD7', [12, 3])?.isInRemission).toBeNull();
  });

  it('has nothing to summarise without a score', () => {
    expect(summariseOutcome('PHQ9', [])).toBeNull();
  });

  it('describes a change in words the dashboard can show', () => {
    expect(describeReliableChange('PHQ9', 18, 9)).toBe(
      'Reliable improvement on the PHQ-9 (18 to 9)',
    );
    expect(describeReliableChange('GAD7', 6, 8)).toBe('No reliable change on the GAD-7 (6 to 8)');
  });
});

describe('reliable change invariants', () => {
  it('mirrors the NHS classification when the two scores swap places', () => {
    fc.assert(
      fc.property(twoTotals, ([instrument, first, second]) => {
        expect(reliableChange(instrument, second, first)).toBe(
          mirror[reliableChange(instrument, first, second)],
        );
      }),
    );
  });

  it('negates the index and mirrors its classification when the scores swap places', () => {
    fc.assert(
      fc.property(twoTotals, ([instrument, first, second]) => {
        const forward = reliableChangeIndex(instrument, first, second);
        const backward = reliableChangeIndex(instrument, second, first);
        expect(forward + backward).toBeCloseTo(0, 12);
        expect(reliableChangeByIndex(instrument, second, first)).toBe(
          mirror[reliableChangeByIndex(instrument, first, second)],
        );
      }),
    );
  });

  it('finds reliable by the index every change the NHS thresholds find reliable', () => {
    // With norm SDs the index's threshold (3.24 and 3.13 points) sits below 6 and 4.
    fc.assert(
      fc.property(twoTotals, ([instrument, first, second]) => {
        const byThreshold = reliableChange(instrument, first, second);
        if (byThreshold !== 'NO_RELIABLE_CHANGE') {
          expect(reliableChangeByIndex(instrument, first, second)).toBe(byThreshold);
        }
      }),
    );
  });

  it('only ever calls reliable recovery what is also recovery from a case', () => {
    fc.assert(
      fc.property(twoTotals, ([instrument, baseline, latest]) => {
        if (hasReliablyRecovered(instrument, baseline, latest)) {
          expect(hasRecovered(instrument, baseline, latest)).toBe(true);
          expect(isCase(instrument, baseline)).toBe(true);
        }
      }),
    );
  });
});
