import { computed, Injectable, signal } from '@angular/core';

import { watchQuery } from '../../shared/watched-query';
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
  private readonly clientId = signal<string | null>(null);
  // What the cache knows at once, then the server's answer: a colleague may have recorded a
  // review since this browser last looked, and a safety flag must not wait.
  private readonly query = watchQuery(
    measureRecordDocument,
    computed(() => {
      const id = this.clientId();
      return id === null ? null : { id };
    }),
  );

  /** Whether a fetch is in flight. */
  readonly isLoading = this.query.isLoading;

  /** Why the latest finished fetch failed (its error code, null when unreachable), or null. */
  readonly loadFailure = this.query.loadFailure;

  private readonly answer = this.query.data;

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
    this.query.refetch();
  }
}
