import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import { TestBed } from '@angular/core/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TEXT_LIMITS } from '@waypoint/shared';

import { aGoal, aMilestone, samsRecord } from '../data-access/client-record.fixture';
import { readableText, renderClientPage, type RenderedClientPage } from './client-page.testing';

describe('ClientPage goals and milestones', () => {
  let page: RenderedClientPage;

  beforeEach(async () => {
    page = await renderClientPage();
  });

  afterEach(() => page.backend.verify());

  function checkbox(title: string): Promise<MatCheckboxHarness> {
    return page.loader.getHarness(MatCheckboxHarness.with({ label: new RegExp(title) }));
  }

  async function field(loader: HarnessLoader, label: string): Promise<MatInputHarness> {
    const formField = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: label }),
    );
    return (await formField.getControl(MatInputHarness))!;
  }

  async function openGoalDialog(buttonText: string, goalId = 'goal-walk') {
    const button = await page.loader.getHarness(
      MatButtonHarness.with({ text: buttonText, ancestor: `[data-goal="${goalId}"]` }),
    );
    await button.click();
    await page.settle();
    return page.documentLoader.getHarness(MatDialogHarness);
  }

  function street(options: Parameters<typeof aMilestone>[3] = {}) {
    return aMilestone('step-street', 'goal-walk', 'Walk to the end of the street', options);
  }

  describe('ticking', () => {
    it('ticking a milestone shows it as done at once and rolls back when the save fails', async () => {
      const step = await checkbox('Walk to the end of the street');

      await step.check();
      await page.settle();

      expect(await step.isChecked()).toBe(true);
      expect(await page.snackBarMessage()).toBe(
        'Ticked off “Walk to the end of the street”. One more step.',
      );
      expect(readableText(page.fixture.nativeElement)).toContain('2 of 3');

      page.backend.expectOne('TickMilestone').networkError(new Error('The connection dropped'));
      await page.settle();

      expect(await step.isChecked()).toBe(false);
      expect(await page.snackBarMessage()).toContain(
        "“Walk to the end of the street” couldn't be ticked off, so it's as it was.",
      );
    });

    it('says so politely, with Undo for 10 seconds, and Undo unticks it', async () => {
      const step = await checkbox('Walk to the end of the street');
      await step.check();
      await page.settle();
      const tick = page.backend.expectOne('TickMilestone');
      expect(tick.operation.variables).toEqual({ id: 'step-street' });
      tick.flushData({
        tickMilestone: street({ version: 2, doneAt: '2026-03-14T09:00:00.000Z' }),
      });
      await page.settle();

      const snackBar = await page.documentLoader.getHarness(MatSnackBarHarness);
      expect(await snackBar.getAriaLive()).toBe('polite');
      expect(await snackBar.getActionDescription()).toBe('Undo');
      await snackBar.dismissWithAction();
      await page.settle();

      expect(await step.isChecked()).toBe(false);
      page.backend
        .expectOne('UntickMilestone')
        .flushData({ untickMilestone: street({ version: 3 }) });
      await page.settle();
      expect(await step.isChecked()).toBe(false);
    });
  });

  describe('removing', () => {
    async function removeStreet(): Promise<void> {
      const menu = await page.loader.getHarness(
        MatMenuHarness.with({ selector: '[data-milestone-menu="step-street"]' }),
      );
      await menu.clickItem({ text: 'Remove' });
      await page.settle();
    }

    it('takes a milestone off at once and brings it back on Undo without asking the server', async () => {
      await removeStreet();

      expect(page.text()).not.toContain('Walk to the end of the street');
      expect(await page.snackBarMessage()).toBe('Removed “Walk to the end of the street”.');
      page.backend.expectNone('RemoveMilestone');

      await (await page.documentLoader.getHarness(MatSnackBarHarness)).dismissWithAction();
      await page.settle();

      expect(page.text()).toContain('Walk to the end of the street');
      page.backend.expectNone('RemoveMilestone');
    });

    it('removes it on the server, over the version it was read at, once the Undo has passed', async () => {
      await removeStreet();

      TestBed.inject(MatSnackBar).dismiss(); // as the 10 seconds running out does
      await page.settle();

      const removal = page.backend.expectOne('RemoveMilestone');
      expect(removal.operation.variables).toEqual({ id: 'step-street', version: 1 });
      removal.flushData({ removeMilestone: true });
      await page.settle();
      expect(page.text()).not.toContain('Walk to the end of the street');
    });
  });

  describe('editing a goal', () => {
    it('sends what was typed over the version the goal was read at', async () => {
      const dialog = await openGoalDialog('Edit goal');
      await (await field(dialog, "The goal in the client's words")).setValue('Walk most days');
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Save goal' }))).click();
      await page.settle();

      const update = page.backend.expectOne('UpdateGoal');
      expect(update.operation.variables['id']).toBe('goal-walk');
      expect(update.operation.variables['version']).toBe(1);
      expect(update.operation.variables['input']).toEqual(
        expect.objectContaining({ clientWords: 'Walk most days', domain: 'HEALTH', weight: 2 }),
      );
      update.flushData({
        updateGoal: { ...samsRecord().goals[0], version: 2, clientWords: 'Walk most days' },
      });
      await page.settle();

      expect(await page.documentLoader.hasHarness(MatDialogHarness)).toBe(false);
      expect(page.text()).toContain('Walk most days');
    });

    it('checks the words are there and not too long before sending anything', async () => {
      const dialog = await openGoalDialog('Edit goal');
      const words = await field(dialog, "The goal in the client's words");

      await words.setValue('   ');
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Save goal' }))).click();
      const wordsField = await dialog.getHarness(
        MatFormFieldHarness.with({ floatingLabelText: "The goal in the client's words" }),
      );
      expect(await wordsField.getTextErrors()).toEqual(['Write the goal as the client said it']);

      await words.setValue('x'.repeat(TEXT_LIMITS.goalClientWords + 1));
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Save goal' }))).click();
      expect(await wordsField.getTextErrors()).toEqual([
        `Keep it to ${TEXT_LIMITS.goalClientWords} characters or fewer`,
      ]);
      page.backend.expectNone('UpdateGoal');
    });

    it("shows the server's words on the field it names", async () => {
      const dialog = await openGoalDialog('Edit goal');
      await (await field(dialog, 'Target date')).setValue('2026-02-01');
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Save goal' }))).click();
      await page.settle();

      page.backend.expectOne('UpdateGoal').graphqlErrors([
        {
          message: 'The target date cannot be before the goal was set (2026-03-03)',
          extensions: { code: 'BAD_USER_INPUT', field: 'targetDate' },
        },
      ]);
      await page.settle();

      const target = await dialog.getHarness(
        MatFormFieldHarness.with({ floatingLabelText: 'Target date' }),
      );
      expect(await target.getTextErrors()).toEqual([
        'The target date cannot be before the goal was set (2026-03-03)',
      ]);
    });

    it('when someone saved the goal first, shows both versions and saves mine over the new one only when asked', async () => {
      const dialog = await openGoalDialog('Edit goal');
      await (await field(dialog, "The goal in the client's words")).setValue('Walk most days');
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Save goal' }))).click();
      await page.settle();

      page.backend.expectOne('UpdateGoal').graphqlErrors([
        {
          message: 'Changed by someone else',
          extensions: { code: 'CONFLICT', field: 'version' },
        },
      ]);
      await page.settle();
      const theirs = samsRecord();
      theirs.goals[0] = { ...theirs.goals[0], version: 2, clientWords: 'Walk to the river' };
      page.backend.expectOne('ClientRecord').flushData({ client: theirs });
      await page.settle();

      const conflict = await page.documentLoader.getHarness(
        MatDialogHarness.with({ selector: '#conflict-dialog' }),
      );
      expect(await conflict.getTitleText()).toBe('This goal was changed while you were editing it');
      const rows = readableText(await conflictTable());
      expect(rows).toContain('The goal in their words Different Walk to the river Walk most days');
      page.backend.expectNone('UpdateGoal');

      await (
        await conflict.getHarness(MatButtonHarness.with({ text: 'Save mine over it' }))
      ).click();
      await page.settle();

      const again = page.backend.expectOne('UpdateGoal');
      expect(again.operation.variables['version']).toBe(2);
      again.flushData({
        updateGoal: { ...theirs.goals[0], version: 3, clientWords: 'Walk most days' },
      });
      await page.settle();
      expect(await page.documentLoader.hasHarness(MatDialogHarness)).toBe(false);
      expect(page.text()).toContain('Walk most days');
    });

    it('keeping the saved version sends nothing more and overwrites nothing', async () => {
      const dialog = await openGoalDialog('Edit goal');
      await (await field(dialog, "The goal in the client's words")).setValue('Walk most days');
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Save goal' }))).click();
      await page.settle();
      page.backend
        .expectOne('UpdateGoal')
        .graphqlErrors([{ message: 'Changed by someone else', extensions: { code: 'CONFLICT' } }]);
      await page.settle();
      const theirs = samsRecord();
      theirs.goals[0] = { ...theirs.goals[0], version: 2, clientWords: 'Walk to the river' };
      page.backend.expectOne('ClientRecord').flushData({ client: theirs });
      await page.settle();

      const conflict = await page.documentLoader.getHarness(
        MatDialogHarness.with({ selector: '#conflict-dialog' }),
      );
      await (
        await conflict.getHarness(MatButtonHarness.with({ text: 'Keep the saved version' }))
      ).click();
      await page.settle();

      page.backend.expectNone('UpdateGoal');
      expect(await page.documentLoader.hasHarness(MatDialogHarness)).toBe(false);
      expect(page.text()).toContain('Walk to the river');
      expect(await page.snackBarMessage()).toBe(
        'Kept the version that was saved. Nothing was overwritten.',
      );
    });

    it('gives focus back to the button that opened the dialog when it closes', async () => {
      const edit = await page.loader.getHarness(
        MatButtonHarness.with({ text: 'Edit goal', ancestor: '[data-goal="goal-walk"]' }),
      );
      await (await edit.host()).focus();
      const dialog = await openGoalDialog('Edit goal');
      expect(document.activeElement?.closest('mat-dialog-container')).not.toBeNull();

      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Cancel' }))).click();
      await page.settle();

      expect(document.activeElement?.getAttribute('data-edit-goal')).toBe('goal-walk');
    });
  });

  describe('status and order', () => {
    it('putting a goal on hold asks for a reason first, then sends it with the version', async () => {
      const dialog = await openGoalDialog('Change status');
      expect(readableText(await dialog.host().then(() => dialogElement()))).toContain('Active');
      const statuses = await dialog.getHarness(MatRadioGroupHarness);
      await statuses.checkRadioButton({ label: 'On hold for now' });
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Change status' }))).click();
      await page.settle();

      const reason = await dialog.getHarness(
        MatFormFieldHarness.with({ floatingLabelText: 'Reason' }),
      );
      expect(await reason.getTextErrors()).toEqual(['Say why the goal is being put on hold']);
      page.backend.expectNone('ChangeGoalStatus');

      await (await field(dialog, 'Reason')).setValue('Knee injury, resting for a month');
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Change status' }))).click();
      await page.settle();

      const change = page.backend.expectOne('ChangeGoalStatus');
      expect(change.operation.variables['input']).toEqual({
        goalId: 'goal-walk',
        version: 1,
        status: 'ON_HOLD',
        reason: 'Knee injury, resting for a month',
      });
      change.flushData({
        changeGoalStatus: { ...samsRecord().goals[0], version: 2, status: 'ON_HOLD' },
      });
      await page.settle();
      expect(await page.documentLoader.hasHarness(MatDialogHarness)).toBe(false);
    });

    it('moving a goal down puts it below the next one at once and saves the new order', async () => {
      const down = await page.loader.getHarness(
        MatButtonHarness.with({ selector: '[data-move-goal="goal-walk-down"]' }),
      );

      await down.click();
      await page.settle();

      const titles = Array.from(
        page.fixture.nativeElement.querySelectorAll('wp-goal-card h3') as NodeListOf<HTMLElement>,
      ).map((title) => title.textContent?.trim());
      expect(titles).toEqual([
        'Cook a proper meal again',
        'Get outside for a walk three times a week',
      ]);
      const reorder = page.backend.expectOne('ReorderGoals');
      expect(reorder.operation.variables).toEqual({
        clientId: 'client-sam',
        goalIds: ['goal-cook', 'goal-walk'],
      });
      reorder.flushData({
        reorderGoals: [
          { __typename: 'Goal', id: 'goal-cook', version: 1 },
          { __typename: 'Goal', id: 'goal-walk', version: 1 },
        ],
      });
      await page.settle();
      expect(document.activeElement?.getAttribute('data-move-goal')).toBe('goal-walk-up');
    });

    it('adds a goal last, in the client words, and moves focus to it', async () => {
      await (await page.loader.getHarness(MatButtonHarness.with({ text: 'Add goal' }))).click();
      await page.settle();
      const dialog = await page.documentLoader.getHarness(MatDialogHarness);
      await (
        await field(dialog, "The goal in the client's words")
      ).setValue('Sleep before midnight');
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Add goal' }))).click();
      await page.settle();

      const create = page.backend.expectOne('CreateGoal');
      expect(create.operation.variables['input']).toEqual(
        expect.objectContaining({ clientId: 'client-sam', status: 'ACTIVE' }),
      );
      create.flushData({ createGoal: aGoal('goal-sleep', 'Sleep before midnight') });
      await page.settle();

      const titles = Array.from(
        page.fixture.nativeElement.querySelectorAll('wp-goal-card h3') as NodeListOf<HTMLElement>,
      ).map((title) => title.textContent?.trim());
      expect(titles.at(-1)).toBe('Sleep before midnight');
      expect(document.activeElement?.textContent?.trim()).toBe('Sleep before midnight');
    });
  });
});

function conflictTable(): HTMLElement {
  return document.querySelector('#conflict-dialog table') as HTMLElement;
}

function dialogElement(): HTMLElement {
  return document.querySelector('mat-dialog-container') as HTMLElement;
}
