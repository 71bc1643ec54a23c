import {
  computed,
  DestroyRef,
  effect,
  inject,
  Injectable,
  linkedSignal,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Apollo, type QueryRef } from 'apollo-angular';
import { filter, firstValueFrom, switchMap } from 'rxjs';

import type { SessionModality } from '@waypoint/shared';
import type { SessionScreenQuery, SessionScreenQueryVariables } from '../../__generated__/graphql';
import { readApiProblem, type ApiProblem } from '../../shared/api-problem';
import {
  sessionScreenDocument,
  startSessionDocument,
  type SessionScreenClient,
} from './session-screen-documents';

/**
 * Watches what the session screen shows of one client in Apollo's cache: their active goals
 * and milestones, and the open session with what happened in it. Provide it on the page.
 */
@Injectable()
export class SessionScreenReader {
  private readonly apollo = inject(Apollo);
  private readonly clientId = signal<string | null>(null);
  private queryRef: QueryRef<SessionScreenQuery, SessionScreenQueryVariables> | null = null;

  private readonly result = toSignal(
    toObservable(this.clientId).pipe(
      filter((id): id is string => id !== null),
      switchMap((clientId) => {
        this.queryRef = this.apollo.watchQuery({
          query: sessionScreenDocument,
          variables: { clientId },
          fetchPolicy: 'cache-and-network',
          nextFetchPolicy: 'cache-first',
        });
        return this.queryRef.valueChanges;
      }),
    ),
  );

  readonly isLoading = computed(() => this.result()?.loading ?? true);

  /** Why the latest fetch failed, or null; it stays while a retry is in flight. */
  readonly loadFailure = linkedSignal<ReturnType<typeof this.result>, ApiProblem | null>({
    source: this.result,
    computation: (result, previous) => {
      if (result === undefined || result.loading) return previous?.value ?? null;
      return result.error === undefined ? null : readApiProblem(result.error);
    },
  });

  /**
   * The client as the screen shows them; the last complete answer stays while one loads. When
   * the server cannot be reached and nothing has loaded (a reload while offline), what this
   * tab kept of the session screen stands in until the server answers again.
   */
  readonly client = linkedSignal<
    ReturnType<typeof this.result>,
    SessionScreenClient | null | undefined
  >({
    source: this.result,
    computation: (result, previous) => {
      if (result?.dataState === 'complete') return result.data.client;
      const clientId = this.clientId();
      const isUnreachable =
        result !== undefined &&
        !result.loading &&
        result.error !== undefined &&
        readApiProblem(result.error).isUnreachable;
      if (previous?.value === undefined && isUnreachable && clientId !== null) {
        return keptInTab(clientId) ?? undefined;
      }
      return previous?.value;
    },
  });

  /** Whether the screen shows what this tab kept, not yet a fresh answer from the server. */
  readonly isFromTab = computed(
    () => this.client() !== undefined && this.result()?.dataState !== 'complete',
  );

  constructor() {
    // Every fresh answer is kept for a reload while offline.
    effect(() => {
      const result = this.result();
      if (result?.dataState === 'complete' && result.data.client) keepInTab(result.data.client);
    });
    // Back online: ask again at once rather than waiting for a click on "Try again".
    const refetchWhenOnline = () => {
      if (this.isFromTab() || this.loadFailure() !== null) this.refetch();
    };
    window.addEventListener('online', refetchWhenOnline);
    inject(DestroyRef).onDestroy(() => window.removeEventListener('online', refetchWhenOnline));
  }

  watch(clientId: string): void {
    this.clientId.set(clientId);
  }

  /** Forgets what this tab kept of the client's session screen: the session has ended. */
  forgetKept(): void {
    const clientId = this.clientId();
    if (clientId !== null) sessionStorage.removeItem(keptKey(clientId));
  }

  refetch(): void {
    this.queryRef?.refetch().catch(() => undefined);
  }

  /**
   * Starts a session with the client now. It needs the server: until it answers there is no
   * session for anything else to be recorded in. Resolves with the problem, or null.
   */
  async start(modality: SessionModality): Promise<ApiProblem | null> {
    const clientId = this.clientId();
    if (clientId === null) throw new Error('No client is being watched');
    try {
      await firstValueFrom(
        this.apollo.mutate({
          mutation: startSessionDocument,
          variables: {
            input: { clientId, modality, startedAt: new Date().toISOString() },
            idempotencyKey: crypto.randomUUID(),
          },
          update: (cache, { data }) => {
            const session = data?.startSession;
            if (!session) return;
            cache.modify({
              id: cache.identify({ __typename: 'Client', id: clientId }),
              fields: { openSession: (_existing, { toReference }) => toReference(session, true) },
            });
          },
        }),
      );
      return null;
    } catch (error) {
      return readApiProblem(error);
    }
  }
}

// The session screen as last loaded, in the tab's own storage: gone when the tab closes and
// at sign-out, and forgotten when the session ends. It holds what the screen already shows.
function keptKey(clientId: string): string {
  return `waypoint.session-screen.${clientId}`;
}

function keepInTab(client: SessionScreenClient): void {
  try {
    if (client.openSession) sessionStorage.setItem(keptKey(client.id), JSON.stringify(client));
    else sessionStorage.removeItem(keptKey(client.id));
  } catch {
    // Storage full or switched off: a reload while offline then shows the "can't reach" state.
  }
}

function keptInTab(clientId: string): SessionScreenClient | null {
  try {
    const kept = sessionStorage.getItem(keptKey(clientId));
    return kept === null ? null : (JSON.parse(kept) as SessionScreenClient);
  } catch {
    return null;
  }
}
