import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatChipListboxHarness } from '@angular/material/chips/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSlideToggleHarness } from '@angular/material/slide-toggle/testing';
import { ApolloTestingController } from 'apollo-angular/testing';

import { LoadedApolloTestingModule } from '../../shared/apollo-on-demand.testing';
import { provideLayoutFreeInteractivity } from '../../shared/layout-free-interactivity';
import { aPrompt } from '../data-access/prompts.fixture';
import { PromptLibraryPage } from './prompt-library-page';

const ownWalk = aPrompt('prompt-own-walk', 'How did the walks go this week?', ['WIN_LOGGED'], {
  version: 2,
});
const ownRough = aPrompt('prompt-own-rough', 'What got you through the rough days?', [
  'SETBACK_LOGGED',
  'NO_RECENT_PROGRESS',
]);
const builtInUseful = aPrompt('builtin-first-useful', 'What would you notice changing?', [
  'FIRST_SESSION',
]);
const builtInSetback = aPrompt('builtin-setback-coped', 'How did you cope when it was hard?', [
  'SETBACK_LOGGED',
]);
const builtInScale = aPrompt('builtin-any-scale', 'Where are you today, from 0 to 10?', [
  'ANY_SESSION',
]);
const builtInHidden = aPrompt(
  'builtin-any-exception',
  'When was the problem a little smaller?',
  ['ANY_SESSION'],
  { isHidden: true },
);
const library = [ownWalk, ownRough, builtInUseful, builtInSetback, builtInScale, builtInHidden];

describe('PromptLibraryPage', () => {
  let fixture: ComponentFixture<PromptLibraryPage>;
  let loader: HarnessLoader;
  let documentLoader: HarnessLoader;
  let backend: ApolloTestingController;

  async function render(prompts: readonly ReturnType<typeof aPrompt>[] = library): Promise<void> {
    fixture = TestBed.createComponent(PromptLibraryPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await fixture.whenStable();
    backend.expectOne('PromptLibraryPage').flushData({ prompts });
    await settle();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [LoadedApolloTestingModule],
      providers: [
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        provideLayoutFreeInteractivity(),
      ],
    });
    backend = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => backend.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  /**
   * Settles until the page shows what a test waits for: the mutation's answer reaches the
   * cache and the page through a few asynchronous steps, more of them on a busy machine.
   */
  async function settleUntil(isShown: () => boolean): Promise<void> {
    for (let attempt = 0; attempt < 50 && !isShown(); attempt++) await settle();
  }

  /** An element's text as it reads, each text node separated by one space. */
  function textOf(element: Element | null | undefined): string {
    if (!element) return '';
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const pieces: string[] = [];
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const piece = node.textContent?.replace(/\s+/g, ' ').trim();
      if (piece) pieces.push(piece);
    }
    return pieces.join(' ');
  }

  /** Each shown prompt of a group, as it reads: its words, then its situations. */
  function group(heading: string): string[] {
    const section = Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll('section'),
    ).find((each) => textOf(each.querySelector('h2')) === heading);
    return Array.from(section?.querySelectorAll('.prompt') ?? [], (prompt) => textOf(prompt));
  }

  function promptElement(id: string): HTMLElement | null {
    return (fixture.nativeElement as HTMLElement).querySelector(`[data-prompt="${id}"]`);
  }

  async function button(label: string): Promise<MatButtonHarness> {
    return loader.getHarness(MatButtonHarness.with({ selector: `[aria-label="${label}"]` }));
  }

  async function showHidden(): Promise<void> {
    await (await loader.getHarness(MatSlideToggleHarness.with({ label: 'Show hidden' }))).check();
    await settle();
  }

  async function openDialog(trigger: MatButtonHarness): Promise<MatDialogHarness> {
    await trigger.click();
    await settle();
    return documentLoader.getHarness(MatDialogHarness);
  }

  async function promptInput(dialog: MatDialogHarness): Promise<MatInputHarness> {
    return dialog.getHarness(MatInputHarness.with({ selector: 'textarea' }));
  }

  function summary(): string {
    return textOf((fixture.nativeElement as HTMLElement).querySelector('.summary'));
  }

  it("groups the clinician's own prompts apart from Waypoint's, with situations in words", async () => {
    await render();

    expect(group('Your prompts')).toEqual([
      'How did the walks go this week? Small win logged Edit Hide',
      'What got you through the rough days? Setback logged No progress for a while Edit Hide',
    ]);
    expect(group("Waypoint's prompts")).toEqual([
      'What would you notice changing? First session Hide',
      'How did you cope when it was hard? Setback logged Hide',
      'Where are you today, from 0 to 10? Any session Hide',
    ]);
    expect(summary()).toBe('Showing 5 prompts. 1 hidden prompt is not shown.');
  });

  it("offers Hide but never Edit on Waypoint's own prompts", async () => {
    await render();

    expect(
      await loader.hasHarness(
        MatButtonHarness.with({ selector: '[aria-label^="Edit “What would"]' }),
      ),
    ).toBe(false);
    expect(await (await button('Hide “What would you notice changing?”')).getText()).toBe('Hide');
    expect(await (await button('Edit “How did the walks go this week?”')).getText()).toBe('Edit');
  });

  it('narrows both groups to the prompts that fit the chosen situation', async () => {
    await render();
    const filters = await loader.getHarness(
      MatChipListboxHarness.with({ selector: '[aria-label="Show prompts that fit"]' }),
    );

    await filters.selectChips({ text: 'Setback logged' });
    await settle();

    expect(group('Your prompts')).toEqual([
      'What got you through the rough days? Setback logged No progress for a while Edit Hide',
    ]);
    expect(group("Waypoint's prompts")).toEqual([
      'How did you cope when it was hard? Setback logged Hide',
    ]);

    await filters.selectChips({ text: 'First session' });
    await settle();
    expect(group('Your prompts')).toEqual([]);
    expect(textOf((fixture.nativeElement as HTMLElement).querySelector('.empty-state'))).toBe(
      'No prompts here for “First session”.',
    );
  });

  it('hiding a prompt sends setPromptHidden and takes it off the list while hidden ones are left out', async () => {
    await render();

    await (await button('Hide “How did you cope when it was hard?”')).click();
    await settle();

    const hide = backend.expectOne('SetPromptHidden');
    expect(hide.operation.variables).toEqual({ id: 'builtin-setback-coped', isHidden: true });
    hide.flushData({
      setPromptHidden: { __typename: 'Prompt', id: 'builtin-setback-coped', isHidden: true },
    });
    await settle();

    expect(promptElement('builtin-setback-coped')).toBeNull();
    expect(summary()).toBe('Showing 4 prompts. 2 hidden prompts are not shown.');
    expect(document.activeElement?.id).toBe('built-in-prompts-heading');

    await showHidden();
    const dimmed = promptElement('builtin-setback-coped');
    expect(dimmed?.classList).toContain('is-hidden');
    expect(textOf(dimmed)).toBe('Hidden How did you cope when it was hard? Setback logged Show');
  });

  it('shows hidden prompts dimmed with a Hidden label, and Show brings one back', async () => {
    await render();
    expect(promptElement('builtin-any-exception')).toBeNull();

    await showHidden();

    expect(promptElement('builtin-any-exception')?.classList).toContain('is-hidden');
    expect(promptElement('builtin-any-scale')?.classList).not.toContain('is-hidden');
    expect(textOf(promptElement('builtin-any-exception'))).toContain(
      'Hidden When was the problem a little smaller?',
    );

    await (await button('Show “When was the problem a little smaller?”')).click();
    await settle();
    const show = backend.expectOne('SetPromptHidden');
    expect(show.operation.variables).toEqual({ id: 'builtin-any-exception', isHidden: false });
    show.flushData({
      setPromptHidden: { __typename: 'Prompt', id: 'builtin-any-exception', isHidden: false },
    });
    await settle();

    expect(promptElement('builtin-any-exception')?.classList).not.toContain('is-hidden');
    expect(textOf(promptElement('builtin-any-exception'))).not.toContain('Hidden');
  });

  it('adding a prompt sends createPrompt with its words and situations and lists it under Your prompts', async () => {
    await render();

    const dialog = await openDialog(
      await loader.getHarness(MatButtonHarness.with({ text: 'Add a prompt' })),
    );
    expect(await dialog.getTitleText()).toBe('Add a prompt');
    await (await promptInput(dialog)).setValue('What are you proud of this week?');
    await (await dialog.getHarness(MatCheckboxHarness.with({ label: 'Milestone ticked' }))).check();
    await (await dialog.getHarness(MatCheckboxHarness.with({ label: 'Small win logged' }))).check();
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Add prompt' }))).click();
    await settle();

    const create = backend.expectOne('CreateOwnPrompt');
    expect(create.operation.variables).toEqual({
      input: {
        text: 'What are you proud of this week?',
        situations: ['MILESTONE_DONE', 'WIN_LOGGED'],
      },
    });
    create.flushData({
      createPrompt: aPrompt('prompt-own-proud', 'What are you proud of this week?', [
        'MILESTONE_DONE',
        'WIN_LOGGED',
      ]),
    });
    const added = 'What are you proud of this week? Milestone ticked Small win logged Edit Hide';
    await settleUntil(() => group('Your prompts').includes(added));

    expect(await documentLoader.hasHarness(MatDialogHarness)).toBe(false);
    expect(group('Your prompts')).toContain(added);
    expect(textOf((fixture.nativeElement as HTMLElement).querySelector('[role="status"]'))).toBe(
      'Your prompt is added.',
    );
  });

  it('editing sends the words over the version it was read at', async () => {
    await render();

    const dialog = await openDialog(await button('Edit “How did the walks go this week?”'));
    expect(await (await promptInput(dialog)).getValue()).toBe('How did the walks go this week?');
    await (await promptInput(dialog)).setValue('How did the walks feel this week?');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Save prompt' }))).click();
    await settle();

    const update = backend.expectOne('UpdateOwnPrompt');
    expect(update.operation.variables).toEqual({
      id: 'prompt-own-walk',
      version: 2,
      input: { text: 'How did the walks feel this week?', situations: ['WIN_LOGGED'] },
    });
    update.flushData({
      updatePrompt: { ...ownWalk, text: 'How did the walks feel this week?', version: 3 },
    });
    await settle();

    expect(await documentLoader.hasHarness(MatDialogHarness)).toBe(false);
    expect(group('Your prompts')[0]).toBe(
      'How did the walks feel this week? Small win logged Edit Hide',
    );
  });

  it('when the prompt was changed elsewhere, says so, reloads it and saves over the new version only when asked again', async () => {
    await render();

    const dialog = await openDialog(await button('Edit “How did the walks go this week?”'));
    await (await promptInput(dialog)).setValue('How did the walks feel?');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Save prompt' }))).click();
    await settle();

    backend.expectOne('UpdateOwnPrompt').graphqlErrors([
      {
        message: 'This prompt was changed by someone else since you opened it',
        extensions: { code: 'CONFLICT', field: 'version' },
      },
    ]);
    await settle();
    const theirs = { ...ownWalk, text: 'How were the walks?', version: 3 };
    backend.expectOne('PromptLibraryPage').flushData({
      prompts: library.map((prompt) => (prompt.id === ownWalk.id ? theirs : prompt)),
    });
    await settle();

    const problem = document.querySelector('mat-dialog-container [role="alert"]');
    expect(textOf(problem)).toBe(
      'This prompt was changed somewhere else after you opened it. It now reads “How were the walks?” (Small win logged). Your wording is still here: choose Save prompt to use yours instead, or Cancel to keep the saved one.',
    );
    expect(await (await promptInput(dialog)).getValue()).toBe('How did the walks feel?');
    expect(group('Your prompts')[0]).toBe('How were the walks? Small win logged Edit Hide');
    backend.expectNone('UpdateOwnPrompt');

    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Save prompt' }))).click();
    await settle();
    const again = backend.expectOne('UpdateOwnPrompt');
    expect(again.operation.variables['version']).toBe(3);
    again.flushData({ updatePrompt: { ...theirs, text: 'How did the walks feel?', version: 4 } });
    await settle();

    expect(await documentLoader.hasHarness(MatDialogHarness)).toBe(false);
  });

  it('says so when there are no prompts of your own yet', async () => {
    await render([builtInUseful]);

    expect(group('Your prompts')).toEqual([]);
    expect(textOf((fixture.nativeElement as HTMLElement).querySelector('.empty-state'))).toBe(
      'You have not added prompts of your own yet. Write one in your own words and choose when it fits.',
    );
  });

  it('when the library cannot be loaded, says so and tries again on request', async () => {
    fixture = TestBed.createComponent(PromptLibraryPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
    backend.expectOne('PromptLibraryPage').networkError(new Error('offline'));
    await settle();

    expect(textOf((fixture.nativeElement as HTMLElement).querySelector('.load-failure h2'))).toBe(
      'The prompt library could not be loaded',
    );
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Try again' }))).click();
    await settle();
    backend.expectOne('PromptLibraryPage').flushData({ prompts: library });
    await settle();

    expect((fixture.nativeElement as HTMLElement).querySelector('.load-failure')).toBeNull();
    expect(group("Waypoint's prompts")).toHaveLength(3);
  });
});
