import type { GraphqlSession } from '../../support/graphql-session';
import {
  AccountsQuery,
  CaseloadQuery,
  CreateAccount,
  DeactivateAccount,
  ResetPassword,
  SetPassword,
  SetSupervisees,
  SignIn,
  ViewerQuery,
} from './account-documents';
import {
  DEMO_EMAILS,
  DEMO_PASSWORD,
  firstError,
  startAccountsFixture,
  type AccountsFixture,
} from './accounts-fixture';

const NEW_PASSWORD = 'violet harbour pebble tide';

/** The token of a set-password link. */
function tokenOf(url: string): string {
  return new URL(url).searchParams.get('token') ?? '';
}

describe('managing accounts over HTTP', () => {
  let fixture: AccountsFixture;
  let admin: GraphqlSession;

  beforeAll(async () => {
    fixture = await startAccountsFixture();
    admin = await fixture.signedIn(DEMO_EMAILS.admin);
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  // Wrong passwords tried on purpose count against 127.0.0.1; no test should inherit them.
  beforeEach(async () => {
    await fixture.db.deleteFrom('sign_in_throttle').execute();
  });

  /** Creates an account and sets its password through its link; answers its id. */
  async function createUsableAccount(
    email: string,
    role: 'CLINICIAN' | 'SUPERVISOR' | 'ADMIN' = 'CLINICIAN',
  ): Promise<string> {
    const created = await admin.post(CreateAccount, {
      input: { email, displayName: 'Sam Okoro', role },
    });
    expect(created.body.errors).toBeUndefined();
    const link = created.body.data!.createAccount;
    const set = await fixture
      .browser()
      .post(SetPassword, { token: tokenOf(link.url), password: NEW_PASSWORD });
    expect(set.body.data?.setPassword).toBe(true);
    return link.clinician.id;
  }

  it('lists the practice’s accounts for admins only', async () => {
    const listed = await admin.post(AccountsQuery);
    expect(listed.body.errors).toBeUndefined();
    expect(listed.body.data?.accounts.map((account) => account.email).sort()).toEqual(
      [DEMO_EMAILS.admin, DEMO_EMAILS.clinician, DEMO_EMAILS.supervisor].sort(),
    );
    const clinician = await fixture.signedIn(DEMO_EMAILS.clinician);
    expect(firstError(await clinician.post(AccountsQuery)).code).toBe('FORBIDDEN');
    expect(firstError(await fixture.browser().post(AccountsQuery)).code).toBe('UNAUTHENTICATED');
  });

  it('creates an account whose owner chooses a password through a one-time link', async () => {
    const created = await admin.post(CreateAccount, {
      input: {
        email: 'Sam.Okoro@Riverside.example',
        displayName: '  Sam   Okoro ',
        role: 'CLINICIAN',
      },
    });
    expect(created.body.errors).toBeUndefined();
    const link = created.body.data!.createAccount;
    expect(link.clinician).toMatchObject({
      email: 'sam.okoro@riverside.example',
      displayName: 'Sam Okoro',
      role: 'CLINICIAN',
      isActive: true,
      hasSecondFactor: false,
    });
    expect(link.url).toMatch(
      new RegExp(`^${fixture.waypoint.url}/set-password\\?token=[\\w-]{43}$`),
    );
    const hoursValid = (Date.parse(link.expiresAt) - Date.now()) / 3_600_000;
    expect(hoursValid).toBeGreaterThan(71.9);
    expect(hoursValid).toBeLessThanOrEqual(72);

    // No password yet: signing in fails like any wrong password.
    const early = await fixture.browser().post(SignIn, {
      input: { email: 'sam.okoro@riverside.example', password: NEW_PASSWORD },
    });
    expect(firstError(early).message).toBe('Email or password is incorrect');

    const token = tokenOf(link.url);
    const owner = fixture.browser();
    for (const [password, problem] of [
      ['too short', /at least 12/],
      ['Password1234', /too common/],
      ['hello sam.okoro, me', /email address/],
    ] as const) {
      const refused = await owner.post(SetPassword, { token, password });
      expect(firstError(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
      expect(firstError(refused).message).toMatch(problem);
    }
    expect(
      (await owner.post(SetPassword, { token, password: NEW_PASSWORD })).body.data?.setPassword,
    ).toBe(true);
    const reused = await owner.post(SetPassword, { token, password: 'another fine passphrase' });
    expect(firstError(reused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });

    await fixture.signedIn('sam.okoro@riverside.example', NEW_PASSWORD);
  });

  it('names the bad field and writes nothing when the input is wrong', async () => {
    const before = (await admin.post(AccountsQuery)).body.data?.accounts.length;
    const cases = [
      [{ email: 'not-an-email', displayName: 'Someone', role: 'CLINICIAN' }, 'email'],
      [{ email: 'ADMIN@waypoint.example', displayName: 'Someone', role: 'CLINICIAN' }, 'email'],
      [
        { email: 'someone@riverside.example', displayName: '   ', role: 'CLINICIAN' },
        'displayName',
      ],
      [
        { email: 'someone@riverside.example', displayName: 'x'.repeat(201), role: 'CLINICIAN' },
        'displayName',
      ],
    ] as const;
    for (const [input, field] of cases) {
      const response = await admin.post(CreateAccount, { input });
      expect(firstError(response)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const badToken = await fixture
      .browser()
      .post(SetPassword, { token: 'nonsense', password: NEW_PASSWORD });
    expect(firstError(badToken)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect((await admin.post(AccountsQuery)).body.data?.accounts.length).toBe(before);
  });

  it('resets a password: the account’s sessions end and only the new link works', async () => {
    const id = await createUsableAccount('reset.me@riverside.example');
    const owner = await fixture.signedIn('reset.me@riverside.example', NEW_PASSWORD);

    const reset = await admin.post(ResetPassword, { clinicianId: id });
    expect(reset.body.errors).toBeUndefined();
    expect((await owner.post(ViewerQuery)).body.data?.viewer).toBeNull();
    const oldPassword = await fixture.browser().post(SignIn, {
      input: { email: 'reset.me@riverside.example', password: NEW_PASSWORD },
    });
    expect(firstError(oldPassword).code).toBe('UNAUTHENTICATED');

    const chosen = 'a different calm passphrase';
    const token = tokenOf(reset.body.data!.resetPassword.url);
    expect(
      (await fixture.browser().post(SetPassword, { token, password: chosen })).body.data
        ?.setPassword,
    ).toBe(true);
    await fixture.signedIn('reset.me@riverside.example', chosen);
  });

  it('deactivates an account: its sessions end at once and it cannot sign in', async () => {
    const id = await createUsableAccount('leaving@riverside.example');
    const owner = await fixture.signedIn('leaving@riverside.example', NEW_PASSWORD);

    const deactivated = await admin.post(DeactivateAccount, { clinicianId: id });
    expect(deactivated.body.data?.deactivateAccount.isActive).toBe(false);
    expect((await owner.post(ViewerQuery)).body.data?.viewer).toBeNull();
    const again = await fixture.browser().post(SignIn, {
      input: { email: 'leaving@riverside.example', password: NEW_PASSWORD },
    });
    expect(firstError(again)).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'Email or password is incorrect',
    });

    // A reset link for it could never be used, so none is made.
    const reset = await admin.post(ResetPassword, { clinicianId: id });
    expect(firstError(reset)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'clinicianId' });

    const self = await admin.post(DeactivateAccount, {
      clinicianId: await fixture.idOf(DEMO_EMAILS.admin),
    });
    expect(firstError(self)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'clinicianId' });
  });

  it('lets a supervisor read the caseloads of the clinicians assigned to them', async () => {
    const supervisorId = await fixture.idOf(DEMO_EMAILS.supervisor);
    const demoClinicianId = await fixture.idOf(DEMO_EMAILS.clinician);
    const newId = await createUsableAccount('new.clinician@riverside.example');
    const supervisor = await fixture.signedIn(DEMO_EMAILS.supervisor);
    expect(firstError(await supervisor.post(CaseloadQuery, { clinicianId: newId })).code).toBe(
      'FORBIDDEN',
    );

    const assigned = await admin.post(SetSupervisees, {
      supervisorId,
      superviseeIds: [demoClinicianId, newId, newId],
    });
    expect(assigned.body.errors).toBeUndefined();
    expect(
      assigned.body.data?.setSupervisees.supervisees.map((clinician) => clinician.id).sort(),
    ).toEqual([demoClinicianId, newId].sort());
    const caseload = await supervisor.post(CaseloadQuery, { clinicianId: newId });
    expect(caseload.body.errors).toBeUndefined();
    expect(caseload.body.data?.caseload).toEqual([]);
    const demoCaseload = await supervisor.post(CaseloadQuery, { clinicianId: demoClinicianId });
    expect(demoCaseload.body.data?.caseload.length).toBeGreaterThan(0);

    // The set is replaced, not added to.
    await admin.post(SetSupervisees, { supervisorId, superviseeIds: [demoClinicianId] });
    expect(firstError(await supervisor.post(CaseloadQuery, { clinicianId: newId })).code).toBe(
      'FORBIDDEN',
    );
  });

  it('names the bad field when supervision is wrong', async () => {
    const supervisorId = await fixture.idOf(DEMO_EMAILS.supervisor);
    const clinicianId = await fixture.idOf(DEMO_EMAILS.clinician);
    const cases = [
      [{ supervisorId: clinicianId, superviseeIds: [] }, 'supervisorId'],
      [{ supervisorId, superviseeIds: [supervisorId] }, 'superviseeIds'],
      [{ supervisorId, superviseeIds: ['00000000-0000-4000-8000-000000000000'] }, 'superviseeIds'],
      [{ supervisorId, superviseeIds: ['not an id'] }, 'superviseeIds'],
    ] as const;
    for (const [variables, field] of cases) {
      const response = await admin.post(SetSupervisees, {
        ...variables,
        superviseeIds: [...variables.superviseeIds],
      });
      expect(firstError(response)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('answers another practice’s accounts exactly like accounts that do not exist', async () => {
    const other = await fixture.db
      .insertInto('practice')
      .values({ name: 'Elsewhere Therapy' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const stranger = await fixture.db
      .insertInto('clinician')
      .values({
        practice_id: other.id,
        email: 'stranger@elsewhere.example',
        display_name: 'Stranger',
        role: 'CLINICIAN',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const clinicianId of [stranger.id, missing, 'not an id']) {
      const reset = await admin.post(ResetPassword, { clinicianId });
      const deactivate = await admin.post(DeactivateAccount, { clinicianId });
      expect(firstError(reset)).toMatchObject({
        code: 'NOT_FOUND',
        message: 'CLINICIAN not found',
      });
      expect(firstError(deactivate)).toMatchObject({
        code: 'NOT_FOUND',
        message: 'CLINICIAN not found',
      });
    }
    const supervised = await admin.post(SetSupervisees, {
      supervisorId: await fixture.idOf(DEMO_EMAILS.supervisor),
      superviseeIds: [stranger.id],
    });
    expect(firstError(supervised)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'superviseeIds',
    });
    const untouched = await fixture.db
      .selectFrom('clinician')
      .select(['is_active'])
      .where('id', '=', stranger.id)
      .executeTakeFirstOrThrow();
    expect(untouched.is_active).toBe(true);
  });

  it('leaves ids, never emails or names, in the audit trail', async () => {
    await fixture
      .browser()
      .post(SignIn, { input: { email: 'ghost@riverside.example', password: DEMO_PASSWORD } });
    const events = await fixture.db
      .selectFrom('audit_event')
      .select(['action', 'practice_id', 'actor_id', 'entity_type', 'entity_id', 'outcome'])
      .execute();
    const actions = new Set(events.map((event) => event.action));
    for (const action of [
      'SIGN_IN',
      'SIGN_IN_FAILED',
      'ACCOUNTS_VIEWED',
      'ACCOUNT_CREATED',
      'PASSWORD_SET',
      'PASSWORD_RESET',
      'ACCOUNT_DEACTIVATED',
      'SUPERVISEES_CHANGED',
    ]) {
      expect(actions).toContain(action);
    }
    const anonymous = events.filter(
      (event) => event.action === 'SIGN_IN_FAILED' && event.entity_id === null,
    );
    expect(anonymous.length).toBeGreaterThan(0);
    for (const event of anonymous) {
      expect(event).toMatchObject({ practice_id: null, actor_id: null, outcome: 'FAILED' });
    }
    expect(JSON.stringify(events)).not.toMatch(/@|Okoro|passphrase/);
  });

  it('keeps the demo password working for the demo accounts', async () => {
    const response = await fixture.browser().post(SignIn, {
      input: { email: DEMO_EMAILS.clinician, password: DEMO_PASSWORD },
    });
    expect(response.body.data?.signIn.status).toBe('SIGNED_IN');
  });
});
