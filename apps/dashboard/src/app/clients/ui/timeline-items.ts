import { toIsoDate, type GoalStatus } from '@waypoint/shared';

import type {
  BaselineView,
  ClientStatusChangeView,
  GasReviewView,
  GoalView,
  ProgressEntryView,
} from './client-record-view';
import {
  clientStatusChangeLabels,
  progressCategoryLabels,
  progressKindLabels,
} from './record-labels';

/** The groups the timeline can be narrowed to. */
export type TimelineFilter =
  'ALL' | 'WIN' | 'SETBACK' | 'GRATITUDE' | 'REFLECTION' | 'MILESTONE' | 'CHANGE' | 'GAS_REVIEW';

/** The filters in the order the timeline offers them, with their names. */
export const timelineFilters: readonly {
  readonly filter: TimelineFilter;
  readonly label: string;
}[] = [
  { filter: 'ALL', label: 'Everything' },
  { filter: 'WIN', label: 'Small wins' },
  { filter: 'SETBACK', label: 'Setbacks' },
  { filter: 'GRATITUDE', label: 'Gratitude' },
  { filter: 'REFLECTION', label: 'Reflections' },
  { filter: 'MILESTONE', label: 'Milestones' },
  { filter: 'CHANGE', label: 'Goal and care changes' },
  { filter: 'GAS_REVIEW', label: 'GAS reviews' },
];

/** One moment on the client's timeline. */
export interface TimelineItem {
  /** Unique across kinds, for tracking. */
  readonly key: string;
  readonly filter: Exclude<TimelineFilter, 'ALL'>;
  /** The calendar day it happened (ISO date). */
  readonly day: string;
  /** What kind of moment, in words: "Small win", "Milestone ticked". */
  readonly heading: string;
  /** The moment itself, in the client's words where there are some. */
  readonly text: string;
  /** Whether `text` is the client's own words, shown as a quote. */
  readonly isClientWords: boolean;
  /** Quieter lines under it: the category, the goal it was toward, the reason. */
  readonly details: readonly string[];
  /** Whether this is a win that celebrates the trying. */
  readonly isEffort: boolean;
  /** The progress entry behind it, when the clinician may edit or remove it. */
  readonly entry: ProgressEntryView | null;
  /** Everything searchable about it, normalised. */
  readonly searchText: string;
}

/** What the timeline is built from. */
export interface TimelineSource {
  readonly startedOn: string;
  readonly baseline: BaselineView | null;
  readonly clientStatusHistory: readonly ClientStatusChangeView[];
  readonly goals: readonly GoalView[];
  readonly entries: readonly ProgressEntryView[];
  readonly gasReviews: readonly GasReviewView[];
}

/** The words of the microcopy for a win that was the trying. */
export const effortMessage = 'They tried something new, and the trying counts.';

/** Lower-cased, without accents and extra spaces, so "Café  walk" finds "cafe walk". */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every moment of the client's record, newest first; the start of care comes last. */
export function buildTimeline(source: TimelineSource): TimelineItem[] {
  const goalWords = new Map(source.goals.map((goal) => [goal.id, goal.clientWords]));
  const items: OrderedItem[] = [];

  for (const entry of source.entries) {
    const goal = entry.goalId === null ? undefined : goalWords.get(entry.goalId);
    const details = [progressCategoryLabels[entry.category]];
    if (goal !== undefined) details.push(`Toward “${goal}”`);
    const isEffort = entry.isEffort && entry.kind === 'WIN';
    items.push(
      item({
        key: `entry-${entry.id}`,
        filter: entry.kind,
        ...calendarDay(entry.occurredOn),
        heading: isEffort ? 'Small win: the trying' : progressKindLabels[entry.kind],
        text: entry.clientWords,
        isClientWords: true,
        details: isEffort ? [effortMessage, ...details] : details,
        isEffort,
        entry,
      }),
    );
  }

  for (const goal of source.goals) {
    for (const milestone of goal.milestones) {
      if (milestone.doneAt === null) continue;
      items.push(
        item({
          key: `milestone-${milestone.id}`,
          filter: 'MILESTONE',
          ...moment(milestone.doneAt),
          heading: 'Milestone ticked',
          text: milestone.title,
          isClientWords: false,
          details: [`Toward “${goal.clientWords}”`],
        }),
      );
    }
    goal.statusHistory.forEach((change, index) => {
      const previous = index === 0 ? null : goal.statusHistory[index - 1].status;
      items.push(
        item({
          key: `goal-status-${goal.id}-${index}`,
          filter: 'CHANGE',
          ...moment(change.changedAt),
          heading: goalChangeHeading(previous, change.status),
          text: goal.clientWords,
          isClientWords: true,
          details: change.reason ? [`Reason: ${change.reason}`] : [],
        }),
      );
    });
  }

  for (const review of source.gasReviews) {
    const goalCount = review.ratings.length;
    items.push(
      item({
        key: `gas-review-${review.id}`,
        filter: 'GAS_REVIEW',
        ...calendarDay(review.reviewedOn),
        heading: 'GAS review',
        text: `T-score ${review.tScore.toFixed(1)}`,
        isClientWords: false,
        details: [`${goalCount} ${goalCount === 1 ? 'goal' : 'goals'} rated`],
      }),
    );
  }

  // The first change is the start of care itself, shown below with the baseline.
  source.clientStatusHistory.forEach((change, index) => {
    if (index === 0) return;
    items.push(
      item({
        key: `client-status-${index}`,
        filter: 'CHANGE',
        ...calendarDay(change.changedOn),
        heading: clientStatusChangeLabels[change.status],
        text: change.reason ?? '',
        isClientWords: false,
        details: [],
      }),
    );
  });

  // Newest first. The order key is the local day, then the instant when there is one; a moment
  // known only by its day counts as the end of that day (a win is mostly logged after the
  // session's ticks), so it sorts above the timed moments of the same day.
  items.sort((first, second) =>
    first.order === second.order ? 0 : first.order < second.order ? 1 : -1,
  );
  const timeline = items.map((ordered) => ordered.item);

  const baseline = source.baseline;
  timeline.push(
    item({
      key: 'start-of-care',
      filter: 'CHANGE',
      day: baseline?.recordedOn ?? source.startedOn,
      order: '',
      heading: 'Where they started',
      text: baseline?.text ?? 'Care began',
      isClientWords: baseline !== null,
      details: [],
    }).item,
  );
  return timeline;
}

/** The timeline narrowed to one group and to what matches the search. */
export function filterTimeline(
  items: readonly TimelineItem[],
  filter: TimelineFilter,
  search: string,
): TimelineItem[] {
  const query = normaliseForSearch(search);
  return items.filter(
    (timelineItem) =>
      (filter === 'ALL' || timelineItem.filter === filter) &&
      (query === '' || timelineItem.searchText.includes(query)),
  );
}

/** A timeline item with the key it sorts by. */
interface OrderedItem {
  readonly order: string;
  readonly item: TimelineItem;
}

function item({
  order,
  ...fields
}: Omit<TimelineItem, 'searchText' | 'isEffort' | 'entry'> & {
  readonly order: string;
  readonly isEffort?: boolean;
  readonly entry?: ProgressEntryView;
}): OrderedItem {
  return {
    order,
    item: {
      ...fields,
      isEffort: fields.isEffort ?? false,
      entry: fields.entry ?? null,
      searchText: normaliseForSearch([fields.heading, fields.text, ...fields.details].join(' ')),
    },
  };
}

/** A moment known to the millisecond, placed on its local day. */
function moment(isoDateTime: string): { day: string; order: string } {
  const day = toIsoDate(new Date(isoDateTime));
  return { day, order: `${day} ${isoDateTime}` };
}

/** A moment known only by its day, placed at the day's end ('~' sorts after any time). */
function calendarDay(isoDate: string): { day: string; order: string } {
  return { day: isoDate, order: `${isoDate} ~` };
}

function goalChangeHeading(previous: GoalStatus | null, status: GoalStatus): string {
  if (previous === null) return status === 'PROPOSED' ? 'Goal proposed' : 'Goal set';
  switch (status) {
    case 'COMPLETED':
      return 'Goal achieved';
    case 'ON_HOLD':
      return 'Goal put on hold';
    case 'CANCELLED':
      return 'Goal set aside';
    case 'ACTIVE':
      return previous === 'PROPOSED' ? 'Goal started' : 'Goal picked up again';
    case 'PROPOSED':
      return 'Goal proposed again';
  }
}
