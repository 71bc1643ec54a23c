import type { Browser, Locator, Page, Route } from 'playwright-core';
import { buildDemoPractice } from '../../apps/api/src/demo/demo-practice';
import { caseloadRow, waitForCaseloadRows } from '../support/caseload-page';
import {
  cspViolations,
  demoAccounts,
  openPage,
  scanAndCapture,
  signIn,
} from '../support/dashboard-session';
import { startDashboard, type DashboardFixture } from '../support/dashboard-fixture';
import type { RunningWaypoint } from '../support/waypoint-process';

// The issue "Goals, milestones and small wins", as the demo clinician, through the UI only.

/** A client the journey adds, in their own words. */
const newClient = {
  preferredName: 'Robin Okafor',
  pronouns: 'they/them',
  baseline: "Most mornings I can't face the bus, so I don't go anywhere. I just stay in.",
};

/** Their goal, with what each GAS level would look like for it. */
const goal = {
  clientWords: 'Take the bus into town on my own',
  levels: {
    '−2': 'Not leaving the house at all',
    '−1': 'Only going out when someone comes with me',
    '0': 'Taking the bus one stop on my own',
    '+1': 'Taking the bus into town on my own once',
    '+2': 'Taking the bus into town whenever I need to',
  },
  weight: '2: counts twice',
};

const milestones = [
  'Walk to the bus stop and back',
  'Ride one stop with a friend',
  'Ride one stop on my own',
] as const;

const win = "I stood at the bus stop for ten minutes, even though the bus didn't come";
const setback = 'I got my coat on for the bus on Thursday, then turned back at the door';

/** A seeded demo client with goals, ticked and unticked milestones and a baseline. */
const seeded = buildDemoPractice(new Date().toISOString().slice(0, 10)).clients.find(
  (client) => client.preferredName === 'Amara Nwosu',
)!;

describe('a clinician keeping a client’s goals, milestones and small wins', () => {
  let dashboard: DashboardFixture;
  let waypoint: RunningWaypoint;
  let browser: Browser;
  /** The journey's client page, for the dark-theme scans. */
  let journeyClientPath: string | null = null;

  beforeAll(async () => {
    dashboard = await startDashboard();
    ({ waypoint, browser } = dashboard);
  });

  afterAll(async () => {
    await dashboard?.stop();
  });

  it('adds a client, sets a goal with milestones, logs wins and setbacks and reviews it, all saved', async () => {
    const { context, page, consoleProblems } = await openPage(browser);
    try {
      await signIn(page, waypoint.url, demoAccounts.clinician.email);
      await page.getByRole('heading', { name: 'Caseload', level: 1 }).waitFor();

      // A new client, with where they started in their own words.
      await page.getByRole('link', { name: 'Add client' }).click();
      await page.getByRole('heading', { name: 'Add a client', level: 1 }).waitFor();
      await page.getByLabel('Preferred name').fill(newClient.preferredName);
      await page.getByLabel('Pronouns').fill(newClient.pronouns);
      await page.getByLabel('In their words').fill(newClient.baseline);
      expect(await scanAndCapture(page, 'new-client-light')).toEqual([]);
      await page.getByRole('button', { name: 'Add client' }).click();

      await page.waitForURL(/\/clients\/(?!new$)[^/]+$/);
      journeyClientPath = new URL(page.url()).pathname;
      await clientHeading(page, newClient.preferredName).waitFor();
      await page.getByText(`${newClient.preferredName} is on your caseload now.`).waitFor();
      expect(await page.getByText(newClient.pronouns, { exact: true }).isVisible()).toBe(true);
      expect(await baselineQuote(page).textContent()).toContain(newClient.baseline);
      expect(await page.title()).toBe(`${newClient.preferredName} · Waypoint`);

      // A goal in the client's words, with its five levels and a weight.
      await page.getByRole('button', { name: 'Add goal' }).click();
      const goalDialog = page.getByRole('dialog', { name: 'Add a goal' });
      await goalDialog.getByLabel("The goal in the client's words").fill(goal.clientWords);
      for (const [number, description] of Object.entries(goal.levels)) {
        await goalDialog.getByLabel(new RegExp(`^${escapeRegExp(number)}: `)).fill(description);
      }
      await goalDialog.getByRole('combobox', { name: 'Weight in the T-score' }).click();
      await page.getByRole('option', { name: goal.weight }).click();
      await goalDialog.getByRole('button', { name: 'Add goal' }).click();
      await goalDialog.waitFor({ state: 'detached' });
      const card = goalCard(page, goal.clientWords);
      await card.waitFor();
      await page.getByText('Goal added. Small steps next.').waitFor();

      // Three small steps toward it.
      for (const title of milestones) {
        await card.getByRole('button', { name: 'Add a milestone' }).click();
        const milestoneDialog = page.getByRole('dialog', { name: 'Add a milestone' });
        await milestoneDialog.getByLabel('The small step').fill(title);
        await milestoneDialog.getByRole('button', { name: 'Add milestone' }).click();
        await milestoneDialog.waitFor({ state: 'detached' });
        await card.getByRole('checkbox', { name: title }).waitFor();
      }
      expect(await milestoneProgress(card)).toBe('0 of 3');

      // Ticking one off: a calm word, and the count moves on.
      await card.getByRole('checkbox', { name: milestones[0] }).check();
      const acknowledgement = page
        .locator('[aria-live="polite"]')
        .getByText(`Ticked off “${milestones[0]}”. One more step.`);
      await acknowledgement.waitFor();
      expect(await milestoneProgress(card)).toBe('1 of 3');
      expect(
        await card.getByRole('progressbar', { name: '1 of 3 milestones ticked' }).isVisible(),
      ).toBe(true);
      // Undo stays on offer beside the words.
      expect(await snackBar(page).getByRole('button', { name: 'Undo' }).isVisible()).toBe(true);

      // A small win that was the trying, and a setback.
      await logEntry(page, 'Log a small win', win, { isEffort: true });
      await page.getByText('Logged: they tried, and that counts.').waitFor();
      await logEntry(page, 'Log a setback', setback);
      await page.getByText("Setback noted. It's part of the road, not the end of it.").waitFor();
      await expectTimelineShowsTheJourney(page);

      // A GAS review rates the goal at +1: one goal at +1, whatever its weight, is T = 60.0.
      await page.getByRole('button', { name: 'GAS review' }).click();
      const review = page.getByRole('dialog', { name: 'GAS review' });
      const rating = review.getByRole('radiogroup', { name: goal.clientWords });
      for (const [number, description] of Object.entries(goal.levels)) {
        await rating
          .getByRole('radio', { name: new RegExp(`^${escapeRegExp(number)} `) })
          .waitFor();
        expect(await rating.getByText(description, { exact: true }).isVisible()).toBe(true);
      }
      await rating.getByRole('radio', { name: /^\+1 Somewhat more than expected/ }).check();
      expect(await scanAndCapture(page, 'gas-review-light', { fullPage: false })).toEqual([]);
      await review.getByRole('button', { name: 'Record review' }).click();
      await review.getByRole('heading', { name: 'Review recorded' }).waitFor();
      expect(await review.getByText(/^T-score /).textContent()).toBe('T-score 60.0');
      expect(await scanAndCapture(page, 'gas-review-recorded-light', { fullPage: false })).toEqual(
        [],
      );
      await review.getByRole('button', { name: 'Done' }).click();
      await review.waitFor({ state: 'detached' });
      await expectReviewedAtPlusOne(page);

      // After a reload everything comes from the server, not from this tab's cache.
      await page.reload();
      await clientHeading(page, newClient.preferredName).waitFor();
      await goalCard(page, goal.clientWords).waitFor();
      expect(await baselineQuote(page).textContent()).toContain(newClient.baseline);
      expect(await page.getByText(newClient.pronouns, { exact: true }).isVisible()).toBe(true);
      const reloadedCard = goalCard(page, goal.clientWords);
      expect(await milestoneProgress(reloadedCard)).toBe('1 of 3');
      expect(await reloadedCard.getByRole('checkbox', { name: milestones[0] }).isChecked()).toBe(
        true,
      );
      for (const title of milestones.slice(1)) {
        expect(await reloadedCard.getByRole('checkbox', { name: title }).isChecked()).toBe(false);
      }
      await expectTimelineShowsTheJourney(page);
      await expectReviewedAtPlusOne(page);

      // Let the acknowledgements go before the scan, so the page is seen as it stays.
      await snackBar(page).waitFor({ state: 'detached', timeout: 15_000 });
      expect(await scanAndCapture(page, 'client-page-light')).toEqual([]);
      expect(cspViolations(consoleProblems)).toEqual([]);
      expect(consoleProblems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('is accessible in the dark theme: the new-client page, the client page and the GAS review', async () => {
    // Scans the journey's client, so it runs after the journey and needs it to have got that far.
    if (journeyClientPath === null) throw new Error('The journey above did not add its client');
    const { context, page } = await openPage(browser, { colorScheme: 'dark' });
    try {
      await signIn(page, waypoint.url, demoAccounts.clinician.email);
      await page.getByRole('link', { name: 'Add client' }).click();
      await page.getByRole('heading', { name: 'Add a client', level: 1 }).waitFor();
      await page.getByLabel('Preferred name').fill('Sam Whitfield');
      await page.getByLabel('Pronouns').fill('he/him');
      await page.getByLabel('In their words').fill('Everything is too loud and too much.');
      expect(await scanAndCapture(page, 'new-client-dark')).toEqual([]);
      // Leaving without saving adds no one.
      await page.getByRole('button', { name: 'Cancel' }).click();

      // The journey's client, opened from the caseload like any other.
      await page.getByRole('heading', { name: 'Caseload', level: 1 }).waitFor();
      await waitForCaseloadRows(page);
      expect(await page.getByRole('link', { name: 'Sam Whitfield' }).count()).toBe(0);
      await caseloadRow(page, newClient.preferredName)
        .getByRole('link', { name: newClient.preferredName, exact: true })
        .click();
      await clientHeading(page, newClient.preferredName).waitFor();
      expect(new URL(page.url()).pathname).toBe(journeyClientPath);
      await expectTimelineShowsTheJourney(page);
      expect(await scanAndCapture(page, 'client-page-dark')).toEqual([]);

      await page.getByRole('button', { name: 'GAS review' }).click();
      const review = page.getByRole('dialog', { name: 'GAS review' });
      await review
        .getByRole('radiogroup', { name: goal.clientWords })
        .getByRole('radio', { name: /^0 The expected outcome/ })
        .check();
      expect(await scanAndCapture(page, 'gas-review-dark', { fullPage: false })).toEqual([]);
      await review.getByRole('button', { name: 'Cancel' }).click();
      await review.waitFor({ state: 'detached' });
    } finally {
      await context.close();
    }
  });

  it('opens a seeded client from the caseload and shows their goals and where they started', async () => {
    const { context, page, consoleProblems } = await openPage(browser);
    try {
      await signIn(page, waypoint.url, demoAccounts.clinician.email);
      await page.getByRole('link', { name: seeded.preferredName, exact: true }).click();
      await clientHeading(page, seeded.preferredName).waitFor();

      expect(await baselineQuote(page).textContent()).toContain(seeded.baseline);
      const goals = page.getByRole('region', { name: 'Goals' }).getByRole('article');
      await goals.first().waitFor();
      const titles = await goals.getByRole('heading', { level: 3 }).allTextContents();
      expect(titles.map((title) => title.trim())).toEqual(
        seeded.goals.map((seededGoal) => seededGoal.clientWords),
      );
      for (const seededGoal of seeded.goals) {
        const ticked = seededGoal.milestones.filter((step) => step.doneAt !== null).length;
        expect(await milestoneProgress(goalCard(page, seededGoal.clientWords))).toBe(
          `${ticked} of ${seededGoal.milestones.length}`,
        );
      }
      expect(cspViolations(consoleProblems)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(['an aborted request', 'a 500 answer'] as const)(
    'puts a tick back, with a message, when the save fails (%s)',
    async (failure) => {
      const { context, page } = await openPage(browser);
      try {
        await signIn(page, waypoint.url, demoAccounts.clinician.email);
        await page.getByRole('link', { name: seeded.preferredName, exact: true }).click();
        await clientHeading(page, seeded.preferredName).waitFor();

        const seededGoal = seeded.goals.find((candidate) => candidate.status === 'ACTIVE')!;
        const step = seededGoal.milestones.find((candidate) => candidate.doneAt === null)!;
        const card = goalCard(page, seededGoal.clientWords);
        const checkbox = card.getByRole('checkbox', { name: step.title });
        await checkbox.waitFor();
        expect(await checkbox.isChecked()).toBe(false);
        const before = await milestoneProgress(card);

        // Only the next tick fails; everything else reaches the server.
        let failed = 0;
        const failNextTick = async (route: Route) => {
          if (failed > 0 || route.request().postDataJSON()?.operationName !== 'TickMilestone') {
            return route.fallback();
          }
          failed += 1;
          if (failure === 'an aborted request') return route.abort('connectionfailed');
          return route.fulfill({
            status: 500,
            contentType: 'text/plain',
            body: 'Internal Server Error',
          });
        };
        await page.route('**/graphql', failNextTick);

        await checkbox.click();
        await page
          .getByText(`“${step.title}” couldn't be ticked off, so it's as it was.`, {
            exact: false,
          })
          .waitFor();
        expect(failed).toBe(1);
        expect(await checkbox.isChecked()).toBe(false);
        expect(await milestoneProgress(card)).toBe(before);
        expect(
          await snackBar(page).filter({ hasText: "couldn't be ticked off" }).textContent(),
        ).toContain("Waypoint can't be reached right now.");

        // It really was not saved.
        await page.unroute('**/graphql', failNextTick);
        await page.reload();
        await clientHeading(page, seeded.preferredName).waitFor();
        await checkbox.waitFor();
        expect(await checkbox.isChecked()).toBe(false);
        expect(await milestoneProgress(card)).toBe(before);
      } finally {
        await context.close();
      }
    },
  );
});

function clientHeading(page: Page, name: string): Locator {
  return page.getByRole('heading', { name, level: 1, exact: true });
}

/** "Where they started", quoted in the "How far they've come" strip. */
function baselineQuote(page: Page): Locator {
  return page.getByRole('region', { name: "How far they've come" }).locator('blockquote');
}

function goalCard(page: Page, clientWords: string): Locator {
  return page.getByRole('article', { name: clientWords, exact: true });
}

/** The "1 of 3" beside a goal's milestones. */
async function milestoneProgress(card: Locator): Promise<string> {
  const progress = card
    .getByRole('region', { name: /^Milestones toward/ })
    .getByText(/^\d+ of \d+$/);
  return (await progress.textContent())?.trim() ?? '';
}

function snackBar(page: Page): Locator {
  return page.locator('mat-snack-bar-container');
}

function timeline(page: Page): Locator {
  return page.getByRole('list', { name: 'Timeline, newest first' });
}

/** Logs a win, setback or other entry through its dialog. */
async function logEntry(
  page: Page,
  button: 'Log a small win' | 'Log a setback',
  words: string,
  options: { readonly isEffort?: boolean } = {},
): Promise<void> {
  await page
    .getByRole('group', { name: 'Log on the timeline' })
    .getByRole('button', {
      name: button,
    })
    .click();
  const dialog = page.getByRole('dialog', { name: button });
  await dialog.getByLabel('In their words').fill(words);
  if (options.isEffort) {
    await dialog.getByRole('switch', { name: 'The win was the trying' }).click();
  }
  await dialog.getByRole('combobox', { name: 'Toward a goal' }).click();
  await page.getByRole('option', { name: goal.clientWords }).click();
  await dialog.getByRole('button', { name: button }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** The win, the setback and the ticked milestone, each where the timeline shows it. */
async function expectTimelineShowsTheJourney(page: Page): Promise<void> {
  // Moments, not the months that hold them.
  const items = timeline(page)
    .getByRole('listitem')
    .filter({ hasNot: page.getByRole('list') });
  const winItem = items.filter({ hasText: win }).last();
  await winItem.waitFor();
  expect(await winItem.textContent()).toContain('Small win: the trying');
  expect(await winItem.textContent()).toContain('They tried something new, and the trying counts.');
  expect(await winItem.textContent()).toContain(`Toward “${goal.clientWords}”`);

  const setbackItem = items.filter({ hasText: setback }).last();
  await setbackItem.waitFor();
  expect(await setbackItem.textContent()).toContain('Setback');

  const milestoneItem = items.filter({ hasText: 'Milestone ticked' }).last();
  await milestoneItem.waitFor();
  expect(await milestoneItem.textContent()).toContain(milestones[0]);
  expect(await items.filter({ hasText: 'Milestone ticked' }).count()).toBe(1);

  // The road ends where they started, in their words.
  const start = items.filter({ hasText: 'Where they started' }).last();
  expect(await start.textContent()).toContain(newClient.baseline);
}

/** The goal's card and the strip both show the review: +1, and T 60.0. */
async function expectReviewedAtPlusOne(page: Page): Promise<void> {
  const card = goalCard(page, goal.clientWords);
  const lastReview = card
    .getByRole('definition')
    .filter({ hasText: 'Somewhat more than expected' });
  await lastReview.waitFor();
  expect(await lastReview.textContent()).toContain('+1');
  expect(await lastReview.textContent()).toContain(goal.levels['+1']);

  const strip = page.getByRole('region', { name: "How far they've come" });
  const score = strip.getByRole('listitem').filter({ hasText: 'GAS T-score at the last review' });
  expect((await score.textContent())?.replace(/\s+/g, ' ').trim()).toBe(
    '60.0 GAS T-score at the last review',
  );
  expect(await timeline(page).getByText('T-score 60.0', { exact: true }).isVisible()).toBe(true);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
