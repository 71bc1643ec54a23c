import { decodeBase32, hotp, totpStep } from '../../../apps/api/src/auth/totp';
import type { GraphqlSession } from '../../support/graphql-session';
import {
  BeginSecondFactorEnrolment,
  CaseloadQuery,
  ConfirmSecondFactorEnrolment,
  SetSecondFactorRequirement,
  SignIn,
  SignOut,
  VerifySecondFactor,
  ViewerQuery,
} from './account-documents';
import {
  DEMO_EMAILS,
  DEMO_PASSWORD,
  firstError,
  startAccountsFixture,
  type AccountsFixture,
} from './accounts-fixture';

/** The code an authenticator app shows, `stepsAhead` steps from now. */
function codeFor(secret: string, stepsAhead = 0): string {
  return hotp(decodeBase32(secret), totpStep(new Date()) + stepsAhead);
}

describe('the second factor over HTTP', () => {
  let fixture: AccountsFixture;
  let secret: string;
  let recoveryCodes: string[];
  /** The code that completed a sign-in, to try again. */
  let usedCode: string;

  beforeAll(async () => {
    fixture = await startAccountsFixture();
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  // Each test's wrong codes count against 127.0.0.1 too; each test starts with a clean slate.
  beforeEach(async () => {
    await fixture.db.deleteFrom('sign_in_throttle').execute();
  });

  async function passwordOnly(email: string, localAddress?: string): Promise<GraphqlSession> {
    const browser = fixture.browser(localAddress);
    const response = await browser.post(SignIn, { input: { email, password: DEMO_PASSWORD } });
    expect(response.body.errors).toBeUndefined();
    return browser;
  }

  it('enrols an authenticator app with a QR code and gives ten recovery codes once', async () => {
    const browser = await fixture.signedIn(DEMO_EMAILS.clinician);
    const begun = await browser.post(BeginSecondFactorEnrolment);
    expect(begun.body.errors).toBeUndefined();
    const enrolment = begun.body.data!.beginSecondFactorEnrolment;
    secret = enrolment.secret;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.otpauthUri).toBe(
      `otpauth://totp/Riverside%20Counselling:clinician%40waypoint.example?secret=${secret}` +
        '&issuer=Waypoint&algorithm=SHA1&digits=6&period=30',
    );
    expect(enrolment.qrCodeSvg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);

    const wrong = await browser.post(ConfirmSecondFactorEnrolment, { code: '12345' });
    expect(firstError(wrong)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });

    const confirmed = await browser.post(ConfirmSecondFactorEnrolment, { code: codeFor(secret) });
    expect(confirmed.body.errors).toBeUndefined();
    recoveryCodes = confirmed.body.data!.confirmSecondFactorEnrolment.codes;
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$/);

    const viewer = (await browser.post(ViewerQuery)).body.data?.viewer;
    expect(viewer?.clinician.hasSecondFactor).toBe(true);
  });

  it('keeps the secret sealed and the recovery codes hashed in the database', async () => {
    const clinicianId = await fixture.idOf(DEMO_EMAILS.clinician);
    const account = await fixture.db
      .selectFrom('clinician')
      .select('totp_secret')
      .where('id', '=', clinicianId)
      .executeTakeFirstOrThrow();
    expect(account.totp_secret).toMatch(/^v1\./);
    expect(account.totp_secret).not.toContain(secret);
    const stored = await fixture.db
      .selectFrom('recovery_code')
      .select('code_hash')
      .where('clinician_id', '=', clinicianId)
      .execute();
    expect(stored).toHaveLength(10);
    const plain = recoveryCodes.map((code) => code.replace(/-/g, ''));
    for (const row of stored) expect(plain).not.toContain(row.code_hash);
  });

  it('asks for a code after the password, and lets nothing through before it', async () => {
    const browser = await passwordOnly(DEMO_EMAILS.clinician);
    const pendingToken = browser.cookie('waypoint_session');
    expect(pendingToken).not.toBeNull();
    expect((await browser.post(ViewerQuery)).body.data?.viewer).toBeNull();
    expect(firstError(await browser.post(CaseloadQuery, {})).code).toBe('UNAUTHENTICATED');

    const wrong = await browser.post(VerifySecondFactor, { code: '000000' });
    expect(firstError(wrong)).toMatchObject({ code: 'UNAUTHENTICATED', field: 'code' });

    // The step ahead: the current one was used to confirm the enrolment a moment ago.
    usedCode = codeFor(secret, 1);
    const verified = await browser.post(VerifySecondFactor, { code: usedCode });
    expect(verified.body.errors).toBeUndefined();
    expect(verified.body.data?.verifySecondFactor.status).toBe('SIGNED_IN');
    expect(verified.body.data?.verifySecondFactor.viewer?.clinician.email).toBe(
      DEMO_EMAILS.clinician,
    );
    // A new token once signed in: the one seen before the second factor is worth nothing.
    const signedInToken = browser.cookie('waypoint_session');
    expect(signedInToken).not.toBe(pendingToken);
    expect((await browser.post(CaseloadQuery, {})).body.errors).toBeUndefined();
    const replayed = fixture.browser();
    replayed.setCookie('waypoint_session', pendingToken ?? '');
    expect(
      (await replayed.post(VerifySecondFactor, { code: codeFor(secret) })).body.data,
    ).toBeNull();
  });

  it('never accepts the same code twice', async () => {
    const browser = await passwordOnly(DEMO_EMAILS.clinician);
    const again = await browser.post(VerifySecondFactor, { code: usedCode });
    expect(firstError(again).code).toBe('UNAUTHENTICATED');
  });

  it('accepts a recovery code once, in any case and spacing', async () => {
    const [recoveryCode] = recoveryCodes;
    const first = await passwordOnly(DEMO_EMAILS.clinician);
    const typed = recoveryCode.toLowerCase().replace(/-/g, ' ');
    const used = await first.post(VerifySecondFactor, { code: typed });
    expect(used.body.data?.verifySecondFactor.status).toBe('SIGNED_IN');
    await first.post(SignOut);

    const second = await passwordOnly(DEMO_EMAILS.clinician);
    const reused = await second.post(VerifySecondFactor, { code: recoveryCode });
    expect(firstError(reused).code).toBe('UNAUTHENTICATED');
  });

  it('throttles codes on their own count, which a right password does not reset', async () => {
    const browser = await passwordOnly(DEMO_EMAILS.clinician, '127.0.0.2');
    for (let guess = 0; guess < 5; guess++) {
      const response = await browser.post(VerifySecondFactor, { code: `99999${guess}` });
      expect(firstError(response).code).toBe('UNAUTHENTICATED');
    }
    // Signing in again, from elsewhere, with the right password: the code count stays.
    const again = await passwordOnly(DEMO_EMAILS.clinician, '127.0.0.3');
    // As if the last wrong code had just been tried, however slow this machine is.
    await fixture.db
      .updateTable('sign_in_throttle')
      .set({ last_failure_at: new Date() })
      .where('key', 'like', 'second-factor:%')
      .execute();
    const throttled = await again.post(VerifySecondFactor, { code: codeFor(secret) });
    expect(firstError(throttled).code).toBe('RATE_LIMITED');
  });

  it('refuses a code when no password was given first', async () => {
    const response = await fixture.browser().post(VerifySecondFactor, { code: codeFor(secret) });
    expect(firstError(response).code).toBe('UNAUTHENTICATED');
  });

  it('holds sign-in at enrolment when the practice requires a second factor and the account has none', async () => {
    const admin = await fixture.signedIn(DEMO_EMAILS.admin);
    const required = await admin.post(SetSecondFactorRequirement, { isRequired: true });
    expect(required.body.data?.setSecondFactorRequirement.requiresSecondFactor).toBe(true);

    const browser = fixture.browser();
    const signIn = await browser.post(SignIn, {
      input: { email: DEMO_EMAILS.supervisor, password: DEMO_PASSWORD },
    });
    expect(signIn.body.data?.signIn).toEqual({
      status: 'SECOND_FACTOR_ENROLMENT_REQUIRED',
      viewer: null,
    });
    expect((await browser.post(ViewerQuery)).body.data?.viewer).toBeNull();
    expect(firstError(await browser.post(CaseloadQuery, {})).code).toBe('UNAUTHENTICATED');

    const begun = await browser.post(BeginSecondFactorEnrolment);
    const supervisorSecret = begun.body.data!.beginSecondFactorEnrolment.secret;
    const pendingToken = browser.cookie('waypoint_session');
    const confirmed = await browser.post(ConfirmSecondFactorEnrolment, {
      code: codeFor(supervisorSecret),
    });
    expect(confirmed.body.data?.confirmSecondFactorEnrolment.codes).toHaveLength(10);
    expect(browser.cookie('waypoint_session')).not.toBe(pendingToken);
    const viewer = (await browser.post(ViewerQuery)).body.data?.viewer;
    expect(viewer?.clinician).toMatchObject({
      email: DEMO_EMAILS.supervisor,
      hasSecondFactor: true,
    });

    await admin.post(SetSecondFactorRequirement, { isRequired: false });
  });
});
