import { attentionFlags } from './caseload-flags';
import { assertValidCaseloadFacts, calendarDayInWords, type CaseloadFacts } from './caseload-facts';
import { client, goal, score, TODAY } from './caseload-facts.testing';
import { goodNews } from './good-news';

describe('days in words', () => {
  it('names the day and month, and the year only when it is not this year', () => {
    expect(calendarDayInWords('2025-11-03', TODAY)).toBe('3 November');
    expect(calendarDayInWords('2024-12-30', TODAY)).toBe('30 December 2024');
    expect(calendarDayInWords('2026-01-02', TODAY)).toBe('2 January 2026');
  });
});

describe('caseload facts that make no sense', () => {
  it.each<[string, Partial<CaseloadFacts>, RegExp]>([
    ['today', { today: '2025-02-30' }, /^today must be a YYYY-MM-DD date/],
    ['startedOn', { startedOn: '3 March 2025' }, /^startedOn /],
    ['lastSessionOn', { lastSessionOn: '2025-13-01' }, /^lastSessionOn /],
    [
      'a score day',
      { scores: [score('PHQ9', '2025-03-03', 9), score('PHQ9', '2025-3-10', 9)] },
      /^scores\[1\]\.administeredOn /,
    ],
    [
      'a goal day',
      { goalsAchieved: [goal('x', 1), { clientWords: 'y', achievedOn: '' }] },
      /^goalsAchieved\[1\]/,
    ],
    ['a tick day', { milestoneTickDays: ['tuesday'] }, /^milestoneTickDays\[0\] /],
    ['a negative count', { notesToSign: -1 }, /^notesToSign /],
    ['a fractional count', { unreviewedSafetyFlagCount: 0.5 }, /^unreviewedSafetyFlagCount /],
    ['a total no form reaches', { scores: [score('GAD7', '2025-03-03', 22)] }, /GAD-7 total/],
  ])('refuses %s', (_field, changes, message) => {
    expect(() => assertValidCaseloadFacts(client(changes))).toThrow(RangeError);
    expect(() => assertValidCaseloadFacts(client(changes))).toThrow(message);
    expect(() => attentionFlags(client(changes))).toThrow(message);
    expect(() => goodNews(client(changes))).toThrow(message);
  });
});
