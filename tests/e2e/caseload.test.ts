import type { Browser, Locator, Page } from 'playwright-core';
import { seedPractice } from '../bench/seed-practice';
import {
  caseloadNames,
  caseloadRow,
  caseloadRowAt,
  caseloadRows,
  caseloadTable,
  caseloadViewAnswered,
  waitForCaseloadRows,
} from '../support/caseload-page';
import { demoAccounts, openPage, scanAndCapture, signIn } from '../support/dashboard-session';
import { startDashboard, type DashboardFixture } from '../support/dashboard-fixture';
import { applicationDatabaseUrl, type RunningWaypoint } from '../support/waypoint-process';

/** The height of one caseload row, which the virtual scroll counts on (CASELOAD_ROW_HEIGHT). */
const ROW_HEIGHT = 76;

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
        await waitForCaseloadRows(page);

        expect(await caseloadRows(page).count()).toBeGreaterThanOrEqual(10);
        await expect(
          caseloadTable(page)
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

  it('keeps a filtered "Needs attention" view in the URL, and Back returns to it from a client', async () => {
    const { context, page, consoleProblems } = await openPage(browser);
    try {
      await signIn(page, waypoint.url, demoAccounts.clinician.email);
      const everyone = await caseloadNames(page);

      const activeAnswered = caseloadViewAnswered(
        page,
        ({ view }) => view?.statuses?.join() === 'ACTIVE' && !view.search,
      );
      await page.getByRole('option', { name: 'Active' }).click();
      await page.waitForURL((url) => url.searchParams.get('status') === 'ACTIVE');
      await activeAnswered;
      const searchAnswered = caseloadViewAnswered(page, ({ view }) => view?.search === 'EL');
      await page.getByRole('searchbox', { name: 'Search by name' }).fill('EL');
      await page.waitForURL((url) => url.searchParams.get('q') === 'EL');
      await searchAnswered;
      const found = await caseloadNames(page);
      expect(found.length).toBeGreaterThan(0);
      expect(found.length).toBeLessThan(everyone.length);
      for (const name of found) expect(name.toLowerCase()).toContain('el');
      await expect(page.getByRole('status').textContent()).resolves.toContain(
        `Showing ${found.length} of ${everyone.length} clients`,
      );

      const attentionAnswered = caseloadViewAnswered(
        page,
        ({ view }) => view?.needsAttention === true,
      );
      await page.getByRole('radio', { name: /^Needs attention \(\d+\)$/ }).click();
      await page.waitForURL((url) => url.searchParams.get('view') === 'attention');
      await attentionAnswered;
      // Jordan Ellis's PHQ-9 item 9 answer waits for review: safety comes first.
      const needing = await caseloadNames(page);
      expect(needing[0]).toBe('Jordan Ellis');
      expect(needing.length).toBeLessThanOrEqual(found.length);
      const viewUrl = page.url();
      expect(new URL(viewUrl).search).toBe('?status=ACTIVE&q=EL&view=attention');
      expect(await scanAndCapture(page, 'caseload-needs-attention-filtered-light')).toEqual([]);

      await caseloadRow(page, 'Jordan Ellis')
        .getByRole('link', { name: /^Safety review needed/ })
        .click();
      await page.waitForURL(
        (url) => url.pathname.startsWith('/clients/') && url.hash === '#safety',
      );
      await page.getByRole('heading', { name: 'Jordan Ellis', level: 1 }).waitFor();

      await page.goBack();
      await page.waitForURL(viewUrl);
      expect(await caseloadNames(page)).toEqual(needing);
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

  it('sorts by the last session, most recent first, in the URL; Back returns to name order', async () => {
    const { context, page, consoleProblems } = await openPage(browser);
    try {
      await signIn(page, waypoint.url, demoAccounts.clinician.email);
      const byName = await caseloadNames(page);
      expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b)));
      const sortBy = page.getByRole('combobox', { name: 'Sort by' });
      expect(normalise(await sortBy.textContent())).toBe('Name, A to Z');

      const sortAnswered = caseloadViewAnswered(
        page,
        ({ view }) => view?.sort === 'LAST_SESSION' && view.descending === true,
      );
      await sortBy.click();
      await page.getByRole('option', { name: 'Last session, most recent first' }).click();
      await page.waitForURL((url) => url.searchParams.get('sort') === 'lastSession');
      expect(new URL(page.url()).search).toBe('?sort=lastSession&dir=desc');
      await sortAnswered;

      const byLastSession = await caseloadNames(page);
      expect([...byLastSession].sort()).toEqual([...byName].sort());
      expect(byLastSession).not.toEqual(byName);
      // Most recent first, by the day each row shows; clients never seen go last.
      const days = await lastSessionDays(page);
      expect(days.map((row) => row.name)).toEqual(byLastSession);
      const seen = days.filter((row) => row.day !== null).map((row) => row.day!);
      expect(seen.length).toBeGreaterThan(1);
      expect(seen).toEqual([...seen].sort().reverse());
      expect(days.slice(seen.length).every((row) => row.day === null)).toBe(true);
      expect(normalise(await sortBy.textContent())).toBe('Last session, most recent first');
      await expect(caseloadTable(page).getAttribute('aria-label')).resolves.toBe(
        'Your clients, by last session, most recent first',
      );

      await page.goBack();
      await page.waitForURL((url) => url.search === '');
      expect(
        await caseloadNames(page, { until: (names) => names.join() === byName.join() }),
      ).toEqual(byName);
      expect(normalise(await sortBy.textContent())).toBe('Name, A to Z');
      expect(consoleProblems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("shows a client's measures, trends and sessions in the new columns (Amara Nwosu)", async () => {
    const { context, page } = await openPage(browser);
    try {
      await signIn(page, waypoint.url, demoAccounts.clinician.email);
      await waitForCaseloadRows(page);
      const headers = (await caseloadTable(page).getByRole('columnheader').allTextContents()).map(
        normalise,
      );
      expect(headers).toEqual([
        'Client',
        'Needs attention',
        'Going well',
        'Last 30 days',
        'PHQ-9',
        'GAD-7',
        'GAS',
        'Sessions',
        'Goals',
        'Notes',
        'Session',
      ]);
      const row = caseloadRow(page, 'Amara Nwosu');
      await row.waitFor();
      const cell = (header: string): Locator => row.getByRole('cell').nth(headers.indexOf(header));

      // The last 30 days: the count in words and eight weeks drawn, described for a screen reader.
      const activity = cell('Last 30 days');
      expect(normalise(await activity.locator('.activity-text').textContent())).toMatch(
        /^(Nothing yet|\d+ ticked|\d+ (win|wins)|\d+ ticked · \d+ (win|wins))$/,
      );
      const activityLine = activity.getByRole('img', {
        name: /^Milestones ticked and wins in each of the last 8 weeks, oldest first: \d+(, \d+){7}$/,
      });
      expect(await activityLine.count()).toBe(1);
      expect(await activityLine.evaluate((svg) => svg.tagName.toLowerCase())).toBe('svg');
      expect(await activityLine.locator('polyline').getAttribute('points')).toMatch(/\d/);

      // PHQ-9 and GAD-7: the latest total, and the reliable change against her own start, as her
      // "Going well" chips say it.
      for (const measure of ['PHQ-9', 'GAD-7']) {
        const measureCell = cell(measure);
        const latest = normalise(await measureCell.locator('strong').textContent());
        expect(latest).toMatch(/^\d{1,2}$/);
        expect(await measureCell.locator('span[title]').getAttribute('title')).toMatch(
          new RegExp(
            `^${measure} ${latest} \\(\\w[\\w ]*\\) on \\d{4}-\\d{2}-\\d{2}, \\d+ at baseline$`,
          ),
        );
        expect(normalise(await measureCell.locator('.change-label').textContent())).toBe(
          'Reliably better',
        );
        expect(
          await cell('Going well')
            .getByRole('link', { name: new RegExp(`^Reliably better \\(${measure}\\)`) })
            .count(),
        ).toBe(1);
      }

      // GAS: the latest T-score and its trend over the reviews.
      const gas = cell('GAS');
      expect(normalise(await gas.locator('.cell-line').textContent())).toMatch(/^T \d{2}$/);
      const gasLine = gas.getByRole('img', {
        name: /^GAS T-scores of the last \d+ reviews, oldest first: \d+(, \d+)*$/,
      });
      expect(await gasLine.count()).toBe(1);
      const latestT = normalise(await gas.locator('.cell-line').textContent()).slice(2);
      expect((await gasLine.getAttribute('aria-label'))!.endsWith(`, ${latestT}`)).toBe(true);

      // Sessions: when the last one was, and the next measure due, linked to her measures.
      const sessions = cell('Sessions');
      expect(normalise(await sessions.locator('time').textContent())).toMatch(/^Seen \S/);
      expect(await sessions.locator('time').getAttribute('datetime')).toMatch(
        /^\d{4}-\d{2}-\d{2}$/,
      );
      const nextMeasure = sessions.getByRole('link', {
        name: /^(PHQ-9|GAD-7) (due \d{1,2} [A-Z][a-z]{2}|overdue)$/,
      });
      expect(await nextMeasure.count()).toBe(1);
      expect(await nextMeasure.getAttribute('href')).toMatch(/^\/clients\/[^/#]+#measures$/);

      expect(normalise(await cell('Goals').textContent())).toMatch(/^\d+$/);
      expect(normalise(await cell('Notes').textContent())).toMatch(
        /^(|\d+ notes? to sign for Amara Nwosu)$/,
      );
      expect(
        await cell('Session').getByRole('link', { name: 'Session with Amara Nwosu' }).count(),
      ).toBe(1);
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
      await waitForCaseloadRows(page);

      expect(new URL(page.url()).searchParams.get('clinician')).toBeTruthy();
      expect(await caseloadRows(page).count()).toBeGreaterThanOrEqual(10);
      await expect(caseloadTable(page).getAttribute('aria-label')).resolves.toBe(
        `${demoAccounts.clinician.displayName}’s clients, by name, A to Z`,
      );
      expect(await page.getByRole('link', { name: /^Session with/ }).count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Add client' }).count()).toBe(0);
      expect(await scanAndCapture(page, 'caseload-supervisee-light')).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows the supervisor five counts across their caseloads, and never a client in them', async () => {
    const { context, page } = await openPage(browser);
    try {
      await signIn(page, waypoint.url, demoAccounts.supervisor.email);
      await page.getByRole('heading', { name: 'Caseload', level: 1 }).waitFor();
      const panel = page.getByRole('region', { name: /^Your caseload and 1 supervisee, / });
      await panel.waitFor();
      expect(await panel.evaluate((element) => element.classList.contains('practice-counts'))).toBe(
        true,
      );
      expect(normalise(await panel.getByRole('heading', { level: 2 }).textContent())).toMatch(
        /^Your caseload and 1 supervisee, this quarter \(since 1 (January|April|July|October)\)$/,
      );
      const counts = await readCounts(panel);
      expect(Object.keys(counts)).toEqual([
        'Clients reliably improved',
        'Goals achieved',
        'Clients in active care',
        'Clients needing attention',
        'Notes to sign',
      ]);
      // The supervisor's own caseload is empty, so the counts are the supervisee's.
      await page.getByText('No clients on your caseload yet').waitFor();
      expect(await scanAndCapture(page, 'caseload-practice-counts-light')).toEqual([]);

      await page.getByRole('combobox', { name: 'Caseload of' }).click();
      await page.getByRole('option', { name: demoAccounts.clinician.displayName }).click();
      await page
        .getByRole('heading', { name: `Caseload of ${demoAccounts.clinician.displayName}` })
        .waitFor();
      const names = await caseloadNames(page);
      expect(names.length).toBeGreaterThanOrEqual(10);
      const summary = normalise(await page.getByRole('status').textContent());
      const [, , active] = /^(\d+) clients, (\d+) active$/.exec(summary) ?? [];
      expect(counts['Clients in active care']).toBe(Number(active));
      const attention = await page
        .getByRole('radio', { name: /^Needs attention \(\d+\)$/ })
        .textContent();
      expect(counts['Clients needing attention']).toBe(Number(/\((\d+)\)/.exec(attention!)![1]));

      // How many, never who: no name, no link into a client's record.
      const panelText = normalise(await panel.textContent());
      for (const name of names) expect(panelText).not.toContain(name);
      for (const firstName of names.map((name) => name.split(' ')[0])) {
        expect(panelText).not.toContain(firstName);
      }
      expect(await panel.getByRole('link').count()).toBe(0);
      expect(await readCounts(panel)).toEqual(counts);
    } finally {
      await context.close();
    }
  });

  it('shows a clear error with a way to retry when the caseload cannot be reached', async () => {
    const { context, page } = await openPage(browser);
    try {
      // Only the caseload request fails, so signing in still works.
      const failCaseload = (route: import('playwright-core').Route) =>
        route.request().postDataJSON()?.operationName === 'CaseloadView'
          ? route.abort('connectionrefused')
          : route.fallback();
      await page.route('**/graphql', failCaseload);
      await signIn(page, waypoint.url, demoAccounts.clinician.email);
      const retry = page.getByRole('button', { name: /try again/i });
      await retry.waitFor();
      expect(await caseloadTable(page).count()).toBe(0);
      await page.unroute('**/graphql', failCaseload);
      await retry.click();
      await waitForCaseloadRows(page);
      expect(await caseloadRows(page).count()).toBeGreaterThanOrEqual(10);
    } finally {
      await context.close();
    }
  });

  // Last: it adds a second practice to this file's database (the demo clinician never sees it).
  it('scrolls a caseload of 1,000 clients, fetching the rows it scrolls to', async () => {
    const seeded = await seedPractice(applicationDatabaseUrl(dashboard.database), {
      clients: 1000,
    });
    const { context, page, consoleProblems } = await openPage(browser);
    try {
      // The windows of the caseload the page asks for: [offset, limit] each.
      const windows: [number, number][] = [];
      page.on('request', (request) => {
        if (request.method() !== 'POST' || !request.url().endsWith('/graphql')) return;
        const body = request.postDataJSON() as {
          operationName?: string;
          variables?: { offset: number; limit: number };
        } | null;
        if (body?.operationName === 'CaseloadView' && body.variables) {
          windows.push([body.variables.offset, body.variables.limit]);
        }
      });
      await signIn(page, waypoint.url, seeded.email, { password: seeded.password });
      await page.getByRole('heading', { name: 'Caseload', level: 1 }).waitFor();
      await waitForCaseloadRows(page);
      expect(normalise(await page.getByRole('status').textContent())).toMatch(
        /^1000 clients, \d+ active$/,
      );
      await expect(caseloadTable(page).getAttribute('aria-rowcount')).resolves.toBe('1001');
      // Only the rows in view, and a little beyond, are in the page.
      expect(await caseloadRows(page).count()).toBeLessThan(60);
      const firstNames = await loadedNames(page);
      expect(firstNames.length).toBeGreaterThan(5);
      expect(windows).toEqual([[0, 50]]);

      const viewport = page.locator('cdk-virtual-scroll-viewport.rows');
      await viewport.evaluate((element, top) => (element.scrollTop = top), ROW_HEIGHT * 700);
      // Row 700 (aria-rowindex 701, after the header) gets its client within a few seconds.
      const far = caseloadRowAt(page, 701);
      await far.locator('a.preferred-name').waitFor({ timeout: 5_000 });
      expect(await far.locator('[aria-busy="true"]').count()).toBe(0);
      expect(await caseloadRows(page).count()).toBeLessThan(60);
      const indexes = (await caseloadRows(page).evaluateAll((rows) =>
        rows.map((row) => Number(row.getAttribute('aria-rowindex'))),
      )) as number[];
      expect(Math.min(...indexes)).toBeGreaterThan(600);
      expect(Math.max(...indexes)).toBeLessThan(800);

      // Still in name order, that far down: after the names at the top.
      const farNames = await loadedNames(page);
      expect(farNames.length).toBeGreaterThan(5);
      expect(farNames).toEqual([...farNames].sort(byName));
      const lastAtTop = [...firstNames].sort(byName).at(-1)!;
      for (const name of farNames) expect(byName(name, lastAtTop)).toBeGreaterThanOrEqual(0);
      // Only the windows scrolled to were asked for, not the 18 in between.
      expect(windows.length).toBeLessThanOrEqual(4);
      for (const [offset, limit] of windows.slice(1)) {
        expect(limit).toBe(50);
        expect(offset).toBeGreaterThanOrEqual(600);
        expect(offset % 50).toBe(0);
      }
      expect(consoleProblems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});

/** Text as a person reads it: runs of white space as one space, trimmed. */
function normalise(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Names as the caseload orders them (its names are plain letters, spaces and full stops). */
function byName(first: string, second: string): number {
  return first.localeCompare(second, 'en');
}

/** The names of the rows in the page that have arrived, top to bottom (placeholders left out). */
async function loadedNames(page: Page): Promise<string[]> {
  const names = await caseloadRows(page).locator('a.preferred-name').allTextContents();
  return names.map(normalise);
}

/** Each row's client and the day of their last session (null before the first), top to bottom. */
function lastSessionDays(page: Page): Promise<{ name: string; day: string | null }[]> {
  return caseloadRows(page).evaluateAll((rows) =>
    rows.map((row) => ({
      name: row.querySelector('a.preferred-name')?.textContent?.trim() ?? '',
      day: row.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
    })),
  );
}

/** The practice counts panel's counts, by their labels, in the order shown. */
async function readCounts(panel: Locator): Promise<Record<string, number>> {
  const pairs = await panel
    .locator('dl > div')
    .evaluateAll((items) =>
      items.map((item) => [
        item.querySelector('dt')?.textContent?.trim() ?? '',
        item.querySelector('dd')?.textContent?.trim() ?? '',
      ]),
    );
  for (const [, value] of pairs) expect(value).toMatch(/^\d+$/);
  return Object.fromEntries(pairs.map(([label, value]) => [label, Number(value)]));
}
