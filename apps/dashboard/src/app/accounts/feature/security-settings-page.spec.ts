import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HarnessLoader } from '@angular/cdk/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { ApolloTestingController } from 'apollo-angular/testing';

import { SignedInViewerReader } from '../../session/data-access/signed-in-viewer';
import { LoadedApolloTestingModule } from '../../shared/apollo-on-demand.testing';
import { aViewer } from '../../session/data-access/viewer.fixture';
import { SecuritySettingsPage } from './security-settings-page';

const qrCodeSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><path d="M0 0h1v1H0z"/></svg>';
const recoveryCodes = Array.from({ length: 10 }, (_, index) => `code-${index + 1}`);

describe('SecuritySettingsPage', () => {
  let fixture: ComponentFixture<SecuritySettingsPage>;
  let loader: HarnessLoader;
  let backend: ApolloTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [LoadedApolloTestingModule] });
    backend = TestBed.inject(ApolloTestingController);
    const viewer = aViewer({ idleInMs: 15 * 60_000 });
    TestBed.inject(SignedInViewerReader).remember(viewer, Date.now());
    fixture = TestBed.createComponent(SecuritySettingsPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  function text(): string {
    return fixture.nativeElement.textContent;
  }

  it('says how long an idle session lasts', () => {
    expect(text()).toContain('signs you out after 15 minutes without activity');
  });

  it('enrols an authenticator app: QR code as an image, key, first code, recovery codes', async () => {
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Set up an authenticator app' }))
    ).click();
    backend.expectOne('BeginSecondFactorEnrolment').flushData({
      beginSecondFactorEnrolment: {
        __typename: 'SecondFactorEnrolment',
        secret: 'JBSWY3DPEHPK3PXP',
        otpauthUri: 'otpauth://totp/Waypoint:ada@example.org?secret=JBSWY3DPEHPK3PXP',
        qrCodeSvg,
      },
    });
    await settle();

    const image: HTMLImageElement = fixture.nativeElement.querySelector('img');
    expect(image.getAttribute('src')).toBe(`data:image/svg+xml;base64,${btoa(qrCodeSvg)}`);
    expect(image.alt).toContain('QR code');
    expect(text()).toContain('JBSW Y3DP EHPK 3PXP');

    const codeField = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: '6-digit code' }),
    );
    await (await codeField.getControl(MatInputHarness))!.setValue('123456');
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Turn on second factor' }))
    ).click();
    const confirm = backend.expectOne('ConfirmSecondFactorEnrolment');
    expect(confirm.operation.variables).toEqual({ code: '123456' });
    confirm.flushData({
      confirmSecondFactorEnrolment: { __typename: 'RecoveryCodes', codes: recoveryCodes },
    });
    await settle();

    expect(text()).toContain('Store these recovery codes now');
    const listed = [...fixture.nativeElement.querySelectorAll('ol.codes li')].map((item: Element) =>
      item.textContent?.trim(),
    );
    expect(listed).toEqual(recoveryCodes);
    expect(await loader.hasHarness(MatButtonHarness.with({ text: 'Cancel' }))).toBe(false);

    await (await loader.getHarness(MatButtonHarness.with({ text: "I've stored them" }))).click();
    await settle();

    expect(text()).toContain('Done: your authenticator app is set up.');
    expect(text()).not.toContain('code-1');
    expect(text()).toContain('An authenticator app is set up for your account.');
  });

  it('asks for the current code again when the first one does not match', async () => {
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Set up an authenticator app' }))
    ).click();
    backend.expectOne('BeginSecondFactorEnrolment').flushData({
      beginSecondFactorEnrolment: {
        __typename: 'SecondFactorEnrolment',
        secret: 'JBSWY3DPEHPK3PXP',
        otpauthUri: 'otpauth://totp/x',
        qrCodeSvg,
      },
    });
    await settle();
    const codeField = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: '6-digit code' }),
    );
    await (await codeField.getControl(MatInputHarness))!.setValue('000000');
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Turn on second factor' }))
    ).click();

    backend
      .expectOne('ConfirmSecondFactorEnrolment')
      .graphqlErrors([
        { message: 'Code does not match', extensions: { code: 'BAD_USER_INPUT', field: 'code' } },
      ]);
    await settle();

    expect(fixture.nativeElement.querySelector('[role="alert"]').textContent).toContain(
      "That code didn't match.",
    );
  });
});
