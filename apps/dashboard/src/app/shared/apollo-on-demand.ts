import {
  EnvironmentInjector,
  inject,
  Injectable,
  InjectionToken,
  type Provider,
} from '@angular/core';
import type { CanActivateChildFn, CanActivateFn } from '@angular/router';
import type { Apollo } from 'apollo-angular';

/** Makes the app's Apollo (client, cache, links) under the given injector. */
export type ApolloFactory = (parent: EnvironmentInjector) => Apollo;

const APOLLO_LOADER = new InjectionToken<() => Promise<ApolloFactory>>('APOLLO_LOADER');

/**
 * Apollo Client and graphql-js weigh more than the whole shell, which needs neither: it speaks
 * to the API through the session's few plain requests. So Apollo is loaded, from its own chunk,
 * by the first page that reads records (the `loadApollo` guard on its route), and start-up
 * downloads only the shell.
 */
export function provideApolloOnDemand(load: () => Promise<ApolloFactory>): Provider {
  return { provide: APOLLO_LOADER, useValue: load };
}

/** Loads Apollo once, and holds it. */
@Injectable({ providedIn: 'root' })
export class ApolloOnDemand {
  private readonly load = inject(APOLLO_LOADER);
  private readonly injector = inject(EnvironmentInjector);
  private loading: Promise<Apollo> | null = null;
  private apollo: Apollo | null = null;

  /** Apollo once a page has loaded it, else null (nothing has been read through it yet). */
  get loaded(): Apollo | null {
    return this.apollo;
  }

  /** Apollo, loaded on the first call. A failed load (offline, say) is tried again next time. */
  ensure(): Promise<Apollo> {
    this.loading ??= this.load().then(
      (create) => (this.apollo ??= create(this.injector)),
      (error: unknown) => {
        this.loading = null;
        throw error;
      },
    );
    return this.loading;
  }
}

/**
 * The app's Apollo, for data-access services: `inject(APOLLO)`. Their routes load it first
 * (`loadApollo`), so it is there by the time they are made.
 */
export const APOLLO = new InjectionToken<Apollo>('APOLLO', {
  providedIn: 'root',
  factory: () => {
    const apollo = inject(ApolloOnDemand).loaded;
    if (!apollo) throw new Error('Apollo was asked for before loadApollo loaded it');
    return apollo;
  },
});

/** Route guard: loads Apollo before the route's page, which reads records through it. */
export const loadApollo: CanActivateFn & CanActivateChildFn = async () => {
  await inject(ApolloOnDemand).ensure();
  return true;
};
