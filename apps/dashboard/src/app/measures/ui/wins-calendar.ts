import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { addDaysToIsoDate } from '@waypoint/shared';

import { formatCalendarDay } from '../../clients/ui/calendar-day';
import type { WinsDay } from './measure-views';

/** One square of the calendar. */
interface CalendarSquare {
  readonly day: string;
  readonly level: number;
  readonly hasMilestone: boolean;
  readonly label: string;
}

const monthLabelFormat = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });

/** How dark a day is: more small wins and ticks, darker; five steps like the legend. */
function levelOf(count: number): number {
  if (count <= 0) return 0;
  if (count === 1) return 1;
  if (count === 2) return 2;
  return count <= 4 ? 3 : 4;
}

function describeDay(day: string, wins: number, milestones: number): string {
  const parts = [
    wins > 0 ? `${wins} small ${wins === 1 ? 'win' : 'wins'}` : null,
    milestones > 0 ? `${milestones} ${milestones === 1 ? 'milestone' : 'milestones'} ticked` : null,
  ].filter((part) => part !== null);
  return `${formatCalendarDay(day)}: ${parts.length > 0 ? parts.join(', ') : 'nothing logged'}`;
}

/** Monday of the week an ISO date falls in. */
function mondayOf(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return addDaysToIsoDate(isoDate, -((weekday + 6) % 7));
}

/**
 * The sticker chart: one square per day for the last 26 weeks, darker for more small wins and
 * ticked milestones, a tick on days a milestone was ticked; with a table of the same days.
 */
@Component({
  selector: 'wp-wins-calendar',
  imports: [MatTableModule],
  templateUrl: './wins-calendar.html',
  styleUrl: './wins-calendar.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WinsCalendar {
  /** Days with small wins or ticked milestones; days not listed had none. */
  readonly days = input.required<readonly WinsDay[]>();

  /** Today's local date (ISO): the last square. */
  readonly today = input.required<string>();

  /** How many weeks the calendar shows, ending with this one. */
  readonly weeks = input(26);

  protected readonly columns = ['day', 'wins', 'milestones'];
  protected readonly weekdayLabels = ['Mon', '', 'Wed', '', 'Fri', '', ''];

  private readonly firstDay = computed(() =>
    addDaysToIsoDate(mondayOf(this.today()), -7 * (this.weeks() - 1)),
  );

  private readonly byDay = computed(() => {
    const byDay = new Map<string, { wins: number; milestones: number }>();
    for (const entry of this.days()) {
      const known = byDay.get(entry.day) ?? { wins: 0, milestones: 0 };
      byDay.set(entry.day, {
        wins: known.wins + entry.winCount,
        milestones: known.milestones + entry.milestoneCount,
      });
    }
    return byDay;
  });

  protected readonly squares = computed<readonly CalendarSquare[]>(() => {
    const today = this.today();
    const squares: CalendarSquare[] = [];
    for (let day = this.firstDay(); day <= today; day = addDaysToIsoDate(day, 1)) {
      const counts = this.byDay().get(day) ?? { wins: 0, milestones: 0 };
      squares.push({
        day,
        level: levelOf(counts.wins + counts.milestones),
        hasMilestone: counts.milestones > 0,
        label: describeDay(day, counts.wins, counts.milestones),
      });
    }
    return squares;
  });

  /** A month's short name above the first week that starts in it. */
  protected readonly monthLabels = computed(() => {
    const labels: { readonly week: number; readonly label: string }[] = [];
    let previousMonth = '';
    for (let week = 0; week < this.weeks(); week += 1) {
      const monday = addDaysToIsoDate(this.firstDay(), week * 7);
      const month = monday.slice(0, 7);
      if (month !== previousMonth) {
        const [year, monthNumber] = month.split('-').map(Number);
        // The first column may start late in a month; its name would crowd the next one.
        if (week > 0 || Number(monday.slice(8)) <= 21) {
          labels.push({
            week: week + 1,
            label: monthLabelFormat.format(new Date(Date.UTC(year, monthNumber - 1, 1))),
          });
        }
        previousMonth = month;
      }
    }
    return labels;
  });

  /** The days with anything on them, newest first, for the table. */
  protected readonly rows = computed(() =>
    [...this.byDay().entries()]
      .filter(
        ([day, counts]) =>
          day >= this.firstDay() && day <= this.today() && counts.wins + counts.milestones > 0,
      )
      .sort(([first], [second]) => second.localeCompare(first))
      .map(([day, counts]) => ({
        day: formatCalendarDay(day),
        wins: counts.wins,
        milestones: counts.milestones,
      })),
  );

  protected readonly summary = computed(() => {
    const rows = this.rows();
    const wins = rows.reduce((total, row) => total + row.wins, 0);
    const milestones = rows.reduce((total, row) => total + row.milestones, 0);
    const weeks = this.weeks();
    if (rows.length === 0) return `The last ${weeks} weeks: nothing logged yet.`;
    const dayWord = rows.length === 1 ? 'day' : 'days';
    return `The last ${weeks} weeks: ${wins} small ${wins === 1 ? 'win' : 'wins'} and ${milestones} ${milestones === 1 ? 'milestone' : 'milestones'} ticked, on ${rows.length} ${dayWord}. The table below lists them.`;
  });
}
