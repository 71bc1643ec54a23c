import { Component } from '@angular/core';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { DeferBlockState, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { MatToolbarHarness } from '@angular/material/toolbar/testing';
import { provideRouter, Router } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import type { ClinicianRole } from '@waypoint/shared';

import { viewerDocument } from '../session/data-access/session-documents';
import { SessionStore } from '../session/data-access/session-store';
import { aViewer } from '../session/data-access/viewer.fixture';
import { Shell } from './shell';

@Component({ template: '' })
class PageStandIn {}

describe('Shell', () => {
  let backend: ApolloTestingController;

  async function renderShell(signedInAs?: ClinicianRole) {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [
        provideRouter([{ path: '**', component: PageStandIn }]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(ApolloTestingController);
    if (signedInAs) {
      const viewer = aViewer({ role: signedInAs, displayName: 'Ada Okafor' });
      TestBed.inject(Apollo).client.writeQuery({ query: viewerDocument, data: { viewer } });
      TestBed.inject(SessionStore).start(viewer, Date.now());
    }
    const fixture = TestBed.createComponent(Shell);
    await fixture.whenStable();
    // The account menu is deferred until the browser is idle; load it now.
    for (const block of await fixture.getDeferBlocks()) {
      await block.render(DeferBlockState.Complete);
    }
    return { fixture, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  afterEach(() => backend.verify());

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
    const menu = await loader.getHarness(MatMenuHarness);

    await menu.clickItem({ text: 'Sign out' });
    backend.expectOne('SignOut').flushData({ signOut: true });
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();

    expect(TestBed.inject(Apollo).client.cache.extract()).toEqual({});
    expect(TestBed.inject(Router).url).toBe('/sign-in');
    expect(navigationLinks(fixture.nativeElement)).toEqual([]);
    expect(await loader.hasHarness(MatButtonHarness.with({ text: /Ada Okafor/ }))).toBe(false);
  });
});
