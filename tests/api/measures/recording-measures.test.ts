import type { Severity } from '@waypoint/shared';
import type { GraphqlSession } from '../../support/graphql-session';
import { firstError } from '../accounts/accounts-fixture';
import { dataOf, daysFromToday, expectRefusal } from '../clients/client-record-fixture';
import {
  RecordMeasure,
  UpdateMeasureDraft,
  type MeasureResponseFields,
  type RecordMeasureInput,
} from './measure-documents';
import {
  gad7Answers,
  phq9Answers,
  startMeasuresFixture,
  type MeasuresFixture,
} from './measures-fixture';

// Recording a PHQ-9, GAD-7 or mood check-in in session (libs/shared measures/scoring.ts): scored
// when complete, kept as a draft otherwise, and refused, writing nothing, when an answer is wrong.

describe('recording measures over HTTP', () => {
  let fixture: MeasuresFixture;
  let clinician: GraphqlSession;
  let clientId: string;

  beforeAll(async () => {
    fixture = await startMeasuresFixture();
    clinician = fixture.clinician;
    clientId = (await fixture.newClient({ preferredName: 'Ari' })).id;
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  function responseRow(id: string) {
    return fixture.accounts.db
      .selectFrom('measure_response')
      .select(['answers', 'total', 'is_draft', 'difficulty', 'mood_word', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  }

  function record(input: Omit<RecordMeasureInput, 'clientId'>) {
    return clinician.post(RecordMeasure, { input: { clientId, ...input } });
  }

  function updateDraft(
    draft: Pick<MeasureResponseFields, 'id' | 'version'>,
    answers: (number | null)[],
  ) {
    return clinician.post(UpdateMeasureDraft, {
      input: { id: draft.id, version: draft.version, answers },
    });
  }

  describe('scoring a complete form', () => {
    it('totals a complete PHQ-9 as the sum of its nine answers and keeps each answer', async () => {
      const answers = [3, 2, 1, 0, 1, 2, 3, 0, 0];

      const response = dataOf(
        await record({ instrument: 'PHQ9', answers, administeredOn: daysFromToday(-1) }),
      ).recordMeasure;

      expect(response).toMatchObject({
        instrument: 'PHQ9',
        version: 1,
        administeredOn: daysFromToday(-1),
        answers,
        isComplete: true,
        total: 12,
        severity: 'MODERATE',
        hasSafetyFlag: false,
      });
      expect(await responseRow(response.id)).toMatchObject({ answers, total: 12, is_draft: false });
    });

    it('dates a measure today when no day is given', async () => {
      const response = dataOf(await record({ instrument: 'GAD7', answers: gad7Answers(3) }));
      expect(response.recordMeasure.administeredOn).toBe(daysFromToday(0));
    });

    it.each<[number, Severity]>([
      [0, 'MINIMAL'],
      [4, 'MINIMAL'],
      [5, 'MILD'],
      [9, 'MILD'],
      [10, 'MODERATE'],
      [14, 'MODERATE'],
      [15, 'MODERATELY_SEVERE'],
      [19, 'MODERATELY_SEVERE'],
      [20, 'SEVERE'],
    ])('bands a PHQ-9 total of %i as %s (Kroenke 2001)', async (total, severity) => {
      const response = dataOf(
        await record({ instrument: 'PHQ9', answers: phq9Answers(total) }),
      ).recordMeasure;
      expect({ total: response.total, severity: response.severity }).toEqual({ total, severity });
    });

    it.each<[number, Severity]>([
      [14, 'MODERATE'],
      [15, 'SEVERE'],
      [21, 'SEVERE'],
    ])('bands a GAD-7 total of %i as %s (Spitzer 2006)', async (total, severity) => {
      const response = dataOf(
        await record({ instrument: 'GAD7', answers: gad7Answers(total) }),
      ).recordMeasure;
      expect(response).toMatchObject({ instrument: 'GAD7', isComplete: true, total, severity });
    });

    it('keeps the PHQ-9 difficulty answer without adding it to the total', async () => {
      const response = dataOf(
        await record({ instrument: 'PHQ9', answers: phq9Answers(10), difficulty: 3 }),
      ).recordMeasure;

      expect(response).toMatchObject({ total: 10, difficulty: 3, severity: 'MODERATE' });
      expect(await responseRow(response.id)).toMatchObject({ total: 10, difficulty: 3 });
    });
  });

  describe('drafts', () => {
    const partial = [1, 2, null, 0, 1, null, 2, 1, 0];

    it('saves a form with unanswered items as a draft that is never scored', async () => {
      const draft = dataOf(await record({ instrument: 'PHQ9', answers: partial })).recordMeasure;

      expect(draft).toMatchObject({
        answers: partial,
        isComplete: false,
        total: null,
        severity: null,
        change: null,
        hasSafetyFlag: false,
      });
      expect(await responseRow(draft.id)).toMatchObject({ is_draft: true, total: null });
    });

    it('completes a draft with updateMeasureDraft: a new version, scored now', async () => {
      const draft = dataOf(await record({ instrument: 'PHQ9', answers: partial })).recordMeasure;
      const answers = [1, 2, 3, 0, 1, 1, 2, 1, 0];

      const completed = dataOf(await updateDraft(draft, answers)).updateMeasureDraft;

      expect(completed).toMatchObject({
        id: draft.id,
        version: 2,
        answers,
        isComplete: true,
        total: 11,
        severity: 'MODERATE',
      });
      expect(completed.change).not.toBeNull();
      expect(await responseRow(draft.id)).toMatchObject({ version: 2, is_draft: false, total: 11 });
    });

    it('keeps the day a draft was started when it is completed later', async () => {
      const draft = dataOf(
        await record({ instrument: 'PHQ9', answers: partial, administeredOn: daysFromToday(-3) }),
      ).recordMeasure;

      const completed = dataOf(
        await updateDraft(draft, [1, 2, 3, 0, 1, 1, 2, 1, 0]),
      ).updateMeasureDraft;

      expect(completed.administeredOn).toBe(daysFromToday(-3));
    });

    it('refuses to change a completed measure, on id, leaving it as it was', async () => {
      const complete = dataOf(
        await record({ instrument: 'PHQ9', answers: phq9Answers(8) }),
      ).recordMeasure;
      const rowBefore = await responseRow(complete.id);
      const before = await fixture.measureRowCounts();

      expectRefusal(await updateDraft(complete, phq9Answers(2)), 'BAD_USER_INPUT', 'id');

      expect(await responseRow(complete.id)).toEqual(rowBefore);
      expect(await fixture.measureRowCounts()).toEqual(before);
    });

    it('refuses a draft saved over a stale version with CONFLICT, keeping the newer one', async () => {
      const draft = dataOf(await record({ instrument: 'PHQ9', answers: partial })).recordMeasure;
      const newer = dataOf(
        await updateDraft(draft, [1, 2, 2, 0, 1, null, 2, 1, 0]),
      ).updateMeasureDraft;
      const rowBefore = await responseRow(draft.id);

      expectRefusal(await updateDraft(draft, phq9Answers(9)), 'CONFLICT', 'version');

      expect(newer.version).toBe(2);
      expect(await responseRow(draft.id)).toEqual(rowBefore);
    });

    it('checks the answers a draft is continued with like a new form, on the item', async () => {
      const draft = dataOf(await record({ instrument: 'PHQ9', answers: partial })).recordMeasure;
      const rowBefore = await responseRow(draft.id);

      expectRefusal(
        await updateDraft(draft, [1, 2, 3, 0, 1, 7, 2, 1, 0]),
        'BAD_USER_INPUT',
        'answers.5',
      );

      expect(await responseRow(draft.id)).toEqual(rowBefore);
    });
  });

  describe('the mood check-in', () => {
    it.each([0, 10])('records a rating of %i, unscored and with no change', async (rating) => {
      const response = dataOf(
        await record({ instrument: 'MOOD', answers: [rating] }),
      ).recordMeasure;
      expect(response).toMatchObject({
        instrument: 'MOOD',
        answers: [rating],
        isComplete: true,
        total: rating,
        severity: null,
        change: null,
        moodWord: null,
      });
    });

    it('keeps the client’s word, trimmed, up to 40 characters', async () => {
      const word = 'h'.repeat(40);
      const hopeful = dataOf(
        await record({ instrument: 'MOOD', answers: [7], moodWord: '  hopeful ' }),
      ).recordMeasure;
      const longest = dataOf(
        await record({ instrument: 'MOOD', answers: [7], moodWord: word }),
      ).recordMeasure;

      expect(hopeful.moodWord).toBe('hopeful');
      expect(longest.moodWord).toBe(word);
      expect(await responseRow(hopeful.id)).toMatchObject({ mood_word: 'hopeful' });
    });

    it.each<[string, string, Omit<RecordMeasureInput, 'clientId' | 'instrument'>]>([
      ['a rating of 11', 'answers.0', { answers: [11] }],
      ['a rating of -1', 'answers.0', { answers: [-1] }],
      ['no rating', 'answers.0', { answers: [null], moodWord: 'tired' }],
      ['a word of 41 characters', 'moodWord', { answers: [5], moodWord: 'w'.repeat(41) }],
      ['a difficulty answer', 'difficulty', { answers: [5], difficulty: 1 }],
    ])('refuses %s, on %s, writing nothing', async (_what, field, form) => {
      const before = await fixture.measureRowCounts();

      expectRefusal(await record({ instrument: 'MOOD', ...form }), 'BAD_USER_INPUT', field);

      expect(await fixture.measureRowCounts()).toEqual(before);
    });
  });

  describe('refusing bad input, writing nothing', () => {
    it.each<[string, string, Omit<RecordMeasureInput, 'clientId'>]>([
      [
        'a PHQ-9 answer of 4',
        'answers.2',
        { instrument: 'PHQ9', answers: [0, 0, 4, 0, 0, 0, 0, 0, 0] },
      ],
      [
        'a PHQ-9 answer of -1',
        'answers.2',
        { instrument: 'PHQ9', answers: [0, 0, -1, 0, 0, 0, 0, 0, 0] },
      ],
      ['a GAD-7 answer of 4', 'answers.6', { instrument: 'GAD7', answers: [0, 0, 0, 0, 0, 0, 4] }],
      ['8 PHQ-9 answers', 'answers.8', { instrument: 'PHQ9', answers: [1, 1, 1, 1, 1, 1, 1, 1] }],
      [
        '10 PHQ-9 answers',
        'answers.9',
        { instrument: 'PHQ9', answers: [1, 1, 1, 1, 1, 1, 1, 1, 0, 1] },
      ],
      ['8 GAD-7 answers', 'answers.7', { instrument: 'GAD7', answers: [1, 1, 1, 1, 1, 1, 1, 1] }],
      [
        'a day in the future',
        'administeredOn',
        { instrument: 'PHQ9', answers: phq9Answers(5), administeredOn: daysFromToday(2) },
      ],
      [
        'a difficulty on a GAD-7',
        'difficulty',
        { instrument: 'GAD7', answers: gad7Answers(5), difficulty: 1 },
      ],
      [
        'a PHQ-9 difficulty of 4',
        'difficulty',
        { instrument: 'PHQ9', answers: phq9Answers(5), difficulty: 4 },
      ],
      [
        'a word on a PHQ-9',
        'moodWord',
        { instrument: 'PHQ9', answers: phq9Answers(5), moodWord: 'fine' },
      ],
    ])('refuses %s with BAD_USER_INPUT on %s', async (_what, field, form) => {
      const before = await fixture.measureRowCounts();

      expectRefusal(await record(form), 'BAD_USER_INPUT', field);

      expect(await fixture.measureRowCounts()).toEqual(before);
    });

    it('refuses a non-integer answer at the schema, naming the item, before the API runs', async () => {
      const before = await fixture.measureRowCounts();

      const response = await record({ instrument: 'PHQ9', answers: [0, 1.5, 0, 0, 0, 0, 0, 0, 0] });

      // Apollo Server answers a variable the schema cannot coerce with 400 and BAD_USER_INPUT.
      expect(response.status).toBe(400);
      expect(response.body.data ?? null).toBeNull();
      const error = firstError(response);
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain('"input.answers[1]"');
      expect(await fixture.measureRowCounts()).toEqual(before);
    });

    it('refuses an instrument the contract does not name, as a variable or in the query', async () => {
      const before = await fixture.measureRowCounts();
      const answers = JSON.stringify(phq9Answers(5));

      const asVariable = await clinician.postRaw(
        JSON.stringify({
          query: 'mutation ($input: RecordMeasureInput!) { recordMeasure(input: $input) { id } }',
          variables: { input: { clientId, instrument: 'PHQ10', answers: phq9Answers(5) } },
        }),
      );
      const inQuery = await clinician.postRaw(
        JSON.stringify({
          query: `mutation { recordMeasure(input: { clientId: "${clientId}", instrument: PHQ10, answers: ${answers} }) { id } }`,
        }),
      );

      expect([asVariable.status, firstError(asVariable).code]).toEqual([400, 'BAD_USER_INPUT']);
      expect(firstError(asVariable).message).toContain('"input.instrument"');
      expect([inQuery.status, firstError(inQuery).code]).toEqual([
        400,
        'GRAPHQL_VALIDATION_FAILED',
      ]);
      expect(firstError(inQuery).message).toContain('PHQ10');
      expect(await fixture.measureRowCounts()).toEqual(before);
    });

    it('answers an unknown, a malformed and another practice’s client with NOT_FOUND on clientId', async () => {
      const elsewhere = await fixture.otherPracticeClient();
      const before = await fixture.measureRowCounts();

      for (const id of [elsewhere.clientId, '5b0c2a4e-8f3d-4c1a-9e7b-2d6f8a1c3e50', 'not-an-id']) {
        const response = await clinician.post(RecordMeasure, {
          input: { clientId: id, instrument: 'PHQ9', answers: phq9Answers(5) },
        });
        expectRefusal(response, 'NOT_FOUND', 'clientId');
      }

      expect(await fixture.measureRowCounts()).toEqual(before);
    });
  });
});
