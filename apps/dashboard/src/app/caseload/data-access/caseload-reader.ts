import { computed, DestroyRef, inject, Injectable, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { of, Subscription, switchMap } from 'rxjs';

import { APOLLO } from '../../shared/apollo-on-demand';
import type { CaseloadViewInput } from '../../__generated__/graphql';
import { SignedInViewerReader } from '../../session/data-access/signed-in-viewer';
import {
  caseloadSuperviseesDocument,
  caseloadViewDocument,
  practiceSummaryDocument,
  type CaseloadClient,
  type CaseloadSupervisee,
  type CaseloadWindow,
  type PracticeCounts,
} from './caseload-documents';

/** How many rows one request asks for: a screenful or two, whatever the caseload's size. */
export const CASELOAD_WINDOW_SIZE = 50;

/** Which caseload, and which view of it. */
export interface CaseloadRequest {
  /** A supervisee's caseload; null for the signed-in clinician's own. */
  readonly clinicianId: string | null;
  readonly view: CaseloadViewInput;
}

/** A window's latest answer, or that it failed. */
interface WindowState {
  readonly answer: CaseloadWindow | null;
  readonly isLoading: boolean;
  readonly hasFailed: boolean;
}

/**
 * Reads a caseload view a window at a time: the first window when the view is shown, the others
 * as the table scrolls to them (`loadRange`). Each window is watched in Apollo's cache, so Back
 * to the caseload shows what it showed at once, then what the server says now. Provide it on the
 * page that shows the caseload, so the watches end when the page does.
 */
@Injectable()
export class CaseloadReader {
  private readonly apollo = inject(APOLLO);
  private readonly viewer = inject(SignedInViewerReader).viewer;
  private readonly request = signal<CaseloadRequest | undefined>(undefined);
  private readonly windows = signal<ReadonlyMap<number, WindowState>>(new Map());
  /**
   * The previous view's windows, shown until the new view's first window answers: the controls
   * and the rows stay in the page (with the clinician's focus) while a new view loads.
   */
  private readonly previous = signal<ReadonlyMap<number, WindowState>>(new Map());
  private readonly shown = computed(() =>
    [...this.windows().values()].some((window) => window.answer !== null)
      ? this.windows()
      : this.previous(),
  );
  private watches = new Subscription();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.watches.unsubscribe());
  }

  /** Whether the signed-in clinician supervises others and may read their caseloads. */
  readonly isSupervisor = computed(() => this.viewer()?.clinician.role === 'SUPERVISOR');

  private readonly superviseesResult = toSignal(
    toObservable(this.isSupervisor).pipe(
      // Only a supervisor has anyone to choose or to count: nobody else asks.
      switchMap((isSupervisor) =>
        isSupervisor
          ? this.apollo.watchQuery({ query: caseloadSuperviseesDocument }).valueChanges
          : of(null),
      ),
    ),
  );

  private readonly practiceResult = toSignal(
    toObservable(this.isSupervisor).pipe(
      switchMap((isSupervisor) =>
        isSupervisor
          ? this.apollo.watchQuery({
              query: practiceSummaryDocument,
              fetchPolicy: 'cache-and-network',
              nextFetchPolicy: 'cache-first',
            }).valueChanges
          : of(null),
      ),
    ),
  );

  /** Whether any window is being fetched, the first one or a retry. */
  readonly isLoading = computed(
    () =>
      this.request() === undefined ||
      [...this.windows().values()].some((window) => window.isLoading),
  );

  /**
   * Whether the latest fetch of a window failed. It stays true while a retry is in flight, so the
   * failure message and its "Try again" button do not vanish from under the clinician's focus.
   */
  readonly hasFailed = computed(() =>
    [...this.windows().values()].some((window) => window.hasFailed),
  );

  /** The counts of the latest answer, or undefined until one has arrived. */
  readonly counts = computed(() => {
    const shown = this.shown();
    const answers = [...shown.values()].flatMap((window) =>
      window.answer === null ? [] : [window.answer],
    );
    // Every window answers the same counts unless the caseload changed in between: the first
    // window's are as good as any, and it is the one always asked for.
    const first = shown.get(0)?.answer ?? answers[0];
    if (first === undefined) return undefined;
    const { totalCount, activeCount, matchCount, attentionCount } = first;
    return { totalCount, activeCount, matchCount, attentionCount };
  });

  /** The view's rows in order, null where a window has not arrived yet. */
  readonly rows = computed<readonly (CaseloadClient | null)[] | undefined>(() => {
    const counts = this.counts();
    if (counts === undefined) return undefined;
    const rows: (CaseloadClient | null)[] = Array.from({ length: counts.matchCount }, () => null);
    for (const window of this.shown().values()) {
      window.answer?.rows.forEach((row, index) => {
        const at = window.answer!.offset + index;
        if (at < rows.length) rows[at] = row;
      });
    }
    return rows;
  });

  /** The clinicians whose caseloads the signed-in supervisor may read; none for anyone else. */
  readonly supervisees = computed<readonly CaseloadSupervisee[]>(() => {
    const result = this.superviseesResult();
    return result?.dataState === 'complete'
      ? (result.data.viewer?.clinician.supervisees ?? [])
      : [];
  });

  /** A supervisor's counts across their caseloads; null for anyone else or until they arrive. */
  readonly practiceCounts = computed<PracticeCounts | null>(() => {
    const result = this.practiceResult();
    return result?.dataState === 'complete' ? (result.data.practiceSummary ?? null) : null;
  });

  /** Shows a caseload view from its first window; the same request again changes nothing. */
  show(request: CaseloadRequest): void {
    const current = this.request();
    if (current !== undefined && JSON.stringify(current) === JSON.stringify(request)) return;
    this.watches.unsubscribe();
    this.watches = new Subscription();
    this.previous.set(this.shown());
    this.windows.set(new Map());
    this.request.set(request);
    this.loadRange(0, CASELOAD_WINDOW_SIZE);
  }

  /** Makes sure the rows from `start` up to `end` are asked for. */
  loadRange(start: number, end: number): void {
    const first = Math.floor(Math.max(0, start) / CASELOAD_WINDOW_SIZE) * CASELOAD_WINDOW_SIZE;
    for (let offset = first; offset < Math.max(end, first + 1); offset += CASELOAD_WINDOW_SIZE) {
      if (!this.windows().has(offset)) this.watchWindow(offset);
    }
  }

  /** Asks the server again for every window shown, for example after a failure. */
  refetch(): void {
    this.watches.unsubscribe();
    this.watches = new Subscription();
    // What is shown stays while it is asked for again.
    for (const offset of this.windows().keys()) this.watchWindow(offset, 'network-only');
  }

  private watchWindow(
    offset: number,
    fetchPolicy: 'cache-and-network' | 'network-only' = 'cache-and-network',
  ): void {
    const request = this.request();
    if (request === undefined) return;
    const shown = this.windows().get(offset);
    this.setWindow(offset, {
      answer: shown?.answer ?? null,
      isLoading: true,
      hasFailed: shown?.hasFailed ?? false,
    });
    const watch = this.apollo
      .watchQuery({
        query: caseloadViewDocument,
        variables: {
          // The own caseload leaves the argument out.
          ...(request.clinicianId === null ? {} : { clinicianId: request.clinicianId }),
          view: request.view,
          offset,
          limit: CASELOAD_WINDOW_SIZE,
        },
        // The flags are the server's reading of many records and of today's date: show what
        // the cache knows at once, then what the server says now.
        fetchPolicy,
        nextFetchPolicy: 'cache-first',
      })
      .valueChanges.subscribe((result) => {
        if (result.dataState === 'complete') this.previous.set(new Map());
        const previous = this.windows().get(offset);
        this.setWindow(offset, {
          answer:
            result.dataState === 'complete' ? result.data.caseloadView : (previous?.answer ?? null),
          isLoading: result.loading,
          hasFailed: result.loading ? (previous?.hasFailed ?? false) : result.error !== undefined,
        });
      });
    this.watches.add(watch);
  }

  private setWindow(offset: number, state: WindowState): void {
    this.windows.update((windows) => new Map(windows).set(offset, state));
  }
}
