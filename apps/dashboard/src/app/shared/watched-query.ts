import { computed, inject, linkedSignal, type Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { ObservableQuery, OperationVariables, TypedDocumentNode } from '@apollo/client';
import type { QueryRef } from 'apollo-angular';
import { filter, switchMap } from 'rxjs';

import { APOLLO } from './apollo-on-demand';
import { readApiProblem, type ApiProblem } from './api-problem';

/** One query watched in Apollo's cache, as the signals a page reads. */
export interface WatchedQuery<TData> {
  /** The latest answer as Apollo gives it (loading, error, data), or undefined before any. */
  readonly result: Signal<ObservableQuery.Result<TData> | undefined>;
  /** Whether a fetch is in flight. */
  readonly isLoading: Signal<boolean>;
  /** Why the latest finished fetch failed, or null; it stays while a retry is in flight. */
  readonly loadFailure: Signal<ApiProblem | null>;
  /** The last complete answer; it stays while a newer one loads. */
  readonly data: Signal<TData | undefined>;
  /** Asks the server again, for example after a failure. */
  refetch(): void;
}

/**
 * Watches `document` for the variables `variables` holds (nothing while it holds null), showing
 * what the cache knows at once and then what the server says now: someone else may have
 * changed the record since this browser last looked. Call it in an injection context.
 */
export function watchQuery<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: Signal<TVariables | null>,
): WatchedQuery<TData> {
  const apollo = inject(APOLLO);
  let queryRef: QueryRef<TData, TVariables> | null = null;
  const result = toSignal(
    toObservable(variables).pipe(
      filter((value): value is TVariables => value !== null),
      switchMap((value) => {
        queryRef = apollo.watchQuery<TData, TVariables>({
          query: document,
          variables: value,
          fetchPolicy: 'cache-and-network',
          nextFetchPolicy: 'cache-first',
        });
        return queryRef.valueChanges;
      }),
    ),
  ) as Signal<ObservableQuery.Result<TData> | undefined>;
  return {
    result,
    isLoading: computed(() => result()?.loading ?? true),
    loadFailure: linkedSignal({
      source: result,
      computation: (answer, previous?: { value: ApiProblem | null }) => {
        if (answer === undefined || answer.loading) return previous?.value ?? null;
        return answer.error === undefined ? null : readApiProblem(answer.error);
      },
    }),
    data: linkedSignal({
      source: result,
      computation: (answer, previous?: { value: TData | undefined }) =>
        answer?.dataState === 'complete' ? (answer.data as TData) : previous?.value,
    }),
    refetch: () => {
      queryRef?.refetch().catch(() => undefined);
    },
  };
}
