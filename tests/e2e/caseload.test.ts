import type { Browser } from 'playwright-core';
import { demoAccounts, openPage, scanAndCapture, signIn } from '../support/dashboard-session';
import { startDashboard, type DashboardFixture } from '../support/dashboard-fixture';
import type { RunningWaypoint } from '../support/waypoint-process';

describe('a clinician opening Waypoint', () => {
  let dashboard: DashboardFixture;
  let waypoint: RunningWaypoint;
  let browser: Browser;

  beforeAll(async () => {
    dashboard = await startDashboard();
    ({ waypoint, browser } = dashboard);
  });

  afterAll(async () => {
    await dashboard?.stop();
  });

  it.each(['light', 'dark'] as const)(
    'signs in and sees the seeded caseload, accessible with no axe violations (%s theme)',
    async (colorScheme) => {
      const { context, page } = await openPage(browser, { colorScheme });
      try {
        await signIn(page, waypoint.url, demoAccounts.clinician.email);
        await page.getByRole('heading', { name: 'Caseload', level: 1 }).waitFor();
        await page.locator('table tbody tr').first().waitFor();

        const rows = page.locator('table tbody tr');
        expect(await rows.count()).toBeGreaterThanOrEqual(10);
        await expect(
          page
            .getByRole('cell')
            .filter({ hasText: /Active/ })
            .first()
            .isVisible(),
        ).resolves.toBe(true);

        expect(await scanAndCapture(page, `caseload-${colorScheme}`)).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('shows a clear error with a way to retry when the caseload cannot be reached', async () => {
    const { context, page } = await openPage(browser);
    try {
      // Only the caseload request fails, so signing in still works.
      const failCaseload = (route: import('playwright-core').Route) =>
        route.request().postDataJSON()?.operationName === 'Caseload'
          ? route.abort('connectionrefused')
          : route.fallback();
      await page.route('**/graphql', failCaseload);
      await signIn(page, waypoint.url, demoAccounts.clinician.email);
      const retry = page.getByRole('button', { name: /try again/i });
      await retry.waitFor();
      await page.unroute('**/graphql', failCaseload);
      await retry.click();
      await page.locator('table tbody tr').first().waitFor();
      expect(await page.locator('table tbody tr').count()).toBeGreaterThanOrEqual(10);
    } finally {
      await context.close();
    }
  });
});
