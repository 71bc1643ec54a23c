import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import {
  createTestDatabase,
  startWaypoint,
  type RunningWaypoint,
  type TestDatabase,
} from '../support/waypoint-process';

declare global {
  interface Window {
    /** Hands a violation the browser reported to the test; survives page loads. */
    reportCspViolation?: (violation: string) => Promise<void>;
  }
}

/** The one password of every demo account in this test's practice. */
const demoPassword = 'Csp-test-password-2041';

/** What the browser reported while a page was open, across page loads. */
interface PageReports {
  readonly violations: string[];
  readonly consoleMessages: string[];
}

describe('the dashboard under its Content-Security-Policy', () => {
  let database: TestDatabase;
  let waypoint: RunningWaypoint;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    if (!existsSync(path.resolve(__dirname, '../../dist/dashboard/browser/index.html'))) {
      throw new Error('The dashboard is not built: run `npm run build:dashboard` first');
    }
    database = await createTestDatabase();
    [waypoint, browser] = await Promise.all([
      startWaypoint({ ...database.environment, WAYPOINT_DEMO_PASSWORD: demoPassword }),
      launchChromium(),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await waypoint?.stop();
    await database?.dispose();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  });

  afterEach(async () => {
    await context?.close();
  });

  /** Listens before the first script of every page load, so start-up violations count too. */
  async function watch(page: Page): Promise<PageReports> {
    const reports: PageReports = { violations: [], consoleMessages: [] };
    await page.exposeFunction('reportCspViolation', (violation: string) => {
      reports.violations.push(violation);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        void window.reportCspViolation?.(
          `${location.pathname}: ${event.effectiveDirective} blocked ` +
            `${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
        );
      });
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        reports.consoleMessages.push(`${message.type()}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => reports.consoleMessages.push(`page error: ${error.message}`));
    return reports;
  }

  /** Lets reports still on their way from the page arrive before they are checked. */
  async function settle(page: Page): Promise<void> {
    await page.waitForTimeout(200);
  }

  /**
   * Opens the dashboard and waits for whichever page it shows to render its content; answers
   * the page's Content-Security-Policy header.
   */
  async function openDashboard(page: Page): Promise<string> {
    const response = await page.goto(waypoint.url);
    await page.locator('mat-toolbar').waitFor();
    // Signed out, the sign-in form; signed in (or before sign-in existed), the caseload's rows
    // (the first client's name in its table).
    await page
      .locator('[role="table"] [role="row"] a.preferred-name, input[type="password"]')
      .first()
      .waitFor();
    await page.waitForLoadState('networkidle');
    return response?.headers()['content-security-policy'] ?? '';
  }

  it('loads and renders with no policy violation reported', async () => {
    const page = await context.newPage();
    const reports = await watch(page);
    await openDashboard(page);
    // Focus rings, ripples and hover states add styles late; walk through the page to meet them.
    for (let step = 0; step < 6; step++) await page.keyboard.press('Tab');
    await page.mouse.move(640, 300);
    await settle(page);

    expect(reports.violations).toEqual([]);
    expect(
      reports.consoleMessages.filter((message) =>
        /content security policy|permissions[- ]policy/i.test(message),
      ),
    ).toEqual([]);
  });

  it('shows every signed-in page, menus, dialogs and the QR code included, with no violation', async () => {
    const page = await context.newPage();
    const reports = await watch(page);
    await openDashboard(page);
    await page.getByLabel(/email/i).fill('admin@waypoint.example');
    await page
      .getByLabel(/password/i)
      .first()
      .fill(demoPassword);
    await page.getByRole('button', { name: /sign in/i }).click();
    await page.waitForURL((address) => address.pathname === '/');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');

    for (const pagePath of ['/accounts', '/audit-log', '/security']) {
      await page.goto(`${waypoint.url}${pagePath}`);
      await page.waitForLoadState('networkidle');
      for (let step = 0; step < 4; step++) await page.keyboard.press('Tab');
    }
    // The authenticator QR code arrives as an SVG data: address (img-src 'self' data:).
    await page.getByRole('button', { name: /set up an authenticator app/i }).click();
    await page.locator('img[src^="data:image/svg+xml"]').waitFor();
    // Menus and dialogs render in Material's overlay, with styles of their own.
    await page.goto(`${waypoint.url}/accounts`);
    await page
      .getByRole('button', { name: /^manage /i })
      .first()
      .click();
    await page.getByRole('menuitem', { name: /reset password/i }).click();
    await page.getByRole('alertdialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    await settle(page);

    expect(reports.violations).toEqual([]);
    expect(
      reports.consoleMessages.filter((message) => /content security policy/i.test(message)),
    ).toEqual([]);
  });

  it('gives every style element Angular inserted the nonce of its own response', async () => {
    const page = await context.newPage();
    const policy = await openDashboard(page);
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];

    expect(nonce).toBeTruthy();
    const styleNonces = await page
      .locator('style')
      .evaluateAll((styles) => styles.map((style) => (style as HTMLStyleElement).nonce));
    expect(styleNonces.length).toBeGreaterThan(0);
    expect(new Set(styleNonces)).toEqual(new Set([nonce]));
  });

  it('applies Angular Material’s styles, which arrive as run-time <style> elements', async () => {
    const page = await context.newPage();
    await openDashboard(page);
    const toolbar = await page.locator('mat-toolbar').evaluate((element) => {
      const style = getComputedStyle(element);
      return { display: style.display, backgroundColor: style.backgroundColor };
    });
    // A browser that blocked the styles would show the bare element: inline and transparent.
    expect(toolbar.display).toBe('flex');
    expect(toolbar.backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    const bodyFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(bodyFont).toContain('Roboto');
  });
});
