import type { Browser, Page } from 'playwright-core';
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

  /** The preferred names in the caseload table, top to bottom. */
  async function rowNames(page: Page): Promise<string[]> {
    const names = await page.locator('table tbody tr a.preferred-name').allTextContents();
    return names.map((name) => name.trim());
  }

  it('keeps a filtered "Needs attention" view in the URL, and Back returns to it from a client', async () => {
    const { context, page, consoleProblems } = await openPage(browser);
    try {
      await signIn(page, waypoint.url, demoAccounts.clinician.email);
      await page.locator('table tbody tr').first().waitFor();
      const everyone = await rowNames(page);

      await page.getByRole('option', { name: 'Active' }).click();
      await page.waitForURL((url) => url.searchParams.get('status') === 'ACTIVE');
      await page.getByRole('searchbox', { name: 'Search by name' }).fill('EL');
      await page.waitForURL((url) => url.searchParams.get('q') === 'EL');
      const found = await rowNames(page);
      expect(found.length).toBeGreaterThan(0);
      expect(found.length).toBeLessThan(everyone.length);
      for (const name of found) expect(name.toLowerCase()).toContain('el');
      await expect(page.getByRole('status').textContent()).resolves.toContain(
        `Showing ${found.length} of ${everyone.length} clients`,
      );

      await page.getByRole('radio', { name: /^Needs attention \(\d+\)$/ }).click();
      await page.waitForURL((url) => url.searchParams.get('view') === 'attention');
      // Jordan Ellis's PHQ-9 item 9 answer waits for review: safety comes first.
      const needing = await rowNames(page);
      expect(needing[0]).toBe('Jordan Ellis');
      expect(needing.length).toBeLessThanOrEqual(found.length);
      const viewUrl = page.url();
      expect(new URL(viewUrl).search).toBe('?status=ACTIVE&q=EL&view=attention');
      expect(await scanAndCapture(page, 'caseload-needs-attention-filtered-light')).toEqual([]);

      await page
        .getByRole('link', { name: /^Safety review needed/ })
        .first()
        .click();
      await page.waitForURL(
        (url) => url.pathname.startsWith('/clients/') && url.hash === '#safety',
      );
      await page.getByRole('heading', { name: 'Jordan Ellis', level: 1 }).waitFor();

      await page.goBack();
      await page.waitForURL(viewUrl);
      await page.locator('table tbody tr').first().waitFor();
      expect(await rowNames(page)).toEqual(needing);
      await expect(
        page.getByRole('radio', { name: /^Needs attention/ }).getAttribute('aria-checked'),
      ).resolves.toBe('true');
      await expect(
        page.getByRole('option', { name: 'Active' }).getAttribute('aria-selected'),
      ).resolves.toBe('true');
      await expect(
        page.getByRole('searchbox', { name: 'Search by name' }).inputValue(),
      ).resolves.toBe('EL');
      expect(consoleProblems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("lets the supervisor read their supervisee's caseload, without session links", async () => {
    const { context, page } = await openPage(browser);
    try {
      await signIn(page, waypoint.url, demoAccounts.supervisor.email);
      await page.getByRole('heading', { name: 'Caseload', level: 1 }).waitFor();
      await page.getByRole('combobox', { name: 'Caseload of' }).click();
      await page.getByRole('option', { name: demoAccounts.clinician.displayName }).click();
      await page
        .getByRole('heading', { name: `Caseload of ${demoAccounts.clinician.displayName}` })
        .waitFor();
      await page.locator('table tbody tr').first().waitFor();

      expect(new URL(page.url()).searchParams.get('clinician')).toBeTruthy();
      expect(await page.locator('table tbody tr').count()).toBeGreaterThanOrEqual(10);
      expect(await page.getByRole('link', { name: /^Session with/ }).count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Add client' }).count()).toBe(0);
      expect(await scanAndCapture(page, 'caseload-supervisee-light')).toEqual([]);
    } finally {
      await context.close();
    }
  });

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
