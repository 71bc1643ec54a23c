import { inject, Injectable, InjectionToken } from '@angular/core';

import type { TypedDocumentString } from '../../__generated__/start-up-documents';
import type { AnswerError } from '../../shared/api-problem';
import { graphqlUrl } from '../../shared/graphql-endpoint';
import { SessionAcrossTabs } from './session-across-tabs';

/** How the session's requests reach the server: the browser's fetch, or a spec's stand-in. */
export const SESSION_FETCH = new InjectionToken<typeof fetch>('SESSION_FETCH', {
  providedIn: 'root',
  factory: () => (input, init) => fetch(input, init),
});

/** The server answered with `errors`: readApiProblem reads them, as it reads Apollo's. */
export class GraphQLAnswerError extends Error {
  constructor(readonly errors: readonly AnswerError[]) {
    super(errors[0]?.message ?? 'The GraphQL answer had errors');
    this.name = 'GraphQLAnswerError';
  }
}

interface GraphQLAnswer<Result> {
  readonly data?: Result | null;
  readonly errors?: readonly AnswerError[];
}

/**
 * The shell's own few operations (who is signed in, signing in and out, staying signed in),
 * posted to the API as plain JSON. They run before any page that reads records, so they do not
 * wait for Apollo, which loads with those pages (shared/apollo-on-demand.ts). Like Apollo's
 * session link, every clean answer pushes the idle deadline back and an UNAUTHENTICATED ends
 * the session. Rejects with GraphQLAnswerError, or with the network's error when the server
 * cannot be reached.
 */
@Injectable({ providedIn: 'root' })
export class SessionRequests {
  private readonly fetch = inject(SESSION_FETCH);
  private readonly tabs = inject(SessionAcrossTabs);
  private unauthenticated: (operationName: string) => void = () => undefined;

  /** Says what to do when the server answers UNAUTHENTICATED (SessionEnding registers itself). */
  whenUnauthenticated(handler: (operationName: string) => void): void {
    this.unauthenticated = handler;
  }

  async send<Result, Variables>(
    document: TypedDocumentString<Result, Variables>,
    variables?: Variables,
  ): Promise<Result> {
    const operationName = operationNameOf(document.toString());
    const response = await this.fetch(graphqlUrl, {
      method: 'POST',
      // JSON is also what Apollo Server's CSRF prevention asks of a request without a preflight.
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ operationName, query: document.toString(), variables }),
    });
    const answer = (await response.json()) as GraphQLAnswer<Result>;
    if (answer.errors?.length) {
      if (answer.errors.some((error) => error.extensions?.['code'] === 'UNAUTHENTICATED')) {
        this.unauthenticated(operationName);
      }
      throw new GraphQLAnswerError(answer.errors);
    }
    if (!answer.data) throw new Error(`The ${operationName} answer had no data`);
    this.tabs.noteAnswer(Date.now());
    return answer.data;
  }
}

/** The operation's name, which the API logs and SessionEnding reads ("query Viewer {" → Viewer). */
function operationNameOf(query: string): string {
  return /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'Anonymous';
}
