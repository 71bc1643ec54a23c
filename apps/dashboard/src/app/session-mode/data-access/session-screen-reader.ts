import { computed, DestroyRef, effect, inject, Injectable, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type { SessionModality } from '@waypoint/shared';

import { APOLLO } from '../../shared/apollo-on-demand';
import { readApiProblem, type ApiProblem } from '../../shared/api-problem';
import { watchQuery } from '../../shared/watched-query';
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
  private readonly apollo = inject(APOLLO);
  private readonly clientId = signal<string | null>(null);
  private readonly query = watchQuery(
    sessionScreenDocument,
    computed(() => {
      const clientId = this.clientId();
      return clientId === null ? null : { clientId };
    }),
  );

  readonly isLoading = this.query.isLoading;
  readonly loadFailure = this.query.loadFailure;

  /**
   * The client as the screen shows them; the last complete answer stays while one loads. When
   * the server cannot be reached and nothing has loaded (a reload while offline), what this
   * tab kept of the session screen stands in until the server answers again.
   */
  readonly client = computed<SessionScreenClient | null | undefined>(() => {
    const answer = this.query.data();
    if (answer !== undefined) return answer.client;
    const clientId = this.clientId();
    const failure = this.loadFailure();
    return clientId !== null && failure?.isUnreachable
      ? (keptInTab(clientId) ?? undefined)
      : undefined;
  });

  /** Whether the screen shows what this tab kept, not yet an answer from the server. */
  readonly isFromTab = computed(
    () => this.client() !== undefined && this.query.data() === undefined,
  );

  constructor() {
    // Every fresh answer is kept for a reload while offline.
    effect(() => {
      const client = this.query.data()?.client;
      if (client) keepInTab(client);
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
    this.query.refetch();
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
