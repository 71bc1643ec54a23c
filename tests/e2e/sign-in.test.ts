import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { caseloadTable, waitForCaseloadRows } from '../support/caseload-page';
import {
  authenticatorCode,
  cspViolations,
  demoAccounts,
  demoEnvironment,
  demoPassword,
  openPage,
  scanAndCapture,
  signIn,
} from '../support/dashboard-session';
import {
  createTestDatabase,
  startWaypoint,
  type RunningWaypoint,
  type TestDatabase,
} from '../support/waypoint-process';

const inactivityMessage =
  'You were signed out after a period of inactivity to protect client privacy.';

function requireBuiltDashboard(): void {
  if (!existsSync(path.resolve(__dirname, '../../dist/dashboard/browser/index.html'))) {
    throw new Error('The dashboard is not built: run `npm run build` first');
  }
}

describe('signing in, the idle warning and signing out', () => {
  let database: TestDatabase;
  let waypoint: RunningWaypoint;
  let browser: Browser;

  beforeAll(async () => {
    requireBuiltDashboard();
    database = await createTestDatabase();
    // A 30-second idle timeout: the warning shows after 15 quiet seconds, sign-out after 30.
    [waypoint, browser] = await Promise.all([
      startWaypoint(demoEnvironment(database.environment, { SESSION_IDLE_MINUTES: '0.5' })),
      launchChromium(),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await waypoint?.stop();
    await database?.dispose();
  });

  it.each(['light', 'dark'] as const)(
    'sends a visitor to a calm, accessible sign-in page (%s theme)',
    async (colorScheme) => {
      const { context, page } = await openPage(browser, { colorScheme });
      try {
        await page.goto(`${waypoint.url}/`);
        await page.getByRole('heading', { name: 'Sign in to Waypoint' }).waitFor();
        expect(new URL(page.url()).pathname).toBe('/sign-in');
        expect(await scanAndCapture(page, `sign-in-${colorScheme}`)).toEqual([]);

        // An unknown email: the same words as a wrong password, and no real account is slowed.
        await page.getByLabel('Email').fill('nobody@waypoint.example');
        await page.getByLabel('Password', { exact: true }).fill('not the right password');
        await page.getByRole('button', { name: 'Sign in', exact: true }).click();
        await page
          .getByRole('alert')
          .filter({ hasText: "We couldn't sign you in with that email and password." })
          .waitFor();
        expect(await scanAndCapture(page, `sign-in-not-matched-${colorScheme}`)).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('warns before the idle sign-out, "Stay signed in" works, then signs out for privacy', async () => {
    const { context, page, consoleProblems } = await openPage(browser);
    try {
      await signIn(page, waypoint.url, demoAccounts.clinician.email);
      await page.getByRole('heading', { name: 'Caseload', level: 1 }).waitFor();
      await waitForCaseloadRows(page);
      await page.getByRole('button', { name: /Maya Lindqvist/ }).waitFor();

      const warning = page.getByRole('alertdialog');
      await warning.waitFor({ timeout: 25_000 });
      expect(await warning.textContent()).toMatch(/You'll be signed out in 0:1\d for privacy\./);
      // Focus moves into the warning, onto the choice that keeps the clinician's place.
      await page.waitForFunction(
        () => document.activeElement?.textContent?.trim() === 'Stay signed in',
      );
      expect(await scanAndCapture(page, 'idle-warning-light', { fullPage: false })).toEqual([]);

      await page.getByRole('button', { name: 'Stay signed in' }).click();
      await warning.waitFor({ state: 'detached' });
      expect(new URL(page.url()).pathname).toBe('/');

      // Left alone again: the warning comes back, and at the deadline the session ends.
      await warning.waitFor({ timeout: 25_000 });
      await page.getByText(inactivityMessage).waitFor({ timeout: 25_000 });
      expect(new URL(page.url()).pathname).toBe('/sign-in');
      expect(await caseloadTable(page).count()).toBe(0);
      expect(await page.locator('a.preferred-name').count()).toBe(0);
      expect(await scanAndCapture(page, 'signed-out-after-inactivity-light')).toEqual([]);

      // The server agrees: going back to the caseload asks for sign-in again.
      await page.goto(`${waypoint.url}/`);
      await page.getByRole('heading', { name: 'Sign in to Waypoint' }).waitFor();
      expect(cspViolations(consoleProblems)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('signs out from the account menu and the session ends on the server', async () => {
    const { context, page, consoleProblems } = await openPage(browser);
    try {
      await signIn(page, waypoint.url, demoAccounts.clinician.email);
      await waitForCaseloadRows(page);

      await page.getByRole('button', { name: /Maya Lindqvist/ }).click();
      await page.getByRole('menuitem', { name: 'Sign out' }).click();

      await page.getByText("You're signed out.").waitFor();
      expect(new URL(page.url()).pathname).toBe('/sign-in');
      await page.goBack();
      await page.getByRole('heading', { name: 'Sign in to Waypoint' }).waitFor();
      expect(await caseloadTable(page).count()).toBe(0);
      expect(await page.locator('a.preferred-name').count()).toBe(0);
      expect(cspViolations(consoleProblems)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('security settings and the second factor', () => {
  let database: TestDatabase;
  let waypoint: RunningWaypoint;
  let browser: Browser;

  beforeAll(async () => {
    requireBuiltDashboard();
    database = await createTestDatabase();
    [waypoint, browser] = await Promise.all([
      startWaypoint(demoEnvironment(database.environment)),
      launchChromium(),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await waypoint?.stop();
    await database?.dispose();
  });

  it('enrols an authenticator app, keeps the recovery codes, then signs in with one', async () => {
    const { context, page, consoleProblems } = await openPage(browser);
    try {
      await signIn(page, waypoint.url, demoAccounts.supervisor.email);
      await page.getByRole('button', { name: /Jonah Adeyemi/ }).click();
      await page.getByRole('menuitem', { name: 'Security settings' }).click();
      await page.getByRole('heading', { name: 'Security settings', level: 1 }).waitFor();
      expect(await scanAndCapture(page, 'security-settings-light')).toEqual([]);

      await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
      const qrCode = page.getByRole('img', { name: /QR code/ });
      await qrCode.waitFor();
      expect(await qrCode.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
      const secret = (await page.locator('.secret').textContent()) ?? '';
      expect(await scanAndCapture(page, 'security-settings-enrolling-light')).toEqual([]);

      await page.getByLabel('6-digit code').fill(authenticatorCode(secret));
      await page.getByRole('button', { name: 'Turn on second factor' }).click();
      await page.getByText('Store these recovery codes now').waitFor();
      const codes = await page.locator('ol.codes li').allTextContents();
      expect(codes).toHaveLength(10);
      expect(await scanAndCapture(page, 'security-settings-recovery-codes-light')).toEqual([]);
      await page.getByRole('button', { name: "I've stored them" }).click();
      await page.getByText('Done: your authenticator app is set up.').waitFor();

      await page.getByRole('button', { name: /Jonah Adeyemi/ }).click();
      await page.getByRole('menuitem', { name: 'Sign out' }).click();
      await page.getByText("You're signed out.").waitFor();

      await page.getByLabel('Email').fill(demoAccounts.supervisor.email);
      await page.getByLabel('Password', { exact: true }).fill(demoPassword);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByRole('heading', { name: "Confirm it's you" }).waitFor();
      expect(await scanAndCapture(page, 'sign-in-second-factor-light')).toEqual([]);
      await page.getByRole('button', { name: 'Use a recovery code' }).click();
      await page.getByLabel('Recovery code').fill(codes[0].trim());
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('heading', { name: 'Caseload', level: 1 }).waitFor();
      expect(cspViolations(consoleProblems)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);

  it('tells a clinician calmly that the admin pages are not part of their role', async () => {
    const { context, page } = await openPage(browser);
    try {
      await signIn(page, waypoint.url, demoAccounts.clinician.email, { path: '/accounts' });
      await page.getByRole('heading', { name: 'This page is not part of your role' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/accounts');
      expect(await page.getByRole('link', { name: 'Accounts' }).count()).toBe(0);
      expect(await scanAndCapture(page, 'not-for-your-role-light')).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
