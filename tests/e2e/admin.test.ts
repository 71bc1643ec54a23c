import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import {
  cspViolations,
  demoAccounts,
  openPage,
  scanAndCapture,
  signIn,
} from '../support/dashboard-session';
import { startDashboard, type DashboardFixture } from '../support/dashboard-fixture';
import type { RunningWaypoint } from '../support/waypoint-process';

describe('an admin looking after the practice', () => {
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
    "lists the practice's accounts, accessible with no axe violations (%s theme)",
    async (colorScheme) => {
      const { context, page } = await openPage(browser, { colorScheme });
      try {
        await signIn(page, waypoint.url, demoAccounts.admin.email);
        await page.getByRole('link', { name: 'Accounts' }).click();
        await page.getByRole('heading', { name: 'Accounts', level: 1 }).waitFor();
        await page.locator('table tbody tr').first().waitFor();

        const names = await page.locator('table tbody tr td:first-child').allTextContents();
        expect(names.map((name) => name.trim())).toEqual(
          expect.arrayContaining([
            expect.stringContaining(demoAccounts.clinician.displayName),
            expect.stringContaining(demoAccounts.supervisor.displayName),
            expect.stringContaining(demoAccounts.admin.displayName),
          ]),
        );
        expect(await scanAndCapture(page, `accounts-${colorScheme}`)).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('adds an account, and the new person chooses a password through the link and signs in', async () => {
    const { context, page, consoleProblems } = await openPage(browser);
    let link: string;
    try {
      await signIn(page, waypoint.url, demoAccounts.admin.email, { path: '/accounts' });
      await page.getByRole('button', { name: 'Add account' }).click();
      await page.getByLabel('Name').fill('Fay Brennan');
      await page.getByLabel('Email').fill('fay@waypoint.example');
      await page.getByRole('button', { name: 'Add account' }).click();

      await page.getByRole('heading', { name: 'Account added for Fay Brennan' }).waitFor();
      link = await page.getByLabel('Set-password link').inputValue();
      expect(link).toMatch(/\/set-password\?token=\S+$/);
      await page.locator('table tbody tr', { hasText: 'Fay Brennan' }).waitFor();
      expect(await scanAndCapture(page, 'accounts-new-account-link-light')).toEqual([]);
      expect(cspViolations(consoleProblems)).toEqual([]);
    } finally {
      await context.close();
    }

    const newcomer = await openPage(browser);
    try {
      const { pathname, search } = new URL(link);
      await newcomer.page.goto(`${waypoint.url}${pathname}${search}`);
      await newcomer.page.getByRole('heading', { name: 'Choose your password' }).waitFor();
      expect(await scanAndCapture(newcomer.page, 'set-password-light')).toEqual([]);

      const password = 'morning tea on the back step';
      await newcomer.page.getByLabel('New password').fill(password);
      await newcomer.page.getByLabel('Type it again').fill(password);
      await newcomer.page.getByRole('button', { name: 'Set password' }).click();
      await newcomer.page.getByText('Your password is set. Sign in with it now.').waitFor();

      await newcomer.page.getByLabel('Email').fill('fay@waypoint.example');
      await newcomer.page.getByLabel('Password', { exact: true }).fill(password);
      await newcomer.page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await newcomer.page.getByText('No clients on your caseload yet').waitFor();
    } finally {
      await newcomer.context.close();
    }
  });

  it.each(['light', 'dark'] as const)(
    'reads the audit log, accessible with no axe violations (%s theme)',
    async (colorScheme) => {
      const { context, page } = await openPage(browser, { colorScheme });
      try {
        await signIn(page, waypoint.url, demoAccounts.admin.email);
        await page.getByRole('link', { name: 'Audit log' }).click();
        await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
        await page.locator('table tbody tr').first().waitFor();

        expect(await page.locator('table tbody tr').count()).toBeGreaterThanOrEqual(1);
        expect(await page.getByRole('cell', { name: 'Signed in' }).count()).toBeGreaterThan(0);
        expect(await scanAndCapture(page, `audit-log-${colorScheme}`)).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('filters the audit log in the URL, verifies the chain and exports CSV', async () => {
    const { context, page, consoleProblems } = await openPage(browser);
    try {
      await signIn(page, waypoint.url, demoAccounts.admin.email, { path: '/audit-log' });
      await page.locator('table tbody tr').first().waitFor();

      await page.getByRole('combobox', { name: 'Action' }).click();
      await page.getByRole('option', { name: 'Signed in', exact: true }).click();
      await page.waitForURL(/[?&]action=SIGN_IN(&|$)/);
      // Until the filtered page arrives, several rows may still match: wait for none.
      await page.waitForFunction(
        () =>
          ![...document.querySelectorAll('table tbody tr td')].some((cell) =>
            cell.textContent?.includes('Accounts viewed'),
          ),
      );
      const actions = await page.locator('table tbody tr td:nth-child(4)').allTextContents();
      expect(actions.length).toBeGreaterThan(0);
      expect(new Set(actions.map((action) => action.trim()))).toEqual(new Set(['Signed in']));

      await page.getByRole('button', { name: 'Verify chain' }).click();
      await page.getByText('The audit trail is intact.').waitFor();

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export CSV' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^waypoint-audit-\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = readFileSync((await file.path())!, 'utf8');
      const [header, ...rows] = csv.trim().split(/\r?\n/);
      expect(header.startsWith('Sequence,Event ID,Occurred at (UTC)')).toBe(true);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row) => row.includes(',SIGN_IN,'))).toBe(true);

      expect(await scanAndCapture(page, 'audit-log-filtered-light')).toEqual([]);
      expect(cspViolations(consoleProblems)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
