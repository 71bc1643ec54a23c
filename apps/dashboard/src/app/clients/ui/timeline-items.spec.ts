import type { GoalView, MilestoneView, ProgressEntryView } from './client-record-view';
import { buildTimeline, filterTimeline, normaliseForSearch } from './timeline-items';

function aMilestone(id: string, title: string, doneAt: string | null = null): MilestoneView {
  return { id, version: 1, goalId: 'goal-walk', title, dueOn: null, doneAt };
}

function anEntry(
  id: string,
  clientWords: string,
  options: Partial<ProgressEntryView>,
): ProgressEntryView {
  return {
    id,
    version: 1,
    kind: 'WIN',
    category: 'OTHER',
    clientWords,
    isEffort: false,
    occurredOn: '2026-03-01',
    goalId: null,
    ...options,
  };
}

const walking: GoalView = {
  id: 'goal-walk',
  version: 1,
  clientWords: 'Walk three times a week',
  clinicianWording: null,
  domain: 'HEALTH',
  specific: null,
  measureOfSuccess: null,
  targetDate: null,
  gasLevels: null,
  weight: 1,
  status: 'ON_HOLD',
  milestones: [
    aMilestone('step-1', 'Shoes by the door', '2026-03-05T18:00:00.000Z'),
    aMilestone('step-2', 'Walk to the café'),
  ],
  statusHistory: [
    { status: 'ACTIVE', changedAt: '2026-03-02T10:00:00.000Z', reason: null, changedBy: null },
    {
      status: 'ON_HOLD',
      changedAt: '2026-03-08T10:00:00.000Z',
      reason: 'Knee injury',
      changedBy: null,
    },
  ],
};

const source = {
  startedOn: '2026-03-01',
  baseline: { text: 'I stay in most days.', recordedOn: '2026-03-01' },
  clientStatusHistory: [
    { status: 'ACTIVE' as const, changedOn: '2026-03-01', reason: null, changedBy: null },
  ],
  goals: [walking],
  entries: [
    anEntry('win-1', 'Tried the bus alone', { isEffort: true, occurredOn: '2026-03-09' }),
    anEntry('setback-1', 'Skipped the walk', { kind: 'SETBACK', occurredOn: '2026-03-06' }),
  ],
  gasReviews: [
    {
      id: 'review-1',
      reviewedOn: '2026-03-10',
      tScore: 53.2,
      ratings: [{ goalId: 'goal-walk', level: 1 }],
    },
  ],
};

describe('buildTimeline', () => {
  it('puts every kind of moment newest first and ends where they started', () => {
    const headings = buildTimeline(source).map((item) => `${item.day} ${item.heading}`);

    expect(headings).toEqual([
      '2026-03-10 GAS review',
      '2026-03-09 Small win: the trying',
      '2026-03-08 Goal put on hold',
      '2026-03-06 Setback',
      '2026-03-05 Milestone ticked',
      '2026-03-02 Goal set',
      '2026-03-01 Where they started',
    ]);
  });

  it('says a win was the trying in strengths-based words, and a setback plainly', () => {
    const [, effort, onHold, setback] = buildTimeline(source);

    expect(effort.details[0]).toBe('They tried something new, and the trying counts.');
    expect(onHold.details).toEqual(['Reason: Knee injury']);
    expect(setback.heading).toBe('Setback');
    expect(setback.text).toBe('Skipped the walk');
  });

  it('starts from the day care began when no baseline was written', () => {
    const items = buildTimeline({ ...source, baseline: null });

    expect(items.at(-1)).toEqual(
      expect.objectContaining({ day: '2026-03-01', text: 'Care began', isClientWords: false }),
    );
  });
});

describe('filterTimeline', () => {
  const items = buildTimeline(source);

  it('narrows to one kind of moment', () => {
    expect(filterTimeline(items, 'SETBACK', '').map((item) => item.text)).toEqual([
      'Skipped the walk',
    ]);
  });

  it('finds words whatever their case or accents', () => {
    expect(filterTimeline(items, 'ALL', 'BUS').map((item) => item.key)).toEqual(['entry-win-1']);
    expect(normaliseForSearch('  Café   Walk ')).toBe('cafe walk');
  });
});
