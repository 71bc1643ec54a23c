import { isIsoDate } from '@waypoint/shared';
import { CaseloadViewDocument } from '../../apps/dashboard/src/app/__generated__/graphql';
import {
  DEMO_EMAILS,
  startAccountsFixture,
  type AccountsFixture,
} from './accounts/accounts-fixture';

/** The dashboard's caseload query, one window large enough for the demo caseload. */
const everyone = { offset: 0, limit: 200 };

describe('the caseload over HTTP', () => {
  let fixture: AccountsFixture;

  beforeAll(async () => {
    fixture = await startAccountsFixture();
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  it('answers the health check once the database is reachable', async () => {
    const response = await fetch(`${fixture.waypoint.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('lists the seeded demo caseload by preferred name with progress summaries', async () => {
    const clinician = await fixture.signedIn(DEMO_EMAILS.clinician);
    const response = await clinician.post(CaseloadViewDocument, everyone);
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    const caseload = response.body.data?.caseloadView.rows ?? [];

    expect(caseload.length).toBeGreaterThanOrEqual(10);
    const names = caseload.map((client) => client.preferredName);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(caseload.map((client) => client.status))).toEqual(
      new Set(['ACTIVE', 'PAUSED', 'DISCHARGED']),
    );
    for (const client of caseload) {
      expect(client.activeGoalCount).toBeGreaterThanOrEqual(0);
      if (client.lastProgressOn !== null) expect(isIsoDate(client.lastProgressOn)).toBe(true);
    }
    expect(caseload.some((client) => client.activeGoalCount > 0)).toBe(true);
    expect(caseload.some((client) => client.lastProgressOn === null)).toBe(true);
  });

  it('keeps the same data across a restart: migrations and demo data apply once', async () => {
    const before = await (
      await fixture.signedIn(DEMO_EMAILS.clinician)
    ).post(CaseloadViewDocument, everyone);
    await fixture.restart();
    const after = await (
      await fixture.signedIn(DEMO_EMAILS.clinician)
    ).post(CaseloadViewDocument, everyone);
    expect(before.body.data?.caseloadView.rows.length).toBeGreaterThan(0);
    expect(after.body.data?.caseloadView).toEqual(before.body.data?.caseloadView);
  });

  it('serves the dashboard and its client-side routes from the same port', async () => {
    for (const route of ['/', '/clients/any-client']) {
      const response = await fetch(`${fixture.waypoint.url}${route}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<wp-root');
    }
  });
});
