import { ApolloLink } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { tap } from 'rxjs';

/** What the session links report to the rest of the dashboard. */
export interface SessionLinkEvents {
  /** A complete answer without errors arrived at this time (epoch ms): the server extended. */
  answered(at: number): void;
  /** The server said nobody is signed in (UNAUTHENTICATED) while running this operation. */
  unauthenticated(operationName: string | undefined): void;
}

/**
 * The Apollo links that keep the browser's idea of the session in step with the server's:
 * every clean answer pushes the idle deadline back, and any UNAUTHENTICATED ends the session.
 * Place it before the HTTP link.
 */
export function createSessionLink(events: SessionLinkEvents): ApolloLink {
  const unauthenticated = new ErrorLink(({ error, operation }) => {
    const isUnauthenticated =
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((graphqlError) => graphqlError.extensions?.['code'] === 'UNAUTHENTICATED');
    if (isUnauthenticated) events.unauthenticated(operation.operationName);
  });
  const activity = new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      tap((result) => {
        if (!('errors' in result) || !result.errors?.length) events.answered(Date.now());
      }),
    ),
  );
  return ApolloLink.from([unauthenticated, activity]);
}
