import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter } from '@angular/router';
import { ApolloTestingController } from 'apollo-angular/testing';

import { LoadedApolloTestingModule } from '../../shared/apollo-on-demand.testing';
import { readableText } from '../../clients/feature/client-page.testing';
import { localIsoDate } from '../../shared/relative-day';
import { ProgressLetterPage } from './progress-letter-page';

function letter(from: string, to: string, paragraphs: string[]) {
  return {
    client: { __typename: 'Client', id: 'client-1', preferredName: 'Sam' },
    progressLetter: { __typename: 'ProgressLetter', clientId: 'client-1', from, to, paragraphs },
  };
}

describe('ProgressLetterPage', () => {
  let fixture: ComponentFixture<ProgressLetterPage>;
  let backend: ApolloTestingController;
  const today = localIsoDate(new Date());
  const threeMonthsAgo = (() => {
    const day = new Date();
    day.setMonth(day.getMonth() - 3);
    return localIsoDate(day);
  })();

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [LoadedApolloTestingModule],
      providers: [
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        provideRouter([]),
      ],
    });
    backend = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(ProgressLetterPage);
    fixture.componentRef.setInput('clientId', 'client-1');
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  it('writes the letter for the last three months without scores, as a page to print', async () => {
    const read = backend.expectOne('ProgressLetterPage');
    expect(read.operation.variables).toEqual({
      clientId: 'client-1',
      from: threeMonthsAgo,
      to: today,
      includeScores: false,
    });
    read.flushData(
      letter(threeMonthsAgo, today, ['Dear Sam,', 'You walked to the corner shop on your own.']),
    );
    await settle();

    const text = readableText(fixture.nativeElement);
    expect(text).toContain('Progress letter for Sam');
    expect(text).toContain("How far you've come");
    expect(text).toContain('Dear Sam, You walked to the corner shop on your own.');
    const pdf = (fixture.nativeElement as HTMLElement).querySelector('a[download]');
    expect(pdf?.getAttribute('href')).toBe(
      `/exports/progress-letters/client-1.pdf?from=${threeMonthsAgo}&to=${today}&includeScores=false`,
    );
  });

  it('asks again with scores when "Include scores" is ticked, and for the days chosen', async () => {
    backend.expectOne('ProgressLetterPage').flushData(letter(threeMonthsAgo, today, ['Dear Sam,']));
    await settle();
    const loader = TestbedHarnessEnvironment.loader(fixture);

    const scores = await loader.getHarness(MatCheckboxHarness.with({ label: 'Include scores' }));
    expect(await scores.isChecked()).toBe(false);
    await scores.check();
    await settle();
    expect(backend.expectOne('ProgressLetterPage').operation.variables['includeScores']).toBe(true);

    const from = await loader.getHarness(MatInputHarness.with({ selector: '[type="date"]' }));
    await from.setValue('2026-01-01');
    await (await from.host()).dispatchEvent('change');
    await settle();
    expect(backend.expectOne('ProgressLetterPage').operation.variables).toEqual({
      clientId: 'client-1',
      from: '2026-01-01',
      to: today,
      includeScores: true,
    });
  });
});
