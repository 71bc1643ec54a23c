import { sql } from 'kysely';
import { TEXT_LIMITS, type GoalStatus } from '@waypoint/shared';
import type { GraphqlSession } from '../../support/graphql-session';
import { DEMO_EMAILS } from '../accounts/accounts-fixture';
import {
  AddMilestone,
  ChangeGoalStatus,
  ClientRecordQuery,
  CreateGoal,
  RecordGasReview,
  RemoveMilestone,
  ReorderGoals,
  TickMilestone,
  UpdateGoal,
  type GoalFields,
  type GoalInput,
} from './client-documents';
import {
  dataOf,
  daysFromToday,
  expectRefusal,
  GAS_LEVELS,
  startClientRecordFixture,
  type ClientRecordFixture,
} from './client-record-fixture';

describe('setting, rewording, moving and ordering goals over HTTP', () => {
  let fixture: ClientRecordFixture;
  let clinician: GraphqlSession;

  beforeAll(async () => {
    fixture = await startClientRecordFixture();
    clinician = fixture.clinician;
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  /** The goal's row as the database holds it. */
  function goalRow(id: string) {
    return fixture.accounts.db
      .selectFrom('goal')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  }

  /** The client's goal ids in the order the database holds them. */
  async function storedOrder(clientId: string): Promise<string[]> {
    const rows = await fixture.accounts.db
      .selectFrom('goal')
      .select('id')
      .where('client_id', '=', clientId)
      .orderBy('position')
      .execute();
    return rows.map((row) => row.id);
  }

  /** Every editable field of a goal as it stands, for an update to change some of. */
  function wordingOf(goal: GoalFields): GoalInput {
    return {
      clientWords: goal.clientWords,
      clinicianWording: goal.clinicianWording,
      domain: goal.domain,
      specific: goal.specific,
      measureOfSuccess: goal.measureOfSuccess,
      targetDate: goal.targetDate,
      gasLevels: goal.gasLevels,
      weight: goal.weight,
    };
  }

  async function changeStatus(goal: GoalFields, status: GoalStatus, reason: string | null = null) {
    return clinician.post(ChangeGoalStatus, {
      input: { goalId: goal.id, version: goal.version, status, reason },
    });
  }

  describe('createGoal', () => {
    it('sets a goal active by default, last in the client’s order, with its history begun', async () => {
      const client = await fixture.newClient();
      const first = await fixture.newGoal(client.id, { clientWords: 'Walk more' });
      const before = await fixture.rowCounts();
      const setAt = Date.now();

      const created = await clinician.post(CreateGoal, {
        input: {
          clientId: client.id,
          goal: {
            clientWords: '  Sleep by midnight ',
            clinicianWording: 'Improve sleep hygiene',
            domain: 'HEALTH',
            specific: 'Lights out by 23:30',
            measureOfSuccess: 'Five nights in seven',
            targetDate: daysFromToday(0),
            gasLevels: GAS_LEVELS,
            weight: 3,
          },
        },
      });

      const goal = dataOf(created).createGoal;
      expect(goal).toEqual({
        id: expect.any(String),
        version: 1,
        clientWords: 'Sleep by midnight',
        clinicianWording: 'Improve sleep hygiene',
        domain: 'HEALTH',
        specific: 'Lights out by 23:30',
        measureOfSuccess: 'Five nights in seven',
        targetDate: daysFromToday(0),
        gasLevels: GAS_LEVELS,
        weight: 3,
        status: 'ACTIVE',
        statusHistory: [
          {
            status: 'ACTIVE',
            changedAt: expect.any(String),
            reason: null,
            changedBy: { id: fixture.clinicianId },
          },
        ],
        milestones: [],
      });
      const changedAt = Date.parse(goal.statusHistory[0].changedAt);
      expect(changedAt).toBeGreaterThanOrEqual(setAt - 1_000);
      expect(changedAt).toBeLessThanOrEqual(Date.now() + 1_000);
      expect(await storedOrder(client.id)).toEqual([first.id, goal.id]);
      expect(await fixture.rowCounts()).toEqual({
        ...before,
        goal: before['goal'] + 1,
        goal_status_change: before['goal_status_change'] + 1,
        successfulAuditEvents: before['successfulAuditEvents'] + 1,
      });
    });

    it('sets a goal as proposed when asked, weighted 1 when no weight is given', async () => {
      const client = await fixture.newClient();
      const created = await clinician.post(CreateGoal, {
        input: {
          clientId: client.id,
          goal: { clientWords: 'Call my sister', domain: 'RELATIONSHIPS' },
          status: 'PROPOSED',
        },
      });

      const goal = dataOf(created).createGoal;
      expect(goal.status).toBe('PROPOSED');
      expect(goal.weight).toBe(1);
      expect(goal.statusHistory.map((change) => change.status)).toEqual(['PROPOSED']);
    });

    const refusals: readonly [string, Partial<GoalInput>, GoalStatus | null, string, string][] = [
      ['a new goal on hold', {}, 'ON_HOLD', 'BAD_USER_INPUT', 'status'],
      ['a new goal already completed', {}, 'COMPLETED', 'BAD_USER_INPUT', 'status'],
      ['a weight of 4', { weight: 4 }, null, 'BAD_USER_INPUT', 'goal.weight'],
      ['a weight of 0', { weight: 0 }, null, 'BAD_USER_INPUT', 'goal.weight'],
      [
        'a target date before the day the goal is set',
        { targetDate: daysFromToday(-1) },
        null,
        'BAD_USER_INPUT',
        'goal.targetDate',
      ],
      ['empty client words', { clientWords: '  ' }, null, 'BAD_USER_INPUT', 'goal.clientWords'],
      [
        'client words one character too long',
        { clientWords: 'x'.repeat(TEXT_LIMITS.goalClientWords + 1) },
        null,
        'BAD_USER_INPUT',
        'goal.clientWords',
      ],
      [
        'an empty GAS level',
        { gasLevels: { ...GAS_LEVELS, expected: '' } },
        null,
        'BAD_USER_INPUT',
        'goal.gasLevels.expected',
      ],
    ];

    it.each(refusals)(
      'refuses %s, naming the field, and writes nothing',
      async (_what, goal, status, code, field) => {
        const client = await fixture.newClient();
        const before = await fixture.rowCounts();

        const response = await clinician.post(CreateGoal, {
          input: {
            clientId: client.id,
            goal: { clientWords: 'Walk more', domain: 'MOOD', ...goal },
            status,
          },
        });

        expectRefusal(response, code, field);
        expect(await fixture.rowCounts()).toEqual(before);
      },
    );

    it('answers NOT_FOUND on clientId for another practice’s client, writing nothing', async () => {
      const elsewhere = await fixture.otherPracticeClient();
      const before = await fixture.rowCounts();

      const response = await clinician.post(CreateGoal, {
        input: { clientId: elsewhere.clientId, goal: { clientWords: 'Mine now', domain: 'MOOD' } },
      });

      expectRefusal(response, 'NOT_FOUND', 'clientId');
      expect(await fixture.rowCounts()).toEqual(before);
    });
  });

  describe('updateGoal', () => {
    it('saves the wording over the current version, clearing what is left out', async () => {
      const client = await fixture.newClient();
      const goal = await fixture.newGoal(client.id, { clinicianWording: 'Behavioural activation' });

      const saved = dataOf(
        await clinician.post(UpdateGoal, {
          id: goal.id,
          version: goal.version,
          input: { clientWords: 'Walk to the park', domain: 'HEALTH', weight: 2 },
        }),
      ).updateGoal;

      expect(saved).toMatchObject({
        id: goal.id,
        version: goal.version + 1,
        clientWords: 'Walk to the park',
        clinicianWording: null,
        gasLevels: null,
        domain: 'HEALTH',
        weight: 2,
        status: 'ACTIVE',
      });
      expect((await goalRow(goal.id)).client_words).toBe('Walk to the park');
    });

    it('refuses a save over a stale version with CONFLICT, overwriting nothing', async () => {
      const client = await fixture.newClient();
      const goal = await fixture.newGoal(client.id);
      dataOf(
        await clinician.post(UpdateGoal, {
          id: goal.id,
          version: goal.version,
          input: { ...wordingOf(goal), clientWords: 'First edit' },
        }),
      );
      const rowBefore = await goalRow(goal.id);
      const before = await fixture.rowCounts();

      const stale = await clinician.post(UpdateGoal, {
        id: goal.id,
        version: goal.version,
        input: { ...wordingOf(goal), clientWords: 'Second edit' },
      });

      expectRefusal(stale, 'CONFLICT', 'version');
      expect(rowBefore.client_words).toBe('First edit');
      expect(await goalRow(goal.id)).toEqual(rowBefore);
      expect(await fixture.rowCounts()).toEqual(before);
    });

    it('refuses a target date before the day the goal was set, on targetDate', async () => {
      const client = await fixture.newClient();
      const goal = await fixture.newGoal(client.id);
      const rowBefore = await goalRow(goal.id);

      const response = await clinician.post(UpdateGoal, {
        id: goal.id,
        version: goal.version,
        input: { ...wordingOf(goal), targetDate: daysFromToday(-1) },
      });

      expectRefusal(response, 'BAD_USER_INPUT', 'targetDate');
      expect(await goalRow(goal.id)).toEqual(rowBefore);
    });
  });

  describe('reorderGoals', () => {
    it('puts the goals in the new order and the record reads it back', async () => {
      const client = await fixture.newClient();
      const [a, b, c] = [
        await fixture.newGoal(client.id, { clientWords: 'A' }),
        await fixture.newGoal(client.id, { clientWords: 'B' }),
        await fixture.newGoal(client.id, { clientWords: 'C' }),
      ];

      const reordered = dataOf(
        await clinician.post(ReorderGoals, { clientId: client.id, goalIds: [c.id, a.id, b.id] }),
      ).reorderGoals;

      expect(reordered.map((goal) => goal.id)).toEqual([c.id, a.id, b.id]);
      const record = dataOf(await clinician.post(ClientRecordQuery, { id: client.id })).client;
      expect(record.goals.map((goal) => goal.clientWords)).toEqual(['C', 'A', 'B']);
    });

    it.each([
      ['names a goal twice', 'duplicate', 'BAD_USER_INPUT'],
      ['names a goal of another client', 'foreign', 'NOT_FOUND'],
      ['leaves a goal out', 'missing', 'CONFLICT'],
    ] as const)('refuses an order that %s, keeping the old order', async (_what, kind, code) => {
      const client = await fixture.newClient();
      const [a, b, c] = [
        await fixture.newGoal(client.id),
        await fixture.newGoal(client.id),
        await fixture.newGoal(client.id),
      ];
      const other = await fixture.newGoal((await fixture.newClient()).id);
      const goalIds = {
        duplicate: [c.id, a.id, a.id],
        foreign: [c.id, a.id, other.id],
        missing: [c.id, a.id],
      }[kind];
      const mark = await fixture.auditMark();

      const response = await clinician.post(ReorderGoals, { clientId: client.id, goalIds });

      expectRefusal(response, code, 'goalIds');
      expect(await storedOrder(client.id)).toEqual([a.id, b.id, c.id]);
      expect(await fixture.auditEventsSince(mark)).toEqual([]);
    });
  });

  it('leaves an audit event naming the entity and the client for every change', async () => {
    const client = await fixture.newClient();
    const mark = await fixture.auditMark();

    const goal = await fixture.newGoal(client.id);
    const reworded = dataOf(
      await clinician.post(UpdateGoal, {
        id: goal.id,
        version: goal.version,
        input: { ...wordingOf(goal), clientWords: 'Walk to the park' },
      }),
    ).updateGoal;
    const second = await fixture.newGoal(client.id);
    dataOf(await changeStatus(reworded, 'ON_HOLD', 'A busy month'));
    dataOf(
      await clinician.post(ReorderGoals, { clientId: client.id, goalIds: [second.id, goal.id] }),
    );
    const milestone = dataOf(
      await clinician.post(AddMilestone, { goalId: second.id, input: { title: 'Shoes out' } }),
    ).addMilestone;
    const ticked = dataOf(await clinician.post(TickMilestone, { id: milestone.id })).tickMilestone;
    dataOf(await clinician.post(RemoveMilestone, { id: milestone.id, version: ticked.version }));
    const review = dataOf(
      await clinician.post(RecordGasReview, {
        input: { clientId: client.id, ratings: [{ goalId: second.id, level: 0 }] },
      }),
    ).recordGasReview;

    const events = await fixture.auditEventsSince(mark);
    expect(events.map((event) => [event.action, event.entityType, event.entityId])).toEqual([
      ['CREATED', 'GOAL', goal.id],
      ['UPDATED', 'GOAL', goal.id],
      ['CREATED', 'GOAL', second.id],
      ['UPDATED', 'GOAL', goal.id],
      ['UPDATED', 'CLIENT', client.id],
      ['CREATED', 'MILESTONE', milestone.id],
      ['UPDATED', 'MILESTONE', milestone.id],
      ['DELETED', 'MILESTONE', milestone.id],
      ['CREATED', 'GAS_REVIEW', review.id],
    ]);
    for (const event of events) {
      expect(event).toMatchObject({
        clientId: client.id,
        actorId: fixture.clinicianId,
        outcome: 'SUCCESS',
      });
    }
  });

  // Last in the file: it restarts Waypoint with the database in another time zone.
  it('counts the day a goal was set in UTC, as createGoal does, whatever the database’s time zone', async () => {
    const client = await fixture.newClient();
    const goal = await fixture.newGoal(client.id, { targetDate: daysFromToday(0) });
    const db = fixture.accounts.db;
    // Set at 21:00 UTC today: already tomorrow in Tokyo.
    const setAt = `${daysFromToday(0)}T21:00:00Z`;
    await sql`UPDATE goal SET created_at = ${setAt}::timestamptz WHERE id = ${goal.id}`.execute(db);
    const { rows } = await sql<{ name: string }>`SELECT current_database() AS name`.execute(db);
    await sql`ALTER DATABASE ${sql.id(rows[0].name)} SET timezone = 'Asia/Tokyo'`.execute(db);
    await fixture.accounts.restart();
    const session = await fixture.accounts.signedIn(DEMO_EMAILS.clinician);

    const saved = await session.post(UpdateGoal, {
      id: goal.id,
      version: goal.version,
      input: { ...wordingOf(goal), clientWords: 'Reworded, same target' },
    });

    expect(dataOf(saved).updateGoal).toMatchObject({
      clientWords: 'Reworded, same target',
      targetDate: daysFromToday(0),
    });
  });
});
