import type { Browser, Page } from 'playwright-core';
import { pdfText } from '../api/notes/pdf-text';
import { demoAccounts, openPage, scanAndCapture, signIn } from '../support/dashboard-session';
import { startDashboard, type DashboardFixture } from '../support/dashboard-fixture';
import type { RunningWaypoint } from '../support/waypoint-process';

// From session to signed note, as the demo clinician through the UI: end a session, draft
// its progress note, edit it, sign it, download the PDF and check it holds the client's goal,
// add an addendum; then the client-facing progress letter.

const goalWords = 'Sleep before midnight on work nights';
const milestoneTitle = 'Phone charging outside the bedroom';

describe('a progress note drafted from a session, signed and exported', () => {
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

  async function graphql<T>(page: Page, query: string, variables: object = {}): Promise<T> {
    const response = await page.request.post(`${waypoint.url}/graphql`, {
      data: { query, variables },
    });
    const body = (await response.json()) as { data?: T; errors?: unknown };
    if (body.errors) throw new Error(`GraphQL refused: ${JSON.stringify(body.errors)}`);
    return body.data as T;
  }

  async function clientWithGoal(page: Page): Promise<string> {
    const { createClient } = await graphql<{ createClient: { id: string } }>(
      page,
      'mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }',
      { input: { preferredName: 'Dana Whitlock', pronouns: 'she/her' } },
    );
    const { createGoal } = await graphql<{ createGoal: { id: string } }>(
      page,
      'mutation ($input: CreateGoalInput!) { createGoal(input: $input) { id } }',
      { input: { clientId: createClient.id, goal: { clientWords: goalWords, domain: 'HEALTH' } } },
    );
    for (const title of [milestoneTitle, 'Lights off by 11:30']) {
      await graphql(
        page,
        'mutation ($goalId: ID!, $input: MilestoneInput!) { addMilestone(goalId: $goalId, input: $input) { id } }',
        { goalId: createGoal.id, input: { title } },
      );
    }
    return createClient.id;
  }

  /** Waits until the server holds the plan as typed: the autosave has landed. */
  async function waitForSavedPlan(page: Page, noteId: string, plan: string) {
    for (let attempt = 0; attempt < 40; attempt++) {
      const { sessionNote } = await graphql<{
        sessionNote: { sections: { key: string; text: string }[] };
      }>(page, 'query ($id: ID!) { sessionNote(id: $id) { sections { key text } } }', {
        id: noteId,
      });
      if (sessionNote.sections.find((section) => section.key === 'plan')?.text === plan) return;
      await page.waitForTimeout(250);
    }
    throw new Error('The plan was never saved');
  }

  it('goes from the session to a signed note, its PDF and an addendum, then the letter', async () => {
    const { context, page, consoleProblems } = await openPage(browser);
    try {
      await signIn(page, waypoint.url, demoAccounts.clinician.email);
      const clientId = await clientWithGoal(page);

      // A short session: a tick and a win, then End session and Draft the progress note.
      await page.goto(`${waypoint.url}/clients/${clientId}/session`);
      await page.getByRole('button', { name: 'Start session' }).click();
      await page.getByRole('heading', { name: /Session ·/ }).waitFor();
      await page.getByRole('checkbox', { name: new RegExp(milestoneTitle) }).check();
      await page.locator('[data-quick-log-words]').fill('Slept by midnight three nights running');
      await page.getByRole('button', { name: /Log small win/ }).click();
      await page.locator('[data-saving-status]').filter({ hasText: 'Saved' }).waitFor();
      await page.getByRole('button', { name: 'End session' }).click();
      await page
        .getByRole('dialog', { name: 'End the session?' })
        .getByRole('button', { name: 'End session' })
        .click();
      await page.getByRole('button', { name: 'Draft the progress note' }).click();
      await page.waitForURL(/\/notes\//);
      await page.getByRole('heading', { name: /Progress note/ }).waitFor();

      // The draft holds what was recorded, in the clinician's words and the client's.
      const subjective = page.getByLabel('Subjective', { exact: true });
      const objective = page.getByLabel('Objective', { exact: true });
      expect(await subjective.inputValue()).toContain('“Slept by midnight three nights running”');
      expect(await objective.inputValue()).toContain(`“${milestoneTitle}” toward “${goalWords}”`);
      expect(await scanAndCapture(page, 'note-draft')).toEqual([]);

      // An edit autosaves; signing locks it.
      const plan = 'Keep the phone outside the bedroom for two more weeks.';
      await page.getByLabel('Plan', { exact: true }).fill(plan);
      await page.keyboard.press('Tab');
      const noteId = new URL(page.url()).pathname.split('/').at(-1)!;
      await waitForSavedPlan(page, noteId, plan);
      await page.getByRole('button', { name: 'Sign note' }).click();
      await page
        .getByRole('alertdialog', { name: 'Sign this note?' })
        .getByRole('button', { name: 'Sign note' })
        .click();
      await page
        .getByText(/Signed by Maya Lindqvist/)
        .first()
        .waitFor();
      expect(await page.getByRole('textbox', { name: 'Subjective' }).count()).toBe(0);

      // The PDF is a PDF, and its text holds the client's goal and the signed plan.
      const pdfLink = page.getByRole('link', { name: 'Download PDF' });
      const href = await pdfLink.getAttribute('href');
      const download = await page.request.get(`${waypoint.url}${href}`);
      expect(download.status()).toBe(200);
      expect(download.headers()['content-type']).toContain('application/pdf');
      const pdf = Buffer.from(await download.body());
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdfText(pdf).replace(/\s+/g, ' ');
      expect(text).toContain(goalWords);
      expect(text).toContain(plan);

      // A correction is a dated addendum; the note itself stays as signed.
      await page.getByLabel('Addendum').fill('Dana asked for the next session to be by video.');
      await page.getByRole('button', { name: 'Add the addendum' }).click();
      await page.getByText('Dana asked for the next session to be by video.').last().waitFor();
      expect(await scanAndCapture(page, 'note-signed-with-addendum')).toEqual([]);

      // The client-facing letter: warm, in their words, printable.
      await page.goto(`${waypoint.url}/clients/${clientId}/progress-letter`);
      await page.getByText('Dear Dana Whitlock,').waitFor();
      expect(
        await page.getByText(/Slept by midnight three nights running/).count(),
      ).toBeGreaterThan(0);
      expect(await scanAndCapture(page, 'progress-letter')).toEqual([]);
      expect(consoleProblems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
