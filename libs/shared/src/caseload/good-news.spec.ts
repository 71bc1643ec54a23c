import { client, daysAgo, goal, score, TODAY } from './caseload-facts.testing';
import { goodNews, milestoneStreakWeeks } from './good-news';

// Good-news wording; which good news shows for which facts is in the table in
// caseload-flags.spec.ts.

describe('good news: wording and evidence', () => {
  it('names the year of a baseline from an earlier year', () => {
    const scores = [score('GAD7', '2024-03-03', 15), score('GAD7', daysAgo(7), 8)];
    expect(goodNews(client({ startedOn: '2024-03-03', scores }))).toEqual([
      {
        kind: 'RELIABLE_IMPROVEMENT',
        label: 'Reliably better (GAD-7)',
        detail: 'GAD-7 15 → 8 since 3 March 2024',
        evidence: 'measures',
        instrument: 'GAD7',
      },
    ]);
  });

  it('quotes the client’s words for goals achieved, newest first', () => {
    expect(goodNews(client({ goalsAchieved: [goal('  Walk to the shops alone ', 14)] }))).toEqual([
      {
        kind: 'GOAL_ACHIEVED',
        label: 'Goal achieved',
        detail: 'Achieved “Walk to the shops alone” on 10 November',
        evidence: 'goals',
      },
    ]);
    const three = goodNews(
      client({
        goalsAchieved: [goal('Call my sister', 21), goal('Sleep by 11', 4), goal('Cook once', 10)],
      }),
    )[0];
    expect([three.label, three.detail]).toEqual([
      '3 goals achieved',
      'Achieved “Sleep by 11” on 20 November, “Cook once” on 14 November and “Call my sister” on 3 November',
    ]);
  });

  it('counts the weeks of a milestone streak in the label', () => {
    const ticks = [daysAgo(0), daysAgo(0), daysAgo(12), daysAgo(14), daysAgo(27)];
    expect(goodNews(client({ milestoneTickDays: ticks }))).toEqual([
      {
        kind: 'MILESTONE_STREAK',
        label: 'Milestones 4 weeks running',
        detail: 'A milestone ticked in each of the last 4 weeks',
        evidence: 'goals',
      },
    ]);
  });
});
describe('milestone streaks', () => {
  it('counts 7-day windows back from today: 6 days ago is this week, 7 days ago last week', () => {
    expect(milestoneStreakWeeks([daysAgo(6)], TODAY)).toBe(1);
    expect(milestoneStreakWeeks([daysAgo(7)], TODAY)).toBe(0);
    expect(milestoneStreakWeeks([daysAgo(6), daysAgo(7), daysAgo(20)], TODAY)).toBe(3);
    expect(milestoneStreakWeeks([daysAgo(6), daysAgo(7), daysAgo(21)], TODAY)).toBe(2);
  });

  it('has no streak without ticks', () => {
    expect(milestoneStreakWeeks([], TODAY)).toBe(0);
  });

  it('refuses a tick day that is not YYYY-MM-DD', () => {
    expect(() => milestoneStreakWeeks([daysAgo(1), '24/11/2025'], TODAY)).toThrow(
      /^tickDays\[1\] must be a YYYY-MM-DD date/,
    );
  });
});
