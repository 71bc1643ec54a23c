import { inject, Injectable, type Provider } from '@angular/core';

import { SESSION_FETCH } from './session-requests';

/** One session request the spec has not answered yet. */
export interface OpenSessionRequest {
  readonly operationName: string;
  readonly variables: Readonly<Record<string, unknown>> | undefined;
  /** Answers with this GraphQL body (`{ data }` or `{ errors }`). */
  answer(body: { readonly data?: unknown; readonly errors?: readonly unknown[] }): void;
  /** Fails as fetch does when the server cannot be reached. */
  failToConnect(): void;
}

/**
 * Stands in for the API behind SessionRequests, as ApolloTestingController does for Apollo:
 * each request waits until the spec answers it. Provide it with provideSessionServerStandIn().
 */
@Injectable()
export class SessionServerStandIn {
  private readonly open: OpenSessionRequest[] = [];

  readonly fetch: typeof fetch = (_input, init) =>
    new Promise<Response>((resolve, reject) => {
      const { operationName, variables } = JSON.parse(String(init?.body)) as {
        operationName: string;
        variables?: Record<string, unknown>;
      };
      const request: OpenSessionRequest = {
        operationName,
        variables,
        answer: (body) => {
          this.close(request);
          resolve({ json: async () => body } as Response);
        },
        failToConnect: () => {
          this.close(request);
          reject(new TypeError('Failed to fetch'));
        },
      };
      this.open.push(request);
    });

  /** The one open request for this operation; throws when there is none, or more than one. */
  expectOne(operationName: string): OpenSessionRequest {
    const matching = this.open.filter((request) => request.operationName === operationName);
    if (matching.length !== 1) {
      throw new Error(
        `Expected one open ${operationName} request, found ${matching.length} (open: ${this.describeOpen()})`,
      );
    }
    return matching[0];
  }

  /** Every open request for this operation (none, one or several), oldest first. */
  match(operationName: string): OpenSessionRequest[] {
    return this.open.filter((request) => request.operationName === operationName);
  }

  /** Throws when a request for this operation is open. */
  expectNone(operationName: string): void {
    if (this.open.some((request) => request.operationName === operationName)) {
      throw new Error(`Expected no open ${operationName} request (open: ${this.describeOpen()})`);
    }
  }

  /** Throws when any request is still open. */
  verify(): void {
    if (this.open.length > 0) throw new Error(`Unanswered requests: ${this.describeOpen()}`);
  }

  private close(request: OpenSessionRequest): void {
    this.open.splice(this.open.indexOf(request), 1);
  }

  private describeOpen(): string {
    return this.open.map((request) => request.operationName).join(', ') || 'none';
  }
}

/** SessionRequests answered by a SessionServerStandIn, which the spec injects. */
export function provideSessionServerStandIn(): Provider[] {
  return [
    SessionServerStandIn,
    { provide: SESSION_FETCH, useFactory: () => inject(SessionServerStandIn).fetch },
  ];
}
