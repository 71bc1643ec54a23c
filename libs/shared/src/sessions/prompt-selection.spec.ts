import fc from 'fast-check';
import { PROMPT_SITUATIONS, type Prompt, type PromptSituation } from '../domain/session';
import { addDaysToIsoDate } from '../measures/schedule';
import { BUILT_IN_PROMPTS } from './prompt-library';
import {
  relevantSituations,
  SITUATION_WEIGHTS,
  suggestPrompts,
  type PromptSuggestionOptions,
  type SinceLastSession,
} from './prompt-selection';

// The rules in prompt-selection.ts, checked against the built-in library: which situations a
// session's facts raise, the reason the prompt card shows, and which prompts come first.

// A Tuesday (Date.UTC(2026, 11, 1).getUTCDay() is 2), so weekday names are easy to check:
// 2026-11-30 is Monday, 2026-11-27 Friday, 2026-11-25 Wednesday, 2026-11-24 the Tuesday before.
const TODAY = '2026-12-01';

/** A returning client with something recorded 3 days ago and nothing else to raise. */
const quietWeek: SinceLastSession = {
  today: TODAY,
  isFirstSession: false,
  lastSessionOn: '2026-11-24',
  milestonesTicked: [],
  wins: [],
  setbacks: [],
  lastProgressOn: '2026-11-28',
  measureChanges: [],
  activeGoals: [],
};
const withFacts = (changes: Partial<SinceLastSession>): SinceLastSession => ({
  ...quietWeek,
  ...changes,
});
const goal = (changes: Partial<SinceLastSession['activeGoals'][number]>) => ({
  clientWords: 'sleep by midnight',
  targetDate: null,
  lastReviewedOn: '2026-11-24',
  setOn: '2026-09-01',
  ...changes,
});
const ids = (...values: string[]): ReadonlySet<string> => new Set(values);

const situationNames: readonly string[] = PROMPT_SITUATIONS;

interface TopThreeCase {
  readonly session: string;
  readonly facts: SinceLastSession;
  readonly options?: PromptSuggestionOptions;
  /** The reason the top situation other than ANY_SESSION gives, when one is expected. */
  readonly reason?: string;
  /** Situations and prompt ids that must be among the first three suggestions. */
  readonly surfaces: readonly string[];
  /** Situations and prompt ids that must not be among the first three suggestions. */
  readonly hides: readonly string[];
}

const topThreeCases: readonly TopThreeCase[] = [
  {
    session: 'a first session, even with an old goal',
    facts: withFacts({
      isFirstSession: true,
      lastSessionOn: null,
      lastProgressOn: null,
      activeGoals: [goal({ lastReviewedOn: null, setOn: '2026-09-01' })],
    }),
    reason: 'First session',
    surfaces: ['FIRST_SESSION', 'builtin-first-session-useful-time-together', 'ANY_SESSION'],
    hides: ['GOAL_REVIEW', 'NO_RECENT_PROGRESS'],
  },
  {
    session: 'two milestones ticked',
    facts: withFacts({
      milestonesTicked: [
        { title: 'Walk to the corner shop', doneOn: '2026-11-26' },
        { title: 'Walk to the park', doneOn: '2026-11-29' },
      ],
    }),
    reason: '2 milestones ticked since last session',
    surfaces: ['MILESTONE_DONE', 'builtin-celebrating-milestone-how-you-did-it'],
    hides: ['SETBACK_LOGGED', 'FIRST_SESSION', 'builtin-setbacks-what-helped-get-through'],
  },
  {
    session: 'three small wins logged',
    facts: withFacts({
      wins: [
        { occurredOn: '2026-11-25' },
        { occurredOn: '2026-11-27' },
        { occurredOn: '2026-11-30' },
      ],
    }),
    reason: '3 small wins logged since last session',
    surfaces: ['WIN_LOGGED', 'builtin-celebrating-win-tell-me-more'],
    hides: ['MILESTONE_DONE', 'NO_RECENT_PROGRESS'],
  },
  {
    session: 'a setback last Friday',
    facts: withFacts({ setbacks: [{ occurredOn: '2026-11-27' }] }),
    reason: 'Setback logged on Friday',
    surfaces: ['SETBACK_LOGGED', 'builtin-setbacks-what-helped-get-through'],
    hides: ['WIN_LOGGED', 'MILESTONE_DONE'],
  },
  {
    session: 'a setback today',
    facts: withFacts({ setbacks: [{ occurredOn: TODAY }] }),
    reason: 'Setback logged today',
    surfaces: ['SETBACK_LOGGED'],
    hides: [],
  },
  {
    session: 'a setback yesterday',
    facts: withFacts({ setbacks: [{ occurredOn: '2026-11-30' }] }),
    reason: 'Setback logged yesterday',
    surfaces: ['SETBACK_LOGGED'],
    hides: [],
  },
  {
    session: 'a setback four weeks ago, named by its date',
    facts: withFacts({ setbacks: [{ occurredOn: '2026-11-03' }] }),
    reason: 'Setback logged on 3 November',
    surfaces: ['SETBACK_LOGGED'],
    hides: [],
  },
  {
    session: 'a setback in the previous year, named with its year',
    facts: withFacts({ today: '2026-01-05', setbacks: [{ occurredOn: '2025-12-28' }] }),
    reason: 'Setback logged on 28 December 2025',
    surfaces: ['SETBACK_LOGGED'],
    hides: [],
  },
  {
    session: 'nothing recorded for exactly 3 weeks',
    facts: withFacts({ lastProgressOn: '2026-11-10' }),
    reason: 'No progress recorded for 3 weeks',
    surfaces: ['NO_RECENT_PROGRESS', 'builtin-re-engaging-how-things-have-been'],
    hides: ['WIN_LOGGED'],
  },
  {
    session: 'nothing recorded for 20 days, which is not yet 3 weeks',
    facts: withFacts({ lastProgressOn: '2026-11-11' }),
    surfaces: ['ANY_SESSION'],
    hides: ['NO_RECENT_PROGRESS', 'builtin-re-engaging-how-things-have-been'],
  },
  {
    session: 'a reliable worsening on the PHQ-9',
    facts: withFacts({ measureChanges: [{ instrument: 'PHQ9', direction: 'WORSENED' }] }),
    reason: 'PHQ-9 worsened reliably',
    surfaces: ['MEASURE_WORSENED', 'builtin-measures-worsened-does-it-fit'],
    hides: ['MEASURE_IMPROVED', 'builtin-measures-improved-does-it-fit'],
  },
  {
    session: 'a reliable improvement on the GAD-7',
    facts: withFacts({ measureChanges: [{ instrument: 'GAD7', direction: 'IMPROVED' }] }),
    reason: 'GAD-7 improved reliably',
    surfaces: ['MEASURE_IMPROVED', 'builtin-measures-improved-does-it-fit'],
    hides: ['MEASURE_WORSENED'],
  },
  {
    session: 'a goal due in 5 days',
    facts: withFacts({ activeGoals: [goal({ targetDate: '2026-12-06' })] }),
    reason: 'Goal “sleep by midnight” due in 5 days',
    surfaces: ['GOAL_NEAR_TARGET', 'builtin-near-target-where-you-are'],
    hides: ['GOAL_REVIEW'],
  },
  {
    session: 'a goal due in 15 days, which is not yet near',
    facts: withFacts({ activeGoals: [goal({ targetDate: '2026-12-16' })] }),
    surfaces: ['ANY_SESSION'],
    hides: ['GOAL_NEAR_TARGET', 'builtin-near-target-where-you-are'],
  },
  {
    session: 'a goal whose target date passed 3 days ago',
    facts: withFacts({ activeGoals: [goal({ targetDate: '2026-11-28' })] }),
    reason: 'Goal “sleep by midnight” reached its target date 3 days ago',
    surfaces: ['GOAL_NEAR_TARGET'],
    hides: [],
  },
  {
    session: 'a goal whose target date passed 8 days ago',
    facts: withFacts({ activeGoals: [goal({ targetDate: '2026-11-23' })] }),
    surfaces: [],
    hides: ['GOAL_NEAR_TARGET'],
  },
  {
    session: 'a goal last reviewed 6 weeks ago',
    facts: withFacts({ activeGoals: [goal({ lastReviewedOn: '2026-10-20' })] }),
    reason: 'Goal “sleep by midnight” last reviewed 6 weeks ago',
    surfaces: ['GOAL_REVIEW', 'builtin-goal-review-still-important'],
    hides: ['GOAL_NEAR_TARGET'],
  },
  {
    session: 'a goal never reviewed since it was set 5 weeks ago',
    facts: withFacts({ activeGoals: [goal({ lastReviewedOn: null, setOn: '2026-10-27' })] }),
    reason: 'Goal “sleep by midnight” not reviewed since it was set 5 weeks ago',
    surfaces: ['GOAL_REVIEW'],
    hides: [],
  },
  {
    session: 'a goal reviewed 27 days ago',
    facts: withFacts({ activeGoals: [goal({ lastReviewedOn: '2026-11-04' })] }),
    surfaces: [],
    hides: ['GOAL_REVIEW'],
  },
  {
    session: 'a setback with the top setback prompt hidden by the clinician',
    facts: withFacts({ setbacks: [{ occurredOn: '2026-11-27' }] }),
    options: { excludedPromptIds: ids('builtin-setbacks-what-helped-get-through') },
    surfaces: ['SETBACK_LOGGED', 'builtin-setbacks-what-was-going-on'],
    hides: ['builtin-setbacks-what-helped-get-through'],
  },
  {
    session: 'a setback with the top setback prompt already asked this session',
    facts: withFacts({ setbacks: [{ occurredOn: '2026-11-27' }] }),
    options: {
      excludedPromptIds: ids(
        'builtin-setbacks-what-helped-get-through',
        'builtin-setbacks-what-was-going-on',
      ),
    },
    surfaces: ['SETBACK_LOGGED', 'builtin-setbacks-kept-it-from-getting-worse'],
    hides: ['builtin-setbacks-what-helped-get-through', 'builtin-setbacks-what-was-going-on'],
  },
  {
    session: 'a setback whose top prompt was asked last session',
    facts: withFacts({ setbacks: [{ occurredOn: '2026-11-27' }] }),
    options: { recentlyAskedPromptIds: ids('builtin-setbacks-what-helped-get-through') },
    surfaces: ['SETBACK_LOGGED', 'builtin-setbacks-what-was-going-on'],
    hides: ['builtin-setbacks-what-helped-get-through'],
  },
  {
    session: 'a worsening, a setback and a milestone together',
    facts: withFacts({
      measureChanges: [{ instrument: 'PHQ9', direction: 'WORSENED' }],
      setbacks: [{ occurredOn: '2026-11-27' }],
      milestonesTicked: [{ title: 'Walk to the park', doneOn: '2026-11-29' }],
    }),
    reason: 'PHQ-9 worsened reliably',
    surfaces: ['MEASURE_WORSENED', 'SETBACK_LOGGED', 'MILESTONE_DONE'],
    hides: ['ANY_SESSION'],
  },
];

describe('the first three prompts suggested for a session', () => {
  it.each(topThreeCases)('fit $session', ({ facts, options, reason, surfaces, hides }) => {
    const topThree = suggestPrompts(BUILT_IN_PROMPTS, facts, options).slice(0, 3);
    const shown = new Set(
      topThree.flatMap((suggestion) => [suggestion.situation, suggestion.prompt.id]),
    );
    for (const expected of surfaces)
      expect({ expected, isShown: shown.has(expected) }).toEqual({ expected, isShown: true });
    for (const unexpected of hides)
      expect({ unexpected, isShown: shown.has(unexpected) }).toEqual({
        unexpected,
        isShown: false,
      });
    if (reason !== undefined) expect(topThree[0].reason).toBe(reason);
    // Each case names real situations and prompts, so a renamed id cannot pass silently.
    const knownIds = new Set(BUILT_IN_PROMPTS.map((prompt) => prompt.id));
    for (const name of [...surfaces, ...hides]) {
      expect(situationNames.includes(name) || knownIds.has(name)).toBe(true);
    }
  });
});

describe('the situations a session raises', () => {
  it('raises only the general questions for a quiet week', () => {
    expect(relevantSituations(quietWeek)).toEqual([
      { situation: 'ANY_SESSION', reason: 'A question for any session', weight: 0 },
    ]);
  });

  it('ranks risk and difficulty first, then celebrating, then the quieter situations', () => {
    const everything = withFacts({
      isFirstSession: true,
      milestonesTicked: [{ title: 'Walk to the park', doneOn: '2026-11-29' }],
      wins: [{ occurredOn: '2026-11-30' }],
      setbacks: [{ occurredOn: '2026-11-27' }],
      lastProgressOn: '2026-11-30',
      measureChanges: [
        { instrument: 'PHQ9', direction: 'WORSENED' },
        { instrument: 'GAD7', direction: 'IMPROVED' },
      ],
      activeGoals: [goal({ targetDate: '2026-12-02' })],
    });
    expect(relevantSituations(everything).map((entry) => entry.situation)).toEqual([
      'FIRST_SESSION',
      'MEASURE_WORSENED',
      'SETBACK_LOGGED',
      'MILESTONE_DONE',
      'MEASURE_IMPROVED',
      'GOAL_NEAR_TARGET',
      'WIN_LOGGED',
      'ANY_SESSION',
    ]);
    const weights = PROMPT_SITUATIONS.map((situation) => SITUATION_WEIGHTS[situation]);
    expect(new Set(weights).size).toBe(PROMPT_SITUATIONS.length);
  });

  it('counts one milestone and one small win in the singular', () => {
    const reasons = relevantSituations(
      withFacts({
        milestonesTicked: [{ title: 'Walk to the park', doneOn: '2026-11-29' }],
        wins: [{ occurredOn: '2026-11-30' }],
      }),
    ).map((entry) => entry.reason);
    expect(reasons).toContain('1 milestone ticked since last session');
    expect(reasons).toContain('1 small win logged since last session');
  });

  it('names the latest setback, by weekday up to 6 days back', () => {
    const reasonFor = (occurredOn: string) =>
      relevantSituations(withFacts({ setbacks: [{ occurredOn: '2026-10-01' }, { occurredOn }] }))[0]
        .reason;
    expect(reasonFor('2026-11-25')).toBe('Setback logged on Wednesday');
    expect(reasonFor('2026-11-24')).toBe('Setback logged on 24 November');
  });

  it('names both measures when both changed the same way', () => {
    const [first] = relevantSituations(
      withFacts({
        measureChanges: [
          { instrument: 'GAD7', direction: 'IMPROVED' },
          { instrument: 'PHQ9', direction: 'IMPROVED' },
          { instrument: 'PHQ9', direction: 'IMPROVED' },
        ],
      }),
    );
    expect(first).toEqual({
      situation: 'MEASURE_IMPROVED',
      reason: 'PHQ-9 and GAD-7 improved reliably',
      weight: SITUATION_WEIGHTS.MEASURE_IMPROVED,
    });
  });

  it('counts whole weeks without progress, and says so when nothing was ever recorded', () => {
    const reasonFor = (changes: Partial<SinceLastSession>) =>
      relevantSituations(withFacts(changes)).find(
        (entry) => entry.situation === 'NO_RECENT_PROGRESS',
      )?.reason;
    // 2026-10-26 is 36 days before today: 5 whole weeks.
    expect(reasonFor({ lastProgressOn: '2026-10-26' })).toBe('No progress recorded for 5 weeks');
    expect(reasonFor({ lastProgressOn: null })).toBe('No progress recorded yet');
    expect(
      reasonFor({ lastProgressOn: null, isFirstSession: true, lastSessionOn: null }),
    ).toBeUndefined();
  });

  it('does not say nothing was recorded when a win since last session says otherwise', () => {
    const situations = relevantSituations(
      withFacts({ lastProgressOn: '2026-09-01', wins: [{ occurredOn: '2026-11-30' }] }),
    ).map((entry) => entry.situation);
    expect(situations).not.toContain('NO_RECENT_PROGRESS');
  });

  it('says a goal is due today or tomorrow, or reached its date yesterday', () => {
    const reasonFor = (targetDate: string) =>
      relevantSituations(withFacts({ activeGoals: [goal({ targetDate })] }))[0].reason;
    expect(reasonFor(TODAY)).toBe('Goal “sleep by midnight” due today');
    expect(reasonFor('2026-12-02')).toBe('Goal “sleep by midnight” due tomorrow');
    expect(reasonFor('2026-12-15')).toBe('Goal “sleep by midnight” due in 14 days');
    expect(reasonFor('2026-11-30')).toBe(
      'Goal “sleep by midnight” reached its target date yesterday',
    );
  });

  it('names the goal whose target date is nearest, preferring one still ahead', () => {
    const reasonFor = (goals: SinceLastSession['activeGoals']) =>
      relevantSituations(withFacts({ activeGoals: goals }))[0].reason;
    expect(
      reasonFor([
        goal({ clientWords: 'run 5k', targetDate: '2026-12-10' }),
        goal({ clientWords: 'call my brother', targetDate: '2026-12-04' }),
      ]),
    ).toBe('Goal “call my brother” due in 3 days');
    expect(
      reasonFor([
        goal({ clientWords: 'run 5k', targetDate: '2026-11-29' }),
        goal({ clientWords: 'call my brother', targetDate: '2026-12-03' }),
      ]),
    ).toBe('Goal “call my brother” due in 2 days');
  });

  it('names the goal longest without a review', () => {
    const [first] = relevantSituations(
      withFacts({
        activeGoals: [
          goal({ clientWords: 'run 5k', lastReviewedOn: '2026-10-20' }),
          goal({ clientWords: 'call my brother', lastReviewedOn: '2026-09-29' }),
        ],
      }),
    );
    expect(first.reason).toBe('Goal “call my brother” last reviewed 9 weeks ago');
  });

  it('shortens long goal words at a word boundary with an ellipsis', () => {
    const [first] = relevantSituations(
      withFacts({
        activeGoals: [
          goal({
            clientWords:
              '  Get back to swimming twice a week at the\nleisure centre with my sister ',
            targetDate: '2026-12-06',
          }),
        ],
      }),
    );
    expect(first.reason).toBe('Goal “Get back to swimming twice a week at…” due in 5 days');
  });

  it('ignores records dated after today, which cannot be known yet', () => {
    const situations = relevantSituations(
      withFacts({
        wins: [{ occurredOn: '2026-12-02' }],
        setbacks: [{ occurredOn: '2026-12-05' }],
        milestonesTicked: [{ title: 'Walk to the park', doneOn: '2026-12-03' }],
      }),
    ).map((entry) => entry.situation);
    expect(situations).toEqual(['ANY_SESSION']);
  });

  it('refuses a date that is not YYYY-MM-DD, naming the field', () => {
    expect(() => relevantSituations(withFacts({ today: '2026-02-30' }))).toThrow(
      new RangeError('today must be a YYYY-MM-DD date, not 2026-02-30.'),
    );
    expect(() =>
      relevantSituations(withFacts({ setbacks: [{ occurredOn: '1 Dec 2026' }] })),
    ).toThrow(/setbacks\[0\]\.occurredOn/);
    expect(() =>
      suggestPrompts(
        BUILT_IN_PROMPTS,
        withFacts({ activeGoals: [goal({ targetDate: '2026-13-01' })] }),
      ),
    ).toThrow(RangeError);
  });
});

describe('the ranking of suggested prompts', () => {
  const threeSituations = withFacts({
    setbacks: [{ occurredOn: '2026-11-27' }],
    milestonesTicked: [{ title: 'Walk to the park', doneOn: '2026-11-29' }],
  });

  it('takes turns between situations in weight order: each top prompt, then each second', () => {
    const situations = suggestPrompts(BUILT_IN_PROMPTS, threeSituations)
      .slice(0, 6)
      .map((suggestion) => suggestion.situation);
    expect(situations).toEqual([
      'SETBACK_LOGGED',
      'MILESTONE_DONE',
      'ANY_SESSION',
      'SETBACK_LOGGED',
      'MILESTONE_DONE',
      'ANY_SESSION',
    ]);
  });

  it('returns every fitting prompt, not only the first few', () => {
    const suggestions = suggestPrompts(BUILT_IN_PROMPTS, threeSituations);
    const fitting = BUILT_IN_PROMPTS.filter((prompt) =>
      prompt.situations.some((situation) =>
        ['SETBACK_LOGGED', 'MILESTONE_DONE', 'ANY_SESSION'].includes(situation),
      ),
    );
    expect(suggestions).toHaveLength(fitting.length);
  });

  it('offers a prompt once, for the highest-weighted situation it fits', () => {
    const suggestions = suggestPrompts(
      BUILT_IN_PROMPTS,
      withFacts({ wins: [{ occurredOn: '2026-11-30' }] }),
    );
    const differently = suggestions.filter(
      (suggestion) => suggestion.prompt.id === 'builtin-exceptions-different-this-week',
    );
    expect(differently).toEqual([
      expect.objectContaining({
        situation: 'WIN_LOGGED',
        reason: '1 small win logged since last session',
      }),
    ]);
  });

  it('moves a recently asked prompt behind the rest of its situation', () => {
    const setbackIds = suggestPrompts(BUILT_IN_PROMPTS, threeSituations, {
      recentlyAskedPromptIds: ids('builtin-setbacks-what-helped-get-through'),
    })
      .filter((suggestion) => suggestion.situation === 'SETBACK_LOGGED')
      .map((suggestion) => suggestion.prompt.id);
    expect(setbackIds[0]).toBe('builtin-setbacks-what-was-going-on');
    expect(setbackIds[setbackIds.length - 1]).toBe('builtin-setbacks-what-helped-get-through');
  });

  it('suggests a clinician’s own prompts alongside the built-in ones', () => {
    const ownPrompt: Prompt = {
      id: 'prompt-7f3a',
      text: 'How did the walk with your dog go?',
      situations: ['SETBACK_LOGGED'],
    };
    const [first] = suggestPrompts([ownPrompt, ...BUILT_IN_PROMPTS], threeSituations);
    expect(first).toEqual({
      prompt: ownPrompt,
      situation: 'SETBACK_LOGGED',
      reason: 'Setback logged on Friday',
    });
  });

  it('gives the same suggestions for the same facts', () => {
    expect(suggestPrompts(BUILT_IN_PROMPTS, threeSituations)).toEqual(
      suggestPrompts(BUILT_IN_PROMPTS, threeSituations),
    );
  });

  it('suggests nothing from an empty library', () => {
    expect(suggestPrompts([], threeSituations)).toEqual([]);
  });
});

describe('prompt selection for any facts', () => {
  const dayNear = (today: string) =>
    fc.integer({ min: -120, max: 30 }).map((offset) => addDaysToIsoDate(today, offset));
  const factsArbitrary: fc.Arbitrary<SinceLastSession> = fc
    .integer({ min: 0, max: 1500 })
    .map((offset) => addDaysToIsoDate('2024-01-01', offset))
    .chain((today) =>
      fc.record({
        today: fc.constant(today),
        isFirstSession: fc.boolean(),
        lastSessionOn: fc.option(dayNear(today)),
        milestonesTicked: fc.array(fc.record({ title: fc.string(), doneOn: dayNear(today) }), {
          maxLength: 3,
        }),
        wins: fc.array(fc.record({ occurredOn: dayNear(today) }), { maxLength: 3 }),
        setbacks: fc.array(fc.record({ occurredOn: dayNear(today) }), { maxLength: 3 }),
        lastProgressOn: fc.option(dayNear(today)),
        measureChanges: fc.array(
          fc.record({
            instrument: fc.constantFrom('PHQ9' as const, 'GAD7' as const),
            direction: fc.constantFrom('IMPROVED' as const, 'WORSENED' as const),
          }),
          { maxLength: 3 },
        ),
        activeGoals: fc.array(
          fc.record({
            clientWords: fc.string({ maxLength: 60 }),
            targetDate: fc.option(dayNear(today)),
            lastReviewedOn: fc.option(dayNear(today)),
            setOn: dayNear(today),
          }),
          { maxLength: 3 },
        ),
      }),
    );
  // Built-in prompts plus clinicians' own, some reusing an id, to check each id is offered once.
  const promptsArbitrary: fc.Arbitrary<Prompt[]> = fc
    .tuple(
      fc.subarray([...BUILT_IN_PROMPTS]),
      fc.array(
        fc.record({
          id: fc.constantFrom('prompt-a', 'prompt-b', 'builtin-scaling-where-today'),
          text: fc.string(),
          situations: fc.subarray([...PROMPT_SITUATIONS]),
        }),
        { maxLength: 4 },
      ),
    )
    .map(([builtIn, own]) => [...own, ...builtIn]);
  const idSetArbitrary = fc
    .subarray([...BUILT_IN_PROMPTS.map((prompt) => prompt.id), 'prompt-a'])
    .map((values) => new Set(values));

  it('always raises ANY_SESSION, last, and every other situation at most once, by weight', () => {
    fc.assert(
      fc.property(factsArbitrary, (facts) => {
        const situations = relevantSituations(facts);
        expect(situations[situations.length - 1].situation).toBe('ANY_SESSION');
        const names = situations.map((entry) => entry.situation);
        expect(new Set(names).size).toBe(names.length);
        for (let index = 1; index < situations.length; index++) {
          expect(situations[index].weight).toBeLessThan(situations[index - 1].weight);
        }
        for (const { reason } of situations)
          expect(reason.charAt(0)).toBe(reason.charAt(0).toUpperCase());
      }),
    );
  });

  it('never suggests an excluded prompt or a prompt twice, and leaves out no fitting prompt', () => {
    fc.assert(
      fc.property(
        promptsArbitrary,
        factsArbitrary,
        idSetArbitrary,
        idSetArbitrary,
        (prompts, facts, excludedPromptIds, recentlyAskedPromptIds) => {
          const options = { excludedPromptIds, recentlyAskedPromptIds };
          const suggestions = suggestPrompts(prompts, facts, options);
          const suggestedIds = suggestions.map((suggestion) => suggestion.prompt.id);
          expect(new Set(suggestedIds).size).toBe(suggestedIds.length);
          for (const id of suggestedIds) expect(excludedPromptIds.has(id)).toBe(false);

          const relevant = relevantSituations(facts);
          const weightOf = (situation: PromptSituation) =>
            relevant.find((entry) => entry.situation === situation)?.weight ?? -1;
          for (const { prompt, situation } of suggestions) {
            expect(prompt.situations).toContain(situation);
            expect(Math.max(...prompt.situations.map(weightOf))).toBe(weightOf(situation));
          }
          const fittingIds = new Set(
            prompts
              .filter((prompt) => !excludedPromptIds.has(prompt.id))
              .filter((prompt) => prompt.situations.some((situation) => weightOf(situation) >= 0))
              .map((prompt) => prompt.id),
          );
          expect(new Set(suggestedIds)).toEqual(fittingIds);
          expect(suggestPrompts(prompts, facts, options)).toEqual(suggestions);
        },
      ),
    );
  });
});
