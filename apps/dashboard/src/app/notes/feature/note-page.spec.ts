import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter } from '@angular/router';
import { noteToMarkdown } from '@waypoint/shared';
import { ApolloTestingController } from 'apollo-angular/testing';

import { LoadedApolloTestingModule } from '../../shared/apollo-on-demand.testing';
import { readableText } from '../../clients/feature/client-page.testing';
import { provideLayoutFreeInteractivity } from '../../shared/layout-free-interactivity';
import { aNote, aNotePage, aPrivateNote, draftedTexts } from '../data-access/note.fixture';
import { NOTE_SAVE_DELAY_MS } from './note-draft';
import { NotePage } from './note-page';

describe('NotePage', () => {
  let fixture: ComponentFixture<NotePage>;
  let loader: HarnessLoader;
  let documentLoader: HarnessLoader;
  let backend: ApolloTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [LoadedApolloTestingModule],
      providers: [
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        // Typing pauses for a few milliseconds in these specs, not a second and a half.
        { provide: NOTE_SAVE_DELAY_MS, useValue: 10 },
        provideLayoutFreeInteractivity(),
        provideRouter([]),
      ],
    });
    backend = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => backend.verify());

  async function settle(): Promise<void> {
    for (let round = 0; round < 3; round += 1) {
      await new Promise((resolve) => setTimeout(resolve, 15));
      await fixture.whenStable();
    }
  }

  async function render(answer = aNotePage()): Promise<void> {
    fixture = TestBed.createComponent(NotePage);
    fixture.componentRef.setInput('clientId', 'client-1');
    fixture.componentRef.setInput('noteId', 'note-1');
    loader = TestbedHarnessEnvironment.loader(fixture);
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await fixture.whenStable();
    backend.expectOne('NotePage').flushData(answer);
    await settle();
  }

  function page(): HTMLElement {
    return fixture.nativeElement;
  }

  function savingStatus(): string {
    return page().querySelector('[data-saving-status]')?.textContent?.trim() ?? '';
  }

  function section(key: string): Promise<MatInputHarness> {
    return loader.getHarness(MatInputHarness.with({ selector: `[data-note-section="${key}"]` }));
  }

  async function button(text: string | RegExp): Promise<MatButtonHarness> {
    return loader.getHarness(MatButtonHarness.with({ text }));
  }

  async function confirmDialog(): Promise<MatDialogHarness> {
    return documentLoader.getHarness(MatDialogHarness);
  }

  async function typeInto(key: string, text: string): Promise<void> {
    const field = await section(key);
    await field.setValue(text);
  }

  it('opens on the draft: each section of its format, titled and hinted, beside the session record', async () => {
    await render();

    expect(page().querySelector('h1')?.textContent?.trim()).toBe('Progress note, March 12, 2026');
    expect(readableText(page())).toContain('Draft');
    expect(await (await section('subjective')).getValue()).toBe(
      'Subjective drafted from the record.',
    );
    expect(readableText(page())).toContain(
      'What the client reported, in their own words: mood, wins, setbacks, answers.',
    );
    const record = readableText(page().querySelector('wp-session-record-panel') as HTMLElement);
    expect(record).toContain('Small win “Walked to the corner.”');
    expect(record).toContain('PHQ-9 total 11');
    expect(record).toContain('“Opening the curtains first thing.”');
  });

  it('autosaves a section after a pause, over the version it was read at, and then says Saved', async () => {
    await render(aNotePage(aNote({ version: 4 })));

    await typeInto('plan', 'Walk to the corner shop before next session.');
    expect(savingStatus()).toMatch(/Not saved yet|Saving…/);
    await settle();

    const save = backend.expectOne('SaveSessionNote');
    expect(save.operation.variables['version']).toBe(4);
    expect(save.operation.variables['sections']).toContainEqual({
      key: 'plan',
      text: 'Walk to the corner shop before next session.',
    });
    expect(savingStatus()).toBe('Saving…');
    save.flushData({
      saveSessionNote: aNote({
        version: 5,
        texts: { ...draftedTexts('SOAP'), plan: 'Walk to the corner shop before next session.' },
      }),
    });
    await settle();

    expect(savingStatus()).toBe('Saved');
    expect(page().querySelector('[data-saving-status]')?.getAttribute('role')).toBe('status');
  });

  it('on a conflict keeps the typing, shows the saved version beside it, and saves mine over it when asked', async () => {
    await render(aNotePage(aNote({ version: 1 })));

    await typeInto('plan', 'My plan, typed here.');
    await settle();
    backend
      .expectOne('SaveSessionNote')
      .graphqlErrors([{ message: 'Changed elsewhere', extensions: { code: 'CONFLICT' } }]);
    await settle();
    const theirs = { ...draftedTexts('SOAP'), plan: 'Their plan, saved in another tab.' };
    backend.expectOne('NotePage').flushData(aNotePage(aNote({ version: 2, texts: theirs })));
    await settle();

    expect(await (await section('plan')).getValue()).toBe('My plan, typed here.');
    const conflict = page().querySelector('wp-note-conflict') as HTMLElement;
    expect(readableText(conflict)).toContain(
      'Plan Different Their plan, saved in another tab. My plan, typed here.',
    );

    await (await button('Keep mine (save over it)')).click();
    await settle();
    const save = backend.expectOne('SaveSessionNote');
    expect(save.operation.variables['version']).toBe(2);
    expect(save.operation.variables['sections']).toContainEqual({
      key: 'plan',
      text: 'My plan, typed here.',
    });
    save.flushData({
      saveSessionNote: aNote({ version: 3, texts: { ...theirs, plan: 'My plan, typed here.' } }),
    });
    await settle();
    expect(page().querySelector('wp-note-conflict')).toBeNull();
    expect(savingStatus()).toBe('Saved');
  });

  it('taking the saved version after a conflict puts it in the fields and sends nothing', async () => {
    await render();

    await typeInto('plan', 'Mine.');
    await settle();
    backend
      .expectOne('SaveSessionNote')
      .graphqlErrors([{ message: 'Changed elsewhere', extensions: { code: 'CONFLICT' } }]);
    await settle();
    const theirs = { ...draftedTexts('SOAP'), plan: 'Theirs.' };
    backend.expectOne('NotePage').flushData(aNotePage(aNote({ version: 2, texts: theirs })));
    await settle();

    await (await button('Take the saved version')).click();
    await settle();

    expect(await (await section('plan')).getValue()).toBe('Theirs.');
    expect(savingStatus()).toBe('Saved');
  });

  it('signs only after confirming, saving what waits first, and then reads as signed', async () => {
    await render(aNotePage(aNote({ version: 2 })));

    await (await button('Sign note')).click();
    const dialog = await confirmDialog();
    expect(await dialog.getText()).toContain(
      'Signing locks the note; corrections become dated addenda',
    );
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Sign note' }))).click();
    await settle();

    const sign = backend.expectOne('SignSessionNote');
    expect(sign.operation.variables).toEqual({ id: 'note-1', version: 2 });
    sign.flushData({ signSessionNote: aNote({ version: 3, isSigned: true }) });
    await settle();

    expect(readableText(page())).toContain('Signed by Ada Okafor on');
    expect(
      await loader.getAllHarnesses(MatInputHarness.with({ selector: '[data-note-section]' })),
    ).toHaveLength(0);
    expect(document.activeElement?.hasAttribute('data-signed-heading')).toBe(true);
  });

  it('keeps editing when the confirmation is turned down', async () => {
    await render();

    await (await button('Sign note')).click();
    await (
      await (await confirmDialog()).getHarness(MatButtonHarness.with({ text: 'Keep editing' }))
    ).click();
    await settle();

    backend.expectNone('SignSessionNote');
    expect(await section('subjective')).toBeTruthy();
  });

  it("shows the server's words when it refuses to sign an empty note", async () => {
    // jsdom lays nothing out, so it has no scrollIntoView of its own.
    const scrollIntoView = jest.fn();
    Element.prototype.scrollIntoView = scrollIntoView;
    const empty = Object.fromEntries(Object.keys(draftedTexts('SOAP')).map((key) => [key, '']));
    await render(aNotePage(aNote({ texts: empty })));

    await (await button('Sign note')).click();
    await (
      await (await confirmDialog()).getHarness(MatButtonHarness.with({ text: 'Sign note' }))
    ).click();
    await settle();
    backend.expectOne('SignSessionNote').graphqlErrors([
      {
        message: 'An empty note cannot be signed: write at least one section.',
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
    await settle();

    expect(page().querySelector('[data-sign-problem]')?.textContent?.trim()).toBe(
      'An empty note cannot be signed: write at least one section.',
    );
    expect(scrollIntoView.mock.contexts[0]).toBe(page().querySelector('[data-sign-problem]'));
    delete (Element.prototype as Partial<Element>).scrollIntoView;
    expect(await section('subjective')).toBeTruthy();
  });

  it('shows a signed note read-only and adds a dated addendum to it', async () => {
    const addenda = [
      {
        id: 'addendum-1',
        text: 'Corrected the walk distance.',
        createdAt: '2026-03-13T09:00:00.000Z',
        author: { id: 'clinician-1', displayName: 'Ada Okafor' },
      },
    ];
    await render(aNotePage(aNote({ isSigned: true, addenda })));

    expect(readableText(page().querySelector('wp-note-sections-view') as HTMLElement)).toContain(
      'Plan Plan drafted from the record.',
    );
    expect(page().querySelector('[data-sign-note]')).toBeNull();
    expect(page().querySelector('mat-select')).toBeNull();
    expect(readableText(page().querySelector('wp-addenda-list') as HTMLElement)).toContain(
      'Addendum by Ada Okafor',
    );

    const addendum = await loader.getHarness(
      MatInputHarness.with({ selector: '[data-addendum-text]' }),
    );
    await addendum.setValue('The session lasted 45 minutes, not 50.');
    await (await button('Add the addendum')).click();
    await settle();

    const add = backend.expectOne('AddNoteAddendum');
    expect(add.operation.variables).toEqual({
      noteId: 'note-1',
      text: 'The session lasted 45 minutes, not 50.',
    });
    add.flushData({
      addNoteAddendum: {
        __typename: 'NoteAddendum',
        id: 'addendum-2',
        text: 'The session lasted 45 minutes, not 50.',
        createdAt: '2026-03-14T09:00:00.000Z',
        author: { __typename: 'Clinician', id: 'clinician-1', displayName: 'Ada Okafor' },
      },
    });
    await settle();
    backend.expectOne('NotePage').flushData(aNotePage(aNote({ isSigned: true, addenda })));
    await settle();

    expect(await addendum.getValue()).toBe('');
    expect(page().querySelector('[data-page-status]')?.textContent?.trim()).toBe('Addendum added.');
  });

  it('drafts again in another format only after confirming that edits are replaced', async () => {
    await render(aNotePage(aNote({ version: 3 })));
    const format = await loader.getHarness(
      MatSelectHarness.with({ selector: '[data-note-format]' }),
    );

    await format.open();
    await format.clickOptions({ text: /^DAP/ });
    const dialog = await confirmDialog();
    expect(await dialog.getTitleText()).toBe('Draft again in DAP?');
    expect(await dialog.getContentText()).toContain('Your edits to this draft are replaced');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Keep the SOAP draft' }))).click();
    await settle();
    backend.expectNone('ChangeNoteFormat');
    expect(await format.getValueText()).toMatch(/^SOAP/);

    await format.open();
    await format.clickOptions({ text: /^DAP/ });
    await (
      await (
        await confirmDialog()
      ).getHarness(MatButtonHarness.with({ text: 'Draft again in DAP' }))
    ).click();
    await settle();
    const change = backend.expectOne('ChangeNoteFormat');
    expect(change.operation.variables).toEqual({ id: 'note-1', version: 3, format: 'DAP' });
    change.flushData({ changeNoteFormat: aNote({ format: 'DAP', version: 4 }) });
    await settle();

    expect(await (await section('data')).getValue()).toBe('Data drafted from the record.');
    expect(await format.getValueText()).toMatch(/^DAP/);
  });

  it('copies the note as Markdown made by noteToMarkdown, and records the export', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await render();
    await typeInto('plan', 'Walk to the shop.');

    await (await button('Copy as Markdown')).click();
    await settle();

    expect(writeText).toHaveBeenCalledWith(
      noteToMarkdown(
        'SOAP',
        { ...draftedTexts('SOAP'), plan: 'Walk to the shop.' },
        'Progress note (draft): Sam Rivera, March 12, 2026',
      ),
    );
    backend.expectOne('SaveSessionNote').flushData({ saveSessionNote: aNote({ version: 2 }) });
    const record = backend.expectOne('RecordNoteExport');
    expect(record.operation.variables).toEqual({ id: 'note-1', kind: 'MARKDOWN' });
    record.flushData({ recordNoteExport: true });
    await settle();
    backend.expectOne('NotePage').flushData(aNotePage());
    await settle();
    expect(page().querySelector('[data-page-status]')?.textContent).toContain('Copied as Markdown');
  });

  it('downloads a text file when the clipboard is refused', async () => {
    const writeText = jest.fn().mockRejectedValue(new Error('Not allowed'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const createObjectURL = jest.fn().mockReturnValue('blob:note');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await render();

    await (await button('Copy as text')).click();
    await settle();

    const [blob] = createObjectURL.mock.calls[0] as [Blob];
    expect(blob.type).toBe('text/plain;charset=utf-8');
    expect(click).toHaveBeenCalled();
    backend.expectOne('RecordNoteExport').flushData({ recordNoteExport: true });
    await settle();
    backend.expectOne('NotePage').flushData(aNotePage());
    await settle();
    click.mockRestore();
  });

  it('lists the history with a run of autosaves as one entry', async () => {
    const note = aNote();
    const edit = (at: string) => ({ ...note.history[0], action: 'EDITED' as const, at });
    await render(
      aNotePage({
        ...note,
        history: [
          ...note.history,
          edit('2026-03-12T11:00:00.000Z'),
          edit('2026-03-12T11:01:00.000Z'),
          edit('2026-03-12T11:02:00.000Z'),
        ],
      }),
    );

    const entries = Array.from(page().querySelectorAll<HTMLElement>('[data-history-entry]'));
    expect(entries.map((entry) => readableText(entry).replace(/ Mar.*$/, ''))).toEqual([
      'Drafted Ada Okafor',
      'Edited 3 times Ada Okafor',
    ]);
    expect(entries[1].querySelector('time')?.getAttribute('datetime')).toBe(
      '2026-03-12T11:02:00.000Z',
    );
  });

  it('links the PDF download to the note', async () => {
    await render();

    const link = page().querySelector<HTMLAnchorElement>('a[download]');
    expect(link?.getAttribute('href')).toBe('/exports/notes/note-1.pdf');
    expect(link?.textContent?.trim()).toBe('Download PDF');
  });

  it('keeps the private note apart, labelled as such, and creates it with the first save', async () => {
    await render();

    const panel = page().querySelector('wp-private-note-panel') as HTMLElement;
    expect(readableText(panel)).toContain(
      'Private psychotherapy note — only you can see this; never part of the progress note, exports or letters.',
    );
    const field = await loader.getHarness(
      MatInputHarness.with({ selector: '[data-private-note]' }),
    );
    await field.setValue('Wondering about the sister.');
    await field.blur();
    await settle();

    const save = backend.expectOne('SavePrivateNote');
    expect(save.operation.variables).toEqual({
      sessionId: 'session-1',
      text: 'Wondering about the sister.',
      version: null,
    });
    save.flushData({ savePrivateNote: aPrivateNote('Wondering about the sister.') });
    await settle();
    expect(panel.querySelector('[data-private-note-status]')?.textContent?.trim()).toBe('Saved');
  });

  it('shows the signed note without the private note or the buttons when printed', async () => {
    await render(aNotePage(aNote({ isSigned: true }), aPrivateNote('Not for the record.')));

    expect(page().querySelector('wp-private-note-panel')?.closest('.no-print')).not.toBeNull();
    expect(page().querySelector('.toolbar')?.classList).toContain('no-print');
  });
});
