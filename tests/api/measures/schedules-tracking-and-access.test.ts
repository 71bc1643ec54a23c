import type { GraphqlSession } from '../../support/graphql-session';
import { DEMO_EMAILS } from '../accounts/accounts-fixture';
import { ChangeClientStatus, type ClientFields } from '../clients/client-documents';
import { dataOf, daysFromToday, expectRefusal } from '../clients/client-record-fixture';
import {
  ClientMeasures,
  RecordMeasure,
  ReviewSafetyFlag,
  SetMeasureSchedule,
  UpdateMeasureDraft,
  type MeasureScheduleFields,
} from './measure-documents';
import { phq9Answers, startMeasuresFixture, type MeasuresFixture } from './measures-fixture';

// What the caseload shows of a client's measures (schedules due, not-on-track flags from
// libs/shared measures/schedule.ts and not-on-track.ts), the audit trail the measure mutations
// leave, and who may read and record measures.

describe('measure schedules, not-on-track flags and access over HTTP', () => {
  let fixture: MeasuresFixture;
  let clinician: GraphqlSession;

  beforeAll(async () => {
    fixture = await startMeasuresFixture();
    clinician = fixture.clinician;
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  function schedule(clientId: string, everyWeeks: number | null) {
    return clinician.post(SetMeasureSchedule, { clientId, instrument: 'PHQ9', everyWeeks });
  }

  function scheduleRows(clientId: string) {
    return fixture.accounts.db
      .selectFrom('measure_schedule')
      .select(['instrument', 'every_weeks'])
      .where('client_id', '=', clientId)
      .execute();
  }

  async function pause(client: ClientFields) {
    const response = await clinician.post(ChangeClientStatus, {
      input: { clientId: client.id, version: client.version, status: 'PAUSED', reason: 'Away' },
    });
    return dataOf(response).changeClientStatus;
  }

  describe('setMeasureSchedule', () => {
    it('makes a PHQ-9 every 4 weeks due 28 days after the last one, overdue 5 weeks on', async () => {
      const client = await fixture.clientStartedDaysAgo(70, 'Fen');
      await fixture.recordTotals(client.id, 'PHQ9', [14], { lastDaysAgo: 35 });

      const schedules = dataOf(await schedule(client.id, 4)).setMeasureSchedule;

      const due = {
        instrument: 'PHQ9',
        everyWeeks: 4,
        nextDueOn: daysFromToday(-7),
        isOverdue: true,
      };
      expect(schedules).toEqual([due]);
      expect((await fixture.measuresOf(client.id)).measureSchedules).toEqual([due]);
      expect((await fixture.caseloadEntry(client.id)).overdueMeasures).toEqual(['PHQ9']);
      expect(await scheduleRows(client.id)).toEqual([{ instrument: 'PHQ9', every_weeks: 4 }]);
    });

    it('counts from the latest complete PHQ-9: a later draft does not reset the due day', async () => {
      const client = await fixture.clientStartedDaysAgo(70);
      await fixture.recordTotals(client.id, 'PHQ9', [16, 14], { lastDaysAgo: 35, everyDays: 14 });
      await fixture.record({
        clientId: client.id,
        instrument: 'PHQ9',
        answers: [1, 1, null, null, null, null, null, null, null],
        administeredOn: daysFromToday(-2),
      });

      const [due] = dataOf(await schedule(client.id, 4)).setMeasureSchedule;

      expect(due).toMatchObject({ nextDueOn: daysFromToday(-7), isOverdue: true });
    });

    it('is due from the start of care when never given, and on time on the due day itself', async () => {
      const client = await fixture.clientStartedDaysAgo(14);

      const [due] = dataOf(
        await clinician.post(SetMeasureSchedule, {
          clientId: client.id,
          instrument: 'GAD7',
          everyWeeks: 2,
        }),
      ).setMeasureSchedule;

      expect(due).toEqual({
        instrument: 'GAD7',
        everyWeeks: 2,
        nextDueOn: daysFromToday(0),
        isOverdue: false,
      });
      expect((await fixture.caseloadEntry(client.id)).overdueMeasures).toEqual([]);
    });

    it('changes the interval of an existing schedule: every 8 weeks is not due yet', async () => {
      const client = await fixture.clientStartedDaysAgo(70);
      await fixture.recordTotals(client.id, 'PHQ9', [14], { lastDaysAgo: 35 });
      dataOf(await schedule(client.id, 4));

      const [due] = dataOf(await schedule(client.id, 8)).setMeasureSchedule;

      expect(due).toEqual({
        instrument: 'PHQ9',
        everyWeeks: 8,
        nextDueOn: daysFromToday(21),
        isOverdue: false,
      });
      expect(await scheduleRows(client.id)).toEqual([{ instrument: 'PHQ9', every_weeks: 8 }]);
      expect((await fixture.caseloadEntry(client.id)).overdueMeasures).toEqual([]);
    });

    it('answers the schedule as just set when one request sets it twice', async () => {
      const client = await fixture.clientStartedDaysAgo(70);
      await fixture.recordTotals(client.id, 'PHQ9', [14], { lastDaysAgo: 35 });

      // Aliased mutations share one request, and with it the request's measure reader.
      const response = await clinician.postRaw<{
        first: MeasureScheduleFields[];
        second: MeasureScheduleFields[];
      }>(
        JSON.stringify({
          query: `mutation ($clientId: ID!) {
            first: setMeasureSchedule(clientId: $clientId, instrument: PHQ9, everyWeeks: 2) {
              everyWeeks nextDueOn
            }
            second: setMeasureSchedule(clientId: $clientId, instrument: PHQ9, everyWeeks: 8) {
              everyWeeks nextDueOn
            }
          }`,
          variables: { clientId: client.id },
        }),
      );

      const { first, second } = dataOf(response);
      expect(first).toEqual([{ everyWeeks: 2, nextDueOn: daysFromToday(-21) }]);
      expect(second).toEqual([{ everyWeeks: 8, nextDueOn: daysFromToday(21) }]);
    });

    it.each([1, 52])('accepts every %i weeks', async (everyWeeks) => {
      const client = await fixture.clientStartedDaysAgo(7);
      const [due] = dataOf(await schedule(client.id, everyWeeks)).setMeasureSchedule;
      expect(due.everyWeeks).toBe(everyWeeks);
    });

    it.each([0, 53, -4])(
      'refuses every %i weeks, on everyWeeks, keeping the schedule',
      async (everyWeeks) => {
        const client = await fixture.clientStartedDaysAgo(70);
        dataOf(await schedule(client.id, 4));
        const before = await fixture.measureRowCounts();

        expectRefusal(await schedule(client.id, everyWeeks), 'BAD_USER_INPUT', 'everyWeeks');

        expect(await scheduleRows(client.id)).toEqual([{ instrument: 'PHQ9', every_weeks: 4 }]);
        expect(await fixture.measureRowCounts()).toEqual(before);
      },
    );

    it('stops scheduling with null: nothing is due or overdue any more', async () => {
      const client = await fixture.clientStartedDaysAgo(70);
      await fixture.recordTotals(client.id, 'PHQ9', [14], { lastDaysAgo: 35 });
      dataOf(await schedule(client.id, 4));
      expect((await fixture.caseloadEntry(client.id)).overdueMeasures).toEqual(['PHQ9']);

      expect(dataOf(await schedule(client.id, null)).setMeasureSchedule).toEqual([]);

      expect((await fixture.measuresOf(client.id)).measureSchedules).toEqual([]);
      expect((await fixture.caseloadEntry(client.id)).overdueMeasures).toEqual([]);
      expect(await scheduleRows(client.id)).toEqual([]);
    });

    it('shows nothing overdue for a paused client', async () => {
      const client = await fixture.clientStartedDaysAgo(70);
      await fixture.recordTotals(client.id, 'PHQ9', [14], { lastDaysAgo: 35 });
      dataOf(await schedule(client.id, 4));
      expect((await fixture.caseloadEntry(client.id)).overdueMeasures).toEqual(['PHQ9']);

      await pause(client);

      expect((await fixture.caseloadEntry(client.id)).overdueMeasures).toEqual([]);
    });
  });

  describe('not on track', () => {
    it('flags no reliable improvement after 10 weeks of care: PHQ-9 16 then 15', async () => {
      const client = await fixture.clientStartedDaysAgo(70, 'Gus');
      await fixture.recordTotals(client.id, 'PHQ9', [16, 15], { lastDaysAgo: 7, everyDays: 56 });

      const entry = await fixture.caseloadEntry(client.id);

      expect(entry.notOnTrack).toEqual([{ instrument: 'PHQ9', reason: expect.any(String) }]);
      expect(entry.notOnTrack[0].reason).toMatch(/\bafter 10 weeks\b/);
    });

    it('does not flag the same scores before 8 weeks of care', async () => {
      const client = await fixture.clientStartedDaysAgo(55);
      await fixture.recordTotals(client.id, 'PHQ9', [16, 15], { lastDaysAgo: 7, everyDays: 42 });

      expect((await fixture.caseloadEntry(client.id)).notOnTrack).toEqual([]);
    });

    it('does not flag a reliable improvement after 10 weeks: PHQ-9 16 then 10', async () => {
      const client = await fixture.clientStartedDaysAgo(70);
      await fixture.recordTotals(client.id, 'PHQ9', [16, 10], { lastDaysAgo: 7, everyDays: 56 });

      expect((await fixture.caseloadEntry(client.id)).notOnTrack).toEqual([]);
    });

    it('flags a reliable deterioration at once: PHQ-9 9 then 16 in the second week', async () => {
      const client = await fixture.clientStartedDaysAgo(14);
      await fixture.recordTotals(client.id, 'PHQ9', [9, 16]);

      const entry = await fixture.caseloadEntry(client.id);

      expect(entry.notOnTrack).toEqual([{ instrument: 'PHQ9', reason: expect.any(String) }]);
      expect(entry.notOnTrack[0].reason).toMatch(/deterioration/i);
      expect(entry.notOnTrack[0].reason).toContain('9 to 16');
    });

    it('flags each measure on its own: a GAD-7 from 5 to 9 is reliably worse', async () => {
      const client = await fixture.clientStartedDaysAgo(14);
      await fixture.recordTotals(client.id, 'PHQ9', [9, 8]);
      await fixture.recordTotals(client.id, 'GAD7', [5, 9]);

      const entry = await fixture.caseloadEntry(client.id);

      expect(entry.notOnTrack.map((flag) => flag.instrument)).toEqual(['GAD7']);
    });

    it('does not flag a paused client, however the scores look', async () => {
      const stalled = await fixture.clientStartedDaysAgo(70);
      await fixture.recordTotals(stalled.id, 'PHQ9', [16, 15], { lastDaysAgo: 7, everyDays: 56 });
      const worse = await fixture.clientStartedDaysAgo(14);
      await fixture.recordTotals(worse.id, 'PHQ9', [9, 16]);
      expect((await fixture.caseloadEntry(stalled.id)).notOnTrack).toHaveLength(1);
      expect((await fixture.caseloadEntry(worse.id)).notOnTrack).toHaveLength(1);

      await pause(stalled);
      await pause(worse);

      for (const id of [stalled.id, worse.id]) {
        const entry = await fixture.caseloadEntry(id);
        expect({ status: entry.status, notOnTrack: entry.notOnTrack }).toEqual({
          status: 'PAUSED',
          notOnTrack: [],
        });
      }
    });
  });

  describe('the audit trail', () => {
    it('leaves one CREATED event for recordMeasure, naming the response and the client', async () => {
      const client = await fixture.clientStartedDaysAgo(30);
      const mark = await fixture.auditMark();

      const response = await fixture.record({
        clientId: client.id,
        instrument: 'PHQ9',
        answers: phq9Answers(11, 1),
      });

      expect(await fixture.auditEventsSince(mark)).toEqual([
        {
          action: 'CREATED',
          entityType: 'MEASURE_RESPONSE',
          entityId: response.id,
          clientId: client.id,
          actorId: fixture.clinicianId,
          outcome: 'SUCCESS',
        },
      ]);
    });

    it('leaves one UPDATED event for updateMeasureDraft', async () => {
      const client = await fixture.clientStartedDaysAgo(30);
      const draft = await fixture.record({
        clientId: client.id,
        instrument: 'PHQ9',
        answers: [1, 1, null, null, null, null, null, null, null],
      });
      const mark = await fixture.auditMark();

      dataOf(
        await clinician.post(UpdateMeasureDraft, {
          input: { id: draft.id, version: draft.version, answers: phq9Answers(6) },
        }),
      );

      expect(await fixture.auditEventsSince(mark)).toEqual([
        {
          action: 'UPDATED',
          entityType: 'MEASURE_RESPONSE',
          entityId: draft.id,
          clientId: client.id,
          actorId: fixture.clinicianId,
          outcome: 'SUCCESS',
        },
      ]);
    });

    it('leaves one UPDATED event for reviewSafetyFlag, naming the flag and the client', async () => {
      const client = await fixture.clientStartedDaysAgo(30);
      await fixture.record({ clientId: client.id, instrument: 'PHQ9', answers: phq9Answers(9, 1) });
      const [flag] = (await fixture.measuresOf(client.id)).safetyFlags;
      const mark = await fixture.auditMark();

      dataOf(await clinician.post(ReviewSafetyFlag, { id: flag.id, note: 'Spoke with them' }));

      expect(await fixture.auditEventsSince(mark)).toEqual([
        {
          action: 'UPDATED',
          entityType: 'SAFETY_FLAG',
          entityId: flag.id,
          clientId: client.id,
          actorId: fixture.clinicianId,
          outcome: 'SUCCESS',
        },
      ]);
    });
  });

  describe('who may read and record measures', () => {
    let supervisor: GraphqlSession;

    beforeAll(async () => {
      supervisor = await fixture.accounts.signedIn(DEMO_EMAILS.supervisor);
    });

    it('lets the clinician’s supervisor read the client’s measures and safety flags', async () => {
      const client = await fixture.clientStartedDaysAgo(30);
      const [response] = await fixture.recordTotals(client.id, 'PHQ9', [12]);
      const flagged = await fixture.record({
        clientId: client.id,
        instrument: 'PHQ9',
        answers: phq9Answers(13, 2),
      });

      const record = dataOf(await supervisor.post(ClientMeasures, { id: client.id })).client;

      expect(record.measureResponses).toEqual([flagged, response]);
      expect(record.safetyFlags.map((flag) => flag.measureResponseId)).toEqual([flagged.id]);
      expect(record.unreviewedSafetyFlagCount).toBe(1);
    });

    it('refuses recordMeasure by the supervisor with FORBIDDEN, writing nothing', async () => {
      const client = await fixture.clientStartedDaysAgo(30);
      const before = await fixture.measureRowCounts();

      const response = await supervisor.post(RecordMeasure, {
        input: { clientId: client.id, instrument: 'PHQ9', answers: phq9Answers(12) },
      });

      expectRefusal(response, 'FORBIDDEN', 'clientId');
      expect(await fixture.measureRowCounts()).toEqual(before);
    });

    it('refuses the supervisor continuing a draft or reviewing a flag with FORBIDDEN on id', async () => {
      const client = await fixture.clientStartedDaysAgo(30);
      const draft = await fixture.record({
        clientId: client.id,
        instrument: 'PHQ9',
        answers: [1, 1, null, null, null, null, null, null, 1],
      });
      const [flag] = (await fixture.measuresOf(client.id)).safetyFlags;
      const before = await fixture.measureRowCounts();

      const continued = await supervisor.post(UpdateMeasureDraft, {
        input: { id: draft.id, version: draft.version, answers: phq9Answers(6) },
      });
      const reviewed = await supervisor.post(ReviewSafetyFlag, { id: flag.id, note: 'Seen' });

      expectRefusal(continued, 'FORBIDDEN', 'id');
      expectRefusal(reviewed, 'FORBIDDEN', 'id');
      expect(await fixture.measureRowCounts()).toEqual(before);
      expect((await fixture.measuresOf(client.id)).safetyFlags).toEqual([flag]);
    });
  });
});
