import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import type { ListRange } from '@angular/cdk/collections';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { map } from 'rxjs';

import { SignedInViewerReader } from '../../session/data-access/signed-in-viewer';
import { localIsoDate } from '../../shared/relative-day';
import { CaseloadReader } from '../data-access/caseload-reader';
import { CaseloadControls, type CaseloadFilters } from '../ui/caseload-controls';
import { CaseloadTable } from '../ui/caseload-table';
import { PracticeCountsPanel } from '../ui/practice-counts';
import {
  caseloadCaption,
  caseloadQueryParams,
  caseloadViewInput,
  hasFilters,
  readCaseloadView,
  type CaseloadView,
} from './caseload-view';

/** How long typing may pause before the search is applied (and written to the URL). */
export const SEARCH_SETTLE_MILLISECONDS = 250;

/**
 * The home page: every client on the clinician's caseload, at a glance, or those needing
 * attention first. What it shows lives in the URL, so a view can be bookmarked and Back
 * returns to it. A supervisor can read a supervisee's caseload here too, without the writes.
 */
@Component({
  selector: 'wp-caseload-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    CaseloadControls,
    CaseloadTable,
    PracticeCountsPanel,
  ],
  providers: [CaseloadReader],
  templateUrl: './caseload-page.html',
  styleUrl: './caseload-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseloadPage {
  private readonly caseload = inject(CaseloadReader);
  private readonly viewer = inject(SignedInViewerReader).viewer;
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');
  private readonly table = viewChild(CaseloadTable);

  /** Whether the clinician asked to try again and is waiting to see the result. */
  private readonly isRetrying = signal(false);

  /** Search text typed but not yet applied, and the timer that will apply it. */
  private pendingSearch: { readonly text: string; readonly timer: number } | null = null;

  protected readonly view = toSignal(this.route.queryParamMap.pipe(map(readCaseloadView)), {
    requireSync: true,
  });

  protected readonly isLoading = this.caseload.isLoading;
  protected readonly hasFailed = this.caseload.hasFailed;
  protected readonly counts = this.caseload.counts;
  protected readonly rows = this.caseload.rows;
  protected readonly supervisees = this.caseload.supervisees;
  protected readonly practiceCounts = this.caseload.practiceCounts;

  /**
   * Whose caseload to ask for: a supervisee's only for a supervisor (the server checks the
   * supervision too), null for the clinician's own, undefined while a named clinician waits
   * for the signed-in viewer to be known.
   */
  private readonly clinicianId = computed<string | null | undefined>(() => {
    const named = this.view().clinicianId;
    if (named === null) return null;
    const viewer = this.viewer();
    if (viewer === null) return undefined;
    return viewer.clinician.role === 'SUPERVISOR' && named !== viewer.clinician.id ? named : null;
  });

  /** Whether the caseload is the signed-in clinician's own, to act on, not only to read. */
  protected readonly isOwnCaseload = computed(() => this.clinicianId() === null);

  private readonly superviseeName = computed(
    () =>
      this.supervisees().find((supervisee) => supervisee.id === this.clinicianId())?.displayName,
  );

  protected readonly title = computed(() =>
    this.superviseeName() ? `Caseload of ${this.superviseeName()}` : 'Caseload',
  );

  protected readonly filters = computed<CaseloadFilters>(() => {
    const { shown, statuses, flag, domain, sort, direction } = this.view();
    return { shown, statuses, flag, domain, sort, direction };
  });

  /** How many of the clients the filters let through have a reason for attention. */
  protected readonly attentionCount = computed(() => this.counts()?.attentionCount ?? 0);

  protected readonly hasFilters = computed(() => hasFilters(this.view()));

  protected readonly caption = computed(() => {
    const name = this.superviseeName();
    const whose = this.isOwnCaseload() ? 'Your' : name ? `${name}’s` : 'Their';
    return caseloadCaption(this.view(), whose);
  });

  // Read on every new answer, so a page left open overnight still counts from the right day.
  protected readonly today = computed(() => {
    this.counts();
    return localIsoDate(new Date());
  });

  protected readonly summary = computed(() => {
    const counts = this.counts();
    if (counts === undefined) return '';
    const { totalCount, activeCount, matchCount } = counts;
    const clientWord = totalCount === 1 ? 'client' : 'clients';
    if (this.view().shown === 'all' && matchCount === totalCount) {
      return `${totalCount} ${clientWord}, ${activeCount} active`;
    }
    return `Showing ${matchCount} of ${totalCount} ${clientWord}`;
  });

  protected readonly emptyCaseloadMessage = computed(() => {
    const name = this.superviseeName();
    if (this.isOwnCaseload()) return 'No clients on your caseload yet';
    return name ? `No clients on ${name}’s caseload yet` : 'No clients on this caseload yet';
  });

  constructor() {
    effect(() => {
      const clinicianId = this.clinicianId();
      if (clinicianId !== undefined) {
        this.caseload.show({ clinicianId, view: caseloadViewInput(this.view()) });
        // A new view starts at its top; the first window is the one asked for.
        untracked(() => this.table()?.scrollToTop());
      }
    });

    // A successful retry removes the "Try again" button that held focus; hand focus to the
    // heading so keyboard and screen reader users are not dropped at the top of the document.
    effect(() => {
      if (this.isRetrying() && this.counts() !== undefined && !this.hasFailed()) {
        this.isRetrying.set(false);
        this.heading().nativeElement.focus();
      }
    });

    inject(DestroyRef).onDestroy(() => this.cancelPendingSearch());
  }

  /** The table scrolled: fetch the windows it is about to show. */
  protected showRange(range: ListRange): void {
    this.caseload.loadRange(range.start, range.end);
  }

  protected tryAgain(): void {
    this.isRetrying.set(true);
    this.caseload.refetch();
  }

  /** A filter, the view or the order changed: a new entry in the history, so Back undoes it. */
  protected changeFilters(filters: CaseloadFilters): void {
    // Text typed just before still counts, in the same step.
    const typed = this.cancelPendingSearch();
    void this.go({ ...filters, ...(typed === null ? {} : { search: typed }) });
  }

  /** Applies the search once typing pauses. */
  protected typeSearch(text: string): void {
    this.cancelPendingSearch();
    const timer = window.setTimeout(() => this.applySearch(text), SEARCH_SETTLE_MILLISECONDS);
    this.pendingSearch = { text, timer };
  }

  /** Applies the search at once (Enter). */
  protected submitSearch(text: string): void {
    this.cancelPendingSearch();
    this.applySearch(text);
  }

  protected async clearFilters(): Promise<void> {
    this.cancelPendingSearch();
    await this.go({ statuses: [], flag: null, domain: null, search: '' });
    // The button that held focus is gone with the filters.
    this.heading().nativeElement.focus();
  }

  protected async showAllClients(): Promise<void> {
    await this.go({ shown: 'all' });
    this.heading().nativeElement.focus();
  }

  protected changeCaseload(clinicianId: string): void {
    void this.go({ clinicianId: clinicianId || null });
  }

  private applySearch(text: string): void {
    this.pendingSearch = null;
    const before = this.view().search.trim();
    const after = text.trim();
    if (before === after) return;
    // Refining a search replaces the history entry, so Back is not a keystroke at a time;
    // starting or clearing one is a step of its own.
    void this.go({ search: text }, { replaceUrl: before !== '' && after !== '' });
  }

  /** Stops a pending search from applying, answering its text, or null when none waited. */
  private cancelPendingSearch(): string | null {
    if (this.pendingSearch === null) return null;
    window.clearTimeout(this.pendingSearch.timer);
    const { text } = this.pendingSearch;
    this.pendingSearch = null;
    return text;
  }

  private go(
    changes: Partial<CaseloadView>,
    options: { readonly replaceUrl?: boolean } = {},
  ): Promise<boolean> {
    return this.router.navigate([], {
      relativeTo: this.route,
      queryParams: caseloadQueryParams(changes),
      queryParamsHandling: 'merge',
      replaceUrl: options.replaceUrl ?? false,
    });
  }
}
