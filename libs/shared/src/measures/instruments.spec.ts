import {
  GAD7_QUESTIONNAIRE,
  MOOD_CHECK_IN,
  PHQ9_QUESTIONNAIRE,
  answerRange,
  instrumentName,
  isStandardMeasure,
  itemCount,
} from './instruments';

// The expected strings are the published wording on Pfizer's PHQ-9 and GAD-7 forms
// (phqscreeners.com), as transcribed at the pages cited in instruments.ts. They are written out
// in full so that any edit to the wording, a comma or a dash included, fails here first.

describe('the PHQ-9 as published', () => {
  it('asks the published stem', () => {
    expect(PHQ9_QUESTIONNAIRE.stem).toBe(
      'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
    );
  });

  it('has the nine published items in order', () => {
    expect(PHQ9_QUESTIONNAIRE.items).toEqual([
      'Little interest or pleasure in doing things',
      'Feeling down, depressed, or hopeless',
      'Trouble falling or staying asleep, or sleeping too much',
      'Feeling tired or having little energy',
      'Poor appetite or overeating',
      'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
      'Trouble concentrating on things, such as reading the newspaper or watching television',
      'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
      'Thoughts that you would be better off dead or of hurting yourself in some way',
    ]);
  });

  it('prints em dashes in items 6 and 8, not hyphens', () => {
    expect(PHQ9_QUESTIONNAIRE.items[5]).toContain(' \u2014 ');
    expect(PHQ9_QUESTIONNAIRE.items[7]).toContain(' \u2014 ');
    expect(PHQ9_QUESTIONNAIRE.items.join(' ')).not.toContain(' - ');
  });

  it('scores the four published answers 0 to 3', () => {
    expect(PHQ9_QUESTIONNAIRE.answerOptions).toEqual([
      { value: 0, label: 'Not at all' },
      { value: 1, label: 'Several days' },
      { value: 2, label: 'More than half the days' },
      { value: 3, label: 'Nearly every day' },
    ]);
  });

  it('asks the published difficulty question with its four answers', () => {
    expect(PHQ9_QUESTIONNAIRE.difficultyQuestion).toEqual({
      question:
        'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
      answerOptions: [
        { value: 0, label: 'Not difficult at all' },
        { value: 1, label: 'Somewhat difficult' },
        { value: 2, label: 'Very difficult' },
        { value: 3, label: 'Extremely difficult' },
      ],
    });
  });

  it('keeps the difficulty question out of the scored items', () => {
    expect(itemCount('PHQ9')).toBe(9);
    expect(PHQ9_QUESTIONNAIRE.items).not.toContain(PHQ9_QUESTIONNAIRE.difficultyQuestion?.question);
  });

  it("carries Pfizer's attribution and permission", () => {
    expect(PHQ9_QUESTIONNAIRE.attribution).toBe(
      'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
    );
  });
});

describe('the GAD-7 as published', () => {
  it('asks its own stem, which has no "any of"', () => {
    expect(GAD7_QUESTIONNAIRE.stem).toBe(
      'Over the last 2 weeks, how often have you been bothered by the following problems?',
    );
  });

  it('has the seven published items in order', () => {
    expect(GAD7_QUESTIONNAIRE.items).toEqual([
      'Feeling nervous, anxious or on edge',
      'Not being able to stop or control worrying',
      'Worrying too much about different things',
      'Trouble relaxing',
      'Being so restless that it is hard to sit still',
      'Becoming easily annoyed or irritable',
      'Feeling afraid as if something awful might happen',
    ]);
  });

  it('scores the same four answers 0 to 3, starting from "Not at all"', () => {
    expect(GAD7_QUESTIONNAIRE.answerOptions).toEqual(PHQ9_QUESTIONNAIRE.answerOptions);
    expect(GAD7_QUESTIONNAIRE.answerOptions[0]).toEqual({ value: 0, label: 'Not at all' });
  });

  it('has no difficulty question until one printing of it is chosen', () => {
    expect(GAD7_QUESTIONNAIRE.difficultyQuestion).toBeNull();
  });

  it('carries the same Pfizer attribution as the PHQ-9', () => {
    expect(GAD7_QUESTIONNAIRE.attribution).toBe(PHQ9_QUESTIONNAIRE.attribution);
  });
});

describe('the mood check-in', () => {
  it('is one rating from 0 to 10', () => {
    expect(itemCount('MOOD')).toBe(1);
    expect(answerRange('MOOD')).toEqual({ minimum: 0, maximum: 10 });
  });

  it('offers an optional word with a length limit', () => {
    expect(MOOD_CHECK_IN.wordQuestion).toContain('optional');
    expect(MOOD_CHECK_IN.wordMaximumLength).toBeGreaterThan(0);
  });
});

describe('instrument facts', () => {
  it.each([
    ['PHQ9', 9, 'PHQ-9'],
    ['GAD7', 7, 'GAD-7'],
    ['MOOD', 1, 'Mood check-in'],
  ] as const)('gives the %s %i answers and calls it "%s"', (instrument, count, name) => {
    expect(itemCount(instrument)).toBe(count);
    expect(instrumentName(instrument)).toBe(name);
  });

  it('answers every PHQ-9 and GAD-7 item from 0 to 3', () => {
    expect(answerRange('PHQ9')).toEqual({ minimum: 0, maximum: 3 });
    expect(answerRange('GAD7')).toEqual({ minimum: 0, maximum: 3 });
  });

  it('counts the PHQ-9 and GAD-7 as standard measures and the mood check-in not', () => {
    expect(isStandardMeasure('PHQ9')).toBe(true);
    expect(isStandardMeasure('GAD7')).toBe(true);
    expect(isStandardMeasure('MOOD')).toBe(false);
  });
});
