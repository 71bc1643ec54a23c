import type { HarnessLoader } from '@angular/cdk/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatButtonToggleGroupHarness } from '@angular/material/button-toggle/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSlideToggleHarness } from '@angular/material/slide-toggle/testing';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';

import { localIsoDate } from '../../shared/relative-day';
import {
  aGasReview,
  aGoal,
  aProgressEntry,
  samsRecord,
} from '../data-access/client-record.fixture';
import { readableText, renderClientPage, type RenderedClientPage } from './client-page.testing';

describe('ClientPage small wins, setbacks and GAS reviews', () => {
  let page: RenderedClientPage;
  const today = localIsoDate(new Date());

  beforeEach(async () => {
    page = await renderClientPage();
  });

  afterEach(() => page.backend.verify());

  async function field(loader: HarnessLoader, label: string): Promise<MatInputHarness> {
    const formField = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: label }),
    );
    return (await formField.getControl(MatInputHarness))!;
  }

  async function openLogWin(): Promise<MatDialogHarness> {
    await (
      await page.loader.getHarness(MatButtonHarness.with({ text: 'Log a small win' }))
    ).click();
    await page.settle();
    return page.documentLoader.getHarness(MatDialogHarness);
  }

  function firstTimelineItem(): string {
    return readableText(page.fixture.nativeElement.querySelector('[data-timeline-item]'));
  }

  it('logging a small win puts it on the timeline at once, with warm words read politely', async () => {
    const dialog = await openLogWin();
    await (await field(dialog, 'In their words')).setValue('Walked to the river and back');
    await (await dialog.getHarness(MatSelectHarness)).clickOptions({ text: 'Movement' });
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Log a small win' }))).click();
    await page.settle();

    expect(await page.documentLoader.hasHarness(MatDialogHarness)).toBe(false);
    expect(firstTimelineItem()).toContain('Small win');
    expect(firstTimelineItem()).toContain('Walked to the river and back');
    expect(firstTimelineItem()).toContain('Saving…');
    const snackBar = await page.documentLoader.getHarness(MatSnackBarHarness);
    expect(await snackBar.getMessage()).toBe('Small win logged. Every step counts.');
    expect(await snackBar.getAriaLive()).toBe('polite');

    const log = page.backend.expectOne('LogProgressEntry');
    expect(log.operation.variables).toEqual({
      clientId: 'client-sam',
      input: {
        kind: 'WIN',
        category: 'MOVEMENT',
        clientWords: 'Walked to the river and back',
        isEffort: false,
        occurredOn: today,
        goalId: null,
      },
    });
    log.flushData({
      logProgressEntry: aProgressEntry('entry-river', 'Walked to the river and back', {
        category: 'MOVEMENT',
        occurredOn: today,
      }),
    });
    await page.settle();
    expect(firstTimelineItem()).not.toContain('Saving…');
    expect(readableText(page.fixture.nativeElement.querySelector('wp-progress-strip'))).toContain(
      '2 small wins logged',
    );
  });

  it('a win that was the trying says so, in strengths-based words', async () => {
    const dialog = await openLogWin();
    await (await field(dialog, 'In their words')).setValue('Tried the bus on my own');
    await (await dialog.getHarness(MatSlideToggleHarness)).check();
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Log a small win' }))).click();
    await page.settle();

    expect(await page.snackBarMessage()).toBe('Logged: they tried, and that counts.');
    expect(firstTimelineItem()).toContain('Small win: the trying');
    expect(firstTimelineItem()).toContain('They tried something new, and the trying counts.');
    expect(
      page.backend.expectOne('LogProgressEntry').operation.variables['input']['isEffort'],
    ).toBe(true);
  });

  it('a win that cannot be saved leaves the timeline again, and "Open it again" brings back what was typed', async () => {
    const dialog = await openLogWin();
    await (await field(dialog, 'In their words')).setValue('Made a phone call');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Log a small win' }))).click();
    await page.settle();

    page.backend.expectOne('LogProgressEntry').graphqlErrors([
      {
        message: "The client's words can be at most 1000 characters",
        extensions: { code: 'BAD_USER_INPUT', field: 'clientWords' },
      },
    ]);
    await page.settle();

    expect(firstTimelineItem()).not.toContain('Made a phone call');
    const snackBar = await page.documentLoader.getHarness(MatSnackBarHarness);
    expect(await snackBar.getMessage()).toContain("That small win couldn't be saved");
    await snackBar.dismissWithAction();
    await page.settle();

    const reopened = await page.documentLoader.getHarness(MatDialogHarness);
    expect(await (await field(reopened, 'In their words')).getValue()).toBe('Made a phone call');
    const words = await reopened.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'In their words' }),
    );
    expect(await words.getTextErrors()).toEqual([
      "The client's words can be at most 1000 characters",
    ]);
  });

  it('logs a setback in neutral words, and refuses a day in the future before sending', async () => {
    await (await page.loader.getHarness(MatButtonHarness.with({ text: 'Log a setback' }))).click();
    await page.settle();
    const dialog = await page.documentLoader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Log a setback');
    expect(
      await (await dialog.getHarness(MatButtonToggleGroupHarness)).getToggles({ checked: true }),
    ).toHaveLength(1);
    expect(await dialog.hasHarness(MatSlideToggleHarness)).toBe(false);

    await (await field(dialog, 'In their words')).setValue('Stayed in all weekend');
    await (await field(dialog, 'When it happened')).setValue('2999-01-01');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Log a setback' }))).click();
    await page.settle();

    const day = await dialog.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'When it happened' }),
    );
    expect(await day.getTextErrors()).toEqual(['Choose today or a day before it']);
    page.backend.expectNone('LogProgressEntry');
  });

  it('a GAS review rates every active goal against its own levels, then shows the T-score', async () => {
    await (await page.loader.getHarness(MatButtonHarness.with({ text: 'GAS review' }))).click();
    await page.settle();
    const dialog = await page.documentLoader.getHarness(MatDialogHarness);

    const groups = await dialog.getAllHarnesses(MatRadioGroupHarness);
    expect(groups).toHaveLength(1); // the completed goal is not rated
    const levels = await groups[0].getRadioButtons();
    expect(await Promise.all(levels.map((level) => level.getLabelText()))).toEqual([
      '−2 Much less than expected No walks in a week',
      '−1 Somewhat less than expected One walk in a week',
      '0 The expected outcome Three walks in a week',
      '+1 Somewhat more than expected Three walks, one longer than half an hour',
      '+2 Much more than expected Walking most days without talking myself into it',
    ]);

    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Record review' }))).click();
    await page.settle();
    expect(readableText(document.querySelector('mat-dialog-container')!)).toContain(
      'Choose a level for this goal',
    );
    page.backend.expectNone('RecordGasReview');

    await groups[0].checkRadioButton({ label: /^\+2/ });
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Record review' }))).click();
    await page.settle();

    const record = page.backend.expectOne('RecordGasReview');
    expect(record.operation.variables['input']).toEqual({
      clientId: 'client-sam',
      reviewedOn: today,
      ratings: [{ goalId: 'goal-walk', level: 2 }],
    });
    record.flushData({
      recordGasReview: aGasReview('review-2', today, 66.3, [
        { goalId: 'goal-walk', level: 2, weight: 2 },
      ]),
    });
    await page.settle();

    const result = readableText(document.querySelector('mat-dialog-container')!);
    expect(result).toContain('Review recorded');
    expect(result).toContain('T-score 66.3');
    expect(result).toContain('At their first review, on Mar 12, 2026, it was 56.1.');
    expect(document.activeElement?.textContent?.trim()).toBe('Review recorded');
    expect(
      readableText(page.fixture.nativeElement.querySelector('[data-goal="goal-walk"]')),
    ).toContain('+2 Much more than expected');
  });

  it('a review dated before the last one takes its place by day, as the server lists it', async () => {
    await (await page.loader.getHarness(MatButtonHarness.with({ text: 'GAS review' }))).click();
    await page.settle();
    const dialog = await page.documentLoader.getHarness(MatDialogHarness);
    await (await field(dialog, 'Reviewed on')).setValue('2026-03-05');
    await (await dialog.getHarness(MatRadioGroupHarness)).checkRadioButton({ label: /^−1/ });
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Record review' }))).click();
    await page.settle();

    page.backend.expectOne('RecordGasReview').flushData({
      recordGasReview: aGasReview('review-0', '2026-03-05', 40, [
        { goalId: 'goal-walk', level: -1, weight: 2 },
      ]),
    });
    await page.settle();

    // It is the first review now, so there is no earlier one to compare it with.
    const result = readableText(document.querySelector('mat-dialog-container')!);
    expect(result).toContain('T-score 40.0');
    expect(result).not.toContain('At their first review');
    // The latest review is still the one of 12 March.
    const strip = readableText(page.fixture.nativeElement.querySelector('wp-progress-strip'));
    expect(strip).toContain('56.1 GAS T-score at the last review from 40.0 at the first');
    expect(
      readableText(page.fixture.nativeElement.querySelector('[data-goal="goal-walk"]')),
    ).toContain('+1 Somewhat more than expected');
  });

  it('edits an entry over the version it was read at', async () => {
    const menu = await page.loader.getHarness(
      MatMenuHarness.with({ selector: '[data-entry-menu="entry-sun"]' }),
    );
    await menu.clickItem({ text: 'Edit' });
    await page.settle();
    const dialog = await page.documentLoader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Edit this gratitude');

    await (await field(dialog, 'In their words')).setValue('Sun on the kitchen table, and tea');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Save' }))).click();
    await page.settle();

    const update = page.backend.expectOne('UpdateProgressEntry');
    expect(update.operation.variables).toEqual(
      expect.objectContaining({ id: 'entry-sun', version: 1 }),
    );
    update.flushData({
      updateProgressEntry: {
        ...samsRecord().progressEntries[2],
        version: 2,
        clientWords: 'Sun on the kitchen table, and tea',
      },
    });
    await page.settle();
    expect(page.text()).toContain('Sun on the kitchen table, and tea');
  });
});

describe('ClientPage GAS reviews of goals without their levels described', () => {
  let page: RenderedClientPage;

  afterEach(() => page.backend.verify());

  function gasReviewHint(): string {
    return readableText(page.fixture.nativeElement.querySelector('#gas-review-hint'));
  }

  it('leaves out an active goal with no levels, which the server would refuse to rate', async () => {
    const record = samsRecord();
    const sleeping = aGoal('goal-sleep', 'Sleep before midnight', { gasLevels: null });
    page = await renderClientPage({ ...record, goals: [...record.goals, sleeping] });

    expect(gasReviewHint()).toContain(
      'One active goal has no levels described, so it is not rated. Describe its levels under “Edit goal”.',
    );
    await (await page.loader.getHarness(MatButtonHarness.with({ text: 'GAS review' }))).click();
    await page.settle();
    const dialog = await page.documentLoader.getHarness(MatDialogHarness);
    const groups = await dialog.getAllHarnesses(MatRadioGroupHarness);
    expect(groups).toHaveLength(1);
    await groups[0].checkRadioButton({ label: /^0/ });
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Record review' }))).click();
    await page.settle();

    const review = page.backend.expectOne('RecordGasReview');
    expect(review.operation.variables['input']).toEqual(
      expect.objectContaining({ ratings: [{ goalId: 'goal-walk', level: 0 }] }),
    );
    review.flushData({
      recordGasReview: aGasReview('review-2', localIsoDate(new Date()), 50, [
        { goalId: 'goal-walk', level: 0, weight: 2 },
      ]),
    });
    await page.settle();
  });

  it('offers no review while no active goal has its levels described', async () => {
    const sleeping = aGoal('goal-sleep', 'Sleep before midnight', { gasLevels: null });
    page = await renderClientPage(samsRecord({ goals: [sleeping], gasReviews: [] }));

    const button = await page.loader.getHarness(MatButtonHarness.with({ text: 'GAS review' }));
    expect(await button.isDisabled()).toBe(true);
    expect(gasReviewHint()).toContain(
      'A GAS review rates active goals with their levels described; there are none yet.',
    );
    await button.click();
    await page.settle();
    expect(await page.documentLoader.hasHarness(MatDialogHarness)).toBe(false);
  });
});
