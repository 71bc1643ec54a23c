import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import {
  provideSessionServerStandIn,
  SessionServerStandIn,
} from '../data-access/session-requests.testing';
import { SessionStore } from '../data-access/session-store';
import { aViewer } from '../data-access/viewer.fixture';
import { requireRole, requireSignedIn } from './session-guards';

@Component({ template: 'sign in here' })
class SignInStandIn {}

@Component({ template: 'a client page' })
class ClientStandIn {}

@Component({ template: 'accounts for admins' })
class AccountsStandIn {}

@Component({ template: 'not for your role' })
class NotForRoleStandIn {}

describe('session guards', () => {
  let server: SessionServerStandIn;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        // The guards need no Apollo: the Viewer check is one of the session's own requests.
        provideSessionServerStandIn(),
        provideRouter([
          { path: 'sign-in', component: SignInStandIn },
          {
            path: '',
            canActivateChild: [requireSignedIn],
            children: [
              { path: 'clients/:id', component: ClientStandIn },
              { path: 'accounts', canMatch: [requireRole('ADMIN')], component: AccountsStandIn },
              { path: 'accounts', component: NotForRoleStandIn },
            ],
          },
        ]),
      ],
    });
    server = TestBed.inject(SessionServerStandIn);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => server.verify());

  /** Navigates and answers the viewer check the guards make. */
  async function visit(url: string, viewer: ReturnType<typeof aViewer> | null): Promise<string> {
    const navigation = harness.navigateByUrl(url);
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve));
    for (const check of server.match('Viewer')) check.answer({ data: { viewer } });
    await navigation;
    return TestBed.inject(Router).url;
  }

  it('sends someone who is not signed in to sign in, remembering where they were going', async () => {
    const url = await visit('/clients/client-7', null);

    expect(url).toBe('/sign-in?returnTo=%2Fclients%2Fclient-7');
    expect(harness.routeNativeElement?.textContent).toBe('sign in here');
  });

  it('lets a signed-in clinician through and starts the idle clock from the answer', async () => {
    const url = await visit('/clients/client-7', aViewer());

    expect(url).toBe('/clients/client-7');
    expect(TestBed.inject(SessionStore).isSignedIn()).toBe(true);
  });

  it('asks the server only once while the session is known in this browser', async () => {
    await visit('/clients/client-7', aViewer());

    await harness.navigateByUrl('/clients/client-8');

    server.expectNone('Viewer');
    expect(TestBed.inject(Router).url).toBe('/clients/client-8');
  });

  it('shows admin pages to admins', async () => {
    await visit('/accounts', aViewer({ role: 'ADMIN' }));

    expect(harness.routeNativeElement?.textContent).toBe('accounts for admins');
  });

  it('tells others calmly that the page is not part of their role, at the same address', async () => {
    const url = await visit('/accounts', aViewer({ role: 'CLINICIAN' }));

    expect(url).toBe('/accounts');
    expect(harness.routeNativeElement?.textContent).toBe('not for your role');
  });

  it('explains on the sign-in page when the server cannot be reached', async () => {
    const navigation = harness.navigateByUrl('/clients/client-7');
    await new Promise((resolve) => setTimeout(resolve));
    server.expectOne('Viewer').failToConnect();
    await navigation;

    expect(TestBed.inject(Router).url).toBe('/sign-in?returnTo=%2Fclients%2Fclient-7');
    expect(TestBed.inject(SessionStore).signInNotice()).toBe('UNREACHABLE');
  });

  it('lets a tab that was signed in carry on when the server cannot be reached after a reload', async () => {
    sessionStorage.setItem('waypoint.viewer', JSON.stringify(aViewer()));
    const navigation = harness.navigateByUrl('/clients/client-7');
    await new Promise((resolve) => setTimeout(resolve));
    server.expectOne('Viewer').failToConnect();
    await navigation;

    expect(TestBed.inject(Router).url).toBe('/clients/client-7');
    expect(TestBed.inject(SessionStore).isSignedIn()).toBe(true);
  });
});
