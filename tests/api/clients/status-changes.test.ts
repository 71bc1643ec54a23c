import type { ClientStatus, GoalStatus } from '@waypoint/shared';
import type { GraphqlSession } from '../../support/graphql-session';
import {
  ChangeClientStatus,
  ChangeGoalStatus,
  ClientRecordQuery,
  type GoalFields,
} from './client-documents';
import {
  dataOf,
  daysFromToday,
  expectRefusal,
  startClientRecordFixture,
  type ClientRecordFixture,
} from './client-record-fixture';

// The course of care: clients paused, discharged and reopened, and goals moved through their
// lifecycle (libs/shared client-lifecycle.ts and goal-lifecycle.ts), each change kept.

describe('changing the status of clients and goals over HTTP', () => {
  let fixture: ClientRecordFixture;
  let clinician: GraphqlSession;

  beforeAll(async () => {
    fixture = await startClientRecordFixture();
    clinician = fixture.clinician;
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  function clientRow(id: string) {
    return fixture.accounts.db
      .selectFrom('client')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  }

  function goalRow(id: string) {
    return fixture.accounts.db
      .selectFrom('goal')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  }

  async function changeClient(
    client: { id: string; version: number },
    status: ClientStatus,
    changedOn: string | null = null,
    reason: string | null = null,
  ) {
    return clinician.post(ChangeClientStatus, {
      input: { clientId: client.id, version: client.version, status, changedOn, reason },
    });
  }

  async function changeGoal(goal: GoalFields, status: GoalStatus, reason: string | null = null) {
    return clinician.post(ChangeGoalStatus, {
      input: { goalId: goal.id, version: goal.version, status, reason },
    });
  }

  describe('changeClientStatus', () => {
    it('pauses with a reason, discharges and reopens, keeping the whole history in order', async () => {
      const client = await fixture.newClient({
        preferredName: 'Jo',
        startedOn: daysFromToday(-60),
      });

      const paused = dataOf(
        await changeClient(client, 'PAUSED', daysFromToday(-30), 'Travelling for work'),
      ).changeClientStatus;
      const discharged = dataOf(
        await changeClient(paused, 'DISCHARGED', daysFromToday(-20), 'Goals met'),
      ).changeClientStatus;
      const reopened = dataOf(
        await changeClient(discharged, 'ACTIVE', daysFromToday(-3)),
      ).changeClientStatus;

      expect([paused, discharged, reopened].map((step) => [step.status, step.version])).toEqual([
        ['PAUSED', 2],
        ['DISCHARGED', 3],
        ['ACTIVE', 4],
      ]);
      const record = dataOf(await clinician.post(ClientRecordQuery, { id: client.id })).client;
      const by = { id: fixture.clinicianId };
      expect(record.status).toBe('ACTIVE');
      expect(record.statusHistory).toEqual([
        { status: 'ACTIVE', changedOn: daysFromToday(-60), reason: null, changedBy: by },
        {
          status: 'PAUSED',
          changedOn: daysFromToday(-30),
          reason: 'Travelling for work',
          changedBy: by,
        },
        { status: 'DISCHARGED', changedOn: daysFromToday(-20), reason: 'Goals met', changedBy: by },
        { status: 'ACTIVE', changedOn: daysFromToday(-3), reason: null, changedBy: by },
      ]);
    });

    it('dates a change today when no day is given', async () => {
      const client = await fixture.newClient({ preferredName: 'Kit' });
      const paused = dataOf(await changeClient(client, 'PAUSED')).changeClientStatus;
      expect(paused.statusHistory.at(-1)?.changedOn).toBe(daysFromToday(0));
    });

    it('refuses a change to the status the client already has, on status', async () => {
      const client = await fixture.newClient({ preferredName: 'Lou' });
      const before = await fixture.rowCounts();

      expectRefusal(await changeClient(client, 'ACTIVE'), 'BAD_USER_INPUT', 'status');
      expect(await fixture.rowCounts()).toEqual(before);
    });

    it('refuses to pause a discharged client: they can only be reopened', async () => {
      const client = await fixture.newClient({ preferredName: 'Max' });
      const discharged = dataOf(await changeClient(client, 'DISCHARGED')).changeClientStatus;
      const rowBefore = await clientRow(client.id);
      const before = await fixture.rowCounts();

      expectRefusal(await changeClient(discharged, 'PAUSED'), 'BAD_USER_INPUT', 'status');
      expect(await clientRow(client.id)).toEqual(rowBefore);
      expect(await fixture.rowCounts()).toEqual(before);
    });

    it('refuses a change over a stale version with CONFLICT', async () => {
      const client = await fixture.newClient({ preferredName: 'Ned' });
      dataOf(await changeClient(client, 'PAUSED'));
      const before = await fixture.rowCounts();

      expectRefusal(await changeClient(client, 'DISCHARGED'), 'CONFLICT', 'version');
      expect(await fixture.rowCounts()).toEqual(before);
    });

    it.each([
      ['before care began', -61],
      ['in the future', 2],
    ])('refuses a change dated %s, on changedOn', async (_when, days) => {
      const client = await fixture.newClient({
        preferredName: 'Oz',
        startedOn: daysFromToday(-60),
      });
      const rowBefore = await clientRow(client.id);
      const before = await fixture.rowCounts();

      const response = await changeClient(client, 'PAUSED', daysFromToday(days), 'Away');

      expectRefusal(response, 'BAD_USER_INPUT', 'changedOn');
      expect(await clientRow(client.id)).toEqual(rowBefore);
      expect(await fixture.rowCounts()).toEqual(before);
    });

    it('refuses a change dated before the latest one, so the history stays in order', async () => {
      const client = await fixture.newClient({
        preferredName: 'Pip',
        startedOn: daysFromToday(-60),
      });
      const paused = dataOf(
        await changeClient(client, 'PAUSED', daysFromToday(-10), 'Away'),
      ).changeClientStatus;
      const before = await fixture.rowCounts();

      const response = await changeClient(paused, 'ACTIVE', daysFromToday(-20));

      expectRefusal(response, 'BAD_USER_INPUT', 'changedOn');
      expect(await fixture.rowCounts()).toEqual(before);
      // The same day as the latest change is fine.
      const reopened = dataOf(await changeClient(paused, 'ACTIVE', daysFromToday(-10)));
      expect(reopened.changeClientStatus.status).toBe('ACTIVE');
    });
  });

  describe('changeGoalStatus', () => {
    it('puts a goal on hold only with a reason, on reason', async () => {
      const client = await fixture.newClient();
      const goal = await fixture.newGoal(client.id);
      const before = await fixture.rowCounts();

      expectRefusal(await changeGoal(goal, 'ON_HOLD'), 'BAD_USER_INPUT', 'reason');
      expectRefusal(await changeGoal(goal, 'ON_HOLD', '   '), 'BAD_USER_INPUT', 'reason');
      expect(await fixture.rowCounts()).toEqual(before);

      const held = dataOf(await changeGoal(goal, 'ON_HOLD', ' Surgery in May ')).changeGoalStatus;
      expect(held.status).toBe('ON_HOLD');
      expect(held.statusHistory.at(-1)?.reason).toBe('Surgery in May');
    });

    it('refuses to cancel a completed goal, on status, changing nothing', async () => {
      const client = await fixture.newClient();
      const goal = await fixture.newGoal(client.id);
      const completed = dataOf(await changeGoal(goal, 'COMPLETED')).changeGoalStatus;
      const rowBefore = await goalRow(goal.id);
      const before = await fixture.rowCounts();

      const response = await changeGoal(completed, 'CANCELLED', 'Changed our minds');

      expectRefusal(response, 'BAD_USER_INPUT', 'status');
      expect(await goalRow(goal.id)).toEqual(rowBefore);
      expect(await fixture.rowCounts()).toEqual(before);
    });

    it('refuses a change over a stale version with CONFLICT', async () => {
      const client = await fixture.newClient();
      const goal = await fixture.newGoal(client.id);
      dataOf(await changeGoal(goal, 'COMPLETED'));

      expectRefusal(await changeGoal(goal, 'ON_HOLD', 'Later'), 'CONFLICT', 'version');
      expect((await goalRow(goal.id)).status).toBe('COMPLETED');
    });

    it('keeps every change with when it was made, why, and by whom, oldest first', async () => {
      const client = await fixture.newClient();
      const startedAt = Date.now();
      let goal = await fixture.newGoal(client.id);
      for (const [status, reason] of [
        ['ON_HOLD', 'Surgery in May'],
        ['ACTIVE', null],
        ['COMPLETED', null],
      ] as const) {
        goal = dataOf(await changeGoal(goal, status, reason)).changeGoalStatus;
      }

      const record = dataOf(await clinician.post(ClientRecordQuery, { id: client.id })).client;
      const history = record.goals[0].statusHistory;
      expect(history.map(({ status, reason, changedBy }) => [status, reason, changedBy])).toEqual([
        ['ACTIVE', null, { id: fixture.clinicianId }],
        ['ON_HOLD', 'Surgery in May', { id: fixture.clinicianId }],
        ['ACTIVE', null, { id: fixture.clinicianId }],
        ['COMPLETED', null, { id: fixture.clinicianId }],
      ]);
      const times = history.map((change) => Date.parse(change.changedAt));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(times[0]).toBeGreaterThanOrEqual(startedAt - 1_000);
      expect(times.at(-1)).toBeLessThanOrEqual(Date.now() + 1_000);
      expect(record.goals[0]).toMatchObject({ status: 'COMPLETED', version: 4 });
    });
  });
});
