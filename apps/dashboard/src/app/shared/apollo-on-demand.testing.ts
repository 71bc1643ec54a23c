import { inject, NgModule, provideEnvironmentInitializer } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { ApolloTestingModule } from 'apollo-angular/testing';

import { APOLLO, ApolloOnDemand, provideApolloOnDemand } from './apollo-on-demand';

/**
 * Apollo's testing backend (ApolloTestingController) as the app's Apollo, loaded as if a page
 * had asked for it: what `inject(APOLLO)` gives and what ApolloOnDemand holds.
 */
@NgModule({
  imports: [ApolloTestingModule],
  exports: [ApolloTestingModule],
  providers: [
    { provide: APOLLO, useExisting: Apollo },
    provideApolloOnDemand(async () => (parent) => parent.get(Apollo)),
    provideEnvironmentInitializer(() => void inject(ApolloOnDemand).ensure()),
  ],
})
export class LoadedApolloTestingModule {}
