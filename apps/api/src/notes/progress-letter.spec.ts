import { MAX_QUOTED_WINS, writeProgressLetter, type ProgressLetterFacts } from './progress-letter';

const QUIET: ProgressLetterFacts = {
  preferredName: 'Robin',
  from: '2026-09-01',
  to: '2026-11-30',
  clinicianName: 'Dana Reyes',
  wins: [],
  milestones: [],
  goalsAchieved: [],
  harderDayCount: 0,
  scores: null,
};

const FULL: ProgressLetterFacts = {
  ...QUIET,
  wins: ['I opened the curtains every morning', 'Went to the shop with my sister'],
  milestones: [
    { title: 'Walk to the corner', goalClientWords: 'Get to the shop on my own' },
    { title: 'Walk to the shop with a friend', goalClientWords: 'Get to the shop on my own' },
    { title: 'Phone out of the bedroom', goalClientWords: 'Sleep through the night' },
  ],
  goalsAchieved: ['Get to the shop on my own'],
  harderDayCount: 2,
  scores: [
    { instrument: 'PHQ9', first: 16, last: 9, count: 3 },
    { instrument: 'GAD7', first: 8, last: 11, count: 2 },
  ],
};

// Words a letter to a client never uses: clinical terms and judgements (UX.md, DESIGN.md).
const NEVER_IN_A_LETTER = [
  /setback/i,
  /fail/i,
  /relapse/i,
  /non-?complian/i,
  /severity/i,
  /reliable/i,
  /deteriorat/i,
  /\bGAS\b/,
  /baseline/i,
  /clinical/i,
  /symptom/i,
  /safety/i,
  /item 9/i,
];

describe('the progress letter', () => {
  it('greets the client by their preferred name and speaks to them in the second person', () => {
    const letter = writeProgressLetter(FULL);
    expect(letter[0]).toBe('Dear Robin,');
    expect(letter[1]).toBe(
      'This letter looks back on your time from 1 September 2026 to 30 November 2026, and on the steps you took along the way.',
    );
    expect(letter.slice(-2)).toStrictEqual(['Warm wishes,', 'Dana Reyes']);
  });

  it('quotes wins, milestones and achieved goals in the client’s own words', () => {
    const letter = writeProgressLetter({ ...FULL, scores: null });
    expect(letter).toContain(
      'You noticed 2 small wins, in your own words: “I opened the curtains every morning” and “Went to the shop with my sister”.',
    );
    expect(letter).toContain(
      'You reached 3 milestones. On the way to “Get to the shop on my own”: “Walk to the corner” and “Walk to the shop with a friend”. On the way to “Sleep through the night”: “Phone out of the bedroom”.',
    );
    expect(letter).toContain('And you achieved a goal you set: “Get to the shop on my own”.');
    const one = writeProgressLetter({ ...QUIET, milestones: FULL.milestones.slice(2) });
    expect(one).toContain(
      'You reached a milestone on the way to “Sleep through the night”: “Phone out of the bedroom”.',
    );
  });

  it('counts harder days without listing them, and uses no clinical or judging words', () => {
    const letter = writeProgressLetter(FULL);
    expect(letter).toContain(
      'There were harder days too (you noted 2), and you kept going through them.',
    );
    for (const paragraph of letter) {
      for (const word of NEVER_IN_A_LETTER) expect(paragraph).not.toMatch(word);
    }
  });

  it('leaves scores out unless asked, and words them plainly when asked', () => {
    const without = writeProgressLetter({ ...FULL, scores: null }).join('\n');
    expect(without).not.toMatch(/questionnaire|score/);
    const letter = writeProgressLetter(FULL);
    expect(letter).toContain(
      'On the short questionnaire about low mood (the PHQ-9), your score went down from 16 to 9. On this questionnaire, a lower score means fewer signs of low mood.',
    );
    expect(letter).toContain(
      'On the short questionnaire about worry and anxiety (the GAD-7), your score went from 8 to 11. On this questionnaire, a lower score means less worry and anxiety. Scores rise and fall, and we can talk about what has felt harder.',
    );
  });

  it('names a single score without calling it a change', () => {
    const letter = writeProgressLetter({
      ...QUIET,
      scores: [{ instrument: 'PHQ9', first: 12, last: 12, count: 1 }],
    });
    expect(letter).toContain(
      'You filled in the short questionnaire about low mood (the PHQ-9) once in this time, with a score of 12.',
    );
  });

  it('says nothing it was not given: every number and quotation comes from the facts', () => {
    const letter = writeProgressLetter(FULL).join('\n');
    const quotations = [...letter.matchAll(/“([^”]*)”/g)].map((match) => match[1]);
    const given = new Set([
      ...FULL.wins,
      ...FULL.milestones.flatMap((milestone) => [milestone.title, milestone.goalClientWords]),
      ...FULL.goalsAchieved,
    ]);
    expect(quotations.filter((quotation) => !given.has(quotation))).toStrictEqual([]);
    const numbers = [...letter.matchAll(/\d+/g)].map((match) => Number(match[0]));
    const known = new Set([1, 30, 2026, 2, 3, 16, 9, 8, 11, 7]);
    expect(numbers.filter((number) => !known.has(number))).toStrictEqual([]);
  });

  it('is kind about a range with nothing written down, and about a single day', () => {
    const letter = writeProgressLetter({ ...QUIET, from: '2026-10-05', to: '2026-10-05' });
    expect(letter[1]).toBe(
      'This letter looks back on your time on 5 October 2026, and on the steps you took along the way.',
    );
    expect(letter[2]).toMatch(/^Not everything that matters gets written down/);
  });

  it('quotes at most a handful of wins and counts the rest', () => {
    const wins = Array.from({ length: MAX_QUOTED_WINS + 3 }, (_, index) => `Win ${index + 1}`);
    const paragraph = writeProgressLetter({ ...QUIET, wins }).find((text) =>
      text.startsWith('You noticed'),
    );
    expect(paragraph).toMatch(/^You noticed 13 small wins, in your own words: “Win 1”; /);
    expect(paragraph).toMatch(/“Win 10”; and 3 more\.$/);
  });

  it('leaves the signature off when no clinician is named', () => {
    expect(writeProgressLetter({ ...QUIET, clinicianName: null }).at(-1)).toBe('Warm wishes,');
  });
});
