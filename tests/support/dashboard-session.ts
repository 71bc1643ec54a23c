import { createHmac } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';

/** One known password for the three demo accounts (WAYPOINT_DEMO_PASSWORD), tests only. */
export const demoPassword = 'a calm walk along the river at dusk';

/** The demo practice's accounts (apps/api/src/demo/demo-practice.ts). */
export const demoAccounts = {
  clinician: { email: 'clinician@waypoint.example', displayName: 'Maya Lindqvist' },
  supervisor: { email: 'supervisor@waypoint.example', displayName: 'Jonah Adeyemi' },
  admin: { email: 'admin@waypoint.example', displayName: 'Ruth Castellanos' },
} as const;

/** The environment that gives the demo accounts the known password. */
export function demoEnvironment(
  database: Readonly<Record<string, string>>,
  extra: Readonly<Record<string, string>> = {},
): Record<string, string> {
  return { ...database, WAYPOINT_DEMO_PASSWORD: demoPassword, ...extra };
}

export const screenshotFolder = path.resolve(__dirname, '../../test-results/screenshots');

/** A fresh browser context (axe needs one per page) that records console problems. */
export async function openPage(
  browser: Browser,
  options: { readonly colorScheme?: 'light' | 'dark' } = {},
): Promise<{ context: BrowserContext; page: Page; consoleProblems: string[] }> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const consoleProblems: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') consoleProblems.push(message.text());
  });
  page.on('pageerror', (error) => consoleProblems.push(error.message));
  return { context, page, consoleProblems };
}

/** Signs in through the sign-in page and waits for the page it leads to. */
export async function signIn(
  page: Page,
  baseUrl: string,
  email: string,
  options: { readonly path?: string; readonly password?: string } = {},
): Promise<void> {
  await page.goto(`${baseUrl}${options.path ?? '/'}`);
  await page.getByRole('heading', { name: 'Sign in to Waypoint' }).waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(options.password ?? demoPassword);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/**
 * Scans the page with axe (WCAG 2.2 AA) and saves a screenshot (the full page, or the viewport
 * for dialogs); answers the violations.
 */
export async function scanAndCapture(
  page: Page,
  name: string,
  options: { readonly fullPage?: boolean } = {},
): Promise<string[]> {
  mkdirSync(screenshotFolder, { recursive: true });
  const scan = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  await page.screenshot({
    path: path.join(screenshotFolder, `${name}.png`),
    fullPage: options.fullPage ?? true,
  });
  return scan.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

/** Console errors that come from the Content-Security-Policy. */
export function cspViolations(consoleProblems: readonly string[]): string[] {
  return consoleProblems.filter((problem) => /Content[- ]Security[- ]Policy/i.test(problem));
}

const base32Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** The current RFC 6238 code (SHA-1, 30 s, 6 digits) for a base32 secret, as an app shows it. */
export function authenticatorCode(base32Secret: string, at = Date.now()): string {
  const clean = base32Secret.replace(/[\s=]/g, '').toUpperCase();
  let bits = '';
  for (const character of clean) {
    bits += base32Alphabet.indexOf(character).toString(2).padStart(5, '0');
  }
  const bytes = Buffer.from((bits.match(/.{8}/g) ?? []).map((byte) => Number.parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const digest = createHmac('sha1', bytes).update(counter).digest();
  const offset = digest[digest.length - 1] & 0x0f;
  const binary = digest.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, '0');
}
