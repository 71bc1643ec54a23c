import { provideHttpClient, withFetch } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { InMemoryCache } from '@apollo/client';
import { provideStore } from '@ngrx/store';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';

import { appRoutes } from './app.routes';

/** The relative address keeps the dashboard and the API on one origin, so no CORS is needed. */
export const graphqlUrl = '/graphql';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, withComponentInputBinding()),
    provideHttpClient(withFetch()),
    provideApollo(() => ({
      link: inject(HttpLink).create({ uri: graphqlUrl }),
      cache: new InMemoryCache(),
    })),
    // Browser-only state (filters, the session in progress, the offline queue) registers its
    // feature slices here as it arrives; server data stays in Apollo's cache.
    provideStore(),
  ],
};
