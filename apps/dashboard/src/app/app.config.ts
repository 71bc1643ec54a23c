import { provideHttpClient, withFetch } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  Injector,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { ApolloLink, InMemoryCache } from '@apollo/client';
import { provideStore } from '@ngrx/store';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';

import { appRoutes } from './app.routes';
import { clientTypePolicies } from './clients/data-access/client-type-policies';
import { SessionAcrossTabs } from './session/data-access/session-across-tabs';
import { SessionEnding } from './session/data-access/session-ending';
import { createSessionLink } from './session/data-access/session-links';

/** The relative address keeps the dashboard and the API on one origin, so no CORS is needed. */
export const graphqlUrl = '/graphql';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, withComponentInputBinding()),
    provideHttpClient(withFetch()),
    provideApollo(() => {
      // These need Apollo themselves, so they are looked up when first needed, not here.
      const injector = inject(Injector);
      const sessionLink = createSessionLink({
        answered: (at) => injector.get(SessionAcrossTabs).noteAnswer(at),
        unauthenticated: (operationName) =>
          void injector.get(SessionEnding).endBecauseUnauthenticated(operationName),
      });
      return {
        link: ApolloLink.from([sessionLink, inject(HttpLink).create({ uri: graphqlUrl })]),
        cache: new InMemoryCache({ typePolicies: clientTypePolicies }),
      };
    }),
    // Browser-only state (filters, the session in progress, the offline queue) registers its
    // feature slices here as it arrives; server data stays in Apollo's cache. The session's
    // deadlines live in a signal store (session/data-access/session-store.ts).
    provideStore(),
  ],
};
