import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { appConfig } from './app.config';
import { practiceSummaryDocument } from './caseload/data-access/caseload-documents';
import {
  provideSessionServerStandIn,
  SessionServerStandIn,
} from './session/data-access/session-requests.testing';
import { SessionStore } from './session/data-access/session-store';
import { SignedInViewerReader } from './session/data-access/signed-in-viewer';
import { aViewer } from './session/data-access/viewer.fixture';
import { ApolloOnDemand } from './shared/apollo-on-demand';

/** As much of fetch's Response as Apollo's HttpLink reads: status, content type, body text. */
function aJsonResponse(body: unknown): Response {
  const text = JSON.stringify(body);
  return {
    ok: true,
    status: 200,
    headers: new Headers({ 'content-type': 'application/json' }),
    text: async () => text,
    json: async () => JSON.parse(text) as unknown,
  } as Response;
}

/** What Apollo posted in one fetch call. */
function postedBody(call: Parameters<typeof fetch>): { operationName?: string } {
  return JSON.parse(String(call[1]?.body)) as { operationName?: string };
}

describe('appConfig', () => {
  // Apollo's HttpLink posts with the browser's fetch, which jsdom lacks: the spec stands in.
  let apolloFetch: jest.Mock<Promise<Response>, Parameters<typeof fetch>>;
  let server: SessionServerStandIn;
  const realFetch = globalThis.fetch;

  beforeEach(() => {
    apolloFetch = jest.fn<Promise<Response>, Parameters<typeof fetch>>();
    globalThis.fetch = apolloFetch as unknown as typeof fetch;
    TestBed.configureTestingModule({
      providers: [...appConfig.providers, provideSessionServerStandIn()],
    });
    server = TestBed.inject(SessionServerStandIn);
  });

  afterEach(() => {
    server.verify();
    globalThis.fetch = realFetch;
  });

  it('sends GraphQL operations to /graphql on the same origin', async () => {
    apolloFetch.mockResolvedValue(aJsonResponse({ data: { practiceSummary: null } }));
    const apollo = await TestBed.inject(ApolloOnDemand).ensure();

    const answer = await firstValueFrom(apollo.query({ query: practiceSummaryDocument }));

    expect(apolloFetch).toHaveBeenCalledTimes(1);
    const [url, init] = apolloFetch.mock.calls[0];
    expect(url).toBe('/graphql');
    expect(init?.method).toBe('POST');
    // No credentials option: fetch's own default, same-origin, sends the session cookie.
    expect(init?.credentials ?? 'same-origin').toBe('same-origin');
    expect(postedBody(apolloFetch.mock.calls[0]).operationName).toBe('PracticeSummary');
    expect(answer.data).toEqual({ practiceSummary: null });
  });

  it('sends the clinician to sign in, with the cache cleared, when any request is UNAUTHENTICATED', async () => {
    const router = TestBed.inject(Router);

    const navigation = router.navigateByUrl('/');
    await new Promise((resolve) => setTimeout(resolve));
    server.expectOne('Viewer').answer({ data: { viewer: aViewer() } });
    await navigation;
    expect(router.url).toBe('/');
    const apollo = TestBed.inject(ApolloOnDemand).loaded!;

    // A first answer leaves the practice's figures in Apollo's cache.
    apolloFetch.mockResolvedValueOnce(aJsonResponse({ data: { practiceSummary: null } }));
    await firstValueFrom(apollo.query({ query: practiceSummaryDocument }));
    expect(apollo.client.cache.extract()).not.toEqual({});

    apolloFetch.mockResolvedValueOnce(
      aJsonResponse({
        errors: [{ message: 'Sign in to continue', extensions: { code: 'UNAUTHENTICATED' } }],
      }),
    );
    const answer = firstValueFrom(
      apollo.query({ query: practiceSummaryDocument, fetchPolicy: 'network-only' }),
    ).catch(() => null);
    await answer;
    await new Promise((resolve) => setTimeout(resolve));

    expect(postedBody(apolloFetch.mock.calls[1]).operationName).toBe('PracticeSummary');
    expect(router.url).toBe('/sign-in');
    expect(apollo.client.cache.extract()).toEqual({});
    expect(TestBed.inject(SignedInViewerReader).viewer()).toBeNull();
    expect(TestBed.inject(SessionStore).signInNotice()).toBe('SESSION_ENDED');
  });

  it('does not load Apollo at start-up, only once a route that reads records asks for it', async () => {
    const router = TestBed.inject(Router);
    const onDemand = TestBed.inject(ApolloOnDemand);
    expect(onDemand.loaded).toBeNull();

    await router.navigateByUrl('/set-password?token=one-time');
    expect(onDemand.loaded).toBeNull();

    await router.navigateByUrl('/sign-in');
    expect(onDemand.loaded).not.toBeNull();
    expect(apolloFetch).not.toHaveBeenCalled();
  });

  it('loads Apollo alongside the signed-in check for the pages behind sign-in', async () => {
    const router = TestBed.inject(Router);
    const onDemand = TestBed.inject(ApolloOnDemand);
    expect(onDemand.loaded).toBeNull();

    const navigation = router.navigateByUrl('/');
    await new Promise((resolve) => setTimeout(resolve));
    server.expectOne('Viewer').answer({ data: { viewer: aViewer() } });
    await navigation;

    expect(router.url).toBe('/');
    expect(onDemand.loaded).not.toBeNull();
    expect(await onDemand.ensure()).toBe(onDemand.loaded);
  });
});
