import { Component } from '@angular/core';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { MatToolbarHarness } from '@angular/material/toolbar/testing';
import { provideRouter, Router } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { ApolloTestingController } from 'apollo-angular/testing';
import type { ClinicianRole } from '@waypoint/shared';

import { practiceSummaryDocument } from '../caseload/data-access/caseload-documents';
import {
  provideSessionServerStandIn,
  SessionServerStandIn,
} from '../session/data-access/session-requests.testing';
import { SignedInViewerReader } from '../session/data-access/signed-in-viewer';
import { aViewer } from '../session/data-access/viewer.fixture';
import { ApolloOnDemand } from '../shared/apollo-on-demand';
import { LoadedApolloTestingModule } from '../shared/apollo-on-demand.testing';
import { Shell } from './shell';

@Component({ template: '' })
class PageStandIn {}

describe('Shell', () => {
  let backend: ApolloTestingController;
  let server: SessionServerStandIn;

  /** Waits for the account menu's code, which the shell imports once the browser is idle. */
  async function accountMenuLoaded(fixture: ComponentFixture<Shell>): Promise<void> {
    const host: HTMLElement = fixture.nativeElement;
    for (let attempt = 0; attempt < 50; attempt++) {
      if (host.querySelector('.account button')) return;
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    }
    throw new Error('The account menu never loaded');
  }

  async function renderShell(signedInAs?: ClinicianRole) {
    TestBed.configureTestingModule({
      imports: [LoadedApolloTestingModule],
      providers: [
        provideRouter([{ path: '**', component: PageStandIn }]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        provideSessionServerStandIn(),
      ],
    });
    backend = TestBed.inject(ApolloTestingController);
    server = TestBed.inject(SessionServerStandIn);
    await TestBed.inject(ApolloOnDemand).ensure();
    if (signedInAs) {
      const viewer = aViewer({ role: signedInAs, displayName: 'Ada Okafor' });
      TestBed.inject(SignedInViewerReader).remember(viewer, Date.now());
    }
    const fixture = TestBed.createComponent(Shell);
    await fixture.whenStable();
    if (signedInAs) await accountMenuLoaded(fixture);
    return { fixture, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  afterEach(() => {
    backend.verify();
    server.verify();
  });

  function navigationLinks(host: HTMLElement): string[] {
    return [...host.querySelectorAll('nav a')].map((link) => link.textContent?.trim() ?? '');
  }

  it('names only the product while nobody is signed in', async () => {
    const { loader } = await renderShell();

    const toolbar = await loader.getHarness(MatToolbarHarness);

    expect(await toolbar.getRowsAsText()).toEqual(['Waypoint']);
  });

  it('offers a skip link as the first focusable element, and it moves focus into main', async () => {
    const { fixture } = await renderShell();
    const host: HTMLElement = fixture.nativeElement;

    // The skip link is our own plain anchor; no Material harness covers it.
    const skipLink = host.querySelector('a');
    skipLink?.click();

    expect(skipLink?.textContent).toBe('Skip to main content');
    expect(host.firstElementChild).toBe(skipLink);
    expect(document.activeElement).toBe(host.querySelector('main#main'));
  });

  it('shows a clinician their name and the caseload, nothing of the admin pages', async () => {
    const { fixture, loader } = await renderShell('CLINICIAN');

    expect(navigationLinks(fixture.nativeElement)).toEqual(['Caseload', 'Prompts']);
    expect(await loader.hasHarness(MatButtonHarness.with({ text: /Ada Okafor/ }))).toBe(true);
  });

  it('shows an admin the accounts and the audit log as well', async () => {
    const { fixture } = await renderShell('ADMIN');

    expect(navigationLinks(fixture.nativeElement)).toEqual([
      'Caseload',
      'Prompts',
      'Accounts',
      'Audit log',
    ]);
  });

  it('offers security settings and signing out in the account menu', async () => {
    const { loader } = await renderShell('CLINICIAN');
    const menu = await loader.getHarness(MatMenuHarness);

    await menu.open();
    const items = await Promise.all((await menu.getItems()).map((item) => item.getText()));

    expect(items).toEqual(['Security settings', 'Sign out']);
  });

  it('signs out from the menu: the server is told, the cache is emptied, sign-in is next', async () => {
    const { fixture, loader } = await renderShell('CLINICIAN');
    // A page has read records through Apollo by now.
    const apollo = TestBed.inject(Apollo);
    apollo.client.writeQuery({ query: practiceSummaryDocument, data: { practiceSummary: null } });
    expect(apollo.client.cache.extract()).not.toEqual({});
    const menu = await loader.getHarness(MatMenuHarness);

    await menu.clickItem({ text: 'Sign out' });
    server.expectOne('SignOut').answer({ data: { signOut: true } });
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();

    expect(apollo.client.cache.extract()).toEqual({});
    expect(TestBed.inject(SignedInViewerReader).viewer()).toBeNull();
    expect(TestBed.inject(Router).url).toBe('/sign-in');
    expect(navigationLinks(fixture.nativeElement)).toEqual([]);
    expect(await loader.hasHarness(MatButtonHarness.with({ text: /Ada Okafor/ }))).toBe(false);
  });
});
