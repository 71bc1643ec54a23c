import { computed, inject, Injectable, linkedSignal, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Apollo, type QueryRef } from 'apollo-angular';
import { filter, switchMap } from 'rxjs';

import type { MeasureRecordQuery, MeasureRecordQueryVariables } from '../../__generated__/graphql';
import { readApiProblem } from '../../shared/api-problem';
import {
  measureRecordDocument,
  type CrisisResourceRecord,
  type MeasureRecord,
  type MeasureResponseRecord,
  type MeasureScheduleRecord,
  type SafetyFlagRecord,
} from './measure-documents';

/**
 * Watches one client's measures in Apollo's cache: responses and drafts, safety flags,
 * schedules, not-on-track reasons and the crisis resources. Provide it where the measures
 * are shown, so the watch ends with them.
 */
@Injectable()
export class MeasureRecordReader {
  private readonly apollo = inject(Apollo);
  private readonly clientId = signal<string | null>(null);
  private queryRef: QueryRef<MeasureRecordQuery, MeasureRecordQueryVariables> | null = null;

  private readonly result = toSignal(
    toObservable(this.clientId).pipe(
      filter((id): id is string => id !== null),
      switchMap((id) => {
        this.queryRef = this.apollo.watchQuery({
          query: measureRecordDocument,
          variables: { id },
          // What the cache knows at once, then the server's answer: a colleague may have
          // recorded a review since this browser last looked, and a safety flag must not wait.
          fetchPolicy: 'cache-and-network',
          nextFetchPolicy: 'cache-first',
        });
        return this.queryRef.valueChanges;
      }),
    ),
  );

  /** Whether a fetch is in flight. */
  readonly isLoading = computed(() => this.result()?.loading ?? true);

  /** Why the latest finished fetch failed (its error code, null when unreachable), or null. */
  readonly loadFailure = linkedSignal<
    ReturnType<typeof this.result>,
    { readonly code: string | null } | null
  >({
    source: this.result,
    computation: (result, previous) => {
      if (result === undefined || result.loading) return previous?.value ?? null;
      return result.error === undefined ? null : { code: readApiProblem(result.error).code };
    },
  });

  private readonly answer = linkedSignal<
    ReturnType<typeof this.result>,
    MeasureRecordQuery | undefined
  >({
    source: this.result,
    computation: (result, previous) =>
      result?.dataState === 'complete' ? result.data : previous?.value,
  });

  /** The client's measures; the last complete answer stays while a newer one loads. */
  readonly record = computed<MeasureRecord | undefined>(() => this.answer()?.client);

  /** Every response and draft, newest first. */
  readonly measureResponses = computed<readonly MeasureResponseRecord[]>(
    () => this.record()?.measureResponses ?? [],
  );

  /** Safety flags, unreviewed first. */
  readonly safetyFlags = computed<readonly SafetyFlagRecord[]>(
    () => this.record()?.safetyFlags ?? [],
  );

  /** The flags that still wait for a clinician's review. */
  readonly unreviewedSafetyFlags = computed(() =>
    this.safetyFlags().filter((flag) => !flag.isReviewed),
  );

  /** How often each scheduled measure is given, and when it is next due. */
  readonly measureSchedules = computed<readonly MeasureScheduleRecord[]>(
    () => this.record()?.measureSchedules ?? [],
  );

  /** Measures that look off course, with the rule's reason. */
  readonly notOnTrack = computed(() => this.record()?.notOnTrack ?? []);

  /** Where to turn in a crisis, shown with every safety flag. */
  readonly crisisResources = computed<readonly CrisisResourceRecord[]>(
    () => this.answer()?.crisisResources ?? [],
  );

  /** Starts watching a client's measures (again, when the id changes). */
  watch(clientId: string): void {
    this.clientId.set(clientId);
  }

  /** Asks the server again, for example after a failure. */
  refetch(): void {
    this.queryRef?.refetch().catch(() => undefined);
  }
}
