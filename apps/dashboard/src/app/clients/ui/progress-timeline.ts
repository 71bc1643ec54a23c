import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  linkedSignal,
  output,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule, type MatChipListboxChange } from '@angular/material/chips';
import { MatMenuModule } from '@angular/material/menu';

import { formatCalendarDay, formatCalendarMonth } from './calendar-day';
import type { ProgressEntryView } from './client-record-view';
import { timelineFilters, type TimelineFilter, type TimelineItem } from './timeline-items';

/** A timeline item with its day in words. */
type ShownItem = TimelineItem & { readonly dayLabel: string };

/** A month of the timeline with its items. */
interface TimelineMonth {
  readonly label: string;
  readonly items: readonly ShownItem[];
}

/** How many moments show at first, and how many more each "Show earlier" adds. */
export const timelinePageSize = 30;

/**
 * The client's record as one road, newest first and ending where they started: wins,
 * setbacks, gratitude, reflections, ticked milestones, changes and GAS reviews.
 */
@Component({
  selector: 'wp-progress-timeline',
  imports: [NgTemplateOutlet, MatButtonModule, MatChipsModule, MatMenuModule],
  templateUrl: './progress-timeline.html',
  styleUrl: './progress-timeline.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgressTimeline {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** The items to show, already narrowed by filter and search, newest first. */
  readonly items = input.required<readonly TimelineItem[]>();

  /** The group shown. */
  readonly filter = input<TimelineFilter>('ALL');

  /** Whether a search is narrowing the items. */
  readonly isSearching = input(false);

  /** Ids of entries still on their way to the server. */
  readonly savingEntryIds = input<ReadonlySet<string>>(new Set());

  /** Emitted when the clinician picks another group. */
  readonly filterChange = output<TimelineFilter>();
  /** Emitted when the clinician wants to edit an entry. */
  readonly editEntry = output<ProgressEntryView>();
  /** Emitted when the clinician wants to remove an entry. */
  readonly removeEntry = output<ProgressEntryView>();

  protected readonly filters = timelineFilters;

  /** How many moments are shown; back to one page when the filter changes. */
  private readonly limit = linkedSignal({
    source: this.filter,
    computation: () => timelinePageSize,
  });

  /** The start of care, always shown last: the point every step is measured from. */
  protected readonly start = computed<ShownItem | null>(() => {
    const last = this.items().at(-1);
    return last?.key === 'start-of-care' ? shown(last) : null;
  });

  private readonly moments = computed(() =>
    this.start() === null ? this.items() : this.items().slice(0, -1),
  );

  protected readonly hiddenCount = computed(() =>
    Math.max(0, this.moments().length - this.limit()),
  );

  protected readonly months = computed<readonly TimelineMonth[]>(() => {
    const months: { label: string; items: ShownItem[] }[] = [];
    for (const item of this.moments().slice(0, this.limit())) {
      const label = formatCalendarMonth(item.day);
      let month = months.at(-1);
      if (month?.label !== label) {
        month = { label, items: [] };
        months.push(month);
      }
      month.items.push(shown(item));
    }
    return months;
  });

  protected chooseFilter(change: MatChipListboxChange): void {
    // A click on the chosen chip would leave nothing chosen; "Everything" is the way back.
    this.filterChange.emit((change.value as TimelineFilter | undefined) ?? 'ALL');
  }

  protected showEarlier(): void {
    const firstNew = this.moments()[this.limit()];
    this.limit.update((limit) => limit + timelinePageSize);
    // The first newly shown moment takes focus, so reading carries on from there.
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>(`[data-timeline-item="${firstNew?.key}"]`)
          ?.focus(),
      { injector: this.injector },
    );
  }
}

function shown(item: TimelineItem): ShownItem {
  return { ...item, dayLabel: formatCalendarDay(item.day) };
}
