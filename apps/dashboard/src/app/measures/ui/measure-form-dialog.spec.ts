import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { GAD7_QUESTIONNAIRE, PHQ9_QUESTIONNAIRE, type StandardMeasure } from '@waypoint/shared';

import { provideLayoutFreeInteractivity } from '../../shared/layout-free-interactivity';
import { formatCalendarDay } from '../../clients/ui/calendar-day';
import type { FormProblem } from '../../clients/ui/form-problems';
import {
  MeasureFormDialog,
  type MeasureFormDialogData,
  type MeasureFormValue,
} from './measure-form-dialog';

@Component({ template: '' })
class DialogHost {}

const today = '2026-03-14';

describe('MeasureFormDialog', () => {
  let fixture: ComponentFixture<DialogHost>;
  let loader: HarnessLoader;
  let saved: MeasureFormValue[];
  let answer: FormProblem | null;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        provideLayoutFreeInteractivity(),
      ],
    });
    fixture = TestBed.createComponent(DialogHost);
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    saved = [];
    answer = null;
  });

  async function open(
    instrument: StandardMeasure,
    options: Partial<MeasureFormDialogData> = {},
  ): Promise<MatDialogHarness> {
    TestBed.inject(MatDialog).open(MeasureFormDialog, {
      data: {
        instrument,
        draft: null,
        isContinuingDraft: false,
        today,
        save: async (value: MeasureFormValue) => {
          saved.push(value);
          return answer;
        },
        ...options,
      } satisfies MeasureFormDialogData,
    });
    await fixture.whenStable();
    return loader.getHarness(MatDialogHarness);
  }

  function dialogText(): string {
    return document.querySelector('mat-dialog-container')?.textContent?.replace(/\s+/g, ' ') ?? '';
  }

  async function answerItems(dialog: MatDialogHarness, label: string, count: number) {
    const groups = await dialog.getAllHarnesses(MatRadioGroupHarness);
    for (const group of groups.slice(0, count)) await group.checkRadioButton({ label });
  }

  async function submitButton(dialog: MatDialogHarness): Promise<MatButtonHarness> {
    return dialog.getHarness(MatButtonHarness.with({ selector: '[type="submit"]' }));
  }

  it('shows the PHQ-9 as published: the stem, every item word for word and the four answers', async () => {
    const dialog = await open('PHQ9');

    expect(dialogText()).toContain(
      'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
    );
    const legends = Array.from(document.querySelectorAll('.item legend'), (legend) =>
      legend.textContent?.replace(/^\s*\d+\.\s*/, '').trim(),
    );
    expect(legends).toEqual([...PHQ9_QUESTIONNAIRE.items]);
    expect(legends[8]).toBe(
      'Thoughts that you would be better off dead or of hurting yourself in some way',
    );

    const groups = await dialog.getAllHarnesses(MatRadioGroupHarness);
    // Nine items, then the difficulty question.
    expect(groups).toHaveLength(10);
    for (const group of groups.slice(0, 9)) {
      const buttons = await group.getRadioButtons();
      expect(await Promise.all(buttons.map((button) => button.getLabelText()))).toEqual([
        'Not at all',
        'Several days',
        'More than half the days',
        'Nearly every day',
      ]);
    }
    const difficulty = await groups[9].getRadioButtons();
    expect(await Promise.all(difficulty.map((button) => button.getLabelText()))).toEqual([
      'Not difficult at all',
      'Somewhat difficult',
      'Very difficult',
      'Extremely difficult',
    ]);
    expect(dialogText()).toContain('recorded, not added to the total');
  });

  it('shows the GAD-7 with its own stem, seven items and no difficulty question', async () => {
    const dialog = await open('GAD7');

    expect(dialogText()).toContain(GAD7_QUESTIONNAIRE.stem);
    expect(dialogText()).not.toContain('any of the following');
    expect(await dialog.getAllHarnesses(MatRadioGroupHarness)).toHaveLength(7);
    expect(dialogText()).toContain('Feeling nervous, anxious or on edge');
  });

  it('shows no total until every item is answered, then the total and band, and records it', async () => {
    const dialog = await open('PHQ9');
    expect(dialogText()).toContain('0 of 9 answered. The total shows once every item is answered.');
    expect(await (await submitButton(dialog)).getText()).toBe('Save as draft');

    await answerItems(dialog, 'Several days', 8);
    expect(dialogText()).toContain('8 of 9 answered');
    expect(dialogText()).not.toContain('Total');

    await answerItems(dialog, 'Several days', 9);
    expect(dialogText()).toContain('Total 9 of 27 · Mild');
    const submit = await submitButton(dialog);
    expect(await submit.getText()).toBe('Record PHQ-9');

    await submit.click();
    await fixture.whenStable();
    expect(saved).toEqual([
      { administeredOn: today, answers: [1, 1, 1, 1, 1, 1, 1, 1, 1], difficulty: null },
    ]);
    expect(await loader.hasHarness(MatDialogHarness)).toBe(false);
  });

  it('records the difficulty answer beside the items, never in the total', async () => {
    const dialog = await open('PHQ9');
    await answerItems(dialog, 'Not at all', 9);
    const groups = await dialog.getAllHarnesses(MatRadioGroupHarness);
    await groups[9].checkRadioButton({ label: 'Very difficult' });

    expect(dialogText()).toContain('Total 0 of 27 · Minimal');
    await (await submitButton(dialog)).click();
    expect(saved[0].answers).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(saved[0].difficulty).toBe(2);
  });

  it('saves a form left incomplete as a draft, with the unanswered items left open', async () => {
    const dialog = await open('PHQ9');
    await answerItems(dialog, 'More than half the days', 3);

    const submit = await submitButton(dialog);
    expect(await submit.getText()).toBe('Save as draft');
    await submit.click();
    await fixture.whenStable();

    expect(saved).toEqual([
      {
        administeredOn: today,
        answers: [2, 2, 2, null, null, null, null, null, null],
        difficulty: null,
      },
    ]);
    expect(await loader.hasHarness(MatDialogHarness)).toBe(false);
  });

  it('does not save a draft with nothing answered', async () => {
    const dialog = await open('GAD7');
    await (await submitButton(dialog)).click();

    expect(saved).toEqual([]);
    expect(dialogText()).toContain('Choose an answer for at least one item to save a draft.');
    expect(await loader.hasHarness(MatDialogHarness)).toBe(true);
  });

  it('continues a draft where it was left, keeping its day', async () => {
    const dialog = await open('PHQ9', {
      isContinuingDraft: true,
      draft: {
        administeredOn: '2026-03-10',
        answers: [3, 2, null, null, null, null, null, null, null],
        difficulty: null,
      },
    });

    expect(await dialog.getTitleText()).toBe(
      `Continue the PHQ-9 from ${formatCalendarDay('2026-03-10')}`,
    );
    const groups = await dialog.getAllHarnesses(MatRadioGroupHarness);
    expect(await groups[0].getCheckedValue()).toBe('3');
    expect(await groups[2].getCheckedValue()).toBeNull();
    expect(dialogText()).toContain('2 of 9 answered');

    await answerItems(dialog, 'Not at all', 9);
    await (await submitButton(dialog)).click();
    expect(saved[0]).toEqual({
      administeredOn: '2026-03-10',
      answers: [0, 0, 0, 0, 0, 0, 0, 0, 0],
      difficulty: null,
    });
  });

  it('says, calmly, that an item 9 answer above 0 will ask for a safety review', async () => {
    const dialog = await open('PHQ9');
    expect(dialogText()).not.toContain('safety review');

    const groups = await dialog.getAllHarnesses(MatRadioGroupHarness);
    await groups[8].checkRadioButton({ label: 'Several days' });

    expect(dialogText()).toContain(
      "Once saved, this answer shows a safety review on the client's page until a clinician records their review.",
    );
  });

  it("puts the server's words on the item it names", async () => {
    answer = { field: 'answers.2', message: 'Item 3 of the PHQ-9 must be from 0 to 3, not 7.' };
    const dialog = await open('PHQ9');
    await answerItems(dialog, 'Several days', 3);
    await (await submitButton(dialog)).click();
    await fixture.whenStable();

    const itemThree = document.querySelector('[data-item="3"]')?.textContent ?? '';
    expect(itemThree).toContain('Item 3 of the PHQ-9 must be from 0 to 3, not 7.');
    expect(await loader.hasHarness(MatDialogHarness)).toBe(true);
  });
});
