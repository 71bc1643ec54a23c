import fc from 'fast-check';
import { GAS_LEVELS } from '../domain/goal';
import { NOTE_FORMATS, SESSION_MODALITIES, type NoteFormat } from '../domain/session';
import { composeNote } from './note-composer';
import { JUDGEMENTAL_WORDS, unsupportedClaims } from './note-fidelity.testing';
import { NOTE_SECTIONS } from './note-formats';
import { SESSION_NOTES_LABEL } from './note-sentences';
import type { SessionRecordForNote } from './session-record';

// Five sessions a clinician meets every week, drafted in all four formats. Each draft is read
// back by unsupportedClaims (note-fidelity.testing.ts), which finds every quotation, date and
// number in it and looks each up in the record: a note that says anything more fails.

const SHOP = 'Get to the shop on my own';
const SLEEP = 'Sleep through the night';

const EMPTY_PLAN: SessionRecordForNote['plan'] = {
  nextMilestones: [],
  nextMeasuresDue: [],
  nextSessionOn: null,
};

/** A tenth session with a bit of everything. */
const RICH: SessionRecordForNote = {
  client: { preferredName: 'Robin', pronouns: 'she/her' },
  session: {
    startedAt: '2025-03-12T10:00:00+00:00',
    endedAt: '2025-03-12T10:50:00+00:00',
    durationMinutes: 50,
    modality: 'VIDEO',
    isFirst: false,
    notes: 'Talked about her sister’s visit.\nPractised 5-4-3-2-1 grounding together.',
  },
  moodCheckIns: [{ rating: 6, word: 'hopeful' }],
  promptsAsked: [
    { text: 'What helped this week, even a little?', answer: 'Opening the curtains first thing.' },
    { text: 'What would one step further look like?', answer: null },
  ],
  milestonesTicked: [
    { title: 'Open the curtains every morning', goalClientWords: SHOP },
    { title: 'Walk to the end of the road', goalClientWords: SHOP },
  ],
  progressEntries: [
    {
      kind: 'WIN',
      clientWords: 'I noticed the mornings are easier when I open the curtains.',
      isEffort: false,
      goalClientWords: SHOP,
    },
    {
      kind: 'WIN',
      clientWords: 'I got on the bus, even though I got off after 2 stops.',
      isEffort: true,
      goalClientWords: SHOP,
    },
    {
      kind: 'SETBACK',
      clientWords: 'Turned back at the corner.',
      isEffort: false,
      goalClientWords: SHOP,
    },
    {
      kind: 'REFLECTION',
      clientWords: 'I sleep better on days I walk',
      isEffort: false,
      goalClientWords: SLEEP,
    },
  ],
  measures: [
    {
      instrument: 'PHQ9',
      total: 11,
      isComplete: true,
      changeFromBaseline: -7,
      reliableChange: 'RELIABLE_IMPROVEMENT',
      hasSafetyFlag: false,
    },
    {
      instrument: 'GAD7',
      total: 8,
      isComplete: true,
      changeFromBaseline: -2,
      reliableChange: 'NO_RELIABLE_CHANGE',
      hasSafetyFlag: false,
    },
  ],
  gasRatings: [
    { goalClientWords: SHOP, level: 1, levelDescription: 'Goes to the shop with a friend' },
  ],
  safetyFlags: [],
  goalsWorkedOn: [
    { clientWords: SHOP, ticked: 4, total: 7 },
    { clientWords: SLEEP, ticked: 2, total: 5 },
  ],
  plan: {
    nextMilestones: [{ title: 'Walk to the corner shop with my sister', goalClientWords: SHOP }],
    nextMeasuresDue: [
      { instrument: 'PHQ9', dueOn: '2025-03-26' },
      { instrument: 'GAD7', dueOn: '2025-03-26' },
    ],
    nextSessionOn: '2025-03-19',
  },
};

/** An intake: baselines, a first question, no goals worked on yet. */
const FIRST: SessionRecordForNote = {
  client: { preferredName: 'Sam', pronouns: null },
  session: {
    startedAt: '2025-01-06T09:00:00+00:00',
    endedAt: '2025-01-06T10:00:00+00:00',
    durationMinutes: 60,
    modality: 'IN_PERSON',
    isFirst: true,
    notes: 'Referred by GP for low mood since the autumn.',
  },
  moodCheckIns: [{ rating: 4, word: null }],
  promptsAsked: [
    { text: 'What made now the time to come?', answer: 'I want to feel like myself again.' },
  ],
  milestonesTicked: [],
  progressEntries: [],
  measures: [
    {
      instrument: 'PHQ9',
      total: 18,
      isComplete: true,
      changeFromBaseline: null,
      reliableChange: null,
      hasSafetyFlag: false,
    },
    {
      instrument: 'GAD7',
      total: 12,
      isComplete: true,
      changeFromBaseline: null,
      reliableChange: null,
      hasSafetyFlag: false,
    },
  ],
  gasRatings: [],
  safetyFlags: [],
  goalsWorkedOn: [],
  plan: {
    nextMilestones: [
      {
        title: 'Write down one thing I enjoyed each day',
        goalClientWords: 'Feel like myself again',
      },
    ],
    nextMeasuresDue: [{ instrument: 'PHQ9', dueOn: '2025-01-20' }],
    nextSessionOn: '2025-01-13',
  },
};

/** A phone check-in with a small win and no measures. */
const NO_MEASURES: SessionRecordForNote = {
  client: { preferredName: 'Alex', pronouns: 'he/him' },
  session: {
    startedAt: '2025-04-02T16:30:00+01:00',
    endedAt: null,
    durationMinutes: null,
    modality: 'PHONE',
    isFirst: false,
    notes: '',
  },
  moodCheckIns: [],
  promptsAsked: [],
  milestonesTicked: [
    { title: 'Cook one meal from scratch', goalClientWords: 'Eat properly again' },
  ],
  progressEntries: [
    {
      kind: 'WIN',
      clientWords: 'Made soup on Sunday.',
      isEffort: false,
      goalClientWords: 'Eat properly again',
    },
    {
      kind: 'GRATITUDE',
      clientWords: 'My neighbour checked in',
      isEffort: false,
      goalClientWords: null,
    },
  ],
  measures: [],
  gasRatings: [],
  safetyFlags: [],
  goalsWorkedOn: [{ clientWords: 'Eat properly again', ticked: 1, total: 1 }],
  plan: {
    nextMilestones: [{ title: 'Shop for the week', goalClientWords: 'Eat properly again' }],
    nextMeasuresDue: [],
    nextSessionOn: null,
  },
};

const FLAGGED_PHQ9 = {
  instrument: 'PHQ9',
  total: 16,
  isComplete: true,
  changeFromBaseline: 2,
  reliableChange: 'NO_RELIABLE_CHANGE',
  hasSafetyFlag: true,
} as const;

/** A PHQ-9 with item 9 above 0, the review recorded in the session. */
const SAFETY_REVIEWED: SessionRecordForNote = {
  ...NO_MEASURES,
  client: { preferredName: 'Jordan', pronouns: 'they/them' },
  session: { ...NO_MEASURES.session, startedAt: '2025-05-07T14:00:00+01:00', durationMinutes: 45 },
  measures: [FLAGGED_PHQ9],
  safetyFlags: [
    {
      raisedOn: '2025-05-07T14:10:00+01:00',
      reviewedAt: '2025-05-07T14:35:00+01:00',
      reviewNote: 'Passive thoughts, no plan or intent; safety plan updated with Jordan.',
      reviewedByName: 'Dr Ama Okafor',
    },
  ],
};

/** The same PHQ-9, the review not yet recorded. */
const SAFETY_UNREVIEWED: SessionRecordForNote = {
  ...SAFETY_REVIEWED,
  safetyFlags: [
    {
      raisedOn: '2025-05-07T14:10:00+01:00',
      reviewedAt: null,
      reviewNote: null,
      reviewedByName: null,
    },
  ],
};

/** A hard fortnight: two setbacks and nothing else recorded. */
const ONLY_SETBACKS: SessionRecordForNote = {
  client: { preferredName: 'Kai', pronouns: 'ze/hir' },
  session: {
    startedAt: '2025-06-18T11:00:00+01:00',
    endedAt: '2025-06-18T11:50:00+01:00',
    durationMinutes: 50,
    modality: 'IN_PERSON',
    isFirst: false,
    notes: '',
  },
  moodCheckIns: [],
  promptsAsked: [],
  milestonesTicked: [],
  progressEntries: [
    {
      kind: 'SETBACK',
      clientWords: 'Skipped the walk three days running.',
      isEffort: false,
      goalClientWords: 'Walk every day',
    },
    {
      kind: 'SETBACK',
      clientWords: 'Went out but came home after ten minutes',
      isEffort: true,
      goalClientWords: null,
    },
  ],
  measures: [],
  gasRatings: [],
  safetyFlags: [],
  goalsWorkedOn: [{ clientWords: 'Walk every day', ticked: 1, total: 4 }],
  plan: EMPTY_PLAN,
};

const SCENARIOS: readonly (readonly [string, SessionRecordForNote])[] = [
  ['a rich session', RICH],
  ['a first session', FIRST],
  ['a session with no measures', NO_MEASURES],
  ['a safety flag that was reviewed', SAFETY_REVIEWED],
  ['a safety flag not yet reviewed', SAFETY_UNREVIEWED],
  ['a session with only setbacks', ONLY_SETBACKS],
];

// Where each format assesses (safety and goals go there) and where it reports.
const ASSESSING: Readonly<Record<NoteFormat, string>> = {
  SOAP: 'assessment',
  DAP: 'assessment',
  BIRP: 'response',
  GIRP: 'response',
};
const GOALS: Readonly<Record<NoteFormat, string>> = { ...ASSESSING, GIRP: 'goals' };
const NOTES: Readonly<Record<NoteFormat, string>> = {
  SOAP: 'subjective',
  DAP: 'data',
  BIRP: 'behavior',
  GIRP: 'intervention',
};

const wholeNote = (sections: Readonly<Record<string, string>>) =>
  Object.values(sections).join('\n');

describe.each(NOTE_FORMATS)('composing a %s note', (format) => {
  const keys = NOTE_SECTIONS[format].map((section) => section.key);

  it.each(SCENARIOS)('writes every section, and nothing unrecorded, for %s', (_name, record) => {
    const sections = composeNote(format, record);
    expect(Object.keys(sections)).toEqual(keys);
    for (const key of keys) expect(sections[key].trim()).not.toBe('');
    expect(unsupportedClaims(record, sections)).toEqual([]);
    expect(composeNote(format, record)).toEqual(sections);
  });

  it('draws the rich session’s key facts into the sections that expect them', () => {
    const sections = composeNote(format, RICH);
    const note = wholeNote(sections);
    for (const fact of [
      'Robin attended a 50-minute video session on 12 March 2025.',
      'Mood check-in 6/10 (“hopeful”).',
      'Robin shared a small win toward “Get to the shop on my own”: “I noticed the mornings are easier when I open the curtains.”',
      'Robin recognised her effort as a small win toward “Get to the shop on my own”: “I got on the bus, even though I got off after 2 stops.”',
      'Robin noted a setback on the way to “Get to the shop on my own”: “Turned back at the corner.”',
      'When asked “What helped this week, even a little?”, Robin said: “Opening the curtains first thing.”',
      'Asked “What would one step further look like?”; no answer was recorded.',
      'Ticked off “Open the curtains every morning” toward “Get to the shop on my own”.',
      'PHQ-9 total 11 (moderate), 7 points lower than at baseline: reliable improvement.',
      'GAD-7 total 8 (mild), 2 points lower than at baseline: no reliable change.',
      'GAS rating for “Get to the shop on my own”: +1, somewhat more than expected (“Goes to the shop with a friend”).',
    ]) {
      expect(note).toContain(fact);
    }
    expect(sections[GOALS[format]]).toContain(
      '“Get to the shop on my own”: 4 of 7 milestones ticked, 2 this session; 2 small wins and 1 setback logged; GAS +1, somewhat more than expected.',
    );
    expect(sections[GOALS[format]]).toContain(
      '“Sleep through the night”: 2 of 5 milestones ticked; 1 reflection logged.',
    );
    expect(sections[ASSESSING[format]]).toContain('PHQ-9 item 9 answered 0.');
    expect(sections['plan']).toBe(
      [
        'Next milestone toward “Get to the shop on my own”: “Walk to the corner shop with my sister”.',
        'Next PHQ-9 due on 26 March 2025.',
        'Next GAD-7 due on 26 March 2025.',
        'Next session on 19 March 2025.',
      ].join('\n'),
    );
  });

  it('quotes the clinician’s session notes verbatim, under their label', () => {
    const sections = composeNote(format, RICH);
    expect(sections[NOTES[format]]).toContain(`${SESSION_NOTES_LABEL}\n${RICH.session.notes}`);
    const elsewhere = keys.filter((key) => key !== NOTES[format]).map((key) => sections[key]);
    expect(elsewhere.join('\n')).not.toContain(SESSION_NOTES_LABEL);
  });

  it('records a first session with its baselines and says no goal progress was recorded', () => {
    const sections = composeNote(format, FIRST);
    const note = wholeNote(sections);
    expect(note).toContain(
      'Sam attended a 60-minute in-person session on 6 January 2025. This was their first session.',
    );
    expect(note).toContain('PHQ-9 total 18 (moderately severe), the baseline score.');
    expect(note).toContain('GAD-7 total 12 (moderate), the baseline score.');
    expect(note).toContain('Mood check-in 4/10.');
    expect(sections[GOALS[format]]).toContain(
      'No progress toward a goal was recorded in this session.',
    );
    expect(sections['plan']).toContain(
      'Next milestone toward “Feel like myself again”: “Write down one thing I enjoyed each day”.',
    );
  });

  it('says plainly that no measures were given, no mood recorded and no next session booked', () => {
    const sections = composeNote(format, NO_MEASURES);
    const note = wholeNote(sections);
    expect(note).toContain('Alex attended a phone session on 2 April 2025.');
    expect(note).toContain('No measures were given in this session.');
    expect(note).toContain('No mood check-in was recorded.');
    expect(note).not.toContain('item 9');
    expect(sections[GOALS[format]]).toContain(
      '“Eat properly again”: 1 of 1 milestone ticked, 1 this session; 1 small win logged.',
    );
    expect(sections['plan']).toBe(
      'Next milestone toward “Eat properly again”: “Shop for the week”.\nNo next session date was recorded.',
    );
  });

  it('states a reviewed safety flag, with who reviewed it and what they noted, in assessment and plan', () => {
    const sections = composeNote(format, SAFETY_REVIEWED);
    const fact =
      'PHQ-9 item 9 answered above 0 on 7 May 2025; safety reviewed on 7 May 2025 by Dr Ama Okafor: “Passive thoughts, no plan or intent; safety plan updated with Jordan.”';
    expect(sections[ASSESSING[format]].split('\n')[0]).toBe(fact);
    expect(sections['plan'].split('\n')[0]).toBe(`Safety: ${fact}`);
    expect(wholeNote(sections)).toContain(
      'PHQ-9 total 16 (moderately severe), 2 points higher than at baseline: no reliable change.',
    );
  });

  it('states an unreviewed safety flag as not yet reviewed, and plans the review', () => {
    const sections = composeNote(format, SAFETY_UNREVIEWED);
    const fact = 'PHQ-9 item 9 answered above 0 on 7 May 2025; safety review not yet recorded.';
    expect(sections[ASSESSING[format]].split('\n')[0]).toBe(fact);
    expect(sections['plan'].split('\n')[0]).toBe(`Safety: ${fact} Record the safety review.`);
  });

  it('never leaves a flagged PHQ-9 without a safety sentence, even when the flag is missing', () => {
    const sections = composeNote(format, { ...SAFETY_REVIEWED, safetyFlags: [] });
    expect(sections[ASSESSING[format]]).toContain(
      'PHQ-9 item 9 answered above 0; safety review not yet recorded.',
    );
    expect(sections['plan']).toContain(
      'Safety: PHQ-9 item 9 answered above 0; safety review not yet recorded.',
    );
  });

  it('words a session of setbacks neutrally, using the name for pronouns it cannot write', () => {
    const sections = composeNote(format, ONLY_SETBACKS);
    const note = wholeNote(sections);
    expect(note).toContain(
      'Kai noted a setback on the way to “Walk every day”: “Skipped the walk three days running.”',
    );
    expect(note).toContain(
      'Kai noted a setback, recognising the effort: “Went out but came home after ten minutes”.',
    );
    expect(sections[GOALS[format]]).toContain(
      '“Walk every day”: 1 of 4 milestones ticked; 1 setback logged.',
    );
    expect(note).toContain('Recorded in this session: 2 setbacks.');
    expect(sections['plan']).toBe(
      'No next milestones, measures due or next session date were recorded.',
    );
    expect(note).not.toMatch(/\b(?:she|he|her|his|their)\b/);
  });
});

describe('the SOAP draft of a rich session', () => {
  it('reads as a clinician would write it', () => {
    expect(composeNote('SOAP', RICH)).toEqual({
      subjective: [
        'Mood check-in 6/10 (“hopeful”).',
        'Robin shared a small win toward “Get to the shop on my own”: “I noticed the mornings are easier when I open the curtains.”',
        'Robin recognised her effort as a small win toward “Get to the shop on my own”: “I got on the bus, even though I got off after 2 stops.”',
        'Robin noted a setback on the way to “Get to the shop on my own”: “Turned back at the corner.”',
        'Robin reflected on “Sleep through the night”: “I sleep better on days I walk”.',
        'When asked “What helped this week, even a little?”, Robin said: “Opening the curtains first thing.”',
        'Asked “What would one step further look like?”; no answer was recorded.',
        SESSION_NOTES_LABEL,
        'Talked about her sister’s visit.',
        'Practised 5-4-3-2-1 grounding together.',
      ].join('\n'),
      objective: [
        'Robin attended a 50-minute video session on 12 March 2025.',
        'PHQ-9 total 11 (moderate), 7 points lower than at baseline: reliable improvement.',
        'GAD-7 total 8 (mild), 2 points lower than at baseline: no reliable change.',
        'Ticked off “Open the curtains every morning” toward “Get to the shop on my own”.',
        'Ticked off “Walk to the end of the road” toward “Get to the shop on my own”.',
        'GAS rating for “Get to the shop on my own”: +1, somewhat more than expected (“Goes to the shop with a friend”).',
      ].join('\n'),
      assessment: [
        'PHQ-9 item 9 answered 0.',
        'Recorded in this session: 2 small wins, 1 setback, 1 reflection and 2 milestones ticked.',
        '“Get to the shop on my own”: 4 of 7 milestones ticked, 2 this session; 2 small wins and 1 setback logged; GAS +1, somewhat more than expected.',
        '“Sleep through the night”: 2 of 5 milestones ticked; 1 reflection logged.',
      ].join('\n'),
      plan: [
        'Next milestone toward “Get to the shop on my own”: “Walk to the corner shop with my sister”.',
        'Next PHQ-9 due on 26 March 2025.',
        'Next GAD-7 due on 26 March 2025.',
        'Next session on 19 March 2025.',
      ].join('\n'),
    });
  });
});

describe('pronouns and wording', () => {
  it('uses they/them when no pronouns are given, and the pronouns given otherwise', () => {
    expect(composeNote('DAP', FIRST)['data']).toContain('This was their first session.');
    const rich = { ...RICH, session: { ...RICH.session, isFirst: true } };
    expect(composeNote('DAP', rich)['data']).toContain('This was her first session.');
    const he = { ...rich, client: { preferredName: 'Robin', pronouns: 'He/Him' } };
    expect(composeNote('DAP', he)['data']).toContain('This was his first session.');
    const ze = { ...rich, client: { preferredName: 'Robin', pronouns: 'ze/hir' } };
    expect(composeNote('DAP', ze)['data']).toContain('This was Robin’s first session.');
  });

  it('says how much of a goal is done when every milestone is ticked, and when none are set', () => {
    const record: SessionRecordForNote = {
      ...ONLY_SETBACKS,
      goalsWorkedOn: [
        { clientWords: 'Walk every day', ticked: 4, total: 4 },
        { clientWords: 'Call my brother', ticked: 0, total: 0 },
      ],
    };
    const goals = composeNote('GIRP', record)['goals'];
    expect(goals).toContain('“Walk every day”: all 4 milestones ticked; 1 setback logged.');
    expect(goals).toContain('“Call my brother”: no milestones set.');
  });

  it('marks an incomplete form as not scored rather than giving it a band', () => {
    const record: SessionRecordForNote = {
      ...NO_MEASURES,
      measures: [{ ...FLAGGED_PHQ9, total: null, isComplete: false, hasSafetyFlag: false }],
    };
    expect(composeNote('SOAP', record)['objective']).toContain(
      'PHQ-9 given but not completed, so not scored.',
    );
    expect(composeNote('SOAP', record)['assessment']).not.toContain('item 9');
  });

  it('says when the intervention record is empty rather than inventing one', () => {
    expect(composeNote('BIRP', ONLY_SETBACKS)['intervention']).toBe(
      'No reflection prompts, measures or GAS ratings were recorded.',
    );
    expect(composeNote('BIRP', RICH)['intervention']).toBe(
      [
        'Reflection prompts asked: “What helped this week, even a little?”; “What would one step further look like?”',
        'Administered the PHQ-9 and GAD-7.',
        'Rated goal attainment (GAS) for “Get to the shop on my own”.',
      ].join('\n'),
    );
  });

  it('refuses a record no session could produce', () => {
    expect(() =>
      composeNote('SOAP', { ...RICH, moodCheckIns: [{ rating: 11, word: null }] }),
    ).toThrow(RangeError);
    expect(() =>
      composeNote('SOAP', { ...RICH, session: { ...RICH.session, startedAt: '12/03/2025' } }),
    ).toThrow(RangeError);
    expect(() =>
      composeNote('SOAP', { ...RICH, measures: [{ ...FLAGGED_PHQ9, total: 28 }] }),
    ).toThrow(RangeError);
  });
});

// Generated records: text without curly double quotes (the fidelity check reads those as the
// note's own quotation marks), goals drawn from a small pool so entries and ticks name them.
const words = fc.string({ minLength: 0, maxLength: 30 }).filter((text) => !/[“”]/.test(text));
const goalWords = fc.constantFrom(SHOP, SLEEP, 'Walk every day', 'Call my brother 2 times a week');
const day = fc
  .date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());
const standardMeasure = fc.constantFrom('PHQ9' as const, 'GAD7' as const);
const reliableChange = fc.constantFrom(
  'RELIABLE_IMPROVEMENT' as const,
  'NO_RELIABLE_CHANGE' as const,
  'RELIABLE_DETERIORATION' as const,
);
const measure = standardMeasure.chain((instrument) =>
  fc.record({
    instrument: fc.constant(instrument),
    total: fc.option(fc.integer({ min: 0, max: instrument === 'PHQ9' ? 27 : 21 })),
    isComplete: fc.boolean(),
    changeFromBaseline: fc.option(fc.integer({ min: -21, max: 21 })),
    reliableChange: fc.option(reliableChange),
    hasSafetyFlag: fc.boolean(),
  }),
);
const record: fc.Arbitrary<SessionRecordForNote> = fc.record({
  client: fc.record({
    preferredName: fc.constantFrom('Robin', 'Sam', 'Alex', 'Kai'),
    pronouns: fc.option(
      fc.constantFrom('she/her', 'he/him', 'they/them', 'ze/hir', 'she/they', ''),
    ),
  }),
  session: fc.record({
    startedAt: day,
    endedAt: fc.option(day),
    durationMinutes: fc.option(fc.integer({ min: 1, max: 180 })),
    modality: fc.constantFrom(...SESSION_MODALITIES),
    isFirst: fc.boolean(),
    notes: fc.string({ maxLength: 80 }),
  }),
  moodCheckIns: fc.array(
    fc.record({ rating: fc.integer({ min: 0, max: 10 }), word: fc.option(words) }),
    { maxLength: 2 },
  ),
  promptsAsked: fc.array(fc.record({ text: words, answer: fc.option(words) }), { maxLength: 3 }),
  milestonesTicked: fc.array(fc.record({ title: words, goalClientWords: goalWords }), {
    maxLength: 4,
  }),
  progressEntries: fc.array(
    fc.record({
      kind: fc.constantFrom(
        'WIN' as const,
        'SETBACK' as const,
        'GRATITUDE' as const,
        'REFLECTION' as const,
      ),
      clientWords: words,
      isEffort: fc.boolean(),
      goalClientWords: fc.option(goalWords),
    }),
    { maxLength: 5 },
  ),
  measures: fc.array(measure, { maxLength: 2 }),
  gasRatings: fc.array(
    fc.record({
      goalClientWords: goalWords,
      level: fc.constantFrom(...GAS_LEVELS),
      levelDescription: fc.option(words),
    }),
    { maxLength: 2 },
  ),
  safetyFlags: fc.array(
    fc.record({
      raisedOn: day,
      reviewedAt: fc.option(day),
      reviewNote: fc.option(words),
      reviewedByName: fc.option(fc.constantFrom('Dr Ama Okafor', 'Lee Chen')),
    }),
    { maxLength: 2 },
  ),
  goalsWorkedOn: fc.uniqueArray(
    fc.integer({ min: 0, max: 9 }).chain((total) =>
      fc.record({
        clientWords: goalWords,
        ticked: fc.integer({ min: 0, max: total }),
        total: fc.constant(total),
      }),
    ),
    { maxLength: 3, selector: (goal) => goal.clientWords },
  ),
  plan: fc.record({
    nextMilestones: fc.array(fc.record({ title: words, goalClientWords: goalWords }), {
      maxLength: 2,
    }),
    nextMeasuresDue: fc.array(
      fc.record({ instrument: standardMeasure, dueOn: day.map((instant) => instant.slice(0, 10)) }),
      { maxLength: 2 },
    ),
    nextSessionOn: fc.option(day),
  }),
});

describe('the fidelity check', () => {
  it('catches a number, a date or a quotation the record does not hold', () => {
    const invented = {
      plan: 'PHQ-9 total 14 (moderate). Next session on 20 March 2025. Robin said: “Much better.”',
    };
    expect(unsupportedClaims(RICH, invented)).toEqual([
      'quotation not in the record: “Much better.”',
      'date not in the record: 20 March 2025',
      'number not in the record: 14',
    ]);
  });
});

describe('any session record', () => {
  it('drafts every section of every format, saying nothing the record does not', () => {
    fc.assert(
      fc.property(record, fc.constantFrom(...NOTE_FORMATS), (generated, format) => {
        const sections = composeNote(format, generated);
        expect(Object.keys(sections)).toEqual(NOTE_SECTIONS[format].map((section) => section.key));
        for (const text of Object.values(sections)) expect(text.trim()).not.toBe('');
        expect(unsupportedClaims(generated, sections)).toEqual([]);
      }),
    );
  });

  it('gives every goal worked on its own line, and states every safety flag', () => {
    fc.assert(
      fc.property(record, fc.constantFrom(...NOTE_FORMATS), (generated, format) => {
        const sections = composeNote(format, generated);
        const goalLines = sections[GOALS[format]].split('\n');
        for (const goal of generated.goalsWorkedOn) {
          expect(
            goalLines.filter((line) => line.startsWith(`“${goal.clientWords}”: `)),
          ).toHaveLength(1);
        }
        const flagged =
          generated.safetyFlags.length > 0 || generated.measures.some((m) => m.hasSafetyFlag);
        expect(sections[ASSESSING[format]].includes('item 9 answered above 0')).toBe(flagged);
        expect(sections['plan'].startsWith('Safety: ')).toBe(flagged);
      }),
    );
  });

  it('never uses a judgemental word of its own', () => {
    fc.assert(
      fc.property(record, fc.constantFrom(...NOTE_FORMATS), (generated, format) => {
        const problems = unsupportedClaims(generated, composeNote(format, generated));
        expect(problems.filter((problem) => problem.startsWith('judgemental'))).toEqual([]);
      }),
    );
    // The check itself would catch one: a client's own words are theirs, the note's are not.
    const failedSetback = { ...ONLY_SETBACKS, client: { preferredName: 'Kai', pronouns: null } };
    expect(unsupportedClaims(failedSetback, { note: 'Kai failed to walk.' })).toContain(
      `judgemental word: ${JUDGEMENTAL_WORDS[0]}`,
    );
    expect(unsupportedClaims(failedSetback, { note: '“I failed again.”' })).toContain(
      'quotation not in the record: “I failed again.”',
    );
  });
});
