import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoAccounts, openPage, scanAndCapture, signIn } from '../support/dashboard-session';
import { startDashboard, type DashboardFixture } from '../support/dashboard-fixture';
import type { RunningWaypoint } from '../support/waypoint-process';

// A whole session on the session screen, as the demo clinician: mood, ticks, a win, a prompt
// asked and answered; then the network cut in the browser, five more things done, the page
// reloaded while still offline, the network back, and every action recorded exactly once.

const milestoneTitles = [
  'Put the kettle on before checking the phone',
  'Open the curtains',
  'Step outside the front door',
  'Walk to the end of the road',
  'Walk to the corner shop',
  'Buy one thing at the shop',
  'Say hello to the shopkeeper',
] as const;

interface SessionRecordAnswer {
  readonly client: {
    readonly progressEntries: readonly { readonly kind: string; readonly clientWords: string }[];
    readonly measureResponses: readonly {
      readonly instrument: string;
      readonly total: number | null;
    }[];
    readonly sessions: readonly {
      readonly id: string;
      readonly endedAt: string | null;
      readonly milestonesTicked: readonly { readonly title: string }[];
      readonly progressEntries: readonly { readonly clientWords: string }[];
      readonly measures: readonly { readonly total: number | null }[];
      readonly promptsAsked: readonly { readonly text: string; readonly answer: string | null }[];
    }[];
  };
}

describe('a session run on the session screen, online and offline', () => {
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

  /** Sends GraphQL as the signed-in page does, with its cookie. */
  async function graphql<T>(page: Page, query: string, variables: object = {}): Promise<T> {
    const response = await page.request.post(`${waypoint.url}/graphql`, {
      data: { query, variables },
    });
    const body = (await response.json()) as { data?: T; errors?: unknown };
    if (body.errors) throw new Error(`GraphQL refused: ${JSON.stringify(body.errors)}`);
    return body.data as T;
  }

  /** A client with one active goal and its seven small steps. */
  async function clientWithSteps(page: Page): Promise<string> {
    const { createClient } = await graphql<{ createClient: { id: string } }>(
      page,
      'mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }',
      { input: { preferredName: 'Robin Ashdown', pronouns: 'they/them' } },
    );
    const { createGoal } = await graphql<{ createGoal: { id: string } }>(
      page,
      'mutation ($input: CreateGoalInput!) { createGoal(input: $input) { id } }',
      {
        input: {
          clientId: createClient.id,
          goal: { clientWords: 'Get to the shop on my own', domain: 'ANXIETY' },
          status: 'ACTIVE',
        },
      },
    );
    for (const title of milestoneTitles) {
      await graphql(
        page,
        'mutation ($goalId: ID!, $input: MilestoneInput!) { addMilestone(goalId: $goalId, input: $input) { id } }',
        { goalId: createGoal.id, input: { title } },
      );
    }
    return createClient.id;
  }

  const savingStatus = (page: Page) => page.locator('[data-saving-status]');
  const step = (page: Page, index: number) =>
    page.getByRole('checkbox', { name: new RegExp(milestoneTitles[index]!) });

  async function logFromQuickAdd(page: Page, words: string, kind: 'win' | 'setback') {
    await page.locator('[data-quick-log-words]').fill(words);
    await page
      .getByRole('button', { name: kind === 'win' ? /Log small win/ : /Log setback/ })
      .click();
  }

  async function recordMood(page: Page, rating: number) {
    await page
      .locator('[data-mood-ratings]')
      .getByRole('radio', { name: String(rating), exact: true })
      .click();
    await page.getByRole('button', { name: /Record mood/ }).click();
  }

  async function expectStatus(page: Page, text: string) {
    await savingStatus(page).filter({ hasText: text }).waitFor({ timeout: 20_000 });
    expect((await savingStatus(page).textContent())?.trim()).toBe(text);
  }

  it('records every action exactly once, through a cut network and a reload', async () => {
    const { context, page, consoleProblems } = await openPage(browser);
    try {
      await signIn(page, waypoint.url, demoAccounts.clinician.email);
      const clientId = await clientWithSteps(page);

      // Start, from the client's record.
      await page.goto(`${waypoint.url}/clients/${clientId}`);
      await page.getByRole('link', { name: 'Session mode' }).click();
      await page.getByRole('radio', { name: 'Video' }).check();
      await page.getByRole('button', { name: 'Start session' }).click();
      await page.getByRole('heading', { name: /Session · Video/ }).waitFor();
      expect(await page.getByRole('heading', { name: /First session/ }).count()).toBe(1);

      // Online: a mood, two ticks (a click and a number key), a win, a prompt and its answer.
      await recordMood(page, 4);
      await step(page, 0).check();
      await page.locator('body').click({ position: { x: 5, y: 300 } });
      await page.keyboard.press('2');
      await page.locator(`[data-session-milestone] input:checked`).nth(1).waitFor();
      expect(await step(page, 1).isChecked()).toBe(true);
      await logFromQuickAdd(page, 'Made tea before looking at my phone', 'win');
      const prompts = page.getByRole('list', { name: 'Prompts for this session' });
      const firstPrompt = (await prompts.locator('.prompt-text').first().textContent())!.trim();
      await prompts.getByRole('button', { name: 'Mark asked' }).first().click();
      await page
        .getByLabel('Their answer, in their words')
        .fill('I noticed the mornings are easier when I open the curtains');
      await page.getByRole('button', { name: 'Save answer' }).click();
      await expectStatus(page, 'Saved');
      expect(await scanAndCapture(page, 'session-screen-desktop')).toEqual([]);

      // The network goes: five more things, each kept in the browser.
      await context.setOffline(true);
      await step(page, 2).check();
      await step(page, 3).check();
      await logFromQuickAdd(page, 'Stood outside for five minutes', 'win');
      await logFromQuickAdd(page, 'Turned back at the corner', 'setback');
      await recordMood(page, 6);
      await expectStatus(page, 'Offline: 5 changes waiting');
      expect(await page.locator('[data-activity-state="WAITING"]').count()).toBe(5);

      // A reload while still offline keeps the screen and the queue.
      await page.reload();
      await page.getByRole('heading', { name: /Session · Video/ }).waitFor();
      await expectStatus(page, 'Offline: 5 changes waiting');
      expect(await step(page, 3).isChecked()).toBe(true);
      await scanAndCapture(page, 'session-screen-offline-after-reload');

      // The network returns: the queue is sent, in order, once.
      await context.setOffline(false);
      await expectStatus(page, 'Saved');

      // End the session.
      await page.keyboard.press('e');
      await page
        .getByRole('dialog', { name: 'End the session?' })
        .getByRole('button', { name: 'End session' })
        .click();
      await page.getByRole('heading', { name: 'Session ended' }).waitFor();
      await expectStatus(page, 'Saved');

      const { client } = await graphql<SessionRecordAnswer>(
        page,
        `
          query ($id: ID!) {
            client(id: $id) {
              progressEntries {
                kind
                clientWords
              }
              measureResponses {
                instrument
                total
              }
              sessions {
                id
                endedAt
                milestonesTicked {
                  title
                }
                progressEntries {
                  clientWords
                }
                measures {
                  total
                }
                promptsAsked {
                  text
                  answer
                }
              }
            }
          }
        `,
        { id: clientId },
      );
      expect(client.sessions).toHaveLength(1);
      const [session] = client.sessions;
      expect(session!.endedAt).not.toBeNull();
      expect(session!.milestonesTicked.map((milestone) => milestone.title).sort()).toEqual(
        milestoneTitles.slice(0, 4).slice().sort(),
      );
      expect(
        client.progressEntries.map((entry) => `${entry.kind} ${entry.clientWords}`).sort(),
      ).toEqual([
        'SETBACK Turned back at the corner',
        'WIN Made tea before looking at my phone',
        'WIN Stood outside for five minutes',
      ]);
      expect(session!.progressEntries).toHaveLength(3);
      expect(client.measureResponses.map((response) => response.total).sort()).toEqual([4, 6]);
      expect(session!.measures).toHaveLength(2);
      expect(session!.promptsAsked).toEqual([
        { text: firstPrompt, answer: 'I noticed the mornings are easier when I open the curtains' },
      ]);
      expect(
        consoleProblems.filter(
          (problem) =>
            !/net::ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/.test(problem),
        ),
      ).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows an action the server refuses on replay, with Try again and Dismiss, never dropping it', async () => {
    const { context, page } = await openPage(browser);
    try {
      await signIn(page, waypoint.url, demoAccounts.clinician.email);
      const clientId = await clientWithSteps(page);
      await page.goto(`${waypoint.url}/clients/${clientId}/session`);
      await page.getByRole('button', { name: 'Start session' }).click();
      await page.getByRole('heading', { name: /Session ·/ }).waitFor();

      // Offline, a tick waits; meanwhile the session is ended elsewhere (another device).
      await context.setOffline(true);
      await step(page, 0).check();
      await expectStatus(page, 'Offline: 1 change waiting');
      const { client } = await graphql<{ client: { openSession: { id: string } } }>(
        page,
        'query ($id: ID!) { client(id: $id) { openSession { id } } }',
        { id: clientId },
      );
      await graphql(page, 'mutation ($id: ID!) { endSession(id: $id) { id } }', {
        id: client.openSession.id,
      });

      // Back online, the replay is refused: the clinician sees it, with what to do.
      await context.setOffline(false);
      const refused = page.locator('[data-activity-state="REFUSED"]');
      await refused.waitFor({ timeout: 20_000 });
      expect(await refused.textContent()).toContain('This session has ended');
      expect(await refused.getByRole('button', { name: 'Try again' }).count()).toBe(1);
      await refused.getByRole('button', { name: 'Dismiss' }).click();
      await refused.waitFor({ state: 'detached' });
    } finally {
      await context.close();
    }
  });

  it('offers a prompt the clinician added on the prompt library page, and not one they hid', async () => {
    const { context, page } = await openPage(browser);
    try {
      await signIn(page, waypoint.url, demoAccounts.clinician.email);
      const ownPrompt = 'What would your best friend say you did well this week?';
      const hidden = 'What did you do differently this week?';

      await page.goto(`${waypoint.url}/prompts`);
      await page.getByRole('heading', { name: 'Prompt library' }).waitFor();
      await page.getByRole('button', { name: 'Add a prompt' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('The prompt').fill(ownPrompt);
      await dialog.getByRole('checkbox', { name: 'Any session' }).check();
      await dialog.getByRole('button', { name: 'Add prompt' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByText(ownPrompt).waitFor();
      await page.getByRole('button', { name: `Hide “${hidden}”` }).click();
      await page.getByRole('button', { name: `Hide “${hidden}”` }).waitFor({ state: 'detached' });
      expect(await scanAndCapture(page, 'prompt-library')).toEqual([]);

      const clientId = await clientWithSteps(page);
      await page.goto(`${waypoint.url}/clients/${clientId}/session`);
      await page.getByRole('button', { name: 'Start session' }).click();
      await page.getByRole('heading', { name: /Session ·/ }).waitFor();
      const { client } = await graphql<{
        client: { openSession: { promptSuggestions: { prompt: { text: string } }[] } };
      }>(
        page,
        'query ($id: ID!) { client(id: $id) { openSession { promptSuggestions { prompt { text } } } } }',
        { id: clientId },
      );
      const offered = client.openSession.promptSuggestions.map((each) => each.prompt.text);
      expect(offered).toContain(ownPrompt);
      expect(offered).not.toContain(hidden);
    } finally {
      await context.close();
    }
  });

  it.each([
    ['tablet, landscape', 1024, 768],
    ['tablet, upright', 768, 1024],
  ] as const)('fits the session screen on a %s', async (name, width, height) => {
    const { context, page } = await openPage(browser);
    try {
      await page.setViewportSize({ width, height });
      await signIn(page, waypoint.url, demoAccounts.clinician.email);
      const clientId = await clientWithSteps(page);
      await page.goto(`${waypoint.url}/clients/${clientId}/session`);
      await page.getByRole('button', { name: 'Start session' }).click();
      await page.getByRole('heading', { name: /Session ·/ }).waitFor();
      await page.keyboard.press('?');
      await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
      expect(
        await scanAndCapture(page, `session-shortcuts-${width}x${height}`, { fullPage: false }),
      ).toEqual([]);
      await page.keyboard.press('Escape');
      expect(await scanAndCapture(page, `session-screen-${width}x${height}`)).toEqual([]);
    } finally {
      await closeQuietly(context);
    }
  });
});

async function closeQuietly(context: BrowserContext): Promise<void> {
  await context.close().catch(() => undefined);
}
