import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter, Router } from '@angular/router';
import { ApolloTestingController } from 'apollo-angular/testing';
import { TEXT_LIMITS } from '@waypoint/shared';

import { LoadedApolloTestingModule } from '../../shared/apollo-on-demand.testing';
import { localIsoDate } from '../../shared/relative-day';
import { NewClientPage } from './new-client-page';

describe('NewClientPage', () => {
  let fixture: ComponentFixture<NewClientPage>;
  let loader: HarnessLoader;
  let backend: ApolloTestingController;
  const today = localIsoDate(new Date());

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [LoadedApolloTestingModule],
      providers: [
        provideRouter([{ path: 'clients/:clientId', children: [] }]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(NewClientPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function input(label: string): Promise<MatInputHarness> {
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
    return (await field.getControl(MatInputHarness))!;
  }

  async function errorsOf(label: string): Promise<string[]> {
    return (
      await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }))
    ).getTextErrors();
  }

  async function add(): Promise<void> {
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Add client' }))).click();
    await settle();
  }

  it('adds a client with their baseline in their words and opens their page', async () => {
    await (await input('Preferred name')).setValue('  Noor  ');
    await (await input('Pronouns')).setValue('she/her');
    await (await input('In care since')).setValue('2026-03-02');
    await (await input('In their words')).setValue('I stopped seeing anyone.');
    await (await input('Written down on')).setValue('2026-03-02');
    await add();

    const create = backend.expectOne('CreateClient');
    expect(create.operation.variables).toEqual({
      input: {
        preferredName: 'Noor',
        pronouns: 'she/her',
        startedOn: '2026-03-02',
        baseline: { text: 'I stopped seeing anyone.', recordedOn: '2026-03-02' },
      },
    });
    create.flushData({
      createClient: {
        __typename: 'Client',
        id: 'client-noor',
        version: 1,
        preferredName: 'Noor',
        pronouns: 'she/her',
        status: 'ACTIVE',
        startedOn: '2026-03-02',
        primaryClinician: { __typename: 'Clinician', id: 'clinician-1', displayName: 'Ada' },
        baseline: {
          __typename: 'Baseline',
          text: 'I stopped seeing anyone.',
          recordedOn: '2026-03-02',
        },
        statusHistory: [],
      },
    });
    await settle();

    expect(TestBed.inject(Router).url).toBe('/clients/client-noor');
  });

  it('starts care today and leaves out the baseline when none is written', async () => {
    await (await input('Preferred name')).setValue('Alex');
    await add();

    expect(backend.expectOne('CreateClient').operation.variables['input']).toEqual({
      preferredName: 'Alex',
      pronouns: null,
      startedOn: today,
      baseline: null,
    });
  });

  it('asks for a name, and keeps names and baselines within their limits, before sending', async () => {
    await add();
    expect(await errorsOf('Preferred name')).toEqual(['Enter the name they like to be called']);

    await (await input('Preferred name')).setValue('x'.repeat(TEXT_LIMITS.preferredName + 1));
    await add();
    expect(await errorsOf('Preferred name')).toEqual([
      `Keep it to ${TEXT_LIMITS.preferredName} characters or fewer`,
    ]);
    backend.expectNone('CreateClient');
  });

  it('refuses a start of care in the future', async () => {
    await (await input('Preferred name')).setValue('Alex');
    await (await input('In care since')).setValue('2999-01-01');
    await add();

    expect(await errorsOf('In care since')).toEqual(['Choose today or a day before it']);
    backend.expectNone('CreateClient');
  });

  it("shows the server's words on the field it names, nested ones too", async () => {
    await (await input('Preferred name')).setValue('Alex');
    await (await input('In care since')).setValue('2026-03-05');
    await (await input('In their words')).setValue('Everything felt heavy.');
    await (await input('Written down on')).setValue('2026-03-01');
    await add();

    backend.expectOne('CreateClient').graphqlErrors([
      {
        message: 'The baseline cannot be written before care began',
        extensions: { code: 'BAD_USER_INPUT', field: 'baseline.recordedOn' },
      },
    ]);
    await settle();

    expect(await errorsOf('Written down on')).toEqual([
      'The baseline cannot be written before care began',
    ]);
  });
});
