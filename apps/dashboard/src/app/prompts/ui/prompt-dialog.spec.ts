import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';

import type { FormProblem } from '../../clients/ui/form-problems';
import { provideLayoutFreeInteractivity } from '../../shared/layout-free-interactivity';
import { PromptDialog, type PromptDialogData, type PromptValue } from './prompt-dialog';

@Component({ template: '' })
class DialogHost {}

describe('PromptDialog', () => {
  let fixture: ComponentFixture<DialogHost>;
  let loader: HarnessLoader;
  let saved: PromptValue[];
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

  async function open(prompt: PromptValue | null = null): Promise<MatDialogHarness> {
    TestBed.inject(MatDialog).open(PromptDialog, {
      data: {
        prompt,
        save: async (value: PromptValue) => {
          saved.push(value);
          return answer;
        },
      } satisfies PromptDialogData,
    });
    await fixture.whenStable();
    return loader.getHarness(MatDialogHarness);
  }

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function promptField(dialog: MatDialogHarness): Promise<MatFormFieldHarness> {
    return dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'The prompt' }));
  }

  async function promptInput(dialog: MatDialogHarness): Promise<MatInputHarness> {
    return (await (await promptField(dialog)).getControl(MatInputHarness))!;
  }

  async function situation(dialog: MatDialogHarness, label: string): Promise<MatCheckboxHarness> {
    return dialog.getHarness(MatCheckboxHarness.with({ label }));
  }

  async function submit(dialog: MatDialogHarness): Promise<void> {
    await (await dialog.getHarness(MatButtonHarness.with({ selector: '[type="submit"]' }))).click();
    await settle();
  }

  function dialogText(): string {
    return document.querySelector('mat-dialog-container')?.textContent?.replace(/\s+/g, ' ') ?? '';
  }

  it('refuses to save a prompt with no words and no situation, and says what is missing', async () => {
    const dialog = await open();

    await (await promptInput(dialog)).setValue('   ');
    await submit(dialog);

    expect(saved).toEqual([]);
    expect(await (await promptField(dialog)).getTextErrors()).toEqual(['Write the prompt']);
    expect(dialogText()).toContain('Choose at least one situation that makes it relevant');
    expect(await loader.hasHarness(MatDialogHarness)).toBe(true);
  });

  it('refuses a prompt with words but no situation and takes focus to the situations', async () => {
    const dialog = await open();

    await (await promptInput(dialog)).setValue('What helped this week?');
    await submit(dialog);

    expect(saved).toEqual([]);
    expect(dialogText()).toContain('Choose at least one situation that makes it relevant');
    // Focus goes to the first situation, so the problem is met where it can be fixed.
    expect(document.activeElement).toBe(
      document.querySelector('mat-dialog-container .situations input[type="checkbox"]'),
    );
  });

  it('counts the characters and refuses a prompt longer than 300', async () => {
    const dialog = await open();
    const input = await promptInput(dialog);

    await input.setValue('Why?');
    expect(await (await promptField(dialog)).getTextHints()).toEqual(['4 / 300']);

    await input.setValue('a'.repeat(301));
    await (await situation(dialog, 'Any session')).check();
    await submit(dialog);

    expect(saved).toEqual([]);
    expect(await (await promptField(dialog)).getTextErrors()).toEqual([
      'Keep it to 300 characters or fewer',
    ]);
  });

  it('saves the trimmed words with the chosen situations in the library order, then closes', async () => {
    const dialog = await open();

    await (await promptInput(dialog)).setValue('  What went better than you expected?  ');
    await (await situation(dialog, 'Small win logged')).check();
    await (await situation(dialog, 'First session')).check();
    await submit(dialog);

    expect(saved).toEqual([
      { text: 'What went better than you expected?', situations: ['FIRST_SESSION', 'WIN_LOGGED'] },
    ]);
    expect(await loader.hasHarness(MatDialogHarness)).toBe(false);
  });

  it('opens on the prompt being edited, with its situations ticked', async () => {
    const dialog = await open({ text: 'What kept you going?', situations: ['SETBACK_LOGGED'] });

    expect(await dialog.getTitleText()).toBe('Edit your prompt');
    expect(await (await promptInput(dialog)).getValue()).toBe('What kept you going?');
    expect(await (await situation(dialog, 'Setback logged')).isChecked()).toBe(true);
    expect(await (await situation(dialog, 'Any session')).isChecked()).toBe(false);
  });

  it("shows the server's words beside the field it names and stays open", async () => {
    const dialog = await open();
    answer = { field: 'input.text', message: 'The prompt cannot be only spaces' };

    await (await promptInput(dialog)).setValue('Something');
    await (await situation(dialog, 'Any session')).check();
    await submit(dialog);

    expect(saved).toHaveLength(1);
    expect(await (await promptField(dialog)).getTextErrors()).toEqual([
      'The prompt cannot be only spaces',
    ]);
    expect(await loader.hasHarness(MatDialogHarness)).toBe(true);
  });

  it('shows a problem that names no field above the form', async () => {
    const dialog = await open();
    answer = { field: null, message: 'This prompt was changed somewhere else.' };

    await (await promptInput(dialog)).setValue('Something');
    await (await situation(dialog, 'Any session')).check();
    await submit(dialog);

    expect(document.querySelector('mat-dialog-container [role="alert"]')?.textContent).toContain(
      'This prompt was changed somewhere else.',
    );
  });
});
