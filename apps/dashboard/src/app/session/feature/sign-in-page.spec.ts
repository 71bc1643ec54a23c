import { Component } from '@angular/core';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApolloTestingController } from 'apollo-angular/testing';

import { LoadedApolloTestingModule } from '../../shared/apollo-on-demand.testing';
import {
  provideSessionServerStandIn,
  SessionServerStandIn,
} from '../data-access/session-requests.testing';
import { SessionStore } from '../data-access/session-store';
import { aViewer } from '../data-access/viewer.fixture';
import { SignInPage } from './sign-in-page';

@Component({ template: 'somewhere in Waypoint' })
class DestinationStandIn {}

describe('SignInPage', () => {
  let backend: ApolloTestingController;
  let server: SessionServerStandIn;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;

  async function open(url = '/sign-in'): Promise<void> {
    TestBed.configureTestingModule({
      imports: [LoadedApolloTestingModule],
      providers: [
        provideRouter(
          [
            { path: 'sign-in', component: SignInPage },
            { path: '**', component: DestinationStandIn },
          ],
          withComponentInputBinding(),
        ),
        provideSessionServerStandIn(),
      ],
    });
    backend = TestBed.inject(ApolloTestingController);
    server = TestBed.inject(SessionServerStandIn);
    harness = await RouterTestingHarness.create(url);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  }

  afterEach(() => {
    backend.verify();
    server.verify();
  });

  async function field(label: string): Promise<MatInputHarness> {
    const formField = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: label }),
    );
    return (await formField.getControl(MatInputHarness))!;
  }

  async function signIn(
    email = 'ada@example.org',
    password = 'a long enough secret',
  ): Promise<void> {
    await (await field('Email')).setValue(email);
    await (await field('Password')).setValue(password);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Sign in' }))).click();
  }

  function alertText(): string {
    return (harness.routeNativeElement?.querySelector('[role="alert"]')?.textContent ?? '').trim();
  }

  /** Lets the answer travel through the request's promises and the page render it. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  it('names the product and asks for email and password with the right autocomplete', async () => {
    await open();

    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toContain(
      'Sign in to Waypoint',
    );
    const email = await (await field('Email')).host();
    const password = await (await field('Password')).host();
    expect(await email.getAttribute('autocomplete')).toBe('username');
    expect(await email.getAttribute('type')).toBe('email');
    expect(await password.getAttribute('autocomplete')).toBe('current-password');
  });

  it('says what is missing beside each field instead of sending an empty form', async () => {
    await open();

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Sign in' }))).click();

    const email = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Email' }));
    expect(await email.getTextErrors()).toEqual(['Enter your email address']);
    server.expectNone('SignIn');
  });

  it('signs in and goes back to the page the clinician was on', async () => {
    await open('/sign-in?returnTo=%2Fclients%2Fclient-7');

    await signIn();
    const request = server.expectOne('SignIn');
    expect(request.variables).toEqual({
      input: { email: 'ada@example.org', password: 'a long enough secret' },
    });
    request.answer({ data: { signIn: { status: 'SIGNED_IN', viewer: aViewer() } } });
    await settle();

    expect(TestBed.inject(Router).url).toBe('/clients/client-7');
    expect(TestBed.inject(SessionStore).isSignedIn()).toBe(true);
  });

  it('never follows a returnTo that leads off Waypoint', async () => {
    await open('/sign-in?returnTo=%2F%2Fevil.example');

    await signIn();
    server
      .expectOne('SignIn')
      .answer({ data: { signIn: { status: 'SIGNED_IN', viewer: aViewer() } } });
    await settle();

    expect(TestBed.inject(Router).url).toBe('/');
  });

  it('answers wrong credentials with the same words whatever was wrong', async () => {
    await open();

    await signIn();
    server.expectOne('SignIn').answer({
      errors: [
        { message: 'Email or password is incorrect', extensions: { code: 'UNAUTHENTICATED' } },
      ],
    });
    await settle();

    expect(alertText()).toBe(
      "We couldn't sign you in with that email and password. Check them and try again.",
    );
  });

  it('says how long to wait when sign-in is throttled', async () => {
    await open();

    await signIn();
    server.expectOne('SignIn').answer({
      errors: [
        {
          message: 'Too many failed attempts. Try again in 42 seconds.',
          extensions: { code: 'RATE_LIMITED', retryAfter: 42 },
        },
      ],
    });
    await settle();

    expect(alertText()).toBe('Too many attempts. Try again in 42 seconds.');
  });

  it('asks for the authenticator code next when the account has a second factor', async () => {
    await open();

    await signIn();
    server
      .expectOne('SignIn')
      .answer({ data: { signIn: { status: 'SECOND_FACTOR_REQUIRED', viewer: null } } });
    await settle();

    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toContain(
      "Confirm it's you",
    );
    expect(document.activeElement?.tagName).toBe('H1');
    const code = await field('6-digit code');
    expect(await (await code.host()).getAttribute('autocomplete')).toBe('one-time-code');

    await code.setValue('123 456');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Continue' }))).click();
    const verify = server.expectOne('VerifySecondFactor');
    expect(verify.variables).toEqual({ code: '123456' });
    verify.answer({ data: { verifySecondFactor: { status: 'SIGNED_IN', viewer: aViewer() } } });
    await settle();

    expect(TestBed.inject(Router).url).toBe('/');
  });

  it('accepts a recovery code instead of the app', async () => {
    await open();
    await signIn();
    server
      .expectOne('SignIn')
      .answer({ data: { signIn: { status: 'SECOND_FACTOR_REQUIRED', viewer: null } } });
    await settle();

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Use a recovery code' }))).click();
    await (await field('Recovery code')).setValue('k3x9-1000-q7');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Continue' }))).click();

    const verify = server.expectOne('VerifySecondFactor');
    expect(verify.variables).toEqual({ code: 'k3x9-1000-q7' });
    verify.answer({ data: { verifySecondFactor: { status: 'SIGNED_IN', viewer: aViewer() } } });
    await settle();
  });

  it('starts over calmly when the half-finished sign-in has expired', async () => {
    await open();
    await signIn();
    server
      .expectOne('SignIn')
      .answer({ data: { signIn: { status: 'SECOND_FACTOR_REQUIRED', viewer: null } } });
    await settle();
    await (await field('6-digit code')).setValue('123456');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Continue' }))).click();

    server.expectOne('VerifySecondFactor').answer({
      errors: [{ message: 'Sign in to continue', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    await settle();

    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toContain(
      'Sign in to Waypoint',
    );
    expect(alertText()).toContain('Signing in took a while, so it started over');
  });

  it('sets up the authenticator app first when the practice requires one', async () => {
    await open();

    await signIn();
    server
      .expectOne('SignIn')
      .answer({ data: { signIn: { status: 'SECOND_FACTOR_ENROLMENT_REQUIRED', viewer: null } } });
    await settle();

    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toContain(
      'Set up a second factor',
    );
    backend.expectOne('BeginSecondFactorEnrolment');
  });

  it('says why the clinician is here after being signed out for inactivity', async () => {
    await open();

    TestBed.inject(SessionStore).end('INACTIVE');
    await settle();

    expect(harness.routeNativeElement?.querySelector('[role="status"]')?.textContent?.trim()).toBe(
      'You were signed out after a period of inactivity to protect client privacy.',
    );
  });
});
