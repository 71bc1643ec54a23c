import { sql } from 'kysely';
import { cookieAttributes } from '../../support/graphql-session';
import { ExtendSession, SignIn, SignOut, ViewerQuery } from './account-documents';
import {
  DEMO_EMAILS,
  DEMO_PASSWORD,
  firstError,
  startAccountsFixture,
  type AccountsFixture,
} from './accounts-fixture';

describe('signing in and out over HTTP', () => {
  let fixture: AccountsFixture;

  beforeAll(async () => {
    fixture = await startAccountsFixture();
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  it('signs in with the right password and sets an HttpOnly, SameSite=Strict cookie', async () => {
    const browser = fixture.browser();
    const response = await browser.post(SignIn, {
      input: { email: DEMO_EMAILS.clinician, password: DEMO_PASSWORD },
    });

    expect(response.body.errors).toBeUndefined();
    const result = response.body.data?.signIn;
    expect(result?.status).toBe('SIGNED_IN');
    expect(result?.viewer?.clinician).toMatchObject({
      email: DEMO_EMAILS.clinician,
      role: 'CLINICIAN',
    });
    expect(result?.viewer?.practice.name).toBe('Riverside Counselling');
    const [setCookie] = response.setCookies;
    expect(setCookie).toMatch(/^waypoint_session=[A-Za-z0-9_-]{43};/);
    const attributes = cookieAttributes(setCookie);
    expect(attributes.has('httponly')).toBe(true);
    expect(attributes.get('samesite')).toBe('Strict');
    expect(attributes.get('path')).toBe('/');
    // Served over plain HTTP here, so not Secure (browsers would drop it on http://localhost).
    expect(attributes.has('secure')).toBe(false);
  });

  it('answers who is signed in, and null (never an error) for nobody', async () => {
    const browser = await fixture.signedIn(DEMO_EMAILS.supervisor);
    const viewer = (await browser.post(ViewerQuery)).body.data?.viewer;
    expect(viewer?.clinician.email).toBe(DEMO_EMAILS.supervisor);
    expect(viewer?.clinician.supervisees).toEqual([
      { id: await fixture.idOf(DEMO_EMAILS.clinician) },
    ]);
    const idleMinutes = (Date.parse(viewer!.idleExpiresAt) - Date.now()) / 60_000;
    expect(idleMinutes).toBeGreaterThan(14);
    expect(idleMinutes).toBeLessThanOrEqual(15);
    const lifetimeHours = (Date.parse(viewer!.expiresAt) - Date.now()) / 3_600_000;
    expect(lifetimeHours).toBeGreaterThan(11.9);
    expect(lifetimeHours).toBeLessThanOrEqual(12);

    const nobody = await fixture.browser().post(ViewerQuery);
    expect(nobody.body).toEqual({ data: { viewer: null } });
  });

  it('stores only the hash of the session token', async () => {
    const browser = await fixture.signedIn(DEMO_EMAILS.admin);
    const token = browser.cookie('waypoint_session') ?? '';
    const rows = await fixture.db.selectFrom('auth_session').select('id').execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.id)).not.toContain(token);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.id))).toBe(true);
  });

  it('answers a wrong password and an unknown email identically', async () => {
    const wrongPassword = await fixture
      .browser()
      .post(SignIn, { input: { email: DEMO_EMAILS.admin, password: 'not the right password' } });
    const unknownEmail = await fixture
      .browser()
      .post(SignIn, { input: { email: 'nobody@riverside.example', password: DEMO_PASSWORD } });

    expect(firstError(wrongPassword)).toMatchObject({
      message: 'Email or password is incorrect',
      code: 'UNAUTHENTICATED',
    });
    expect(unknownEmail.status).toBe(wrongPassword.status);
    expect(unknownEmail.body).toEqual(wrongPassword.body);
    expect(unknownEmail.setCookies).toEqual(wrongPassword.setCookies);
  });

  it('signs out on the server: the old cookie is worth nothing afterwards', async () => {
    const browser = await fixture.signedIn(DEMO_EMAILS.clinician);
    const token = browser.cookie('waypoint_session') ?? '';

    const signOut = await browser.post(SignOut);
    expect(signOut.body.data?.signOut).toBe(true);
    expect(signOut.setCookies[0]).toMatch(/^waypoint_session=; Max-Age=0/);
    expect(browser.cookie('waypoint_session')).toBeNull();

    const replayed = fixture.browser();
    replayed.setCookie('waypoint_session', token);
    expect((await replayed.post(ViewerQuery)).body.data?.viewer).toBeNull();
    expect((await replayed.post(SignOut)).body.data?.signOut).toBe(false);
    const ended = await fixture.db
      .selectFrom('auth_session')
      .select(['end_reason'])
      .where('clinician_id', '=', await fixture.idOf(DEMO_EMAILS.clinician))
      .where('end_reason', '=', 'SIGNED_OUT')
      .execute();
    expect(ended.length).toBeGreaterThanOrEqual(1);
  });

  it('keeps the session alive on request, moving the idle end', async () => {
    const browser = await fixture.signedIn(DEMO_EMAILS.clinician);
    const before = (await browser.post(ViewerQuery)).body.data?.viewer?.idleExpiresAt ?? '';
    // Back-date the last request, as if the clinician had been away for ten minutes.
    await fixture.db
      .updateTable('auth_session')
      .set({
        created_at: sql`created_at - interval '10 minutes'`,
        last_seen_at: sql`last_seen_at - interval '10 minutes'`,
      })
      .where('ended_at', 'is', null)
      .where('clinician_id', '=', await fixture.idOf(DEMO_EMAILS.clinician))
      .execute();
    const extended = await browser.post(ExtendSession);
    expect(extended.body.errors).toBeUndefined();
    const after = extended.body.data?.extendSession.idleExpiresAt ?? '';
    expect(Date.parse(after)).toBeGreaterThanOrEqual(Date.parse(before));
    expect(Date.parse(after) - Date.now()).toBeGreaterThan(14 * 60_000);

    const signedOut = await fixture.browser().post(ExtendSession);
    expect(firstError(signedOut).code).toBe('UNAUTHENTICATED');
  });

  it('names the field when the input is empty', async () => {
    const noEmail = await fixture.browser().post(SignIn, { input: { email: ' ', password: 'x' } });
    expect(firstError(noEmail)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const noPassword = await fixture
      .browser()
      .post(SignIn, { input: { email: DEMO_EMAILS.admin, password: '' } });
    expect(firstError(noPassword)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
  });

  it('accepts the email in any case and with spaces around it', async () => {
    const browser = fixture.browser();
    const response = await browser.post(SignIn, {
      input: { email: `  ${DEMO_EMAILS.admin.toUpperCase()} `, password: DEMO_PASSWORD },
    });
    expect(response.body.data?.signIn.status).toBe('SIGNED_IN');
  });
});
