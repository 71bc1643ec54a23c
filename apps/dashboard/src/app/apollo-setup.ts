import {
  createEnvironmentInjector,
  inject,
  Injector,
  type EnvironmentInjector,
} from '@angular/core';
import { ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { Apollo, provideApollo } from 'apollo-angular';

import { clientTypePolicies } from './clients/data-access/client-type-policies';
import { SessionAcrossTabs } from './session/data-access/session-across-tabs';
import { SessionEnding } from './session/data-access/session-ending';
import { createSessionLink } from './session/data-access/session-links';
import { graphqlUrl } from './shared/graphql-endpoint';

/**
 * The app's Apollo, made when the first page that reads records loads this chunk
 * (shared/apollo-on-demand.ts). Its link posts with the browser's fetch, as the session's own
 * requests do: Angular's HttpClient would be a second HTTP stack, and the bundler would put it
 * in the start-up chunk, because platform-browser imports it.
 */
export function createApollo(parent: EnvironmentInjector): Apollo {
  const injector = createEnvironmentInjector(
    [
      provideApollo(() => {
        // SessionEnding needs Apollo itself, so it is looked up when first needed, not here.
        const lookUp = inject(Injector);
        const sessionLink = createSessionLink({
          answered: (at) => lookUp.get(SessionAcrossTabs).noteAnswer(at),
          unauthenticated: (operationName) =>
            void lookUp.get(SessionEnding).endBecauseUnauthenticated(operationName),
        });
        return {
          link: ApolloLink.from([sessionLink, new HttpLink({ uri: graphqlUrl })]),
          cache: new InMemoryCache({ typePolicies: clientTypePolicies }),
        };
      }),
    ],
    parent,
    'Apollo',
  );
  return injector.get(Apollo);
}
