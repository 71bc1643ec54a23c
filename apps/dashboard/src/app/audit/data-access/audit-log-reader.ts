import { computed, inject, Injectable, linkedSignal, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { filter, firstValueFrom, switchMap } from 'rxjs';

import { APOLLO } from '../../shared/apollo-on-demand';
import type {
  AuditEventFilter,
  AuditEventSort,
  AuditEventsQueryVariables,
  VerifyAuditChainQuery,
} from '../../__generated__/graphql';
import {
  auditActorsDocument,
  auditEventsCsvDocument,
  auditEventsDocument,
  verifyAuditChainDocument,
  type AuditEventRow,
} from './audit-documents';

/** What walking the audit chain found. */
export type AuditChainVerification = VerifyAuditChainQuery['verifyAuditChain'];

/** One page of events with the count across all pages. */
export interface AuditEventsPage {
  readonly events: readonly AuditEventRow[];
  readonly totalCount: number;
}

/**
 * The practice's audit trail for an admin: one page of events for the variables it is given,
 * the people who can appear as actors, the CSV export and the chain check. Provide it on the
 * page that shows the audit log, so its watches end when the page does.
 */
@Injectable()
export class AuditLogReader {
  private readonly apollo = inject(APOLLO);
  private readonly variables = signal<AuditEventsQueryVariables | null>(null);

  private readonly result = toSignal(
    toObservable(this.variables).pipe(
      // Nothing is asked before the page says what to show: each read is an audit event too.
      filter((variables) => variables !== null),
      switchMap(
        (variables) =>
          this.apollo.watchQuery({
            query: auditEventsDocument,
            variables,
            // Events are appended all the time (reading this page adds one): show what is
            // known at once, then what the server says now.
            fetchPolicy: 'cache-and-network',
          }).valueChanges,
      ),
    ),
  );

  private readonly actorsResult = toSignal(
    this.apollo.watchQuery({ query: auditActorsDocument }).valueChanges,
  );

  /** Whether a page of events is on its way. */
  readonly isLoading = computed(() => this.result()?.loading ?? true);

  /** Whether the latest finished fetch failed. */
  readonly hasFailed = computed(() => {
    const result = this.result();
    return result !== undefined && !result.loading && result.error !== undefined;
  });

  /** The latest complete page; the previous one stays while the next loads, so rows do not flash. */
  readonly page = linkedSignal<ReturnType<typeof this.result>, AuditEventsPage | undefined>({
    source: this.result,
    computation: (result, previous) =>
      result?.dataState === 'complete' ? result.data.auditEvents : previous?.value,
  });

  /** Everyone who can appear as an actor, for the filter. */
  readonly actors = computed(() => {
    const result = this.actorsResult();
    return result?.dataState === 'complete' ? result.data.accounts : [];
  });

  /** Shows the events for these variables. */
  show(variables: AuditEventsQueryVariables): void {
    this.variables.set(variables);
  }

  /** Asks the server again for the current variables. */
  refetch(): void {
    const variables = this.variables();
    this.variables.set(variables === null ? null : { ...variables });
  }

  /** The matching events as CSV text; never kept in the cache. */
  async exportCsv(filter: AuditEventFilter, sort: AuditEventSort): Promise<string> {
    const { data } = await firstValueFrom(
      this.apollo.query({
        query: auditEventsCsvDocument,
        variables: { filter, sort },
        fetchPolicy: 'no-cache',
      }),
    );
    if (!data) throw new Error('The export answer had no data');
    return data.auditEventsCsv;
  }

  /** Walks the practice's chain and reports the first break, if any. */
  async verifyChain(): Promise<AuditChainVerification> {
    const { data } = await firstValueFrom(
      this.apollo.query({ query: verifyAuditChainDocument, fetchPolicy: 'no-cache' }),
    );
    if (!data) throw new Error('The check answer had no data');
    return data.verifyAuditChain;
  }
}
