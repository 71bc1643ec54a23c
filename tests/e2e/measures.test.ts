import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  gasTScore,
  RELIABLE_CHANGE_LABELS,
  reliableChange,
  severityBand,
  type StandardMeasure,
} from '@waypoint/shared';
import { buildDemoPractice } from '../../apps/api/src/demo/demo-practice';
import { caseloadRow, waitForCaseloadRows } from '../support/caseload-page';
import {
  cspViolations,
  demoAccounts,
  openPage,
  scanAndCapture,
  screenshotFolder,
  signIn,
} from '../support/dashboard-session';
import { startDashboard, type DashboardFixture } from '../support/dashboard-fixture';
import type { RunningWaypoint } from '../support/waypoint-process';

// The measures on the client page, as the demo clinician, through the UI only: a PHQ-9 that
// raises a safety review, a GAD-7 saved part-way and finished, and the charts over time.

/** The PHQ-9 as Pfizer publishes it (phqscreeners.com), word for word. */
const phq9 = {
  stem: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  items: [
    'Little interest or pleasure in doing things',
    'Feeling down, depressed, or hopeless',
    'Trouble falling or staying asleep, or sleeping too much',
    'Feeling tired or having little energy',
    'Poor appetite or overeating',
    'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
    'Trouble concentrating on things, such as reading the newspaper or watching television',
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    'Thoughts that you would be better off dead or of hurting yourself in some way',
  ],
} as const;

/** The GAD-7's stem has no "any of". */
const gad7Stem =
  'Over the last 2 weeks, how often have you been bothered by the following problems?';

/** The four answer columns both forms print, scored 0 to 3. */
const answerLabels = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];

/** A PHQ-9 with item 9 at 1 ("Several days"): total 9, mild. */
const phq9Answers = [1, 2, 1, 1, 0, 1, 2, 0, 1] as const;

/** A GAD-7 given in two sittings: four items, then the other three. Total 12, moderate. */
const gad7Answers = [2, 1, 2, 1, 3, 2, 1] as const;
const gad7AnsweredFirst = 4;

const reviewNote =
  'Asked about the thoughts directly. Passive, no plan or intent; agreed a safety plan and ' +
  'to check in by phone on Thursday.';

const crisisResources = [
  { label: '988 Suicide & Crisis Lifeline', contact: 'Call or text 988' },
  { label: 'In an emergency', contact: 'Call 911' },
];

/** Today's date as the demo was seeded and as the dashboard fills in "Given on". */
const today = new Date().toISOString().slice(0, 10);

/** The seeded client with several PHQ-9s and GAD-7s over months, GAS reviews and wins. */
const jordan = buildDemoPractice(today).clients.find(
  (client) => client.preferredName === 'Jordan Ellis',
)!;

/** The MeasureRecord query's answer, as far as the charts read it. */
interface MeasureRecordAnswer {
  readonly measureResponses: readonly {
    readonly instrument: string;
    readonly administeredOn: string;
    readonly isComplete: boolean;
    readonly total: number | null;
  }[];
  readonly gasReviews: readonly { readonly reviewedOn: string; readonly tScore: number }[];
}

/** A safety flag as the MeasureRecord query answers it. */
interface ReviewedFlag {
  readonly isReviewed: boolean;
  readonly reviewNote: string | null;
  readonly reviewedBy: { readonly displayName: string } | null;
}

describe('a clinician giving measures in session and reading them over time', () => {
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

  it.each([
    ['light', 'Robin Adeyinka'],
    ['dark', 'Kit Marlowe-Shaw'],
  ] as const)(
    'gives a PHQ-9 with item 9 above 0: a safety banner and a caseload reason until the review is recorded (%s theme)',
    async (colorScheme, preferredName) => {
      const { context, page, consoleProblems } = await openPage(browser, { colorScheme });
      try {
        await signIn(page, waypoint.url, demoAccounts.clinician.email);
        const clientPath = await addClient(page, preferredName);
        const measures = measuresSection(page);
        expect(await latestScore(page, 'PHQ-9').textContent()).toContain('Not given yet');

        // The published form, word for word, with the four published answers to every item.
        await measures.getByRole('button', { name: 'Give PHQ-9' }).click();
        const form = page.getByRole('dialog', { name: 'Give the PHQ-9' });
        await form.waitFor();
        expect(await form.getByText(phq9.stem, { exact: true }).isVisible()).toBe(true);
        // Nine items and the difficulty question, which is asked but never added in.
        expect(await form.getByRole('radiogroup').count()).toBe(phq9.items.length + 1);
        for (const [index, wording] of phq9.items.entries()) {
          const item = form.getByRole('radiogroup', {
            name: `${index + 1}. ${wording}`,
            exact: true,
          });
          expect(await answerNames(item)).toEqual(answerLabels);
        }
        // Item 9 in its own words, read out as the question of its four answers.
        const itemNine = form.getByRole('radiogroup', {
          name: '9. Thoughts that you would be better off dead or of hurting yourself in some way',
          exact: true,
        });
        expect(await answerNames(itemNine)).toEqual(answerLabels);
        expect(await scoreLine(form)).toBe(
          '0 of 9 answered. The total shows once every item is answered.',
        );

        // Eight answers: still no total, since a partial PHQ-9 would mislead.
        for (const [index, answer] of phq9Answers.slice(0, 8).entries()) {
          await answerItem(form, index + 1, answerLabels[answer]);
        }
        expect(await scoreLine(form)).toBe(
          '8 of 9 answered. The total shows once every item is answered.',
        );
        expect(await form.getByRole('button', { name: 'Save as draft' }).isVisible()).toBe(true);
        const safetyNote = form.getByText(/Once saved, this answer shows a safety review/);
        expect(await safetyNote.count()).toBe(0);

        // Item 9 at "Several days": the form says what saving it will do, and totals it.
        await answerItem(form, 9, 'Several days');
        await safetyNote.waitFor();
        expect(await words(safetyNote)).toBe(
          "Once saved, this answer shows a safety review on the client's page until a clinician records their review.",
        );
        expect(await scoreLine(form)).toBe('Total 9 of 27 · Mild');
        await form
          .getByRole('radiogroup', { name: /^If you checked off any problems/ })
          .getByRole('radio', { name: 'Somewhat difficult', exact: true })
          .check();
        expect(await scoreLine(form)).toBe('Total 9 of 27 · Mild');
        expect(await form.getByLabel('Given on').inputValue()).toBe(today);
        await itemNine.scrollIntoViewIfNeeded();
        expect(await settledScan(page, `phq9-form-${colorScheme}`, { fullPage: false })).toEqual(
          [],
        );
        await form.getByRole('button', { name: 'Record PHQ-9' }).click();
        await form.waitFor({ state: 'detached' });
        await snackBar(page)
          .getByText('PHQ-9 recorded: 9, mild. A safety review is now shown for this client.')
          .waitFor();

        // The banner, right under the client's name, with what was answered and where to turn.
        const givenOn = (await formatDays(page, [today]))[0];
        await expectSafetyBanner(page, preferredName, givenOn);
        expect(await words(latestScore(page, 'PHQ-9'))).toBe(
          `PHQ-9 9 Mild on ${givenOn} Baseline: the first score to compare with`,
        );

        // It is the server's: a reload still shows it.
        await page.reload();
        await clientHeading(page, preferredName).waitFor();
        await expectSafetyBanner(page, preferredName, givenOn);
        await page.evaluate(() => window.scrollTo(0, 0));
        expect(await settledScan(page, `safety-banner-${colorScheme}`)).toEqual([]);

        // The caseload brings the client forward, in the one loud colour.
        await goToCaseload(page);
        const row = caseloadRow(page, preferredName);
        const reason = row.getByRole('link', { name: /^Safety review needed/ });
        await reason.waitFor();
        expect(normalise(await reason.getAttribute('title'))).toBe(
          'A PHQ-9 item 9 answer above 0 waits for your review',
        );
        const safetyColours = await errorColours(page);
        expect(await coloursOf(reason)).toEqual(safetyColours);
        // Nothing else on the caseload uses that colour.
        const calmReasons = page.getByRole('link', { name: /^(Not on track \(|.+ due\b)/ });
        expect(await calmReasons.count()).toBeGreaterThan(0);
        for (const calm of await calmReasons.all()) {
          const colours = await coloursOf(calm);
          expect(colours.border).not.toBe(safetyColours.border);
          expect(colours.background).not.toBe(safetyColours.background);
        }
        expect(await settledScan(page, `caseload-attention-${colorScheme}`)).toEqual([]);

        // The reason leads to the evidence: the safety banner under the client's name, its
        // title focused and in view, where the review is recorded.
        await reason.click();
        await page.waitForURL((url) => url.pathname === clientPath && url.hash === '#safety');
        await clientHeading(page, preferredName).waitFor();
        const bannerTitle = safetyBanner(page).getByRole('heading', {
          name: 'Safety review needed',
        });
        await page.waitForFunction(
          () => document.activeElement?.textContent?.trim() === 'Safety review needed',
        );
        expect(await isFocused(bannerTitle)).toBe(true);
        const titleBox = await bannerTitle.boundingBox();
        expect(titleBox?.y).toBeGreaterThanOrEqual(0);
        expect(titleBox?.y).toBeLessThan(800);

        // Recording the review: a note is required, and the banner goes once it is saved.
        const banner = safetyBanner(page);
        await banner.getByRole('button', { name: 'Record review' }).click();
        const review = page.getByRole('dialog', { name: 'Record your safety review' });
        await review.waitFor();
        expect(await words(review.getByText(/^PHQ-9 item 9 was answered/))).toBe(
          `PHQ-9 item 9 was answered “Several days” on ${givenOn}: “${phq9.items[8]}”`,
        );
        await review.getByRole('button', { name: 'Record review' }).click();
        await review.getByText('Write what the review found').waitFor();
        // Nothing is recorded without a note: the dialog stays.
        expect(await review.isVisible()).toBe(true);
        await review.getByLabel('Review note').fill(reviewNote);
        expect(
          await settledScan(page, `safety-review-${colorScheme}`, { fullPage: false }),
        ).toEqual([]);
        await review.getByRole('button', { name: 'Record review' }).click();
        await review.waitFor({ state: 'detached' });
        await snackBar(page).getByText('Safety review recorded.').waitFor();
        await banner.waitFor({ state: 'detached' });
        // Focus goes to the client's name, not to the top of the document.
        await page.waitForFunction(
          (name) => document.activeElement?.textContent?.trim() === name,
          preferredName,
        );
        expect(await isFocused(clientHeading(page, preferredName))).toBe(true);

        // The caseload no longer shows the reason, from the cache and from the server.
        await goToCaseload(page);
        await caseloadRow(page, preferredName).waitFor();
        expect(await safetyReasonCount(page, preferredName)).toBe(0);
        await page.reload();
        await caseloadRow(page, preferredName).waitFor();
        expect(await safetyReasonCount(page, preferredName)).toBe(0);
        // The review was for this client's flag only: Jordan's seeded flag still waits.
        expect(await safetyReasonCount(page, jordan.preferredName)).toBe(1);

        // And the client page, loaded afresh, has no banner but keeps the score. The page
        // shows nothing of the review itself, so its own answer from the server says what was
        // kept: the note, and who recorded it.
        const measureRecord = measureRecordAnswer(page);
        await page.getByRole('link', { name: preferredName, exact: true }).click();
        await clientHeading(page, preferredName).waitFor();
        const { safetyFlags } = (await measureRecord) as { safetyFlags: readonly ReviewedFlag[] };
        expect(safetyFlags).toEqual([
          expect.objectContaining({
            isReviewed: true,
            reviewNote: reviewNote,
            reviewedBy: expect.objectContaining({
              displayName: demoAccounts.clinician.displayName,
            }),
          }),
        ]);
        await latestScore(page, 'PHQ-9').getByText('Mild', { exact: true }).waitFor();
        expect(await safetyBanner(page).count()).toBe(0);

        expect(cspViolations(consoleProblems)).toEqual([]);
        expect(consoleProblems).toEqual([]);
      } finally {
        await context.close();
      }
    },
    120_000,
  );

  it('saves an incomplete GAD-7 as a draft with no total, then finishes and scores it', async () => {
    const { context, page, consoleProblems } = await openPage(browser);
    try {
      await signIn(page, waypoint.url, demoAccounts.clinician.email);
      const preferredName = 'Alex Brennan-Ito';
      await addClient(page, preferredName);
      const measures = measuresSection(page);
      const givenOn = (await formatDays(page, [today]))[0];

      await measures.getByRole('button', { name: 'Give GAD-7' }).click();
      const form = page.getByRole('dialog', { name: 'Give the GAD-7' });
      await form.waitFor();
      expect(await form.getByText(gad7Stem, { exact: true }).isVisible()).toBe(true);
      // Seven items, and no difficulty question on this form.
      expect(await form.getByRole('radiogroup').count()).toBe(7);
      for (const [index, answer] of gad7Answers.slice(0, gad7AnsweredFirst).entries()) {
        await answerItem(form, index + 1, answerLabels[answer]);
      }
      expect(await scoreLine(form)).toBe(
        '4 of 7 answered. The total shows once every item is answered.',
      );
      expect(await form.getByText(/Total \d/).count()).toBe(0);
      await form.getByRole('button', { name: 'Save as draft' }).click();
      await form.waitFor({ state: 'detached' });
      await snackBar(page).getByText('GAD-7 saved as a draft: 4 of 7 answered.').waitFor();

      // A draft is never scored: no total, no chart point, and a way back to it.
      await expectDraftOnly(page, givenOn);
      await page.reload();
      await measuresSection(page).getByRole('heading', { name: 'Drafts to finish' }).waitFor();
      await expectDraftOnly(page, givenOn);

      await measures.getByRole('button', { name: 'Continue GAD-7' }).click();
      const draft = page.getByRole('dialog', { name: `Continue the GAD-7 from ${givenOn}` });
      await draft.waitFor();
      // The four answers are where they were left.
      for (const [index, answer] of gad7Answers.entries()) {
        const radio = itemAnswer(draft, index + 1, answerLabels[answer]);
        expect(await radio.isChecked()).toBe(index < gad7AnsweredFirst);
      }
      expect(await scoreLine(draft)).toBe(
        '4 of 7 answered. The total shows once every item is answered.',
      );
      for (const [index, answer] of gad7Answers.entries()) {
        if (index >= gad7AnsweredFirst) await answerItem(draft, index + 1, answerLabels[answer]);
      }
      expect(await scoreLine(draft)).toBe('Total 12 of 21 · Moderate');
      expect(await settledScan(page, 'gad7-continue-light', { fullPage: false })).toEqual([]);
      await draft.getByRole('button', { name: 'Record GAD-7' }).click();
      await draft.waitFor({ state: 'detached' });
      await snackBar(page).getByText('GAD-7 recorded: 12, moderate.').waitFor();

      await expectScoredOnce(page, givenOn);
      await page.reload();
      await latestScore(page, 'GAD-7').getByText('Moderate', { exact: true }).waitFor();
      await expectScoredOnce(page, givenOn);
      // A GAD-7 never raises a safety review.
      expect(await safetyBanner(page).count()).toBe(0);

      expect(cspViolations(consoleProblems)).toEqual([]);
      expect(consoleProblems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it.each(['light', 'dark'] as const)(
    'draws a seeded client’s PHQ-9, GAD-7, GAS and wins charts, each with a table of the same numbers (%s theme)',
    async (colorScheme) => {
      const { context, page, consoleProblems } = await openPage(browser, { colorScheme });
      const policyViolations = await watchPolicyViolations(page);
      try {
        await signIn(page, waypoint.url, demoAccounts.clinician.email);
        const measureRecord = measureRecordAnswer(page);
        await page.getByRole('link', { name: jordan.preferredName, exact: true }).click();
        await clientHeading(page, jordan.preferredName).waitFor();
        const api = (await measureRecord) as MeasureRecordAnswer;

        const measures = measuresSection(page);
        await measures.getByRole('heading', { name: 'Over time', level: 3 }).waitFor();

        // The API serves what was seeded, so the seed and the API are both what the page owes.
        for (const instrument of ['PHQ9', 'GAD7'] as const) {
          expect(completeScores(api, instrument)).toEqual(
            jordan.measures
              .filter((measure) => measure.instrument === instrument)
              .map(({ administeredOn, total }) => ({ administeredOn, total }))
              .sort(byDay),
          );
        }

        // PHQ-9 and GAD-7: a drawn canvas each, its summary, and a table row per score.
        for (const [instrument, name] of [
          ['PHQ9', 'PHQ-9'],
          ['GAD7', 'GAD-7'],
        ] as const) {
          const scores = completeScores(api, instrument);
          const days = await formatDays(
            page,
            scores.map((score) => score.administeredOn),
          );
          const figure = measures.getByRole('figure', { name: `${name} over time` });
          const chart = figure.getByRole('img', {
            name: `${name} from ${scores[0].total} on ${days[0]} to ${scores.at(-1)!.total} on ${days.at(-1)}, ${scores.length} scores. The table below lists them.`,
            exact: true,
          });
          await expectDrawn(page, chart);
          expect(await figure.getByText('The chart could not be drawn just now').count()).toBe(0);

          const table = await openTable(
            figure,
            `Show ${name} scores as a table`,
            `${name} scores, oldest first`,
          );
          expect(await columnHeaders(table)).toEqual([
            'Day',
            'Total',
            'Severity',
            'From baseline',
            'Reliable change',
          ]);
          const baseline = scores[0].total;
          expect(await tableRows(table)).toEqual(
            scores.map((score, index) => [
              days[index],
              String(score.total),
              severityBand(instrument, score.total).label,
              index === 0 ? 'Baseline' : describePoints(score.total - baseline),
              index === 0
                ? ''
                : RELIABLE_CHANGE_LABELS[reliableChange(instrument, baseline, score.total)],
            ]),
          );
          // The table's last row is the summary's latest score.
          const latest = scores.at(-1)!;
          expect(await words(latestScore(page, name))).toMatch(
            new RegExp(
              `^${escapeRegExp(`${name} ${latest.total} ${severityBand(instrument, latest.total).label} on ${days.at(-1)} ${name} ${baseline} → ${latest.total} since `)}`,
            ),
          );
        }

        // GAS: the T-score at each review, against the seeded ratings and the API.
        const reviews = [...api.gasReviews].sort((first, second) =>
          first.reviewedOn.localeCompare(second.reviewedOn),
        );
        expect(reviews.map((review) => review.reviewedOn)).toEqual(
          jordan.gasReviews.map((review) => review.reviewedOn),
        );
        const seededTScores = jordan.gasReviews.map((review) =>
          gasTScore(
            review.ratings.map((rating) => ({
              level: rating.level,
              weight: jordan.goals[rating.goalPosition].weight,
            })),
          ).toFixed(1),
        );
        expect(reviews.map((review) => review.tScore.toFixed(1))).toEqual(seededTScores);
        expect(reviews.length).toBeGreaterThanOrEqual(2);
        const gasFigure = measures.getByRole('figure', { name: 'GAS T-score at each review' });
        const gasChart = gasFigure.getByRole('img', {
          name: `GAS T-score from ${seededTScores[0]} to ${seededTScores.at(-1)} over ${reviews.length} reviews. 50 is the expected level.`,
          exact: true,
        });
        await expectDrawn(page, gasChart);
        const gasTable = await openTable(
          gasFigure,
          'Show GAS T-scores as a table',
          'GAS T-scores, oldest first',
        );
        expect(await columnHeaders(gasTable)).toEqual(['Review', 'T-score', 'Against 50']);
        const reviewDays = await formatDays(
          page,
          reviews.map((review) => review.reviewedOn),
        );
        expect(await tableRows(gasTable)).toEqual(
          reviews.map((review, index) => [
            reviewDays[index],
            seededTScores[index],
            againstFifty(review.tScore),
          ]),
        );
        // The client page's strip says the same about the last review.
        expect(
          await words(
            page
              .getByRole('region', { name: "How far they've come" })
              .getByRole('listitem')
              .filter({ hasText: 'GAS T-score at the last review' }),
          ),
        ).toBe(
          `${seededTScores.at(-1)} GAS T-score at the last review from ${seededTScores[0]} at the first`,
        );

        // The wins calendar: the days with small wins and ticked milestones, newest first.
        const winsByDay = new Map<string, { wins: number; milestones: number }>();
        const countOn = (day: string) => {
          const counts = winsByDay.get(day) ?? { wins: 0, milestones: 0 };
          winsByDay.set(day, counts);
          return counts;
        };
        for (const entry of jordan.progressEntries) {
          if (entry.kind === 'WIN') countOn(entry.occurredOn).wins += 1;
        }
        for (const goal of jordan.goals) {
          for (const milestone of goal.milestones) {
            if (milestone.doneAt) countOn(localDay(milestone.doneAt)).milestones += 1;
          }
        }
        const winDays = [...winsByDay.keys()].sort().reverse();
        const winTotal = [...winsByDay.values()].reduce((sum, day) => sum + day.wins, 0);
        const tickTotal = [...winsByDay.values()].reduce((sum, day) => sum + day.milestones, 0);
        const calendarFigure = measures.getByRole('figure', {
          name: 'Small wins and ticked milestones, day by day',
        });
        await calendarFigure
          .getByRole('img', {
            name: `The last 26 weeks: ${winTotal} small wins and ${tickTotal} milestones ticked, on ${winDays.length} days. The table below lists them.`,
            exact: true,
          })
          .waitFor();
        const calendarTable = await openTable(
          calendarFigure,
          'Show these days as a table',
          'Days with small wins or ticked milestones, newest first',
        );
        expect(await columnHeaders(calendarTable)).toEqual([
          'Day',
          'Small wins',
          'Milestones ticked',
        ]);
        const formattedWinDays = await formatDays(page, winDays);
        expect(await tableRows(calendarTable)).toEqual(
          winDays.map((day, index) => [
            formattedWinDays[index],
            String(winsByDay.get(day)!.wins),
            String(winsByDay.get(day)!.milestones),
          ]),
        );

        // The pointer over the charts (tooltips, hover radii redraw the canvas) stays clean too.
        for (const chart of await measures.getByRole('figure').getByRole('img').all()) {
          await hoverAcross(page, chart);
        }
        await measures.screenshot({
          path: path.join(screenshotFolder, `measures-section-${colorScheme}.png`),
        });
        expect(await settledScan(page, `measures-charts-${colorScheme}`)).toEqual([]);

        await page.waitForTimeout(200);
        expect(policyViolations).toEqual([]);
        expect(cspViolations(consoleProblems)).toEqual([]);
        expect(consoleProblems).toEqual([]);
      } finally {
        await context.close();
      }
    },
    120_000,
  );
});

function clientHeading(page: Page, name: string): Locator {
  return page.getByRole('heading', { name, level: 1, exact: true });
}

function measuresSection(page: Page): Locator {
  return page.getByRole('region', { name: 'Measures', exact: true });
}

function safetyBanner(page: Page): Locator {
  return page.getByRole('alert', { name: 'Safety review needed' });
}

function snackBar(page: Page): Locator {
  return page.locator('mat-snack-bar-container');
}

/** A measure's entry under "Latest scores". */
function latestScore(page: Page, name: 'PHQ-9' | 'GAD-7'): Locator {
  return measuresSection(page)
    .getByRole('list', { name: 'Latest scores' })
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^\\s*${escapeRegExp(name)}`) });
}

function safetyReasonCount(page: Page, preferredName: string): Promise<number> {
  return caseloadRow(page, preferredName)
    .getByRole('link', { name: /^Safety review needed/ })
    .count();
}

async function goToCaseload(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Caseload' })
    .click();
  await page.getByRole('heading', { name: 'Caseload', level: 1 }).waitFor();
  await waitForCaseloadRows(page);
}

/** Adds a client through "Add client", so the test owns what it changes; answers their path. */
async function addClient(page: Page, preferredName: string): Promise<string> {
  await page.getByRole('heading', { name: 'Caseload', level: 1 }).waitFor();
  await page.getByRole('link', { name: 'Add client' }).click();
  await page.getByRole('heading', { name: 'Add a client', level: 1 }).waitFor();
  await page.getByLabel('Preferred name').fill(preferredName);
  await page
    .getByLabel('In their words')
    .fill('I feel flat most days and I have stopped going out.');
  await page.getByRole('button', { name: 'Add client' }).click();
  await page.waitForURL(/\/clients\/(?!new$)[^/#]+$/);
  await clientHeading(page, preferredName).waitFor();
  await measuresSection(page).getByRole('button', { name: 'Give PHQ-9' }).waitFor();
  return new URL(page.url()).pathname;
}

/** One answer of one numbered item on a PHQ-9 or GAD-7 form. */
function itemAnswer(form: Locator, item: number, label: string): Locator {
  return form
    .getByRole('radiogroup', { name: new RegExp(`^${item}\\. `) })
    .getByRole('radio', { name: label, exact: true });
}

async function answerItem(form: Locator, item: number, label: string): Promise<void> {
  await itemAnswer(form, item, label).check();
}

/** The form's running total, or how many items are answered so far. */
async function scoreLine(form: Locator): Promise<string> {
  return words(form.getByRole('status'));
}

/** The banner under the client's name, above everything else, with the crisis lines. */
async function expectSafetyBanner(page: Page, preferredName: string, givenOn: string) {
  const banner = safetyBanner(page);
  await banner.waitFor();
  expect(await words(banner.getByRole('listitem').first())).toBe(
    `PHQ-9 item 9 was answered “Several days” on ${givenOn}: “${phq9.items[8]}” Record review`,
  );
  // It has no close button: it goes only when a review is recorded.
  expect((await banner.getByRole('button').allInnerTexts()).map(normalise)).toEqual([
    'Record review',
  ]);
  expect(
    await banner.getByRole('heading', { name: 'Crisis resources', level: 3 }).isVisible(),
  ).toBe(true);
  for (const resource of crisisResources) {
    const line = banner.getByRole('listitem').filter({ hasText: resource.label });
    expect(await words(line)).toBe(`${resource.label} ${resource.contact}`);
  }
  expect(await banner.getByText(/does not assess risk/).isVisible()).toBe(true);

  // Right under the name, before the logging buttons and everything below them.
  await page.evaluate(() => window.scrollTo(0, 0));
  const name = await clientHeading(page, preferredName).boundingBox();
  const box = await banner.boundingBox();
  const logButtons = await page.getByRole('group', { name: 'Log on the timeline' }).boundingBox();
  expect(name && box && logButtons).toBeTruthy();
  expect(box!.y).toBeGreaterThan(name!.y + name!.height - 1);
  expect(box!.y + box!.height).toBeLessThanOrEqual(logButtons!.y + 1);
  // Never below the fold.
  expect(box!.y).toBeLessThan(page.viewportSize()!.height);

  // The error colour: the one loud thing on the page.
  const colours = await errorColours(page);
  const banded = await banner.evaluate((element) => {
    const style = getComputedStyle(element);
    return { border: style.borderTopColor, background: style.backgroundColor };
  });
  expect(banded).toEqual({ border: colours.border, background: colours.background });
}

/** A GAD-7 draft and nothing scored. */
async function expectDraftOnly(page: Page, givenOn: string): Promise<void> {
  const measures = measuresSection(page);
  expect(await words(latestScore(page, 'GAD-7'))).toBe('GAD-7 Not given yet');
  const drafts = measures.getByRole('listitem').filter({ hasText: 'GAD-7 started' });
  expect(await words(drafts)).toBe(`GAD-7 started ${givenOn} · 4 of 7 answered Continue GAD-7`);
  const figure = measures.getByRole('figure', { name: 'GAD-7 over time' });
  expect(await figure.getByText('No GAD-7 scores yet.', { exact: false }).isVisible()).toBe(true);
  expect(await figure.getByRole('img').count()).toBe(0);
  expect(await figure.getByRole('table').count()).toBe(0);
}

/** The GAD-7 scored once: the baseline, on its chart and in its table. */
async function expectScoredOnce(page: Page, givenOn: string): Promise<void> {
  const measures = measuresSection(page);
  expect(await words(latestScore(page, 'GAD-7'))).toBe(
    `GAD-7 12 Moderate on ${givenOn} Baseline: the first score to compare with`,
  );
  expect(await measures.getByRole('heading', { name: 'Drafts to finish' }).count()).toBe(0);
  expect(await measures.getByRole('button', { name: 'Continue GAD-7' }).count()).toBe(0);
  const figure = measures.getByRole('figure', { name: 'GAD-7 over time' });
  const chart = figure.getByRole('img', {
    name: `GAD-7: one score, 12 on ${givenOn}. The table below lists it.`,
    exact: true,
  });
  await expectDrawn(page, chart);
  const table = await openTable(
    figure,
    'Show GAD-7 scores as a table',
    'GAD-7 scores, oldest first',
  );
  expect(await tableRows(table)).toEqual([[givenOn, '12', 'Moderate', 'Baseline', '']]);
}

/**
 * Lets running animations finish (a dialog opening, a hint fading back in after its error),
 * so axe judges colours as they settle, then scans and captures the page.
 */
async function settledScan(
  page: Page,
  name: string,
  options: { readonly fullPage?: boolean } = {},
): Promise<string[]> {
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
  return scanAndCapture(page, name, options);
}

/** Opens a chart's "as a table" alternative and answers the table it shows. */
async function openTable(figure: Locator, summary: string, caption: string): Promise<Locator> {
  const table = figure.getByRole('table', { name: caption, exact: true });
  expect(await table.isVisible()).toBe(false);
  await figure.getByText(summary, { exact: true }).click();
  await table.waitFor();
  expect(await table.isVisible()).toBe(true);
  return table;
}

async function columnHeaders(table: Locator): Promise<string[]> {
  return (await table.getByRole('columnheader').allTextContents()).map((text) => text.trim());
}

/** The table's body rows, cell by cell. */
async function tableRows(table: Locator): Promise<string[][]> {
  const rows = table.getByRole('row').filter({ has: table.page().getByRole('cell') });
  const cells: string[][] = [];
  for (const row of await rows.all()) {
    cells.push((await row.getByRole('cell').allInnerTexts()).map((text) => normalise(text)));
  }
  return cells;
}

/**
 * Waits until the canvas has been drawn on, and checks it was drawn in the theme's primary
 * colour as it applies on this page (light or dark), not left blank or in fallback colours.
 */
async function expectDrawn(page: Page, chart: Locator): Promise<void> {
  await chart.waitFor();
  const measure = () =>
    chart.evaluate((canvas: HTMLCanvasElement) => {
      const probe = document.createElement('span');
      probe.hidden = true;
      canvas.parentElement!.appendChild(probe);
      probe.style.color = 'var(--mat-sys-primary)';
      const [red, green, blue] = getComputedStyle(probe)
        .color.match(/[\d.]+/g)!
        .map(Number);
      probe.remove();
      const context = canvas.getContext('2d')!;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      let inPrimary = 0;
      for (let index = 0; index < data.length; index += 4) {
        if (data[index + 3] === 0) continue;
        painted += 1;
        const near = (value: number, target: number) => Math.abs(value - target) <= 2;
        if (
          data[index + 3] === 255 &&
          near(data[index], red) &&
          near(data[index + 1], green) &&
          near(data[index + 2], blue)
        ) {
          inPrimary += 1;
        }
      }
      return { width: canvas.width, height: canvas.height, painted, inPrimary };
    });
  await page.waitForFunction(
    (element) => {
      const canvas = element as HTMLCanvasElement;
      return canvas.width > 0 && canvas.getAttribute('style') !== null;
    },
    await chart.elementHandle(),
  );
  let drawn = await measure();
  for (let attempt = 0; drawn.inPrimary === 0 && attempt < 20; attempt += 1) {
    await page.waitForTimeout(100);
    drawn = await measure();
  }
  expect(drawn.width).toBeGreaterThan(200);
  expect(drawn.height).toBeGreaterThan(100);
  // Axes, labels, bands and the line: not a blank canvas...
  expect(drawn.painted / (drawn.width * drawn.height)).toBeGreaterThan(0.02);
  // ...and the line and its points (one point, for a single score) in the theme's primary.
  expect(drawn.inPrimary).toBeGreaterThanOrEqual(10);
}

/** Moves the pointer along the middle of a chart, so tooltips come and go. */
async function hoverAcross(page: Page, chart: Locator): Promise<void> {
  await chart.scrollIntoViewIfNeeded();
  const box = await chart.boundingBox();
  if (!box) return;
  for (let step = 1; step < 10; step += 1) {
    for (const height of [0.25, 0.5, 0.75]) {
      await page.mouse.move(box.x + (box.width * step) / 10, box.y + box.height * height);
    }
  }
  await page.mouse.move(0, 0);
}

/** The theme's error colours, as the page resolves them now. */
async function errorColours(
  page: Page,
): Promise<{ border: string; background: string; text: string }> {
  return page.evaluate(() => {
    const resolve = (token: string) => {
      const probe = document.createElement('span');
      probe.hidden = true;
      document.body.appendChild(probe);
      probe.style.color = `var(${token}, transparent)`;
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    };
    return {
      border: resolve('--mat-sys-error'),
      background: resolve('--mat-sys-error-container'),
      text: resolve('--mat-sys-on-error-container'),
    };
  });
}

async function coloursOf(
  element: Locator,
): Promise<{ border: string; background: string; text: string }> {
  return element.evaluate((node) => {
    const style = getComputedStyle(node);
    return { border: style.borderTopColor, background: style.backgroundColor, text: style.color };
  });
}

function isFocused(element: Locator): Promise<boolean> {
  return element.evaluate((node) => node === document.activeElement);
}

/**
 * The client in the next MeasureRecord answer the page receives: what the server said, read
 * once the whole body has arrived.
 */
async function measureRecordAnswer(page: Page): Promise<unknown> {
  const request = await page.waitForEvent('requestfinished', {
    predicate: (candidate) =>
      candidate.url().endsWith('/graphql') &&
      candidate.postDataJSON()?.operationName === 'MeasureRecord',
  });
  const response = await request.response();
  const body = (await response!.json()) as { data: { client: unknown } };
  return body.data.client;
}

/** Records securitypolicyviolation events from the first script of every page load. */
async function watchPolicyViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportMeasuresPolicyViolation', (violation: string) => {
    violations.push(violation);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (text: string) => void>)[
        'reportMeasuresPolicyViolation'
      ];
      report?.(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} ${event.sample}`,
      );
    });
  });
  return violations;
}

/** Complete scores of one measure in the API's answer, oldest first. */
function completeScores(api: MeasureRecordAnswer, instrument: StandardMeasure) {
  return api.measureResponses
    .filter((response) => response.instrument === instrument && response.isComplete)
    .map(({ administeredOn, total }) => ({ administeredOn, total: total! }))
    .sort(byDay);
}

function byDay(first: { administeredOn: string }, second: { administeredOn: string }): number {
  return first.administeredOn.localeCompare(second.administeredOn);
}

/** ISO days as the browser shows calendar days in its own language: "Nov 29, 2026". */
function formatDays(page: Page, days: readonly string[]): Promise<string[]> {
  return page.evaluate((isoDays) => {
    const format = new Intl.DateTimeFormat(undefined, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    return isoDays.map((day) => {
      const [year, month, date] = day.split('-').map(Number);
      return format.format(new Date(Date.UTC(year, month - 1, date)));
    });
  }, days);
}

/** The local calendar day of an instant (the browser runs in this machine's time zone). */
function localDay(instant: string): string {
  const date = new Date(instant);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A change from baseline as a clinician says it: "3 points lower". */
function describePoints(change: number): string {
  if (change === 0) return 'no change';
  return `${Math.abs(change)} ${Math.abs(change) === 1 ? 'point' : 'points'} ${change < 0 ? 'lower' : 'higher'}`;
}

function againstFifty(tScore: number): string {
  const rounded = Math.round(tScore * 10) / 10;
  if (rounded === 50) return 'at the expected level';
  return rounded > 50 ? 'above the expected level' : 'below the expected level';
}

/** An element's text as it reads on screen, spaces between its parts. */
async function words(element: Locator): Promise<string> {
  return normalise(await element.innerText());
}

/** The names of a radio group's answers, in the order they are read out. */
async function answerNames(group: Locator): Promise<string[]> {
  const snapshot = await group.ariaSnapshot();
  return [...snapshot.matchAll(/- radio "([^"]+)"/g)].map((match) => match[1]);
}

function normalise(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
