import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HarnessLoader } from '@angular/cdk/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSlideToggleHarness } from '@angular/material/slide-toggle/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { ApolloTestingController } from 'apollo-angular/testing';

import { SignedInViewerReader } from '../../session/data-access/signed-in-viewer';
import { LoadedApolloTestingModule } from '../../shared/apollo-on-demand.testing';
import { aViewer } from '../../session/data-access/viewer.fixture';
import { provideLayoutFreeInteractivity } from '../../shared/layout-free-interactivity';
import { anAccount } from '../data-access/accounts.fixture';
import { AccountsPage } from './accounts-page';

const accounts = [
  anAccount('clinician-1', 'Ada Okafor', 'ADMIN'),
  anAccount('clinician-2', 'Bea Lindqvist', 'SUPERVISOR', { superviseeIds: ['clinician-3'] }),
  anAccount('clinician-3', 'Chen Wei', 'CLINICIAN'),
  anAccount('clinician-4', 'Dara Murphy', 'CLINICIAN', { isActive: false }),
  anAccount('clinician-5', 'Eli Navarro', 'CLINICIAN'),
];

describe('AccountsPage', () => {
  let fixture: ComponentFixture<AccountsPage>;
  let loader: HarnessLoader;
  let documentLoader: HarnessLoader;
  let backend: ApolloTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [LoadedApolloTestingModule],
      providers: [
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        provideLayoutFreeInteractivity(),
      ],
    });
    backend = TestBed.inject(ApolloTestingController);
    const viewer = aViewer({ role: 'ADMIN' });
    TestBed.inject(SignedInViewerReader).remember(viewer, Date.now());
    fixture = TestBed.createComponent(AccountsPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await fixture.whenStable();
    backend.expectOne('Accounts').flushData({ accounts });
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

  async function manage(name: string): Promise<MatMenuHarness> {
    return loader.getHarness(MatMenuHarness.with({ triggerText: `Manage ${name}` }));
  }

  it("lists the practice's accounts by name with role, status and second factor", async () => {
    const table = await loader.getHarness(MatTableHarness);

    const columns = await table.getCellTextByColumnName();

    expect(columns['name'].text).toEqual([
      'Ada Okafor (you)',
      'Bea Lindqvist Supervises Chen Wei',
      'Chen Wei',
      'Dara Murphy',
      'Eli Navarro',
    ]);
    expect(columns['role'].text).toEqual([
      'Admin',
      'Supervisor',
      'Clinician',
      'Clinician',
      'Clinician',
    ]);
    expect(columns['status'].text).toEqual(['Active', 'Active', 'Active', 'Deactivated', 'Active']);
    expect(columns['secondFactor'].text[0]).toBe('Not set up');
  });

  it('adds an account and shows the one-time link to send', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Add account' }))).click();
    await (await input('Name')).setValue('Fay Brennan');
    await (await input('Email')).setValue('fay@example.org');
    await (await loader.getHarness(MatSelectHarness)).clickOptions({ text: 'Supervisor' });
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Add account' }))).click();

    const create = backend.expectOne('CreateAccount');
    expect(create.operation.variables).toEqual({
      input: { displayName: 'Fay Brennan', email: 'fay@example.org', role: 'SUPERVISOR' },
    });
    create.flushData({
      createAccount: {
        __typename: 'SetPasswordLink',
        url: 'https://waypoint.example/set-password?token=abc',
        expiresAt: '2026-03-17T09:00:00.000Z',
        clinician: anAccount('clinician-6', 'Fay Brennan', 'SUPERVISOR'),
      },
    });
    await settle();

    expect(await (await input('Set-password link')).getValue()).toBe(
      'https://waypoint.example/set-password?token=abc',
    );
    await settle();
    const names = (await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName())[
      'name'
    ];
    expect(names.text).toContain('Fay Brennan No supervisees yet');
  });

  it("shows the server's words on the field it names", async () => {
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Add account' }))).click();
    await (await input('Name')).setValue('Ada Again');
    await (await input('Email')).setValue('ada@example.org');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Add account' }))).click();

    backend.expectOne('CreateAccount').graphqlErrors([
      {
        message: 'An account with this email already exists',
        extensions: { code: 'BAD_USER_INPUT', field: 'email' },
      },
    ]);
    await settle();

    const email = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Email' }));
    expect(await email.getTextErrors()).toEqual(['An account with this email already exists']);
  });

  it('resets a password after one confirmation and shows the new link', async () => {
    await (await manage('Chen Wei')).clickItem({ text: 'Reset password' });
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe("Reset Chen Wei's password?");
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Reset password' }))).click();
    await settle();

    const reset = backend.expectOne('ResetPassword');
    expect(reset.operation.variables).toEqual({ clinicianId: 'clinician-3' });
    reset.flushData({
      resetPassword: {
        __typename: 'SetPasswordLink',
        url: 'https://waypoint.example/set-password?token=new',
        expiresAt: '2026-03-17T09:00:00.000Z',
        clinician: accounts[2],
      },
    });
    await settle();

    expect(await (await input('Set-password link')).getValue()).toBe(
      'https://waypoint.example/set-password?token=new',
    );
  });

  it('deactivates an account only after the admin confirms', async () => {
    await (await manage('Chen Wei')).clickItem({ text: 'Deactivate' });
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    expect(await dialog.getRole()).toBe('alertdialog');

    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Keep account' }))).click();
    await settle();
    backend.expectNone('DeactivateAccount');

    await (await manage('Chen Wei')).clickItem({ text: 'Deactivate' });
    const again = await documentLoader.getHarness(MatDialogHarness);
    await (await again.getHarness(MatButtonHarness.with({ text: 'Deactivate' }))).click();
    await settle();
    const deactivate = backend.expectOne('DeactivateAccount');
    expect(deactivate.operation.variables).toEqual({ clinicianId: 'clinician-3' });
    deactivate.flushData({
      deactivateAccount: { __typename: 'Clinician', id: 'clinician-3', isActive: false },
    });
    await settle();

    const status = (await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName())[
      'status'
    ];
    expect(status.text[2]).toBe('Deactivated');
  });

  it('does not let the admin deactivate their own account', async () => {
    const menu = await manage('Ada Okafor');
    await menu.open();

    const items = await menu.getItems();
    const texts = await Promise.all(items.map((item) => item.getText()));
    const ownDeactivate = items[texts.indexOf("You can't deactivate your own account")];

    expect(await ownDeactivate.isDisabled()).toBe(true);
    expect(texts).not.toContain('Deactivate');
  });

  it("chooses a supervisor's supervisees from the active clinicians", async () => {
    await (await manage('Bea Lindqvist')).clickItem({ text: 'Choose supervisees' });
    const boxes = await loader.getAllHarnesses(MatCheckboxHarness);
    const labels = await Promise.all(boxes.map((box) => box.getLabelText()));
    expect(labels).toEqual(['Chen Wei', 'Eli Navarro']);
    expect(await boxes[0].isChecked()).toBe(true);

    await boxes[1].check();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Save supervisees' }))).click();

    const save = backend.expectOne('SetSupervisees');
    expect(save.operation.variables).toEqual({
      supervisorId: 'clinician-2',
      superviseeIds: ['clinician-3', 'clinician-5'],
    });
    save.flushData({
      setSupervisees: {
        __typename: 'Clinician',
        id: 'clinician-2',
        supervisees: [
          { __typename: 'Clinician', id: 'clinician-3', displayName: 'Chen Wei' },
          { __typename: 'Clinician', id: 'clinician-5', displayName: 'Eli Navarro' },
        ],
      },
    });
    await settle();

    const names = (await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName())[
      'name'
    ];
    expect(names.text[1]).toBe('Bea Lindqvist Supervises Chen Wei, Eli Navarro');
  });

  it('requires a second factor for everyone with one toggle', async () => {
    const toggle = await loader.getHarness(
      MatSlideToggleHarness.with({ label: 'Require a second factor for everyone' }),
    );

    await toggle.toggle();
    const change = backend.expectOne('SetSecondFactorRequirement');
    expect(change.operation.variables).toEqual({ isRequired: true });
    change.flushData({
      setSecondFactorRequirement: {
        __typename: 'Practice',
        id: 'practice-1',
        requiresSecondFactor: true,
      },
    });
    await settle();

    expect(await toggle.isChecked()).toBe(true);
    // The shell's viewer says so too, as the next sign-in would.
    expect(TestBed.inject(SignedInViewerReader).viewer()?.practice.requiresSecondFactor).toBe(true);
  });

  it('puts the toggle back when the change does not go through', async () => {
    const toggle = await loader.getHarness(MatSlideToggleHarness);

    await toggle.toggle();
    backend.expectOne('SetSecondFactorRequirement').networkError(new Error('offline'));
    await settle();

    expect(await toggle.isChecked()).toBe(false);
    expect(fixture.nativeElement.querySelector('[role="alert"]').textContent).toContain(
      "Waypoint can't be reached right now.",
    );
  });
});
