import type { ReliableChange } from '@waypoint/shared';
import type { GraphqlSession } from '../../support/graphql-session';
import { dataOf, daysFromToday, expectRefusal } from '../clients/client-record-fixture';
import {
  CrisisResources,
  ReviewSafetyFlag,
  UpdateMeasureDraft,
  type MeasureResponseFields,
} from './measure-documents';
import {
  gad7Answers,
  phq9Answers,
  startMeasuresFixture,
  type MeasuresFixture,
} from './measures-fixture';

// How a score compares with the client's own baseline (libs/shared measures/change.ts), and the
// safety flag a PHQ-9 item 9 answer above 0 raises through the database trigger (0005_measures).

/**
 * The Jacobson & Truax (1991, J Consult Clin Psychol 59:12-19) S_diff = √2 · SD · √(1 − r), with
 * the norms change.ts cites: PHQ-9 SD 3.52 (Kocalevent 2013), r 0.89 (Kroenke 2001); GAD-7
 * SD 3.41 and r 0.89 (Löwe 2008).
 */
const STANDARD_ERROR_OF_DIFFERENCE = {
  PHQ9: Math.SQRT2 * 3.52 * Math.sqrt(1 - 0.89),
  GAD7: Math.SQRT2 * 3.41 * Math.sqrt(1 - 0.89),
} as const;

describe('outcomes and safety flags over HTTP', () => {
  let fixture: MeasuresFixture;
  let clinician: GraphqlSession;

  beforeAll(async () => {
    fixture = await startMeasuresFixture();
    clinician = fixture.clinician;
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  function recordPhq9(clientId: string, answers: (number | null)[]) {
    return fixture.record({ clientId, instrument: 'PHQ9', answers });
  }

  function changeOf(response: MeasureResponseFields) {
    if (!response.change) throw new Error(`Response ${response.id} has no change`);
    return response.change;
  }

  describe('change from baseline', () => {
    it('compares PHQ-9s of 18, 14 and 11 with the baseline and the one before', async () => {
      const client = await fixture.clientStartedDaysAgo(30, 'Bea');

      const [baseline, second, latest] = await fixture.recordTotals(
        client.id,
        'PHQ9',
        [18, 14, 11],
        { lastDaysAgo: 7 },
      );

      expect(changeOf(baseline)).toMatchObject({
        fromBaseline: 0,
        fromPrevious: null,
        reliableChange: 'NO_RELIABLE_CHANGE',
        reliableChangeIndex: 0,
        isCase: true,
      });
      expect(changeOf(second)).toMatchObject({ fromBaseline: -4, fromPrevious: -4 });
      expect(changeOf(second).reliableChange).toBe('NO_RELIABLE_CHANGE');
      expect(changeOf(latest)).toEqual({
        fromBaseline: -7,
        fromPrevious: -3,
        reliableChange: 'RELIABLE_IMPROVEMENT',
        reliableChangeIndex: expect.any(Number),
        isCase: true,
        // 18 was a case and 11 still is: not recovered yet.
        hasRecovered: false,
        hasReliablyRecovered: false,
        // A fall of 7 is less than half of 18.
        hasResponded: false,
        isInRemission: false,
      });
      expect(changeOf(latest).reliableChangeIndex).toBeCloseTo(
        -7 / STANDARD_ERROR_OF_DIFFERENCE.PHQ9,
        6,
      );
      expect(changeOf(latest).reliableChangeIndex).toBeCloseTo(-4.24, 2);
    });

    it('counts a fourth PHQ-9 of 9 as recovered and reliably recovered, leaving earlier ones as they were', async () => {
      const client = await fixture.clientStartedDaysAgo(30, 'Cas');
      const [, , eleven] = await fixture.recordTotals(client.id, 'PHQ9', [18, 14, 11], {
        lastDaysAgo: 7,
      });

      const nine = await recordPhq9(client.id, phq9Answers(9));

      expect(changeOf(nine)).toMatchObject({
        fromBaseline: -9,
        fromPrevious: -2,
        reliableChange: 'RELIABLE_IMPROVEMENT',
        isCase: false,
        hasRecovered: true,
        hasReliablyRecovered: true,
        hasResponded: true,
        isInRemission: false,
      });
      // Newest first; each score is compared as of its own day.
      const { measureResponses } = await fixture.measuresOf(client.id);
      expect(measureResponses.map((response) => response.total)).toEqual([9, 11, 14, 18]);
      expect(measureResponses[1]).toEqual(eleven);
      expect(changeOf(measureResponses[1]).hasRecovered).toBe(false);
    });

    it.each<['PHQ9' | 'GAD7', number, number, ReliableChange]>([
      ['PHQ9', 15, 10, 'NO_RELIABLE_CHANGE'],
      ['PHQ9', 15, 9, 'RELIABLE_IMPROVEMENT'],
      ['PHQ9', 9, 14, 'NO_RELIABLE_CHANGE'],
      ['PHQ9', 9, 15, 'RELIABLE_DETERIORATION'],
      ['GAD7', 12, 9, 'NO_RELIABLE_CHANGE'],
      ['GAD7', 12, 8, 'RELIABLE_IMPROVEMENT'],
      ['GAD7', 8, 11, 'NO_RELIABLE_CHANGE'],
      ['GAD7', 8, 12, 'RELIABLE_DETERIORATION'],
    ])(
      'reads a %s from %i to %i as %s by the NHS Talking Therapies thresholds (6 and 4 points)',
      async (instrument, from, to, reliableChange) => {
        const client = await fixture.clientStartedDaysAgo(30);

        const [, latest] = await fixture.recordTotals(client.id, instrument, [from, to]);

        expect(changeOf(latest)).toMatchObject({ fromBaseline: to - from, reliableChange });
        expect(changeOf(latest).reliableChangeIndex).toBeCloseTo(
          (to - from) / STANDARD_ERROR_OF_DIFFERENCE[instrument],
          6,
        );
      },
    );

    it('compares the second of two PHQ-9s recorded in one request with the first', async () => {
      const client = await fixture.clientStartedDaysAgo(30);
      const input = (total: number, daysAgo: number) => ({
        clientId: client.id,
        instrument: 'PHQ9',
        answers: phq9Answers(total),
        administeredOn: daysFromToday(-daysAgo),
      });

      // Aliased mutations share one request, and with it the request's measure reader.
      const response = await clinician.postRaw<{
        baseline: Pick<MeasureResponseFields, 'total' | 'change'>;
        latest: Pick<MeasureResponseFields, 'total' | 'change'>;
      }>(
        JSON.stringify({
          query: `mutation ($baseline: RecordMeasureInput!, $latest: RecordMeasureInput!) {
            baseline: recordMeasure(input: $baseline) { total change { fromBaseline fromPrevious } }
            latest: recordMeasure(input: $latest) { total change { fromBaseline fromPrevious } }
          }`,
          variables: { baseline: input(18, 7), latest: input(11, 0) },
        }),
      );

      const { baseline, latest } = dataOf(response);
      expect(baseline.change).toMatchObject({ fromBaseline: 0, fromPrevious: null });
      expect(latest).toMatchObject({ total: 11, change: { fromBaseline: -7, fromPrevious: -7 } });
    });

    it('uses the GAD-7 caseness threshold of 8 and leaves remission unset for it', async () => {
      const client = await fixture.clientStartedDaysAgo(30);

      const [, seven] = await fixture.recordTotals(client.id, 'GAD7', [12, 7]);

      expect(changeOf(seven)).toMatchObject({
        isCase: false,
        hasRecovered: true,
        hasReliablyRecovered: true,
        isInRemission: null,
      });
    });

    it('takes the first complete score as the baseline: drafts and other measures do not count', async () => {
      const client = await fixture.clientStartedDaysAgo(30);
      await fixture.record({
        clientId: client.id,
        instrument: 'PHQ9',
        answers: [3, 3, 3, 3, 3, null, null, null, null],
        administeredOn: daysFromToday(-21),
      });
      await fixture.record({
        clientId: client.id,
        instrument: 'GAD7',
        answers: gad7Answers(20),
        administeredOn: daysFromToday(-14),
      });

      const [baseline, latest] = await fixture.recordTotals(client.id, 'PHQ9', [16, 12]);

      expect(changeOf(baseline)).toMatchObject({ fromBaseline: 0, fromPrevious: null });
      expect(changeOf(latest)).toMatchObject({ fromBaseline: -4, fromPrevious: -4 });
    });
  });

  describe('safety flags', () => {
    it('raises an unreviewed flag when PHQ-9 item 9 is answered 1, counted in the caseload', async () => {
      const client = await fixture.clientStartedDaysAgo(30, 'Dee');
      const before = Date.now();

      const response = await recordPhq9(client.id, phq9Answers(12, 1));

      expect(response).toMatchObject({ total: 12, hasSafetyFlag: true });
      const record = await fixture.measuresOf(client.id);
      expect(record.safetyFlags).toEqual([
        {
          id: expect.any(String),
          measureResponseId: response.id,
          raisedAt: expect.any(String),
          isReviewed: false,
          reviewedAt: null,
          reviewedBy: null,
          reviewNote: null,
        },
      ]);
      const raisedAt = Date.parse(record.safetyFlags[0].raisedAt);
      expect(raisedAt).toBeGreaterThanOrEqual(before - 1_000);
      expect(raisedAt).toBeLessThanOrEqual(Date.now() + 1_000);
      expect(record.unreviewedSafetyFlagCount).toBe(1);
      expect((await fixture.caseloadEntry(client.id)).unreviewedSafetyFlagCount).toBe(1);
    });

    it('raises a flag from a draft whose item 9 is answered 2', async () => {
      const client = await fixture.clientStartedDaysAgo(30);

      const draft = await recordPhq9(client.id, [1, null, null, null, null, null, null, null, 2]);

      expect(draft).toMatchObject({ isComplete: false, hasSafetyFlag: true });
      const record = await fixture.measuresOf(client.id);
      expect(record.safetyFlags.map((flag) => [flag.measureResponseId, flag.isReviewed])).toEqual([
        [draft.id, false],
      ]);
      expect((await fixture.caseloadEntry(client.id)).unreviewedSafetyFlagCount).toBe(1);
    });

    it('raises a flag when a draft is continued with item 9 above 0', async () => {
      const client = await fixture.clientStartedDaysAgo(30);
      const draft = await recordPhq9(client.id, [1, 1, 1, 1, null, null, null, null, null]);

      const continued = dataOf(
        await clinician.post(UpdateMeasureDraft, {
          input: { id: draft.id, version: draft.version, answers: phq9Answers(7, 3) },
        }),
      ).updateMeasureDraft;

      expect(continued).toMatchObject({ isComplete: true, total: 7, hasSafetyFlag: true });
      expect((await fixture.measuresOf(client.id)).unreviewedSafetyFlagCount).toBe(1);
    });

    it('raises no flag for item 9 answered 0 or left open, nor for the GAD-7’s last item', async () => {
      const client = await fixture.clientStartedDaysAgo(30);
      const before = await fixture.measureRowCounts();

      const responses = [
        await recordPhq9(client.id, phq9Answers(20)),
        await recordPhq9(client.id, [3, 3, 3, null, null, null, null, null, null]),
        await fixture.record({
          clientId: client.id,
          instrument: 'GAD7',
          answers: [0, 0, 0, 0, 0, 0, 3],
        }),
      ];

      expect(responses.map((response) => response.hasSafetyFlag)).toEqual([false, false, false]);
      expect(await fixture.measureRowCounts()).toMatchObject({
        measure_response: before['measure_response'] + 3,
        safety_flag: before['safety_flag'],
      });
      expect((await fixture.caseloadEntry(client.id)).unreviewedSafetyFlagCount).toBe(0);
    });

    it('records who reviewed a flag, when and their note, and the caseload count drops to 0', async () => {
      const client = await fixture.clientStartedDaysAgo(30, 'Eli');
      await recordPhq9(client.id, phq9Answers(14, 1));
      const [flag] = (await fixture.measuresOf(client.id)).safetyFlags;
      const before = Date.now();

      const reviewed = dataOf(
        await clinician.post(ReviewSafetyFlag, {
          id: flag.id,
          note: '  Asked in session; no plan or intent. Safety plan reviewed.  ',
        }),
      ).reviewSafetyFlag;

      expect(reviewed).toMatchObject({
        id: flag.id,
        measureResponseId: flag.measureResponseId,
        raisedAt: flag.raisedAt,
        isReviewed: true,
        reviewedBy: { id: fixture.clinicianId },
        reviewNote: 'Asked in session; no plan or intent. Safety plan reviewed.',
      });
      const reviewedAt = Date.parse(reviewed.reviewedAt ?? '');
      expect(reviewedAt).toBeGreaterThanOrEqual(before - 1_000);
      expect(reviewedAt).toBeLessThanOrEqual(Date.now() + 1_000);
      const record = await fixture.measuresOf(client.id);
      expect(record.safetyFlags).toEqual([reviewed]);
      expect(record.unreviewedSafetyFlagCount).toBe(0);
      expect((await fixture.caseloadEntry(client.id)).unreviewedSafetyFlagCount).toBe(0);
    });

    it('refuses to review a flag twice, on id, keeping the first review', async () => {
      const client = await fixture.clientStartedDaysAgo(30);
      await recordPhq9(client.id, phq9Answers(9, 2));
      const [flag] = (await fixture.measuresOf(client.id)).safetyFlags;
      const first = dataOf(
        await clinician.post(ReviewSafetyFlag, { id: flag.id, note: 'Called them the same day' }),
      ).reviewSafetyFlag;

      const again = await clinician.post(ReviewSafetyFlag, { id: flag.id, note: 'Second look' });

      expectRefusal(again, 'BAD_USER_INPUT', 'id');
      expect((await fixture.measuresOf(client.id)).safetyFlags).toEqual([first]);
    });

    it.each(['', '   '])(
      'refuses a review note of %j, on note, leaving the flag unreviewed',
      async (note) => {
        const client = await fixture.clientStartedDaysAgo(30);
        await recordPhq9(client.id, phq9Answers(9, 1));
        const [flag] = (await fixture.measuresOf(client.id)).safetyFlags;

        expectRefusal(
          await clinician.post(ReviewSafetyFlag, { id: flag.id, note }),
          'BAD_USER_INPUT',
          'note',
        );

        expect((await fixture.measuresOf(client.id)).safetyFlags).toEqual([flag]);
      },
    );

    it('refuses an unknown flag with NOT_FOUND on id', async () => {
      const response = await clinician.post(ReviewSafetyFlag, {
        id: '5b0c2a4e-8f3d-4c1a-9e7b-2d6f8a1c3e50',
        note: 'Spoke with them',
      });
      expectRefusal(response, 'NOT_FOUND', 'id');
    });

    it('keeps the flag when the draft’s item 9 is changed back to 0, until someone reviews it', async () => {
      const client = await fixture.clientStartedDaysAgo(30);
      const draft = await recordPhq9(client.id, [2, 2, null, null, null, null, null, null, 2]);

      const edited = dataOf(
        await clinician.post(UpdateMeasureDraft, {
          input: {
            id: draft.id,
            version: draft.version,
            answers: [2, 2, null, null, null, null, null, null, 0],
          },
        }),
      ).updateMeasureDraft;
      const completed = dataOf(
        await clinician.post(UpdateMeasureDraft, {
          input: { id: draft.id, version: edited.version, answers: phq9Answers(8) },
        }),
      ).updateMeasureDraft;

      expect([edited.hasSafetyFlag, completed.hasSafetyFlag]).toEqual([false, false]);
      const record = await fixture.measuresOf(client.id);
      expect(record.safetyFlags.map((flag) => [flag.measureResponseId, flag.isReviewed])).toEqual([
        [draft.id, false],
      ]);
      expect((await fixture.caseloadEntry(client.id)).unreviewedSafetyFlagCount).toBe(1);

      dataOf(
        await clinician.post(ReviewSafetyFlag, { id: record.safetyFlags[0].id, note: 'Seen' }),
      );
      expect((await fixture.caseloadEntry(client.id)).unreviewedSafetyFlagCount).toBe(0);
    });

    it('lists unreviewed flags first, then the newest first', async () => {
      const client = await fixture.clientStartedDaysAgo(30);
      const oldest = await recordPhq9(client.id, phq9Answers(9, 1));
      const middle = await recordPhq9(client.id, phq9Answers(9, 1));
      const newest = await recordPhq9(client.id, phq9Answers(9, 1));
      const flags = (await fixture.measuresOf(client.id)).safetyFlags;
      const newestFlag = flags.find((flag) => flag.measureResponseId === newest.id);
      dataOf(await clinician.post(ReviewSafetyFlag, { id: newestFlag?.id ?? '', note: 'Seen' }));

      const record = await fixture.measuresOf(client.id);

      expect(record.safetyFlags.map((flag) => flag.measureResponseId)).toEqual([
        middle.id,
        oldest.id,
        newest.id,
      ]);
      expect(record.unreviewedSafetyFlagCount).toBe(2);
    });

    it('answers the US crisis lines by default: 988 and 911', async () => {
      const { crisisResources } = dataOf(await clinician.post(CrisisResources));

      expect(crisisResources).toEqual([
        { label: '988 Suicide & Crisis Lifeline', contact: 'Call or text 988' },
        { label: 'In an emergency', contact: 'Call 911' },
      ]);
    });
  });
});
