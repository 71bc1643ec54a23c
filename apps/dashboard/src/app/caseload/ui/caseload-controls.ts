import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  linkedSignal,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule, type MatButtonToggleChange } from '@angular/material/button-toggle';
import { MatChipsModule, type MatChipListboxChange } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  ATTENTION_PRIORITY,
  CLIENT_STATUSES,
  GOAL_DOMAINS,
  type AttentionKind,
  type ClientStatus,
  type GoalDomain,
} from '@waypoint/shared';

import { goalDomainLabels } from '../../clients/ui/record-labels';
import { clientStatusLabels } from './client-status-chip';

/** What the rows are ordered by: ascending unless the direction says otherwise. */
export type CaseloadSort = 'name' | 'lastSession' | 'lastProgress';
export type SortDirection = 'asc' | 'desc';

/** Which clients the caseload lists, and in which order. Empty or null means "any". */
export interface CaseloadFilters {
  /** Every client by the sort, or only those with a reason for attention, by kind of need. */
  readonly shown: 'all' | 'attention';
  readonly statuses: readonly ClientStatus[];
  readonly flag: AttentionKind | null;
  readonly domain: GoalDomain | null;
  readonly sort: CaseloadSort;
  readonly direction: SortDirection;
}

/** Each kind of attention as the filter names it. */
export const attentionKindLabels: Readonly<Record<AttentionKind, string>> = {
  SAFETY_REVIEW: 'Safety review needed',
  RELIABLE_DETERIORATION: 'Reliably worse',
  NOT_ON_TRACK: 'Not on track',
  NO_RECENT_SESSION: 'No recent session',
  NO_RECENT_PROGRESS: 'No recent progress',
  MEASURE_OVERDUE: 'Measure due',
  NOTES_TO_SIGN: 'Notes to sign',
};

/** The orders the caseload offers, as the sort menu words them. */
export const caseloadSortOptions: readonly {
  readonly sort: CaseloadSort;
  readonly direction: SortDirection;
  readonly label: string;
}[] = [
  { sort: 'name', direction: 'asc', label: 'Name, A to Z' },
  { sort: 'name', direction: 'desc', label: 'Name, Z to A' },
  { sort: 'lastSession', direction: 'asc', label: 'Last session, longest ago first' },
  { sort: 'lastSession', direction: 'desc', label: 'Last session, most recent first' },
  { sort: 'lastProgress', direction: 'asc', label: 'Last progress, longest ago first' },
  { sort: 'lastProgress', direction: 'desc', label: 'Last progress, most recent first' },
];

/**
 * Above the caseload table: all clients or those needing attention, a name search, and filters
 * by status, reason and goal domain, with the order. Each change is emitted as it happens; the
 * search on every keystroke, for the page to settle.
 */
@Component({
  selector: 'wp-caseload-controls',
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatChipsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
  ],
  templateUrl: './caseload-controls.html',
  styleUrl: './caseload-controls.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseloadControls {
  /** The filters in force. */
  readonly filters = input.required<CaseloadFilters>();

  /** The name search in force. */
  readonly search = input.required<string>();

  /** How many clients the "Needs attention" view would list. */
  readonly attentionCount = input.required<number>();

  /** Emitted with the whole set of filters whenever one changes. */
  readonly filtersChange = output<CaseloadFilters>();

  /** Emitted with the search text on every keystroke. */
  readonly searchInput = output<string>();

  /** Emitted with the search text when the clinician presses Enter. */
  readonly searchSubmit = output<string>();

  /** Emitted when the clinician asks to clear the search and every filter. */
  readonly clearFilters = output<void>();

  protected readonly statusOptions = CLIENT_STATUSES.map((status) => ({
    status,
    label: clientStatusLabels[status],
  }));
  protected readonly flagOptions = ATTENTION_PRIORITY.map((kind) => ({
    kind,
    label: attentionKindLabels[kind],
  }));
  protected readonly domainOptions = GOAL_DOMAINS.map((domain) => ({
    domain,
    label: goalDomainLabels[domain],
  }));
  protected readonly sortOptions = caseloadSortOptions;

  /**
   * What the search field holds. It follows the URL (Back restores it) but keeps what is being
   * typed when the URL only caught up with it, trailing space included.
   */
  protected readonly searchText = linkedSignal<string, string>({
    source: this.search,
    computation: (search, previous) =>
      previous !== undefined && previous.value.trim() === search.trim() ? previous.value : search,
  });

  protected readonly sortValue = computed(
    () => `${this.filters().sort}:${this.filters().direction}`,
  );

  protected readonly hasAny = computed(() => {
    const { statuses, flag, domain } = this.filters();
    return statuses.length > 0 || flag !== null || domain !== null || this.search().trim() !== '';
  });

  protected showClients(change: MatButtonToggleChange): void {
    const shown = change.value === 'attention' ? 'attention' : 'all';
    if (shown !== this.filters().shown) this.change({ shown });
  }

  protected chooseStatuses(change: MatChipListboxChange): void {
    const chosen: readonly string[] = Array.isArray(change.value) ? change.value : [];
    this.change({ statuses: CLIENT_STATUSES.filter((status) => chosen.includes(status)) });
  }

  protected chooseFlag(flag: AttentionKind | null): void {
    this.change({ flag });
  }

  protected chooseDomain(domain: GoalDomain | null): void {
    this.change({ domain });
  }

  protected chooseSort(value: string): void {
    const option = caseloadSortOptions.find(
      (candidate) => `${candidate.sort}:${candidate.direction}` === value,
    );
    if (option) this.change({ sort: option.sort, direction: option.direction });
  }

  protected typeSearch(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.searchText.set(text);
    this.searchInput.emit(text);
  }

  protected submitSearch(event: Event): void {
    event.preventDefault();
    this.searchSubmit.emit(this.searchText());
  }

  private change(changes: Partial<CaseloadFilters>): void {
    this.filtersChange.emit({ ...this.filters(), ...changes });
  }
}
