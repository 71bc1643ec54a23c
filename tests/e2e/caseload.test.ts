import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import {
  createTestDatabase,
  startWaypoint,
  type RunningWaypoint,
  type TestDatabase,
} from '../support/waypoint-process';

const screenshots = path.resolve(__dirname, '../../test-results/screenshots');

describe('a clinician opening Waypoint', () => {
  let database: TestDatabase;
  let waypoint: RunningWaypoint;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(path.resolve(__dirname, '../../dist/dashboard/browser/index.html'))) {
      throw new Error('The dashboard is not built: run `npm run build` first');
    }
    mkdirSync(screenshots, { recursive: true });
    database = await createTestDatabase();
    [waypoint, browser] = await Promise.all([
      startWaypoint(database.environment),
      launchChromium(),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await waypoint?.stop();
    await database?.dispose();
  });

  async function openCaseload(
    colorScheme: 'light' | 'dark',
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({
      colorScheme,
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(waypoint.url);
    await page.getByRole('heading', { name: 'Caseload', level: 1 }).waitFor();
    await page.locator('table tbody tr').first().waitFor();
    return { context, page };
  }

  it.each(['light', 'dark'] as const)(
    'sees the seeded caseload, accessible with no axe violations (%s theme)',
    async (colorScheme) => {
      const { context, page } = await openCaseload(colorScheme);
      try {
        const rows = page.locator('table tbody tr');
        expect(await rows.count()).toBeGreaterThanOrEqual(10);
        await expect(
          page
            .getByRole('cell')
            .filter({ hasText: /Active/ })
            .first()
            .isVisible(),
        ).resolves.toBe(true);

        const scan = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
          .analyze();
        const violations = scan.violations.map((violation) => `${violation.id}: ${violation.help}`);
        expect(violations).toEqual([]);

        await page.screenshot({
          path: path.join(screenshots, `caseload-${colorScheme}.png`),
          fullPage: true,
        });
      } finally {
        await context.close();
      }
    },
  );

  it('shows a clear error with a way to retry when the API cannot be reached', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.route('**/graphql', (route) => route.abort('connectionrefused'));
      await page.goto(waypoint.url);
      const retry = page.getByRole('button', { name: /try again/i });
      await retry.waitFor();
      await page.unroute('**/graphql');
      await retry.click();
      await page.locator('table tbody tr').first().waitFor();
      expect(await page.locator('table tbody tr').count()).toBeGreaterThanOrEqual(10);
    } finally {
      await context.close();
    }
  });
});
