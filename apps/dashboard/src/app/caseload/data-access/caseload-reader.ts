import { computed, inject, Injectable, linkedSignal, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Apollo, type QueryRef } from 'apollo-angular';
import { filter, of, switchMap } from 'rxjs';

import type { CaseloadQuery, CaseloadQueryVariables } from '../../__generated__/graphql';
import { SignedInViewerReader } from '../../session/data-access/signed-in-viewer';
import {
  caseloadDocument,
  caseloadSuperviseesDocument,
  type CaseloadClient,
  type CaseloadSupervisee,
} from './caseload-document';

/**
 * Watches a caseload in Apollo's cache and exposes it as signals: the signed-in clinician's own,
 * or a supervisee's once `show` names them. Provide it on the page that shows the caseload, so
 * the watch ends when the page does.
 */
@Injectable()
export class CaseloadReader {
  private readonly apollo = inject(Apollo);
  private readonly viewer = inject(SignedInViewerReader).viewer;
  /** Whose caseload to show; undefined until the page says. */
  private readonly shown = signal<{ readonly clinicianId: string | null } | undefined>(undefined);
  private queryRef: QueryRef<CaseloadQuery, CaseloadQueryVariables> | null = null;

  private readonly result = toSignal(
    toObservable(this.shown).pipe(
      // Nothing is asked before the page knows whose caseload: each listing is audited.
      filter((shown) => shown !== undefined),
      switchMap(({ clinicianId }) => {
        this.queryRef = this.apollo.watchQuery({
          query: caseloadDocument,
          // The own caseload leaves the argument out, as every other reader of it does.
          variables: clinicianId === null ? {} : { clinicianId },
          // The flags are the server's reading of many records and of today's date: show what
          // the cache knows at once (Back to the caseload is instant), then what the server
          // says now.
          fetchPolicy: 'cache-and-network',
          nextFetchPolicy: 'cache-first',
        });
        return this.queryRef.valueChanges;
      }),
    ),
  );

  /** Whether the signed-in clinician supervises others and may read their caseloads. */
  readonly isSupervisor = computed(() => this.viewer()?.clinician.role === 'SUPERVISOR');

  private readonly superviseesResult = toSignal(
    toObservable(this.isSupervisor).pipe(
      // Only a supervisor has anyone to choose: nobody else asks.
      switchMap((isSupervisor) =>
        isSupervisor
          ? this.apollo.watchQuery({ query: caseloadSuperviseesDocument }).valueChanges
          : of(null),
      ),
    ),
  );

  /** Whether a fetch is in flight, the first one or a retry. */
  readonly isLoading = computed(() => this.result()?.loading ?? true);

  /**
   * Whether the latest finished fetch failed. It stays true while a retry is in flight, so the
   * failure message and its "Try again" button do not vanish from under the clinician's focus.
   */
  readonly hasFailed = linkedSignal({
    source: this.result,
    computation: (result, previous?: { value: boolean }) =>
      result === undefined || result.loading
        ? (previous?.value ?? false)
        : result.error !== undefined,
  }).asReadonly();

  /** The clients, or undefined until a complete answer has arrived. */
  readonly clients = computed<readonly CaseloadClient[] | undefined>(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data.caseload : undefined;
  });

  /** The clinicians whose caseloads the signed-in supervisor may read; none for anyone else. */
  readonly supervisees = computed<readonly CaseloadSupervisee[]>(() => {
    const result = this.superviseesResult();
    return result?.dataState === 'complete'
      ? (result.data.viewer?.clinician.supervisees ?? [])
      : [];
  });

  /** Shows a supervisee's caseload, or the signed-in clinician's own for null. */
  show(clinicianId: string | null): void {
    if (this.shown()?.clinicianId !== clinicianId) this.shown.set({ clinicianId });
  }

  /** Asks the server again, for example after a failure. */
  refetch(): void {
    // A failed refetch is already reported through the watched result; the promise only repeats it.
    this.queryRef?.refetch().catch(() => undefined);
  }
}
