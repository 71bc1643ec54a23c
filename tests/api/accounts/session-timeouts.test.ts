import type { GraphqlSession } from '../../support/graphql-session';
import { ExtendSession, ViewerQuery } from './account-documents';
import { DEMO_EMAILS, startAccountsFixture, type AccountsFixture } from './accounts-fixture';

const IDLE_SECONDS = 3;
const LIFETIME_SECONDS = 9;

const pause = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

/** Sessions with timeouts short enough to watch: 3 seconds idle, 9 seconds in all. */
describe('session timeouts', () => {
  let fixture: AccountsFixture;

  beforeAll(async () => {
    fixture = await startAccountsFixture({
      SESSION_IDLE_MINUTES: String(IDLE_SECONDS / 60),
      SESSION_LIFETIME_HOURS: String(LIFETIME_SECONDS / 3600),
    });
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  async function isSignedIn(browser: GraphqlSession): Promise<boolean> {
    return (await browser.post(ViewerQuery)).body.data?.viewer != null;
  }

  async function endReasons(email: string): Promise<(string | null)[]> {
    const rows = await fixture.db
      .selectFrom('auth_session')
      .select('end_reason')
      .where('clinician_id', '=', await fixture.idOf(email))
      .orderBy('created_at')
      .execute();
    return rows.map((row) => row.end_reason);
  }

  it('ends a session left alone for the idle time, and says why', async () => {
    const browser = await fixture.signedIn(DEMO_EMAILS.clinician);
    const viewer = (await browser.post(ViewerQuery)).body.data?.viewer;
    const idleSeconds = (Date.parse(viewer!.idleExpiresAt) - Date.now()) / 1000;
    expect(idleSeconds).toBeGreaterThan(IDLE_SECONDS - 1);
    expect(idleSeconds).toBeLessThanOrEqual(IDLE_SECONDS);

    await pause(IDLE_SECONDS + 0.5);
    const after = await browser.post(ViewerQuery);
    expect(after.body.data?.viewer).toBeNull();
    // The browser is told to forget the dead token.
    expect(after.setCookies[0]).toMatch(/^waypoint_session=; Max-Age=0/);
    expect(await endReasons(DEMO_EMAILS.clinician)).toEqual(['IDLE_TIMEOUT']);
    const expired = await fixture.db
      .selectFrom('audit_event')
      .select('outcome')
      .where('action', '=', 'SESSION_EXPIRED')
      .execute();
    expect(expired).toHaveLength(1);
  });

  it('keeps a session in use past the idle time, but not past its lifetime', async () => {
    const browser = await fixture.signedIn(DEMO_EMAILS.supervisor);
    const started = Date.now();
    const elapsed = () => (Date.now() - started) / 1000;
    while (elapsed() < LIFETIME_SECONDS - 1.5) {
      await pause(1);
      expect(await isSignedIn(browser)).toBe(true);
    }
    expect(elapsed()).toBeGreaterThan(2 * IDLE_SECONDS);
    const extended = (await browser.post(ExtendSession)).body.data?.extendSession;
    // Never past the absolute end, however recently used.
    expect(extended?.idleExpiresAt).toBe(extended?.expiresAt);

    await pause(LIFETIME_SECONDS - elapsed() + 0.5);
    expect(await isSignedIn(browser)).toBe(false);
    expect(await endReasons(DEMO_EMAILS.supervisor)).toEqual(['LIFETIME_EXPIRED']);
  });
});
