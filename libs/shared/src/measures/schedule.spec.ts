import fc from 'fast-check';
import { daysBetween } from '../calendar';
import {
  addDaysToIsoDate,
  isOverdue,
  measureDue,
  measuresDue,
  nextDueDate,
  type MeasureSchedule,
} from './schedule';

const everyTwoWeeks: MeasureSchedule = { instrument: 'PHQ9', everyWeeks: 2 };

describe('when a measure is next due', () => {
  it('is every N weeks after it was last given', () => {
    expect(nextDueDate(2, '2025-03-03', '2025-01-06')).toBe('2025-03-17');
  });

  it('counts from the start of treatment when it has never been given', () => {
    expect(nextDueDate(4, null, '2025-01-06')).toBe('2025-02-03');
  });

  it('lands on the right day across a leap day, a month end and a year end', () => {
    expect(nextDueDate(1, '2024-02-22', '2024-01-01')).toBe('2024-02-29');
    expect(nextDueDate(1, '2025-02-22', '2025-01-01')).toBe('2025-03-01');
    expect(nextDueDate(1, '2025-12-28', '2025-01-01')).toBe('2026-01-04');
  });

  it('lands on the same day whatever time zone the process runs in', () => {
    const originalZone = process.env['TZ'];
    try {
      // Either side of the date line, and across a European clock change (30 March 2025).
      const answers = ['Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/London'].map((zone) => {
        process.env['TZ'] = zone;
        return nextDueDate(1, '2025-03-27', '2025-01-01');
      });
      expect(answers).toEqual(['2025-04-03', '2025-04-03', '2025-04-03']);
    } finally {
      process.env['TZ'] = originalZone;
    }
  });

  it('refuses a schedule that is not a whole number of weeks', () => {
    expect(() => nextDueDate(0, null, '2025-01-06')).toThrow(RangeError);
    expect(() => nextDueDate(1.5, null, '2025-01-06')).toThrow(RangeError);
    expect(() => nextDueDate(-2, null, '2025-01-06')).toThrow(RangeError);
  });

  it('refuses a date that is not a real YYYY-MM-DD day', () => {
    expect(() => nextDueDate(2, '2025-02-30', '2025-01-06')).toThrow(RangeError);
    expect(() => nextDueDate(2, null, '06/01/2025')).toThrow(RangeError);
  });
});

describe('whether a measure is overdue', () => {
  it('is on time on its due day and overdue the day after', () => {
    expect(isOverdue('2025-03-17', '2025-03-17')).toBe(false);
    expect(isOverdue('2025-03-17', '2025-03-18')).toBe(true);
    expect(isOverdue('2025-03-17', '2025-03-16')).toBe(false);
  });

  it('counts the days past the due day', () => {
    expect(measureDue(everyTwoWeeks, '2025-03-03', '2025-01-06', '2025-03-20')).toEqual({
      instrument: 'PHQ9',
      dueOn: '2025-03-17',
      isOverdue: true,
      daysOverdue: 3,
    });
  });

  it('counts no days overdue before the due day', () => {
    expect(measureDue(everyTwoWeeks, '2025-03-03', '2025-01-06', '2025-03-10')).toMatchObject({
      isOverdue: false,
      daysOverdue: 0,
    });
  });

  it("lists a client's measures with the most overdue first", () => {
    const schedules: MeasureSchedule[] = [
      { instrument: 'MOOD', everyWeeks: 1 },
      { instrument: 'PHQ9', everyWeeks: 2 },
      { instrument: 'GAD7', everyWeeks: 4 },
    ];
    const due = measuresDue(
      schedules,
      { PHQ9: '2025-02-17', MOOD: '2025-03-10' },
      '2025-01-06',
      '2025-03-12',
    );
    expect(due.map(({ instrument, dueOn, isOverdue: late }) => [instrument, dueOn, late])).toEqual([
      ['GAD7', '2025-02-03', true],
      ['PHQ9', '2025-03-03', true],
      ['MOOD', '2025-03-17', false],
    ]);
  });
});

describe('schedule invariants', () => {
  const isoDay = fc
    .date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((instant) => instant.toISOString().slice(0, 10));

  it('always puts the due day exactly 7 × N days after the last administration', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: 1, max: 52 }), (lastGiven, everyWeeks) => {
        const dueOn = nextDueDate(everyWeeks, lastGiven, '2000-01-01');
        expect(daysBetween(lastGiven, dueOn)).toBe(7 * everyWeeks);
      }),
    );
  });

  it('returns to the same day after adding and then taking away the same days', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: -1000, max: 1000 }), (day, days) => {
        expect(addDaysToIsoDate(addDaysToIsoDate(day, days), -days)).toBe(day);
      }),
    );
  });
});
