import fc from 'fast-check';
import {
  ATTENTION_PRIORITY,
  attentionFlags,
  attentionOrder,
  type AttentionFlag,
  type AttentionKind,
} from './caseload-flags';
import type { CaseloadFacts } from './caseload-facts';
import {
  arbitraryFacts,
  arbitraryScore,
  CALM,
  client,
  daysAgo,
  gad7Change,
  goal,
  NOT_ON_TRACK_PHQ9,
  phq9Change,
  score,
} from './caseload-facts.testing';
import { goodNews, type GoodNews, type GoodNewsKind } from './good-news';

// The rules in caseload-flags.ts and good-news.ts. Reliable change is the NHS Talking Therapies
// threshold (manual v7, 2024): PHQ-9 6 points, GAD-7 4 points. The quiet-stretch rules flag at 3
// whole weeks (21 days), goals count as news for 30 days (today and the 29 before), and a streak
// needs a ticked milestone in each of the last 3 seven-day windows counted back from today.

interface Case {
  readonly name: string;
  readonly facts: CaseloadFacts;
  readonly attention: readonly AttentionKind[];
  readonly goodNews: readonly GoodNewsKind[];
}

const CASES: readonly Case[] = [
  { name: 'a calm client has no chips', facts: CALM, attention: [], goodNews: [] },
  {
    name: 'an unreviewed safety flag',
    facts: client({ unreviewedSafetyFlagCount: 1 }),
    attention: ['SAFETY_REVIEW'],
    goodNews: [],
  },
  {
    name: 'a PHQ-9 rise of 8 is reliably worse',
    facts: client({ scores: phq9Change(9, 17) }),
    attention: ['RELIABLE_DETERIORATION'],
    goodNews: [],
  },
  {
    name: 'a PHQ-9 rise of 5 is within measurement error',
    facts: client({ scores: phq9Change(9, 14) }),
    attention: [],
    goodNews: [],
  },
  {
    name: 'reliably worse and not on track on the PHQ-9 shows one chip',
    facts: client({
      scores: phq9Change(9, 15),
      notOnTrack: [{ instrument: 'PHQ9', reason: 'Reliable deterioration on the PHQ-9' }],
    }),
    attention: ['RELIABLE_DETERIORATION'],
    goodNews: [],
  },
  {
    name: 'reliably worse on the PHQ-9 still shows not on track on the GAD-7',
    facts: client({
      scores: phq9Change(9, 15),
      notOnTrack: [{ instrument: 'GAD7', reason: 'No reliable improvement on the GAD-7' }],
    }),
    attention: ['RELIABLE_DETERIORATION', 'NOT_ON_TRACK'],
    goodNews: [],
  },
  {
    name: 'not on track from the API',
    facts: client({ notOnTrack: [NOT_ON_TRACK_PHQ9] }),
    attention: ['NOT_ON_TRACK'],
    goodNews: [],
  },
  {
    name: 'nothing logged for 21 days',
    facts: client({ lastProgressOn: daysAgo(21) }),
    attention: ['NO_RECENT_PROGRESS'],
    goodNews: [],
  },
  {
    name: 'nothing logged for 20 days is not yet a quiet stretch',
    facts: client({ lastProgressOn: daysAgo(20) }),
    attention: [],
    goodNews: [],
  },
  {
    name: 'nothing ever logged since care began months ago',
    facts: client({ lastProgressOn: null }),
    attention: ['NO_RECENT_PROGRESS'],
    goodNews: [],
  },
  {
    name: 'nothing ever logged by a client who began 20 days ago',
    facts: client({ startedOn: daysAgo(20), lastProgressOn: null, lastSessionOn: null }),
    attention: [],
    goodNews: [],
  },
  {
    name: 'no session for 21 days',
    facts: client({ lastSessionOn: daysAgo(21) }),
    attention: ['NO_RECENT_SESSION'],
    goodNews: [],
  },
  {
    name: 'no session for 20 days is not yet a quiet stretch',
    facts: client({ lastSessionOn: daysAgo(20) }),
    attention: [],
    goodNews: [],
  },
  {
    name: 'no session ever, 21 days after care began',
    facts: client({ startedOn: daysAgo(21), lastSessionOn: null }),
    attention: ['NO_RECENT_SESSION'],
    goodNews: [],
  },
  {
    name: 'a record from before care began does not start the clock early',
    facts: client({ startedOn: daysAgo(10), lastSessionOn: daysAgo(60), lastProgressOn: null }),
    attention: [],
    goodNews: [],
  },
  {
    name: 'two overdue measures',
    facts: client({ overdueMeasures: ['MOOD', 'PHQ9'] }),
    attention: ['MEASURE_OVERDUE', 'MEASURE_OVERDUE'],
    goodNews: [],
  },
  {
    name: 'notes to sign',
    facts: client({ notesToSign: 2 }),
    attention: ['NOTES_TO_SIGN'],
    goodNews: [],
  },
  {
    name: 'everything at once comes in priority order',
    facts: client({
      notesToSign: 1,
      overdueMeasures: ['GAD7'],
      lastProgressOn: daysAgo(30),
      lastSessionOn: daysAgo(30),
      notOnTrack: [{ instrument: 'GAD7', reason: 'No reliable improvement on the GAD-7' }],
      scores: phq9Change(5, 20),
      unreviewedSafetyFlagCount: 2,
    }),
    attention: [
      'SAFETY_REVIEW',
      'RELIABLE_DETERIORATION',
      'NOT_ON_TRACK',
      'NO_RECENT_SESSION',
      'NO_RECENT_PROGRESS',
      'MEASURE_OVERDUE',
      'NOTES_TO_SIGN',
    ],
    goodNews: [],
  },
  {
    name: 'a paused client is not expected to come or log, but a measure can be due',
    facts: client({
      status: 'PAUSED',
      lastProgressOn: daysAgo(60),
      lastSessionOn: daysAgo(60),
      overdueMeasures: ['PHQ9'],
    }),
    attention: ['MEASURE_OVERDUE'],
    goodNews: [],
  },
  {
    name: 'a discharged client keeps safety and notes, not quiet stretches or due measures',
    facts: client({
      status: 'DISCHARGED',
      unreviewedSafetyFlagCount: 1,
      notesToSign: 1,
      lastProgressOn: daysAgo(60),
      lastSessionOn: daysAgo(60),
      overdueMeasures: ['PHQ9', 'GAD7'],
    }),
    attention: ['SAFETY_REVIEW', 'NOTES_TO_SIGN'],
    goodNews: [],
  },
  {
    name: 'a discharged client keeps their score changes',
    facts: client({ status: 'DISCHARGED', scores: [...phq9Change(4, 12), ...gad7Change(15, 8)] }),
    attention: ['RELIABLE_DETERIORATION'],
    goodNews: ['RELIABLE_IMPROVEMENT'],
  },
  {
    name: 'a GAD-7 fall of 7 is reliably better',
    facts: client({ scores: gad7Change(15, 8) }),
    attention: [],
    goodNews: ['RELIABLE_IMPROVEMENT'],
  },
  {
    name: 'a GAD-7 fall of 3 is within measurement error',
    facts: client({ scores: gad7Change(15, 12) }),
    attention: [],
    goodNews: [],
  },
  {
    name: 'reliably better on both measures',
    facts: client({ scores: [...gad7Change(15, 8), ...phq9Change(18, 9)] }),
    attention: [],
    goodNews: ['RELIABLE_IMPROVEMENT', 'RELIABLE_IMPROVEMENT'],
  },
  {
    name: 'a goal achieved 29 days ago',
    facts: client({ goalsAchieved: [goal('Walk to the shops alone', 29)] }),
    attention: [],
    goodNews: ['GOAL_ACHIEVED'],
  },
  {
    name: 'a goal achieved 30 days ago is no longer news',
    facts: client({ goalsAchieved: [goal('Walk to the shops alone', 30)] }),
    attention: [],
    goodNews: [],
  },
  {
    name: 'milestones ticked in each of the last 3 weeks',
    facts: client({ milestoneTickDays: [daysAgo(0), daysAgo(9), daysAgo(20)] }),
    attention: [],
    goodNews: ['MILESTONE_STREAK'],
  },
  {
    name: 'milestones ticked in each of the last 2 weeks only',
    facts: client({ milestoneTickDays: [daysAgo(1), daysAgo(8), daysAgo(13)] }),
    attention: [],
    goodNews: [],
  },
  {
    name: 'a week without a tick breaks the streak',
    facts: client({ milestoneTickDays: [daysAgo(2), daysAgo(15), daysAgo(22), daysAgo(29)] }),
    attention: [],
    goodNews: [],
  },
  {
    name: 'a paused client keeps a streak',
    facts: client({ status: 'PAUSED', milestoneTickDays: [daysAgo(3), daysAgo(10), daysAgo(17)] }),
    attention: [],
    goodNews: ['MILESTONE_STREAK'],
  },
  {
    name: 'a discharged client keeps goals achieved but not a streak',
    facts: client({
      status: 'DISCHARGED',
      goalsAchieved: [goal('Sleep before midnight', 3)],
      milestoneTickDays: [daysAgo(3), daysAgo(10), daysAgo(17)],
    }),
    attention: [],
    goodNews: ['GOAL_ACHIEVED'],
  },
  {
    name: 'good news and attention side by side',
    facts: client({
      scores: phq9Change(18, 9),
      notesToSign: 1,
      goalsAchieved: [goal('Call my sister', 5)],
      milestoneTickDays: [daysAgo(1), daysAgo(8), daysAgo(15), daysAgo(22)],
    }),
    attention: ['NOTES_TO_SIGN'],
    goodNews: ['RELIABLE_IMPROVEMENT', 'GOAL_ACHIEVED', 'MILESTONE_STREAK'],
  },
  {
    name: 'the earliest score is the baseline whatever order the scores come in',
    facts: client({
      scores: [score('PHQ9', daysAgo(7), 17), score('PHQ9', '2025-03-03', 9)],
    }),
    attention: ['RELIABLE_DETERIORATION'],
    goodNews: [],
  },
  {
    name: 'records dated after today are left out',
    facts: client({
      scores: [score('PHQ9', '2025-03-03', 9), score('PHQ9', daysAgo(-3), 20)],
      goalsAchieved: [goal('Go back to work', -2)],
      milestoneTickDays: [daysAgo(-1), daysAgo(-8), daysAgo(-15)],
    }),
    attention: [],
    goodNews: [],
  },
];

describe('caseload flags: the table of cases', () => {
  it.each(CASES)('$name', ({ facts, attention, goodNews: expectedGoodNews }) => {
    expect(attentionFlags(facts).map((flag) => flag.kind)).toEqual(attention);
    expect(goodNews(facts).map((news) => news.kind)).toEqual(expectedGoodNews);
  });
});

describe('caseload flags: wording and evidence', () => {
  it('words a safety review as the dashboard does and links to the safety banner', () => {
    expect(attentionFlags(client({ unreviewedSafetyFlagCount: 1 }))).toEqual([
      {
        kind: 'SAFETY_REVIEW',
        label: 'Safety review needed',
        detail: 'A PHQ-9 item 9 answer above 0 waits for your review',
        evidence: 'safety',
      },
    ]);
    expect(attentionFlags(client({ unreviewedSafetyFlagCount: 3 }))[0].detail).toBe(
      '3 PHQ-9 item 9 answers above 0 wait for your review',
    );
  });

  it('shows a reliable worsening as baseline to latest, dated by the baseline', () => {
    expect(attentionFlags(client({ scores: phq9Change(9, 17) }))).toEqual([
      {
        kind: 'RELIABLE_DETERIORATION',
        label: 'Reliably worse (PHQ-9)',
        detail: 'PHQ-9 9 → 17 since 3 March',
        evidence: 'measures',
        instrument: 'PHQ9',
      },
    ]);
  });

  it('passes the not-on-track reason through as the detail', () => {
    expect(attentionFlags(client({ notOnTrack: [NOT_ON_TRACK_PHQ9] }))).toEqual([
      {
        kind: 'NOT_ON_TRACK',
        label: 'Not on track (PHQ-9)',
        detail: 'No reliable improvement on the PHQ-9 after 9 weeks',
        evidence: 'measures',
        instrument: 'PHQ9',
      },
    ]);
  });

  it('counts whole weeks without progress and names the last day anything was logged', () => {
    expect(attentionFlags(client({ lastProgressOn: daysAgo(34) }))).toEqual([
      {
        kind: 'NO_RECENT_PROGRESS',
        label: 'No progress for 4 weeks',
        detail: 'Nothing logged since 21 October',
        evidence: 'timeline',
      },
    ]);
    expect(attentionFlags(client({ lastProgressOn: null }))[0].detail).toBe(
      'Nothing logged since care began on 3 March',
    );
  });

  it('counts whole weeks without a session and names the last one', () => {
    expect(attentionFlags(client({ lastSessionOn: daysAgo(35) }))).toEqual([
      {
        kind: 'NO_RECENT_SESSION',
        label: 'No session for 5 weeks',
        detail: 'Last session on 20 October',
        evidence: 'sessions',
      },
    ]);
    const neverSeen = client({ startedOn: '2024-12-30', lastSessionOn: null });
    expect(attentionFlags(neverSeen)[0].detail).toBe(
      'No session since care began on 30 December 2024',
    );
  });

  it('words each due measure as the dashboard does, in PHQ-9, GAD-7, mood order', () => {
    const flags = attentionFlags(client({ overdueMeasures: ['MOOD', 'GAD7', 'PHQ9'] }));
    expect(
      flags.map(({ label, detail, evidence, instrument }) => [label, detail, evidence, instrument]),
    ).toEqual([
      ['PHQ-9 due', 'The scheduled PHQ-9 is overdue', 'measures', 'PHQ9'],
      ['GAD-7 due', 'The scheduled GAD-7 is overdue', 'measures', 'GAD7'],
      ['Mood check-in due', 'The scheduled Mood check-in is overdue', 'measures', 'MOOD'],
    ]);
  });

  it('counts notes to sign in the label', () => {
    expect(attentionFlags(client({ notesToSign: 1 }))).toEqual([
      {
        kind: 'NOTES_TO_SIGN',
        label: '1 note to sign',
        detail: '1 progress note waits for your signature',
        evidence: 'notes',
      },
    ]);
    const three = attentionFlags(client({ notesToSign: 3 }))[0];
    expect([three.label, three.detail]).toEqual([
      '3 notes to sign',
      '3 progress notes wait for your signature',
    ]);
  });
});

describe('the needs-attention order', () => {
  it('puts safety first and paperwork last', () => {
    expect(ATTENTION_PRIORITY).toEqual([
      'SAFETY_REVIEW',
      'RELIABLE_DETERIORATION',
      'NOT_ON_TRACK',
      'NO_RECENT_SESSION',
      'NO_RECENT_PROGRESS',
      'MEASURE_OVERDUE',
      'NOTES_TO_SIGN',
    ]);
  });

  it('ranks a client by their most urgent kind of need, wherever it is in the list', () => {
    const notes = attentionFlags(client({ notesToSign: 1 }));
    const safety = attentionFlags(client({ unreviewedSafetyFlagCount: 1 }));
    expect(attentionOrder([])).toBe(ATTENTION_PRIORITY.length);
    expect(attentionOrder(notes)).toBe(6);
    expect(attentionOrder([...notes, ...safety])).toBe(0);
  });
});

const flagKey = (flag: { kind: string; instrument?: string }) =>
  `${flag.kind}:${flag.instrument ?? ''}`;

describe('caseload flag invariants', () => {
  it('gives the same chips for the same facts and leaves the facts as they were', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        const before = structuredClone(facts);
        expect(attentionFlags(facts)).toEqual(attentionFlags(structuredClone(facts)));
        expect(goodNews(facts)).toEqual(goodNews(structuredClone(facts)));
        expect(facts).toEqual(before);
      }),
    );
  });

  it('never shows the same chip twice', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        const flags = attentionFlags(facts).map(flagKey);
        const news = goodNews(facts).map(flagKey);
        expect(new Set(flags).size).toBe(flags.length);
        expect(new Set(news).size).toBe(news.length);
      }),
    );
  });

  it('lists flags in priority order, so the first flag gives the attention order', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        const flags = attentionFlags(facts);
        const ranks = flags.map((flag) => ATTENTION_PRIORITY.indexOf(flag.kind));
        expect(ranks).toEqual([...ranks].sort((first, second) => first - second));
        expect(attentionOrder(flags)).toBe(
          flags.length === 0 ? ATTENTION_PRIORITY.length : ranks[0],
        );
      }),
    );
  });

  it('always sorts a client with an unreviewed safety flag ahead of one without', () => {
    fc.assert(
      fc.property(
        arbitraryFacts,
        arbitraryFacts,
        fc.integer({ min: 1, max: 5 }),
        (first, second, count) => {
          const flagged = attentionFlags({ ...first, unreviewedSafetyFlagCount: count });
          const unflagged = attentionFlags({ ...second, unreviewedSafetyFlagCount: 0 });
          expect(attentionOrder(flagged)).toBe(0);
          expect(attentionOrder(flagged)).toBeLessThan(attentionOrder(unflagged));
        },
      ),
    );
  });

  it('never flags a quiet stretch for a client who is not active, nor a due measure or streak after discharge', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        const kinds: string[] = [
          ...attentionFlags(facts).map((flag) => flag.kind),
          ...goodNews(facts).map((news) => news.kind),
        ];
        if (facts.status !== 'ACTIVE') {
          expect(kinds).not.toContain('NO_RECENT_SESSION');
          expect(kinds).not.toContain('NO_RECENT_PROGRESS');
        }
        if (facts.status === 'DISCHARGED') {
          expect(kinds).not.toContain('MEASURE_OVERDUE');
          expect(kinds).not.toContain('MILESTONE_STREAK');
        }
      }),
    );
  });

  it('never shows a measure as both reliably better and reliably worse, nor worse and not on track', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        const flags = attentionFlags(facts);
        const better = goodNews(facts).flatMap((news) => news.instrument ?? []);
        for (const worse of flags.filter((flag) => flag.kind === 'RELIABLE_DETERIORATION')) {
          expect(better).not.toContain(worse.instrument);
          expect(flags).not.toContainEqual(
            expect.objectContaining({ kind: 'NOT_ON_TRACK', instrument: worse.instrument }),
          );
        }
      }),
    );
  });

  it('does not depend on the order records come in when no two scores share a day', () => {
    const shuffled = (facts: CaseloadFacts) =>
      fc.record({
        scores: fc.shuffledSubarray([...facts.scores], { minLength: facts.scores.length }),
        milestoneTickDays: fc.shuffledSubarray([...facts.milestoneTickDays], {
          minLength: facts.milestoneTickDays.length,
        }),
        overdueMeasures: fc.shuffledSubarray([...facts.overdueMeasures], {
          minLength: facts.overdueMeasures.length,
        }),
      });
    const withUniqueScoreDays = arbitraryFacts.chain((facts) =>
      fc
        .uniqueArray(arbitraryScore, {
          maxLength: 6,
          selector: (entry) => `${entry.instrument}${entry.administeredOn}`,
        })
        .map((scores) => ({ ...facts, scores })),
    );
    const summary = (flags: readonly (AttentionFlag | GoodNews)[]) =>
      flags.map(({ kind, label, instrument }) => ({ kind, label, instrument }));
    fc.assert(
      fc.property(
        withUniqueScoreDays.chain((facts) =>
          fc.tuple(
            fc.constant(facts),
            shuffled(facts).map((order) => ({ ...facts, ...order })),
          ),
        ),
        ([facts, reordered]) => {
          expect(summary(attentionFlags(reordered))).toEqual(summary(attentionFlags(facts)));
          expect(goodNews(reordered).map((news) => news.detail)).toEqual(
            goodNews(facts).map((news) => news.detail),
          );
        },
      ),
    );
  });
});
