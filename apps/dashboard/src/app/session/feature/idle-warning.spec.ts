import { Component } from '@angular/core';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HarnessLoader } from '@angular/cdk/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { provideRouter, Router } from '@angular/router';
import { ApolloTestingController } from 'apollo-angular/testing';

import { practiceSummaryDocument } from '../../caseload/data-access/caseload-documents';
import { ApolloOnDemand } from '../../shared/apollo-on-demand';
import { LoadedApolloTestingModule } from '../../shared/apollo-on-demand.testing';
import { provideLayoutFreeInteractivity } from '../../shared/layout-free-interactivity';
import {
  provideSessionServerStandIn,
  SessionServerStandIn,
} from '../data-access/session-requests.testing';
import { SessionStore } from '../data-access/session-store';
import { SignedInViewerReader } from '../data-access/signed-in-viewer';
import { aViewer } from '../data-access/viewer.fixture';
import { IdleWarning, warningLeadFor } from './idle-warning';
import { countdownAnnouncement, formatCountdown } from './idle-warning-dialog';

@Component({ template: '' })
class PageStandIn {}

const minute = 60_000;

describe('IdleWarning', () => {
  let fixture: ComponentFixture<IdleWarning>;
  let backend: ApolloTestingController;
  let server: SessionServerStandIn;
  let store: InstanceType<typeof SessionStore>;
  let documentLoader: HarnessLoader;

  beforeEach(async () => {
    // Fake time that also creeps forward on its own, so Angular's own scheduling still runs.
    jest.useFakeTimers({ advanceTimers: true });
    TestBed.configureTestingModule({
      imports: [LoadedApolloTestingModule],
      providers: [
        provideRouter([{ path: '**', component: PageStandIn }]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        provideLayoutFreeInteractivity(),
        provideSessionServerStandIn(),
      ],
    });
    backend = TestBed.inject(ApolloTestingController);
    server = TestBed.inject(SessionServerStandIn);
    store = TestBed.inject(SessionStore);
    await TestBed.inject(ApolloOnDemand).ensure();
    await TestBed.inject(Router).navigateByUrl('/clients/client-7');
    fixture = TestBed.createComponent(IdleWarning);
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    TestBed.inject(SignedInViewerReader).remember(aViewer({ idleInMs: 5 * minute }), Date.now());
    await fixture.whenStable();
  });

  afterEach(() => {
    fixture.destroy();
    backend.verify();
    server.verify();
    jest.useRealTimers();
  });

  async function waitFor(ms: number): Promise<void> {
    await jest.advanceTimersByTimeAsync(ms);
    await fixture.whenStable();
  }

  function warningText(): string {
    return document.querySelector('mat-dialog-container')?.textContent ?? '';
  }

  it('stays quiet until a minute before the idle deadline', async () => {
    await waitFor(3 * minute + 50_000);

    expect(await documentLoader.hasHarness(MatDialogHarness)).toBe(false);
  });

  it('warns a minute before, as an alert dialog with a live countdown, focus on staying', async () => {
    await waitFor(4 * minute + 1_000);

    const dialog = await documentLoader.getHarness(MatDialogHarness);
    expect(await dialog.getRole()).toBe('alertdialog');
    expect(await dialog.getTitleText()).toBe('Are you still there?');
    expect(warningText()).toContain("You'll be signed out in 0:59 for privacy.");
    expect(document.activeElement?.textContent?.trim()).toBe('Stay signed in');

    await waitFor(20_000);
    expect(warningText()).toContain('0:39');
  });

  it('announces the countdown politely at a few moments, not every second', async () => {
    await waitFor(4 * minute + 1_000);
    const politeRegion = () =>
      document.querySelector('mat-dialog-container [aria-live="polite"]')?.textContent?.trim();

    expect(politeRegion()).toBe('');
    await waitFor(30_000);
    expect(politeRegion()).toBe('30 seconds left before signing out.');
    await waitFor(5_000);
    expect(politeRegion()).toBe('30 seconds left before signing out.');
  });

  it('pushes the warning back when any request succeeds in the meantime', async () => {
    await waitFor(3 * minute);
    store.noteActivity(Date.now());

    await waitFor(1 * minute + 10_000);

    expect(await documentLoader.hasHarness(MatDialogHarness)).toBe(false);
  });

  it('"Stay signed in" extends the session and the warning goes away', async () => {
    await waitFor(4 * minute + 1_000);
    const stay = await documentLoader.getHarness(MatButtonHarness.with({ text: 'Stay signed in' }));

    await stay.click();
    server
      .expectOne('ExtendSession')
      .answer({ data: { extendSession: aViewer({ idleInMs: 5 * minute }) } });
    await waitFor(1_000);

    expect(await documentLoader.hasHarness(MatDialogHarness)).toBe(false);
    expect(store.deadline()).toBeGreaterThan(Date.now() + 4 * minute);
  });

  it('signs out at the deadline, clears the cache and says why on the sign-in page', async () => {
    const apollo = TestBed.inject(ApolloOnDemand).loaded!;
    apollo.client.writeQuery({ query: practiceSummaryDocument, data: { practiceSummary: null } });
    expect(apollo.client.cache.extract()).not.toEqual({});

    await waitFor(5 * minute + 1_000);

    server.expectOne('SignOut').answer({ data: { signOut: true } });
    await waitFor(1_000);

    expect(apollo.client.cache.extract()).toEqual({});
    expect(TestBed.inject(SignedInViewerReader).viewer()).toBeNull();
    expect(TestBed.inject(Router).url).toBe('/sign-in?returnTo=%2Fclients%2Fclient-7');
    expect(store.signInNotice()).toBe('INACTIVE');
    expect(await documentLoader.hasHarness(MatDialogHarness)).toBe(false);
  });

  it('"Sign out" in the warning signs out at once', async () => {
    await waitFor(4 * minute + 1_000);
    const signOut = await documentLoader.getHarness(MatButtonHarness.with({ text: 'Sign out' }));

    await signOut.click();
    server.expectOne('SignOut').answer({ data: { signOut: true } });
    await waitFor(1_000);

    expect(TestBed.inject(Router).url).toBe('/sign-in');
    expect(store.signInNotice()).toBe('SIGNED_OUT');
  });

  it('at the absolute lifetime, says the session is ending and offers no extension', async () => {
    store.start(
      {
        idleExpiresAt: new Date(Date.now() + 15 * minute).toISOString(),
        expiresAt: new Date(Date.now() + 2 * minute).toISOString(),
      },
      Date.now(),
    );

    await waitFor(1 * minute + 1_000);

    const dialog = await documentLoader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Your session is ending soon');
    expect(await documentLoader.hasHarness(MatButtonHarness.with({ text: 'Stay signed in' }))).toBe(
      false,
    );
  });
});

describe('warningLeadFor', () => {
  it('warns a minute ahead of a usual idle timeout', () => {
    expect(warningLeadFor(15 * minute)).toBe(minute);
  });

  it('warns half-way through a window shorter than two minutes', () => {
    expect(warningLeadFor(30_000)).toBe(15_000);
  });
});

describe('countdownAnnouncement', () => {
  it('says 30 and 10 seconds left when the warning opened a minute ahead', () => {
    expect(countdownAnnouncement(45_000, 60_000)).toBe('');
    expect(countdownAnnouncement(30_000, 60_000)).toBe('30 seconds left before signing out.');
    expect(countdownAnnouncement(10_000, 60_000)).toBe('10 seconds left before signing out.');
  });

  it('never says more time than is left when the warning opened later', () => {
    expect(countdownAnnouncement(15_000, 15_000)).toBe('');
    expect(countdownAnnouncement(9_000, 15_000)).toBe('10 seconds left before signing out.');
  });
});

describe('formatCountdown', () => {
  it.each([
    [60_000, '1:00'],
    [59_001, '1:00'],
    [59_000, '0:59'],
    [9_000, '0:09'],
    [0, '0:00'],
    [-5, '0:00'],
  ])('shows %i ms as %s', (remainingMs, expected) => {
    expect(formatCountdown(remainingMs)).toBe(expected);
  });
});
