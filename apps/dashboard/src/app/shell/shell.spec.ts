import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatToolbarHarness } from '@angular/material/toolbar/testing';
import { provideRouter } from '@angular/router';

import { Shell } from './shell';

describe('Shell', () => {
  async function renderShell() {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(Shell);
    await fixture.whenStable();
    return { fixture, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  it('names the product in the toolbar', async () => {
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
});
