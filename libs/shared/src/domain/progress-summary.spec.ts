import { goalProgress, summariseProgress, type ProgressSummaryInput } from './progress-summary';

const emptyRecord: ProgressSummaryInput = {
  baselineRecordedOn: null,
  startedOn: '2026-01-05',
  goals: [],
  entries: [],
};

describe('progress summary', () => {
  it('counts nothing for a client with an empty record, since the start of care', () => {
    expect(summariseProgress(emptyRecord)).toEqual({
      since: '2026-01-05',
      goalsAchieved: 0,
      activeGoals: 0,
      milestonesTicked: 0,
      milestonesTotal: 0,
      winsLogged: 0,
      effortWins: 0,
      setbacksLogged: 0,
    });
  });

  it('counts from the day the baseline was written down when there is one', () => {
    const summary = summariseProgress({ ...emptyRecord, baselineRecordedOn: '2026-01-19' });
    expect(summary.since).toBe('2026-01-19');
  });

  it('counts achieved and active goals, and milestones of every goal not cancelled', () => {
    const summary = summariseProgress({
      ...emptyRecord,
      goals: [
        { status: 'COMPLETED', milestones: [{ doneAt: '2026-02-01T10:00:00Z' }] },
        {
          status: 'ACTIVE',
          milestones: [{ doneAt: '2026-02-08T10:00:00Z' }, { doneAt: null }, { doneAt: null }],
        },
        { status: 'ACTIVE', milestones: [] },
        { status: 'ON_HOLD', milestones: [{ doneAt: null }] },
        { status: 'PROPOSED', milestones: [{ doneAt: null }] },
        { status: 'CANCELLED', milestones: [{ doneAt: '2026-01-20T10:00:00Z' }, { doneAt: null }] },
      ],
    });
    expect(summary).toMatchObject({
      goalsAchieved: 1,
      activeGoals: 2,
      // Ticked 1 + 1; total 1 + 3 + 0 + 1 + 1, the cancelled goal's two left out.
      milestonesTicked: 2,
      milestonesTotal: 6,
    });
  });

  it('counts wins, the effort among them, and setbacks, leaving gratitudes and reflections out', () => {
    const summary = summariseProgress({
      ...emptyRecord,
      entries: [
        { kind: 'WIN', isEffort: false, occurredOn: '2026-01-10' },
        { kind: 'WIN', isEffort: true, occurredOn: '2026-01-12' },
        { kind: 'WIN', isEffort: true, occurredOn: '2026-01-12' },
        { kind: 'SETBACK', isEffort: false, occurredOn: '2026-01-14' },
        { kind: 'GRATITUDE', isEffort: true, occurredOn: '2026-01-15' },
        { kind: 'REFLECTION', isEffort: false, occurredOn: '2026-01-16' },
      ],
    });
    expect(summary).toMatchObject({ winsLogged: 3, effortWins: 2, setbacksLogged: 1 });
  });

  it('leaves out entries from before the day it counts from, keeping that day itself', () => {
    const summary = summariseProgress({
      ...emptyRecord,
      baselineRecordedOn: '2026-01-19',
      entries: [
        { kind: 'WIN', isEffort: true, occurredOn: '2026-01-18' },
        { kind: 'SETBACK', isEffort: false, occurredOn: '2026-01-07' },
        { kind: 'WIN', isEffort: true, occurredOn: '2026-01-19' },
        { kind: 'SETBACK', isEffort: false, occurredOn: '2026-02-02' },
      ],
    });
    expect(summary).toMatchObject({ winsLogged: 1, effortWins: 1, setbacksLogged: 1 });
  });
});

describe('goal progress', () => {
  it('counts ticked milestones out of all of them', () => {
    expect(
      goalProgress([{ doneAt: '2026-03-01T09:30:00Z' }, { doneAt: null }, { doneAt: null }]),
    ).toEqual({ ticked: 1, total: 3 });
  });

  it('is nothing out of nothing for a goal without milestones', () => {
    expect(goalProgress([])).toEqual({ ticked: 0, total: 0 });
  });
});
