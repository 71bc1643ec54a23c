import fc from 'fast-check';
import type { StandardMeasure } from './instruments';
import {
  SEVERITY_BANDS,
  answerProblems,
  assertValidTotal,
  hasSafetyFlag,
  isComplete,
  maximumTotal,
  moodCheckInProblems,
  normaliseMoodWord,
  scoreMeasure,
  severityBand,
} from './scoring';

const ITEM_COUNTS: Readonly<Record<StandardMeasure, number>> = { PHQ9: 9, GAD7: 7 };
const standardMeasure = fc.constantFrom<StandardMeasure>('PHQ9', 'GAD7');
const validAnswers = (instrument: StandardMeasure) =>
  fc.array(fc.integer({ min: 0, max: 3 }), {
    minLength: ITEM_COUNTS[instrument],
    maxLength: ITEM_COUNTS[instrument],
  });

describe('scoring a form', () => {
  it('totals a complete PHQ-9 as the sum of its nine answers', () => {
    expect(scoreMeasure('PHQ9', [0, 1, 2, 3, 0, 1, 2, 3, 0])).toBe(12);
    expect(scoreMeasure('PHQ9', [3, 3, 3, 3, 3, 3, 3, 3, 3])).toBe(27);
    expect(scoreMeasure('PHQ9', [0, 0, 0, 0, 0, 0, 0, 0, 0])).toBe(0);
  });

  it('totals a complete GAD-7 as the sum of its seven answers', () => {
    expect(scoreMeasure('GAD7', [1, 1, 2, 2, 3, 0, 1])).toBe(10);
    expect(scoreMeasure('GAD7', [3, 3, 3, 3, 3, 3, 3])).toBe(21);
  });

  it('takes the mood rating itself as the total', () => {
    expect(scoreMeasure('MOOD', [7])).toBe(7);
    expect(scoreMeasure('MOOD', [0])).toBe(0);
  });

  it('never scores a form with an unanswered item', () => {
    const missingItem4 = [2, 2, 2, null, 2, 2, 2, 2, 2];
    expect(scoreMeasure('PHQ9', missingItem4)).toBeNull();
    expect(isComplete('PHQ9', missingItem4)).toBe(false);
    expect(scoreMeasure('MOOD', [null])).toBeNull();
  });

  it('calls a form complete only when every item has a valid answer', () => {
    expect(isComplete('GAD7', [0, 0, 0, 0, 0, 0, 0])).toBe(true);
    expect(isComplete('GAD7', [0, 0, 0, 0, 0, 0])).toBe(false);
    expect(isComplete('GAD7', [0, 0, 0, 0, 0, 0, 4])).toBe(false);
  });
});

describe('answer problems', () => {
  it('finds none on a valid form, even a partly answered one', () => {
    expect(answerProblems('PHQ9', [0, 1, 2, 3, null, null, null, null, null])).toEqual([]);
  });

  it('names the first missing item when a form has too few answers', () => {
    expect(answerProblems('PHQ9', [1, 1, 1, 1, 1, 1, 1])).toEqual([
      { item: 8, message: 'The PHQ-9 has 9 items, not 7.' },
    ]);
  });

  it('names the first extra item when a form has too many answers', () => {
    expect(answerProblems('GAD7', [1, 1, 1, 1, 1, 1, 1, 1])).toEqual([
      { item: 8, message: 'The GAD-7 has 7 items, not 8.' },
    ]);
    expect(answerProblems('MOOD', [5, 6])).toEqual([
      { item: 2, message: 'The Mood check-in has 1 answer, not 2.' },
    ]);
  });

  it('refuses an answer that is not a whole number, naming its item', () => {
    expect(answerProblems('GAD7', [0, 1.5, 0, 0, 0, 0, 0])).toEqual([
      { item: 2, message: 'Item 2 of the GAD-7 must be a whole number, not 1.5.' },
    ]);
    expect(answerProblems('PHQ9', [0, 0, 0, 0, 0, 0, 0, 0, Number.NaN])).toEqual([
      { item: 9, message: 'Item 9 of the PHQ-9 must be a whole number, not NaN.' },
    ]);
  });

  it('refuses an answer outside 0 to 3, naming its item', () => {
    expect(answerProblems('PHQ9', [0, 0, 4, 0, 0, 0, 0, 0, -1])).toEqual([
      { item: 3, message: 'Item 3 of the PHQ-9 must be from 0 to 3, not 4.' },
      { item: 9, message: 'Item 9 of the PHQ-9 must be from 0 to 3, not -1.' },
    ]);
  });

  it('refuses a mood rating outside 0 to 10 and accepts both ends', () => {
    expect(answerProblems('MOOD', [11])).toEqual([
      { item: 1, message: 'Item 1 of the Mood check-in must be from 0 to 10, not 11.' },
    ]);
    expect(answerProblems('MOOD', [10])).toEqual([]);
    expect(answerProblems('MOOD', [0])).toEqual([]);
  });

  it('makes scoring an invalid form throw with the first problem', () => {
    expect(() => scoreMeasure('GAD7', [0, 0, 0, 0, 0, 0, 9])).toThrow(
      new RangeError('Item 7 of the GAD-7 must be from 0 to 3, not 9.'),
    );
  });
});

describe('the safety flag', () => {
  const phq9WithItem9 = (item9: number | null) => [0, 0, 0, 0, 0, 0, 0, 0, item9];

  it('is raised when PHQ-9 item 9 is answered above 0', () => {
    expect(hasSafetyFlag(phq9WithItem9(1))).toBe(true);
    expect(hasSafetyFlag(phq9WithItem9(3))).toBe(true);
  });

  it('is not raised when item 9 is "Not at all"', () => {
    expect(hasSafetyFlag(phq9WithItem9(0))).toBe(false);
  });

  it('is not raised when item 9 has not been answered yet', () => {
    expect(hasSafetyFlag(phq9WithItem9(null))).toBe(false);
  });

  it('is not raised by a form with no ninth item', () => {
    expect(hasSafetyFlag([3, 3, 3, 3, 3, 3, 3])).toBe(false);
  });
});

describe('severity bands', () => {
  // Kroenke, Spitzer & Williams (2001), J Gen Intern Med 16:606-613: 5, 10, 15 and 20 are the
  // lower edges of mild, moderate, moderately severe and severe depression.
  it.each([
    [4, 'Minimal', 5, 'Mild'],
    [9, 'Mild', 10, 'Moderate'],
    [14, 'Moderate', 15, 'Moderately severe'],
    [19, 'Moderately severe', 20, 'Severe'],
  ])('puts PHQ-9 %i in %s and %i in %s', (below, belowLabel, edge, edgeLabel) => {
    expect(severityBand('PHQ9', below).label).toBe(belowLabel);
    expect(severityBand('PHQ9', edge).label).toBe(edgeLabel);
  });

  // Spitzer, Kroenke, Williams & Löwe (2006), Arch Intern Med 166:1092-1097: 5, 10 and 15 are
  // the cut points for mild, moderate and severe anxiety.
  it.each([
    [4, 'Minimal', 5, 'Mild'],
    [9, 'Mild', 10, 'Moderate'],
    [14, 'Moderate', 15, 'Severe'],
  ])('puts GAD-7 %i in %s and %i in %s', (below, belowLabel, edge, edgeLabel) => {
    expect(severityBand('GAD7', below).label).toBe(belowLabel);
    expect(severityBand('GAD7', edge).label).toBe(edgeLabel);
  });

  it('runs from 0 to the highest possible total of each measure', () => {
    expect(severityBand('PHQ9', 0).severity).toBe('MINIMAL');
    expect(severityBand('PHQ9', 27).severity).toBe('SEVERE');
    expect(severityBand('GAD7', 0).severity).toBe('MINIMAL');
    expect(severityBand('GAD7', 21).severity).toBe('SEVERE');
  });

  it('has no "moderately severe" band on the GAD-7', () => {
    expect(SEVERITY_BANDS.GAD7.map((band) => band.severity)).not.toContain('MODERATELY_SEVERE');
  });

  it.each([
    ['PHQ9', 28],
    ['PHQ9', -1],
    ['GAD7', 22],
    ['GAD7', 10.5],
  ] as const)('refuses a %s total of %d, which no form can reach', (instrument, total) => {
    expect(() => severityBand(instrument, total)).toThrow(RangeError);
    expect(() => assertValidTotal(instrument, total)).toThrow(RangeError);
  });
});

describe('the mood check-in', () => {
  it('needs a rating but not a word', () => {
    expect(moodCheckInProblems(6, null)).toEqual([]);
    expect(moodCheckInProblems(null, 'tired')).toEqual([
      { item: 1, message: 'The mood check-in needs a rating from 0 to 10.' },
    ]);
  });

  it('refuses a word longer than the limit', () => {
    expect(moodCheckInProblems(6, 'x'.repeat(41))).toHaveLength(1);
    expect(moodCheckInProblems(6, 'x'.repeat(40))).toEqual([]);
  });

  it('keeps the word trimmed, and a blank word as no word', () => {
    expect(normaliseMoodWord('  hopeful ')).toBe('hopeful');
    expect(normaliseMoodWord('   ')).toBeNull();
    expect(normaliseMoodWord(null)).toBeNull();
  });
});

describe('scoring invariants', () => {
  it('totals every complete form as the sum of its answers', () => {
    fc.assert(
      fc.property(
        standardMeasure.chain((instrument) =>
          fc.tuple(fc.constant(instrument), validAnswers(instrument)),
        ),
        ([instrument, answers]) => {
          const sum = answers.reduce((total, answer) => total + answer, 0);
          expect(scoreMeasure(instrument, answers)).toBe(sum);
          expect(isComplete(instrument, answers)).toBe(true);
        },
      ),
    );
  });

  it('maps every possible total to exactly one band', () => {
    for (const instrument of ['PHQ9', 'GAD7'] as const) {
      for (let total = 0; total <= maximumTotal(instrument); total += 1) {
        const holding = SEVERITY_BANDS[instrument].filter(
          (band) => total >= band.minimum && total <= band.maximum,
        );
        expect(holding).toHaveLength(1);
      }
    }
  });

  it('never puts a higher total in a lower band', () => {
    fc.assert(
      fc.property(
        standardMeasure,
        fc.integer({ min: 0, max: 27 }),
        fc.integer({ min: 0, max: 27 }),
        (instrument, first, second) => {
          const lower = Math.min(first, second, maximumTotal(instrument));
          const higher = Math.min(Math.max(first, second), maximumTotal(instrument));
          const bands = SEVERITY_BANDS[instrument];
          const rank = (total: number) => bands.indexOf(severityBand(instrument, total));
          expect(rank(lower)).toBeLessThanOrEqual(rank(higher));
        },
      ),
    );
  });

  it('always refuses a form with any answer outside 0 to 3', () => {
    const outOfRange = fc.oneof(
      fc.integer({ max: -1 }),
      fc.integer({ min: 4 }),
      fc.double({ noInteger: true }),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
    );
    fc.assert(
      fc.property(
        standardMeasure.chain((instrument) =>
          fc.tuple(
            fc.constant(instrument),
            validAnswers(instrument),
            fc.nat({ max: ITEM_COUNTS[instrument] - 1 }),
            outOfRange,
          ),
        ),
        ([instrument, answers, index, badAnswer]) => {
          const form = answers.map((answer, position) => (position === index ? badAnswer : answer));
          const problems = answerProblems(instrument, form);
          expect(problems.map((problem) => problem.item)).toContain(index + 1);
          expect(isComplete(instrument, form)).toBe(false);
          expect(() => scoreMeasure(instrument, form)).toThrow(RangeError);
        },
      ),
    );
  });
});
