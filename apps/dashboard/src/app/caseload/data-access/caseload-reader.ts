import { computed, inject, Injectable, linkedSignal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Apollo } from 'apollo-angular';

import { caseloadDocument, type CaseloadClient } from './caseload-document';

/**
 * Watches the signed-in clinician's caseload in Apollo's cache and exposes it as signals.
 * Provide it on the page that shows the caseload, so the watch ends when the page does.
 */
@Injectable()
export class CaseloadReader {
  private readonly queryRef = inject(Apollo).watchQuery({ query: caseloadDocument });
  private readonly result = toSignal(this.queryRef.valueChanges);

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

  /** Asks the server again, for example after a failure. */
  refetch(): void {
    // A failed refetch is already reported through the watched result; the promise only repeats it.
    this.queryRef.refetch().catch(() => undefined);
  }
}
