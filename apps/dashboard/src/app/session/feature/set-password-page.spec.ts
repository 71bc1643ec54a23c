import { Component } from '@angular/core';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import {
  provideSessionServerStandIn,
  SessionServerStandIn,
} from '../data-access/session-requests.testing';
import { SessionStore } from '../data-access/session-store';
import { SetPasswordPage } from './set-password-page';

@Component({ template: 'sign in here' })
class SignInStandIn {}

describe('SetPasswordPage', () => {
  let server: SessionServerStandIn;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;

  async function open(url: string): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        // The page loads no Apollo: choosing a password is one of the session's own requests.
        provideSessionServerStandIn(),
        provideRouter(
          [
            { path: 'set-password', component: SetPasswordPage },
            { path: 'sign-in', component: SignInStandIn },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    server = TestBed.inject(SessionServerStandIn);
    harness = await RouterTestingHarness.create(url);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  }

  afterEach(() => server.verify());

  async function formField(label: string): Promise<MatFormFieldHarness> {
    return loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  }

  async function choose(password: string, again = password): Promise<void> {
    await (await (await formField('New password')).getControl(MatInputHarness))!.setValue(password);
    await (await (await formField('Type it again')).getControl(MatInputHarness))!.setValue(again);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Set password' }))).click();
  }

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  it('shows the password rules before the clinician starts typing', async () => {
    await open('/set-password?token=one-time');

    const text = harness.routeNativeElement?.textContent ?? '';
    expect(text).toContain('12 to 128 characters long');
    expect(text).toContain('not a common password');
  });

  it('checks length and that both passwords agree before asking the server', async () => {
    await open('/set-password?token=one-time');

    await choose('too short', 'too short');
    expect(await (await formField('New password')).getTextErrors()).toEqual([
      'Use at least 12 characters',
    ]);

    await choose('a walk by the river', 'a walk by the sea');
    expect(await (await formField('Type it again')).getTextErrors()).toEqual([
      'The two passwords are different',
    ]);
    server.expectNone('SetPassword');
  });

  it("shows the server's verdict on the password field", async () => {
    await open('/set-password?token=one-time');

    await choose('password123456');
    server.expectOne('SetPassword').answer({
      errors: [
        {
          message: 'This password is too common. Choose one that is harder to guess.',
          extensions: { code: 'BAD_USER_INPUT', field: 'password' },
        },
      ],
    });
    await settle();

    expect(await (await formField('New password')).getTextErrors()).toEqual([
      'This password is too common. Choose one that is harder to guess.',
    ]);
  });

  it('sends the token and password, then goes to sign in with a confirmation', async () => {
    await open('/set-password?token=one-time');

    await choose('a walk by the river at dusk');
    const request = server.expectOne('SetPassword');
    expect(request.variables).toEqual({
      token: 'one-time',
      password: 'a walk by the river at dusk',
    });
    request.answer({ data: { setPassword: true } });
    await settle();

    expect(TestBed.inject(Router).url).toBe('/sign-in');
    expect(TestBed.inject(SessionStore).signInNotice()).toBe('PASSWORD_SET');
  });

  it('explains a used or out-of-date link without blaming anyone', async () => {
    await open('/set-password?token=used');

    await choose('a walk by the river at dusk');
    server.expectOne('SetPassword').answer({
      errors: [
        { message: 'Link not usable', extensions: { code: 'BAD_USER_INPUT', field: 'token' } },
      ],
    });
    await settle();

    expect(harness.routeNativeElement?.querySelector('[role="alert"]')?.textContent).toContain(
      'This link has been used already or is out of date.',
    );
  });

  it('says so when the link has no token at all', async () => {
    await open('/set-password');

    expect(harness.routeNativeElement?.querySelector('[role="alert"]')?.textContent).toContain(
      'This link is missing part of its address.',
    );
  });
});
