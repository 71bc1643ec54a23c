import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { ApolloTestingController } from 'apollo-angular/testing';

import { caseloadViewDocument } from '../../caseload/data-access/caseload-documents';
import { ApolloOnDemand } from '../../shared/apollo-on-demand';
import { LoadedApolloTestingModule } from '../../shared/apollo-on-demand.testing';
import { aCaseloadRow } from '../../shared/caseload-row.fixture';
import { SessionEnding } from './session-ending';
import { provideSessionServerStandIn, SessionServerStandIn } from './session-requests.testing';
import { SessionStore } from './session-store';
import { SignedInViewerReader } from './signed-in-viewer';
import { aViewer } from './viewer.fixture';

@Component({ template: '' })
class BlankPage {}

describe('SessionEnding', () => {
  let backend: ApolloTestingController;
  let server: SessionServerStandIn;
  let apollo: Apollo;
  let viewerReader: SignedInViewerReader;
  let router: Router;
  let store: InstanceType<typeof SessionStore>;
  let ending: SessionEnding;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [LoadedApolloTestingModule],
      providers: [
        provideRouter([{ path: '**', component: BlankPage }]),
        provideSessionServerStandIn(),
      ],
    });
    backend = TestBed.inject(ApolloTestingController);
    server = TestBed.inject(SessionServerStandIn);
    apollo = TestBed.inject(Apollo);
    await TestBed.inject(ApolloOnDemand).ensure();
    viewerReader = TestBed.inject(SignedInViewerReader);
    router = TestBed.inject(Router);
    store = TestBed.inject(SessionStore);
    ending = TestBed.inject(SessionEnding);

    // A signed-in clinician looking at a client's caseload: PHI in Apollo's cache.
    const viewer = aViewer();
    viewerReader.remember(viewer, Date.now());
    const row = aCaseloadRow('client-1', 'Sam Rivera');
    const caseloadView = {
      __typename: 'CaseloadPage',
      totalCount: 1,
      activeCount: 1,
      matchCount: 1,
      attentionCount: 0,
      offset: 0,
      rows: [row],
    };
    apollo.client.writeQuery({
      query: caseloadViewDocument,
      variables: { offset: 0, limit: 50 },
      data: { caseloadView },
    });
    await router.navigateByUrl('/clients/client-1');
  });

  afterEach(() => {
    backend.verify();
    server.verify();
  });

  function cacheHolds(): object {
    return apollo.client.cache.extract() as object;
  }

  it('signs out on the server, then clears the cache, then goes to the sign-in page', async () => {
    const signingOut = ending.signOut();
    const signOut = server.expectOne('SignOut');
    expect(Object.keys(cacheHolds())).not.toHaveLength(0);
    expect(sessionStorage.getItem('waypoint.viewer')).not.toBeNull();

    signOut.answer({ data: { signOut: true } });
    await signingOut;

    expect(cacheHolds()).toEqual({});
    expect(viewerReader.viewer()).toBeNull();
    expect(sessionStorage.getItem('waypoint.viewer')).toBeNull();
    expect(router.url).toBe('/sign-in');
    expect(store.isSignedIn()).toBe(false);
    expect(store.signInNotice()).toBe('SIGNED_OUT');
  });

  it('still forgets everything here when the server cannot be reached to sign out', async () => {
    const signingOut = ending.signOut();
    server.expectOne('SignOut').failToConnect();
    await signingOut;

    expect(cacheHolds()).toEqual({});
    expect(viewerReader.viewer()).toBeNull();
    expect(router.url).toBe('/sign-in');
  });

  it('after inactivity, signs out and keeps the page to come back to', async () => {
    const ended = ending.endAfterInactivity();
    server.expectOne('SignOut').answer({ data: { signOut: false } });
    await ended;

    expect(cacheHolds()).toEqual({});
    expect(viewerReader.viewer()).toBeNull();
    expect(router.url).toBe('/sign-in?returnTo=%2Fclients%2Fclient-1');
    expect(store.signInNotice()).toBe('INACTIVE');
  });

  it('on UNAUTHENTICATED, clears the cache without asking the server again', async () => {
    await ending.endBecauseUnauthenticated('CaseloadView');

    server.expectNone('SignOut');
    backend.expectNone('SignOut');
    expect(cacheHolds()).toEqual({});
    expect(viewerReader.viewer()).toBeNull();
    expect(router.url).toBe('/sign-in?returnTo=%2Fclients%2Fclient-1');
    expect(store.signInNotice()).toBe('SESSION_ENDED');
  });

  it("ends the session the same way when one of the session's own requests is UNAUTHENTICATED", async () => {
    const extending = viewerReader.extend().catch((error: unknown) => error);
    server.expectOne('ExtendSession').answer({
      errors: [{ message: 'Sign in to continue', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    await extending;
    await new Promise((resolve) => setTimeout(resolve));

    server.expectNone('SignOut');
    expect(cacheHolds()).toEqual({});
    expect(viewerReader.viewer()).toBeNull();
    expect(router.url).toBe('/sign-in?returnTo=%2Fclients%2Fclient-1');
    expect(store.signInNotice()).toBe('SESSION_ENDED');
  });

  it('leaves an UNAUTHENTICATED on the sign-in page to that page', async () => {
    await router.navigateByUrl('/sign-in');

    await ending.endBecauseUnauthenticated('SignIn');

    expect(Object.keys(cacheHolds())).not.toHaveLength(0);
    expect(viewerReader.viewer()).not.toBeNull();
    expect(store.isSignedIn()).toBe(true);
  });

  it('ends the session once when several requests fail together', async () => {
    const navigate = jest.spyOn(router, 'navigate');

    await Promise.all([
      ending.endBecauseUnauthenticated('CaseloadView'),
      ending.endBecauseUnauthenticated('Accounts'),
    ]);

    expect(navigate).toHaveBeenCalledTimes(1);
  });
});
