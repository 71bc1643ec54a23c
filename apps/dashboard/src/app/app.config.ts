import {
  ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';

import { appRoutes } from './app.routes';
import { provideApolloOnDemand } from './shared/apollo-on-demand';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, withComponentInputBinding()),
    // Apollo loads with the first page that reads records, not at start-up (apollo-setup.ts).
    provideApolloOnDemand(() => import('./apollo-setup').then((setup) => setup.createApollo)),
  ],
};
