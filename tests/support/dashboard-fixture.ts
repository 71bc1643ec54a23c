import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { demoEnvironment } from './dashboard-session';
import {
  createTestDatabase,
  startWaypoint,
  type RunningWaypoint,
  type TestDatabase,
} from './waypoint-process';

/** The built product on a fresh database with the demo practice, and a Chromium to drive it. */
export interface DashboardFixture {
  readonly waypoint: RunningWaypoint;
  readonly browser: Browser;
  /** Where the Waypoint keeps its data, for a test that seeds more (applicationDatabaseUrl). */
  readonly database: TestDatabase;
  stop(): Promise<void>;
}

/** Starts Waypoint and Chromium side by side for one browser test file; `stop` in afterAll. */
export async function startDashboard(
  environment: Readonly<Record<string, string>> = {},
): Promise<DashboardFixture> {
  if (!existsSync(path.resolve(__dirname, '../../dist/dashboard/browser/index.html'))) {
    throw new Error('The dashboard is not built: run `npm run build` first');
  }
  const database = await createTestDatabase();
  const [waypoint, browser] = await Promise.all([
    startWaypoint(demoEnvironment(database.environment, environment)),
    launchChromium(),
  ]);
  return {
    waypoint,
    browser,
    database,
    async stop() {
      await browser.close();
      await waypoint.stop();
      await database.dispose();
    },
  };
}
