import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { InMemoryCache } from '@apollo/client';
import { APOLLO_TESTING_CACHE, ApolloTestingController } from 'apollo-angular/testing';

import { LoadedApolloTestingModule } from '../../shared/apollo-on-demand.testing';
import { clientTypePolicies } from '../../clients/data-access/client-type-policies';
import { localIsoDate } from '../../shared/relative-day';
import { provideLayoutFreeInteractivity } from '../../shared/layout-free-interactivity';
import {
  aMeasureResponse,
  aSafetyFlag,
  jordansMeasures,
} from '../data-access/measure-record.fixture';
import { provideRecordingChartLibrary } from '../ui/chart-library.testing';
import { formatMonthSince } from '../ui/measure-words';
import { ClientMeasuresSection } from './client-measures-section';

const today = localIsoDate(new Date());

/** An element's text as it reads, each text node separated by one space. */
function readableText(element: Element | null): string {
  if (!element) return '';
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const pieces: string[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const piece = node.textContent?.replace(/\s+/g, ' ').trim();
    if (piece) pieces.push(piece);
  }
  return pieces.join(' ');
}

describe('ClientMeasuresSection', () => {
  let fixture: ComponentFixture<ClientMeasuresSection>;
  let loader: HarnessLoader;
  let documentLoader: HarnessLoader;
  let backend: ApolloTestingController;

  async function settle(): Promise<void> {
    for (let round = 0; round < 3; round += 1) {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    }
  }

  async function render(record = jordansMeasures()): Promise<void> {
    TestBed.configureTestingModule({
      imports: [LoadedApolloTestingModule],
      providers: [
        {
          provide: APOLLO_TESTING_CACHE,
          useFactory: () => new InMemoryCache({ typePolicies: clientTypePolicies }),
        },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        provideLayoutFreeInteractivity(),
        provideRecordingChartLibrary(),
      ],
    });
    backend = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(ClientMeasuresSection);
    fixture.componentRef.setInput('clientId', record.client.id);
    loader = TestbedHarnessEnvironment.loader(fixture);
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await fixture.whenStable();
    backend.expectOne('MeasureRecord').flushData(record);
    await settle();
  }

  afterEach(() => backend.verify());

  function banner(): string {
    return readableText(fixture.nativeElement.querySelector('wp-safety-banner'));
  }

  function summary(): string {
    return readableText(fixture.nativeElement.querySelector('wp-measures-summary'));
  }

  async function click(within: HarnessLoader, text: string): Promise<void> {
    await (await within.getHarness(MatButtonHarness.with({ text }))).click();
    await settle();
  }

  async function snackBarMessage(): Promise<string> {
    return (await documentLoader.getHarness(MatSnackBarHarness)).getMessage();
  }

  it('shows the safety banner while the flag waits, and takes it away as soon as the review is recorded', async () => {
    await render();
    expect(banner()).toContain('Safety review needed');
    expect(banner()).toContain('988 Suicide & Crisis Lifeline');

    await click(loader, 'Record review');
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    const note = await dialog.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'Review note' }),
    );
    await (await note.getControl(MatInputHarness))!.setValue(
      'Asked about the item 9 answer; no plans or intent. Safety plan reviewed together.',
    );
    await click(dialog, 'Record review');

    // Gone at once, before the server has answered.
    expect(banner()).toBe('');
    const review = backend.expectOne('ReviewSafetyFlag');
    expect(review.operation.variables).toEqual({
      id: 'flag-1',
      note: 'Asked about the item 9 answer; no plans or intent. Safety plan reviewed together.',
    });
    review.flushData({
      reviewSafetyFlag: {
        ...aSafetyFlag('flag-1', 'phq9-latest', {
          isReviewed: true,
          reviewedAt: '2026-03-12T11:00:00.000Z',
          reviewNote: 'Asked about the item 9 answer; no plans or intent.',
        }),
        reviewedBy: { __typename: 'Clinician', id: 'clinician-1', displayName: 'Maya Lindqvist' },
      },
    });
    await settle();

    expect(banner()).toBe('');
    expect(await documentLoader.hasHarness(MatDialogHarness)).toBe(false);
    expect(await snackBarMessage()).toBe('Safety review recorded.');
    // The button that opened the dialog went with the banner; focus lands on the heading.
    expect(document.activeElement?.id).toBe('measures-heading');
  });

  it('brings the banner back, and keeps the note, when the review does not go through', async () => {
    await render();
    await click(loader, 'Record review');
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    const note = await dialog.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'Review note' }),
    );
    await (await note.getControl(MatInputHarness))!.setValue('Talked it through.');
    await click(dialog, 'Record review');

    backend
      .expectOne('ReviewSafetyFlag')
      .graphqlErrors([
        { message: 'Someone reviewed this flag a moment ago', extensions: { code: 'CONFLICT' } },
      ]);
    await settle();

    expect(banner()).toContain('Safety review needed');
    expect(await documentLoader.hasHarness(MatDialogHarness)).toBe(true);
    expect(await (await note.getControl(MatInputHarness))!.getValue()).toBe('Talked it through.');
  });

  it('says where the scores stand against the client’s own baseline, and what is due', async () => {
    await render();

    const since = formatMonthSince('2026-01-05', today);
    expect(summary()).toContain(`PHQ-9 18 → 11 since ${since}: reliable improvement`);
    expect(summary()).toContain('Baseline: the first score to compare with');
    expect(summary()).toMatch(/Mood check-in 4 of 10 on .* · “tired”/);
    const gad7 = readableText(fixture.nativeElement.querySelector('[data-measure="GAD7"]'));
    expect(gad7).toMatch(
      /^GAD-7 11 Moderate on .* Baseline: the first score to compare with Due since /,
    );
    expect(
      readableText(fixture.nativeElement.querySelector('[data-measure="PHQ9"]')),
    ).not.toContain('Due since');
  });

  it('draws each chart with a table of the same numbers', async () => {
    await render();

    const tables = await loader.getAllHarnesses(MatTableHarness);
    // PHQ-9 and GAD-7 scores and GAS T-scores; the calendar of wins has nothing in its weeks.
    expect(tables).toHaveLength(3);
    expect(await tables[0].getCellTextByColumnName()).toEqual(
      expect.objectContaining({ total: expect.objectContaining({ text: ['18', '11'] }) }),
    );
  });

  it('giving a PHQ-9 with item 9 above 0 raises the banner at once, before the server answers', async () => {
    const record = jordansMeasures();
    await render({
      ...record,
      client: { ...record.client, safetyFlags: [], unreviewedSafetyFlagCount: 0 },
    });
    expect(banner()).toBe('');

    await click(loader, 'Give PHQ-9');
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    const groups = await dialog.getAllHarnesses(MatRadioGroupHarness);
    for (const group of groups.slice(0, 8)) await group.checkRadioButton({ label: 'Not at all' });
    await groups[8].checkRadioButton({ label: 'Several days' });
    await click(dialog, 'Record PHQ-9');

    expect(banner()).toContain('Safety review needed');
    expect(banner()).toContain('Saving the answer first…');
    const recordMeasure = backend.expectOne('RecordMeasure');
    expect(recordMeasure.operation.variables['input']).toEqual({
      clientId: 'client-jordan',
      instrument: 'PHQ9',
      administeredOn: today,
      answers: [0, 0, 0, 0, 0, 0, 0, 0, 1],
      difficulty: null,
    });
    const saved = aMeasureResponse('phq9-new', {
      administeredOn: today,
      answers: [0, 0, 0, 0, 0, 0, 0, 0, 1],
      total: 1,
      severity: 'MINIMAL',
      hasSafetyFlag: true,
    });
    recordMeasure.flushData({ recordMeasure: saved });
    await settle();
    expect(banner()).toContain('Safety review needed');

    // The server's list, with the flag the database raised, replaces the provisional one.
    backend.expectOne('MeasureRecord').flushData({
      ...record,
      client: {
        ...record.client,
        measureResponses: [saved, ...record.client.measureResponses],
        safetyFlags: [aSafetyFlag('flag-new', 'phq9-new')],
      },
    });
    await settle();
    expect(banner()).toContain('Record review');
    expect(banner()).not.toContain('Saving the answer first…');
    expect(await snackBarMessage()).toBe(
      'PHQ-9 recorded: 1, minimal. A safety review is now shown for this client.',
    );
  });

  it('saves an incomplete PHQ-9 as a draft, then continues it where it was left', async () => {
    await render();
    await click(loader, 'Give PHQ-9');
    let dialog = await documentLoader.getHarness(MatDialogHarness);
    let groups = await dialog.getAllHarnesses(MatRadioGroupHarness);
    for (const group of groups.slice(0, 3)) await group.checkRadioButton({ label: 'Several days' });
    await click(dialog, 'Save as draft');

    const draftAnswers = [1, 1, 1, null, null, null, null, null, null];
    const recordMeasure = backend.expectOne('RecordMeasure');
    expect(recordMeasure.operation.variables['input']['answers']).toEqual(draftAnswers);
    expect(summary()).toContain('3 of 9 answered');
    const draft = aMeasureResponse('phq9-draft', {
      administeredOn: today,
      answers: draftAnswers,
      isComplete: false,
      total: null,
      severity: null,
    });
    recordMeasure.flushData({ recordMeasure: draft });
    await settle();
    const record = jordansMeasures();
    backend.expectOne('MeasureRecord').flushData({
      ...record,
      client: { ...record.client, measureResponses: [draft, ...record.client.measureResponses] },
    });
    await settle();
    expect(await snackBarMessage()).toBe('PHQ-9 saved as a draft: 3 of 9 answered.');

    await click(loader, 'Continue PHQ-9');
    dialog = await documentLoader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toMatch(/^Continue the PHQ-9 from /);
    groups = await dialog.getAllHarnesses(MatRadioGroupHarness);
    expect(await groups[0].getCheckedValue()).toBe('1');
    for (const group of groups.slice(3, 9)) await group.checkRadioButton({ label: 'Not at all' });
    await click(dialog, 'Record PHQ-9');

    const update = backend.expectOne('UpdateMeasureDraft');
    expect(update.operation.variables['input']).toEqual({
      id: 'phq9-draft',
      version: 1,
      administeredOn: today,
      answers: [1, 1, 1, 0, 0, 0, 0, 0, 0],
      difficulty: null,
    });
    update.flushData({
      updateMeasureDraft: {
        ...draft,
        version: 2,
        answers: [1, 1, 1, 0, 0, 0, 0, 0, 0],
        isComplete: true,
        total: 3,
        severity: 'MINIMAL',
      },
    });
    await settle();
    backend.expectOne('MeasureRecord');
    expect(summary()).not.toContain('Drafts to finish');
  });

  it('records a mood check-in with the client’s word', async () => {
    await render();
    await click(loader, 'Mood check-in');
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatRadioGroupHarness)).checkRadioButton({ label: '6' });
    const word = await dialog.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'One word for how you feel (optional)' }),
    );
    await (await word.getControl(MatInputHarness))!.setValue(' hopeful ');
    await click(dialog, 'Record check-in');

    const recordMeasure = backend.expectOne('RecordMeasure');
    expect(recordMeasure.operation.variables['input']).toEqual({
      clientId: 'client-jordan',
      instrument: 'MOOD',
      administeredOn: today,
      answers: [6],
      moodWord: 'hopeful',
    });
    expect(summary()).toContain('“hopeful”');
    recordMeasure.flushData({
      recordMeasure: aMeasureResponse('mood-new', {
        instrument: 'MOOD',
        administeredOn: today,
        answers: [6],
        total: 6,
        severity: null,
        moodWord: 'hopeful',
      }),
    });
    await settle();
    backend.expectOne('MeasureRecord');
  });

  it('sets how often a measure is given, showing the change at once', async () => {
    await render();
    const select = await loader.getHarness(
      MatSelectHarness.with({ selector: '[data-schedule="GAD7"]' }),
    );
    expect(await select.getValueText()).toBe('Every 4 weeks');

    await select.open();
    await select.clickOptions({ text: 'Every 2 weeks' });
    await settle();

    const setSchedule = backend.expectOne('SetMeasureSchedule');
    expect(setSchedule.operation.variables).toEqual({
      clientId: 'client-jordan',
      instrument: 'GAD7',
      everyWeeks: 2,
    });
    expect(await select.getValueText()).toBe('Every 2 weeks');
    setSchedule.flushData({
      setMeasureSchedule: [
        ...jordansMeasures().client.measureSchedules.filter((row) => row.instrument !== 'GAD7'),
        {
          __typename: 'MeasureSchedule',
          instrument: 'GAD7',
          everyWeeks: 2,
          nextDueOn: '2026-01-19',
          isOverdue: true,
        },
      ],
    });
    await settle();
    backend.expectOne('MeasureRecord');
    expect(await snackBarMessage()).toMatch(/^The GAD-7 is now given every 2 weeks; next due /);
  });
});
