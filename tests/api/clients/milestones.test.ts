import type { GraphqlSession } from '../../support/graphql-session';
import {
  AddMilestone,
  ChangeGoalStatus,
  ClientRecordQuery,
  RemoveMilestone,
  ReorderMilestones,
  TickMilestone,
  UntickMilestone,
  UpdateMilestone,
  type MilestoneFields,
} from './client-documents';
import {
  dataOf,
  daysFromToday,
  expectRefusal,
  startClientRecordFixture,
  type ClientRecordFixture,
} from './client-record-fixture';

describe('the small steps under a goal over HTTP', () => {
  let fixture: ClientRecordFixture;
  let clinician: GraphqlSession;

  beforeAll(async () => {
    fixture = await startClientRecordFixture();
    clinician = fixture.clinician;
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  /** The milestone's row as the database holds it, or undefined once removed. */
  function milestoneRow(id: string) {
    return fixture.accounts.db
      .selectFrom('milestone')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** A new client with one active goal. */
  async function goalOfNewClient() {
    const client = await fixture.newClient();
    return { client, goal: await fixture.newGoal(client.id) };
  }

  async function addMilestone(goalId: string, title: string, dueOn: string | null = null) {
    return dataOf(await clinician.post(AddMilestone, { goalId, input: { title, dueOn } }))
      .addMilestone;
  }

  async function milestonesOf(clientId: string): Promise<readonly MilestoneFields[]> {
    const record = dataOf(await clinician.post(ClientRecordQuery, { id: clientId })).client;
    return record.goals[0].milestones;
  }

  it('adds milestones last in order, saves, reorders and removes them', async () => {
    const { client, goal } = await goalOfNewClient();
    const shoes = await addMilestone(goal.id, '  Shoes by the door ');
    const block = await addMilestone(goal.id, 'Round the block', daysFromToday(7));
    const park = await addMilestone(goal.id, 'To the park');
    expect(shoes).toMatchObject({ goalId: goal.id, title: 'Shoes by the door', version: 1 });
    expect((await milestonesOf(client.id)).map((milestone) => milestone.id)).toEqual([
      shoes.id,
      block.id,
      park.id,
    ]);

    const renamed = dataOf(
      await clinician.post(UpdateMilestone, {
        id: block.id,
        version: block.version,
        input: { title: 'Twice round the block', dueOn: daysFromToday(14) },
      }),
    ).updateMilestone;
    const reordered = dataOf(
      await clinician.post(ReorderMilestones, {
        goalId: goal.id,
        milestoneIds: [park.id, shoes.id, block.id],
      }),
    ).reorderMilestones;
    const removed = dataOf(
      await clinician.post(RemoveMilestone, { id: shoes.id, version: shoes.version }),
    ).removeMilestone;

    expect(renamed).toMatchObject({
      version: block.version + 1,
      title: 'Twice round the block',
      dueOn: daysFromToday(14),
    });
    expect(reordered.map((milestone) => milestone.id)).toEqual([park.id, shoes.id, block.id]);
    expect(removed).toBe(true);
    expect(await milestoneRow(shoes.id)).toBeUndefined();
    expect((await milestonesOf(client.id)).map(({ title, dueOn }) => [title, dueOn])).toEqual([
      ['To the park', null],
      ['Twice round the block', daysFromToday(14)],
    ]);
  });

  it('refuses to save or remove a milestone over a stale version with CONFLICT', async () => {
    const { goal } = await goalOfNewClient();
    const milestone = await addMilestone(goal.id, 'Shoes by the door');
    dataOf(
      await clinician.post(UpdateMilestone, {
        id: milestone.id,
        version: milestone.version,
        input: { title: 'First edit' },
      }),
    );
    const rowBefore = await milestoneRow(milestone.id);
    const before = await fixture.rowCounts();

    const saved = await clinician.post(UpdateMilestone, {
      id: milestone.id,
      version: milestone.version,
      input: { title: 'Second edit' },
    });
    const removed = await clinician.post(RemoveMilestone, {
      id: milestone.id,
      version: milestone.version,
    });

    expectRefusal(saved, 'CONFLICT', 'version');
    expectRefusal(removed, 'CONFLICT', 'version');
    expect(rowBefore?.title).toBe('First edit');
    expect(await milestoneRow(milestone.id)).toEqual(rowBefore);
    expect(await fixture.rowCounts()).toEqual(before);
  });

  it.each([
    ['names a milestone twice', 'duplicate', 'BAD_USER_INPUT'],
    ['names a milestone of another goal', 'foreign', 'NOT_FOUND'],
    ['leaves a milestone out', 'missing', 'CONFLICT'],
  ] as const)('refuses a milestone order that %s', async (_what, kind, code) => {
    const { client, goal } = await goalOfNewClient();
    const first = await addMilestone(goal.id, 'First');
    const second = await addMilestone(goal.id, 'Second');
    const elsewhere = await addMilestone((await fixture.newGoal(client.id)).id, 'Elsewhere');
    const milestoneIds = {
      duplicate: [second.id, second.id],
      foreign: [second.id, elsewhere.id],
      missing: [second.id],
    }[kind];

    const response = await clinician.post(ReorderMilestones, { goalId: goal.id, milestoneIds });

    expectRefusal(response, code, 'milestoneIds');
    expect((await milestonesOf(client.id)).map((milestone) => milestone.id)).toEqual([
      first.id,
      second.id,
    ]);
  });

  it('ticking records when it was done; ticking again keeps the first time and audits once', async () => {
    const { client, goal } = await goalOfNewClient();
    const milestone = await addMilestone(goal.id, 'Shoes by the door');
    const mark = await fixture.auditMark();
    const tickedFrom = Date.now();

    const ticked = dataOf(await clinician.post(TickMilestone, { id: milestone.id })).tickMilestone;
    const tickedTo = Date.now();
    const again = dataOf(await clinician.post(TickMilestone, { id: milestone.id })).tickMilestone;

    expect(ticked.doneAt).not.toBeNull();
    const doneAt = Date.parse(ticked.doneAt ?? '');
    expect(doneAt).toBeGreaterThanOrEqual(tickedFrom - 1_000);
    expect(doneAt).toBeLessThanOrEqual(tickedTo + 1_000);
    expect(again).toEqual(ticked);
    expect((await milestoneRow(milestone.id))?.done_at?.toISOString()).toBe(ticked.doneAt);
    expect(await fixture.auditEventsSince(mark)).toEqual([
      {
        action: 'UPDATED',
        entityType: 'MILESTONE',
        entityId: milestone.id,
        clientId: client.id,
        actorId: fixture.clinicianId,
        outcome: 'SUCCESS',
      },
    ]);
  });

  it('unticking clears the tick, and unticking again changes nothing', async () => {
    const { goal } = await goalOfNewClient();
    const milestone = await addMilestone(goal.id, 'Shoes by the door');
    dataOf(await clinician.post(TickMilestone, { id: milestone.id }));

    const unticked = dataOf(
      await clinician.post(UntickMilestone, { id: milestone.id }),
    ).untickMilestone;
    const mark = await fixture.auditMark();
    const again = dataOf(await clinician.post(UntickMilestone, { id: milestone.id }));

    expect(unticked.doneAt).toBeNull();
    expect((await milestoneRow(milestone.id))?.done_at).toBeNull();
    expect(again.untickMilestone).toEqual(unticked);
    expect(await fixture.auditEventsSince(mark)).toEqual([]);
  });

  it('refuses to tick, untick or change a milestone of a cancelled goal, changing nothing', async () => {
    const { goal } = await goalOfNewClient();
    const open = await addMilestone(goal.id, 'Still to do');
    const done = await addMilestone(goal.id, 'Done before');
    dataOf(await clinician.post(TickMilestone, { id: done.id }));
    dataOf(
      await clinician.post(ChangeGoalStatus, {
        input: { goalId: goal.id, version: goal.version, status: 'CANCELLED', reason: 'Moved' },
      }),
    );
    const rowsBefore = [await milestoneRow(open.id), await milestoneRow(done.id)];
    const before = await fixture.rowCounts();

    expectRefusal(await clinician.post(TickMilestone, { id: open.id }), 'BAD_USER_INPUT', 'id');
    expectRefusal(await clinician.post(UntickMilestone, { id: done.id }), 'BAD_USER_INPUT', 'id');
    expectRefusal(
      await clinician.post(AddMilestone, { goalId: goal.id, input: { title: 'One more' } }),
      'BAD_USER_INPUT',
      'goalId',
    );

    expect([await milestoneRow(open.id), await milestoneRow(done.id)]).toEqual(rowsBefore);
    expect(rowsBefore[0]?.done_at).toBeNull();
    expect(await fixture.rowCounts()).toEqual(before);
  });

  it('refuses an empty milestone title, on title, writing nothing', async () => {
    const { goal } = await goalOfNewClient();
    const before = await fixture.rowCounts();

    const response = await clinician.post(AddMilestone, {
      goalId: goal.id,
      input: { title: '   ' },
    });

    expectRefusal(response, 'BAD_USER_INPUT', 'title');
    expect(await fixture.rowCounts()).toEqual(before);
  });
});
