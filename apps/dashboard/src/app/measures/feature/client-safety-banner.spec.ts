import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { InMemoryCache } from '@apollo/client';
import { APOLLO_TESTING_CACHE, ApolloTestingController } from 'apollo-angular/testing';

import { LoadedApolloTestingModule } from '../../shared/apollo-on-demand.testing';
import { provideLayoutFreeInteractivity } from '../../shared/layout-free-interactivity';
import { aSafetyFlag, jordansMeasures } from '../data-access/measure-record.fixture';
import { ClientSafetyBanner } from './client-safety-banner';

describe('ClientSafetyBanner', () => {
  it('shows the banner on its own at the top of a page, until the review is recorded', async () => {
    TestBed.configureTestingModule({
      imports: [LoadedApolloTestingModule],
      providers: [
        { provide: APOLLO_TESTING_CACHE, useFactory: () => new InMemoryCache() },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        provideLayoutFreeInteractivity(),
      ],
    });
    const backend = TestBed.inject(ApolloTestingController);
    const fixture = TestBed.createComponent(ClientSafetyBanner);
    fixture.componentRef.setInput('clientId', 'client-jordan');
    const settle = async () => {
      for (let round = 0; round < 3; round += 1) {
        await new Promise((resolve) => setTimeout(resolve));
        await fixture.whenStable();
      }
    };
    await fixture.whenStable();
    backend.expectOne('MeasureRecord').flushData(jordansMeasures());
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Safety review needed');

    const loader = TestbedHarnessEnvironment.loader(fixture);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Record review' }))).click();
    await settle();
    const dialog =
      await TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatInputHarness)).setValue('Reviewed with the client today.');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Record review' }))).click();
    await settle();

    expect(element.querySelector('[role="alert"]')).toBeNull();
    backend.expectOne('ReviewSafetyFlag').flushData({
      reviewSafetyFlag: aSafetyFlag('flag-1', 'phq9-latest', {
        isReviewed: true,
        reviewedAt: '2026-03-12T11:00:00.000Z',
        reviewNote: 'Reviewed with the client today.',
      }),
    });
    await settle();
    expect(element.querySelector('[role="alert"]')).toBeNull();
    backend.verify();
  });
});
