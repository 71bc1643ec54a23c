import { sql } from 'kysely';
import type { GraphqlSession, SessionResponse } from '../../support/graphql-session';
import { SignIn } from './account-documents';
import {
  DEMO_EMAILS,
  DEMO_PASSWORD,
  firstError,
  startAccountsFixture,
  type AccountsFixture,
} from './accounts-fixture';

/**
 * Guessing passwords over HTTP. Throttling waits are real (up to 15 minutes), so instead of
 * waiting the tests move the stored failure times into the past, as if the wait had passed.
 */
describe('sign-in throttling against guessing', () => {
  let fixture: AccountsFixture;

  beforeAll(async () => {
    fixture = await startAccountsFixture();
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  beforeEach(async () => {
    await fixture.db.deleteFrom('sign_in_throttle').execute();
  });

  /** As if `seconds` had passed for every throttled key. */
  async function letTimePass(seconds: number): Promise<void> {
    await fixture.db
      .updateTable('sign_in_throttle')
      .set({
        last_failure_at: sql`last_failure_at - make_interval(secs => ${seconds})`,
        locked_until: sql`locked_until - make_interval(secs => ${seconds})`,
      })
      .execute();
  }

  function attempt(
    browser: GraphqlSession,
    email: string,
    password: string,
  ): Promise<SessionResponse<{ signIn: { status: string } }>> {
    return browser.post(SignIn, { input: { email, password } });
  }

  /** Wrong passwords, waiting out each slow-down, until `failures` were really checked. */
  async function failUntilLocked(browser: GraphqlSession, email: string): Promise<void> {
    let checked = 0;
    while (checked < 10) {
      const response = await attempt(browser, email, `wrong guess number ${checked}`);
      const error = firstError(response);
      if (error.code === 'RATE_LIMITED') await letTimePass(Number(error.extensions['retryAfter']));
      else {
        expect(error.code).toBe('UNAUTHENTICATED');
        checked++;
      }
    }
  }

  it('checks only the first five of 50 wrong passwords in a row, then refuses the right one', async () => {
    const browser = fixture.browser();
    const codes: unknown[] = [];
    for (let guess = 0; guess < 50; guess++) {
      codes.push(firstError(await attempt(browser, DEMO_EMAILS.clinician, `guess ${guess}`)).code);
    }
    expect(codes.slice(0, 6)).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
    // Five checked, the rest refused unchecked. (On a slow machine a 1- or 2-second slow-down
    // may pass during the 50 requests and let one more through: never more than a couple.)
    const checked = codes.filter((code) => code === 'UNAUTHENTICATED').length;
    expect(checked).toBeGreaterThanOrEqual(5);
    expect(checked).toBeLessThanOrEqual(7);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(50 - checked);

    // As if the last wrong guess had just been made: the right password is refused too.
    await fixture.db.updateTable('sign_in_throttle').set({ last_failure_at: new Date() }).execute();
    const right = await attempt(browser, DEMO_EMAILS.clinician, DEMO_PASSWORD);
    const error = firstError(right);
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.extensions['retryAfter']).toBeGreaterThanOrEqual(1);
    expect(right.body.data).toBeNull();
    expect(right.setCookies).toEqual([]);
  });

  it('locks the account for 15 minutes at the tenth failure, from any address, right password or not', async () => {
    await failUntilLocked(fixture.browser('127.0.0.2'), DEMO_EMAILS.supervisor);

    // Another address, the right password: still refused, the account is locked.
    const right = await attempt(
      fixture.browser('127.0.0.3'),
      DEMO_EMAILS.supervisor,
      DEMO_PASSWORD,
    );
    const error = firstError(right);
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.extensions['retryAfter']).toBeGreaterThan(14 * 60);
    expect(error.extensions['retryAfter']).toBeLessThanOrEqual(15 * 60);
    expect(error.message).toMatch(/^Too many failed attempts\. Try again in \d+ seconds\.$/);

    await letTimePass(15 * 60);
    const afterLock = await attempt(
      fixture.browser('127.0.0.3'),
      DEMO_EMAILS.supervisor,
      DEMO_PASSWORD,
    );
    expect(afterLock.body.data?.signIn.status).toBe('SIGNED_IN');
    const remaining = await fixture.db.selectFrom('sign_in_throttle').select('key').execute();
    expect(remaining.map((row) => row.key)).not.toContainEqual(expect.stringMatching(/^account:/));
  });

  it('throttles an unknown email exactly like a known one', async () => {
    await failUntilLocked(fixture.browser('127.0.0.4'), DEMO_EMAILS.admin);
    await failUntilLocked(fixture.browser('127.0.0.5'), 'nobody@riverside.example');

    const known = await attempt(fixture.browser('127.0.0.6'), DEMO_EMAILS.admin, DEMO_PASSWORD);
    const unknown = await attempt(
      fixture.browser('127.0.0.7'),
      'nobody@riverside.example',
      DEMO_PASSWORD,
    );
    expect(known.status).toBe(unknown.status);
    expect(firstError(known).code).toBe('RATE_LIMITED');
    expect(firstError(unknown).code).toBe('RATE_LIMITED');
    expect(firstError(known).message.replace(/\d+/, 'N')).toBe(
      firstError(unknown).message.replace(/\d+/, 'N'),
    );
    // Both locked for (nearly) 15 minutes; locking the second moved the first's clock a little.
    for (const response of [known, unknown]) {
      const wait = Number(firstError(response).extensions['retryAfter']);
      expect(wait).toBeGreaterThan(14 * 60);
      expect(wait).toBeLessThanOrEqual(15 * 60);
    }
  });

  it('slows one address trying one password across many accounts', async () => {
    const sprayer = fixture.browser('127.0.0.8');
    const codes: unknown[] = [];
    for (let account = 0; account < 7; account++) {
      const response = await attempt(
        sprayer,
        `person${account}@riverside.example`,
        'Summer2026!Summer',
      );
      codes.push(firstError(response).code);
    }
    expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED', 'RATE_LIMITED']);
    // Someone else, elsewhere, is not held up by it.
    const elsewhere = await attempt(
      fixture.browser('127.0.0.9'),
      DEMO_EMAILS.clinician,
      DEMO_PASSWORD,
    );
    expect(elsewhere.body.data?.signIn.status).toBe('SIGNED_IN');
  });

  it('refuses aliases that would turn one request into many guesses', async () => {
    const guesses = Array.from(
      { length: 10 },
      (_, index) =>
        `guess${index}: signIn(input: { email: "${DEMO_EMAILS.clinician}", password: "alias guess ${index}" }) { status }`,
    );
    const response = await fixture
      .browser('127.0.0.10')
      .postRaw(JSON.stringify({ query: `mutation { ${guesses.join(' ')} }` }));
    expect(response.body.errors?.length).toBeGreaterThan(0);
    expect(response.body.data ?? null).toBeNull();
    const throttle = await fixture.db
      .selectFrom('sign_in_throttle')
      .select('failure_count')
      .execute();
    // Refused before any password was checked.
    expect(throttle.every((row) => row.failure_count === 0)).toBe(true);
  });

  it('refuses batched requests that would do the same', async () => {
    const batch = Array.from({ length: 10 }, (_, index) => ({
      query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { status } }',
      variables: { input: { email: DEMO_EMAILS.clinician, password: `batch guess ${index}` } },
    }));
    const response = await fixture.browser('127.0.0.11').postRaw(JSON.stringify(batch));
    expect(response.status).toBeGreaterThanOrEqual(400);
    const throttle = await fixture.db
      .selectFrom('sign_in_throttle')
      .select('failure_count')
      .execute();
    expect(throttle.every((row) => row.failure_count === 0)).toBe(true);
  });

  it('counts parallel guesses: no more than five are checked however many arrive at once', async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        attempt(fixture.browser('127.0.0.12'), DEMO_EMAILS.admin, `parallel guess ${index}`),
      ),
    );
    const checked = responses.filter((response) => firstError(response).code === 'UNAUTHENTICATED');
    // Five; six at most if the machine is so slow that the 1-second slow-down passed meanwhile.
    expect(checked.length).toBeGreaterThanOrEqual(5);
    expect(checked.length).toBeLessThanOrEqual(6);
  });
});
