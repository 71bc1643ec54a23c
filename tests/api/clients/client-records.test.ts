import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { GraphqlSession } from '../../support/graphql-session';
import { DEMO_EMAILS, firstError } from '../accounts/accounts-fixture';
import {
  AddMilestone,
  CaseloadSummaries,
  ChangeClientStatus,
  ClientRecordQuery,
  document,
  LogProgressEntry,
  RecordGasReview,
  ReorderGoals,
  ReorderMilestones,
} from './client-documents';
import {
  dataOf,
  daysFromToday,
  expectRefusal,
  startClientRecordFixture,
  type ClientRecordFixture,
} from './client-record-fixture';

/**
 * Kiresuk & Sherman's GAS T-score with the inter-goal correlation of 0.3 they assumed:
 * T = 50 + 10·Σwx / √(0.7·Σw² + 0.3·(Σw)²). Kiresuk TJ, Sherman RE (1968), Community Mental
 * Health Journal 4(6):443-453. Written out here, apart from libs/shared, to check the API by.
 */
function kiresukShermanT(ratings: readonly { level: number; weight: number }[]): number {
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const weights = ratings.map((rating) => rating.weight);
  const weighted = sum(ratings.map((rating) => rating.weight * rating.level));
  const spread = 0.7 * sum(weights.map((weight) => weight * weight)) + 0.3 * sum(weights) ** 2;
  return 50 + (10 * weighted) / Math.sqrt(spread);
}

describe("reading a client's record over HTTP", () => {
  let fixture: ClientRecordFixture;
  let clinician: GraphqlSession;

  beforeAll(async () => {
    fixture = await startClientRecordFixture();
    clinician = fixture.clinician;
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  async function readRecord(session: GraphqlSession, id: string) {
    return dataOf(await session.post(ClientRecordQuery, { id })).client;
  }

  it('answers goals in their order with milestones, entries newest first, status history, baseline and GAS reviews', async () => {
    const client = await fixture.newClient({
      preferredName: 'Ada',
      startedOn: daysFromToday(-60),
      baseline: { text: 'I could not get out of bed', recordedOn: daysFromToday(-59) },
    });
    const walking = await fixture.newGoal(client.id, { clientWords: 'Walk more', weight: 2 });
    const sleeping = await fixture.newGoal(client.id, { clientWords: 'Sleep by midnight' });
    const calling = await fixture.newGoal(client.id, { clientWords: 'Call my sister' }, 'PROPOSED');
    dataOf(
      await clinician.post(ReorderGoals, {
        clientId: client.id,
        goalIds: [sleeping.id, walking.id, calling.id],
      }),
    );
    const shoes = dataOf(
      await clinician.post(AddMilestone, { goalId: walking.id, input: { title: 'Shoes out' } }),
    ).addMilestone;
    const block = dataOf(
      await clinician.post(AddMilestone, { goalId: walking.id, input: { title: 'The block' } }),
    ).addMilestone;
    dataOf(
      await clinician.post(ReorderMilestones, {
        goalId: walking.id,
        milestoneIds: [block.id, shoes.id],
      }),
    );
    for (const [days, kind] of [
      [-10, 'WIN'],
      [-3, 'SETBACK'],
      [-20, 'GRATITUDE'],
    ] as const) {
      dataOf(
        await clinician.post(LogProgressEntry, {
          clientId: client.id,
          input: {
            kind,
            category: 'MOVEMENT',
            clientWords: `Day ${days}`,
            occurredOn: daysFromToday(days),
          },
        }),
      );
    }
    const paused = dataOf(
      await clinician.post(ChangeClientStatus, {
        input: {
          clientId: client.id,
          version: client.version,
          status: 'PAUSED',
          changedOn: daysFromToday(-5),
          reason: 'Away for a month',
        },
      }),
    ).changeClientStatus;
    dataOf(
      await clinician.post(ChangeClientStatus, {
        input: {
          clientId: client.id,
          version: paused.version,
          status: 'ACTIVE',
          changedOn: daysFromToday(-2),
        },
      }),
    );
    dataOf(
      await clinician.post(RecordGasReview, {
        input: {
          clientId: client.id,
          reviewedOn: daysFromToday(-1),
          ratings: [
            { goalId: walking.id, level: 1 },
            { goalId: sleeping.id, level: -1 },
          ],
        },
      }),
    );

    const record = await readRecord(clinician, client.id);

    expect(record.goals.map((goal) => goal.clientWords)).toEqual([
      'Sleep by midnight',
      'Walk more',
      'Call my sister',
    ]);
    expect(record.goals.map((goal) => goal.milestones.map((milestone) => milestone.title))).toEqual(
      [[], ['The block', 'Shoes out'], []],
    );
    expect(record.progressEntries.map((entry) => [entry.occurredOn, entry.kind])).toEqual([
      [daysFromToday(-3), 'SETBACK'],
      [daysFromToday(-10), 'WIN'],
      [daysFromToday(-20), 'GRATITUDE'],
    ]);
    const by = { id: fixture.clinicianId };
    expect(record.status).toBe('ACTIVE');
    expect(record.statusHistory).toEqual([
      { status: 'ACTIVE', changedOn: daysFromToday(-60), reason: null, changedBy: by },
      { status: 'PAUSED', changedOn: daysFromToday(-5), reason: 'Away for a month', changedBy: by },
      { status: 'ACTIVE', changedOn: daysFromToday(-2), reason: null, changedBy: by },
    ]);
    expect(record.baseline).toEqual({
      text: 'I could not get out of bed',
      recordedOn: daysFromToday(-59),
    });
    expect(record.gasReviews).toHaveLength(1);
    const [review] = record.gasReviews;
    expect(review.reviewedOn).toBe(daysFromToday(-1));
    expect([...review.ratings].sort((a, b) => b.weight - a.weight)).toEqual([
      { goalId: walking.id, level: 1, weight: 2 },
      { goalId: sleeping.id, level: -1, weight: 1 },
    ]);
    // Σwx = 2·1 + 1·(−1) = 1; Σw² = 5; Σw = 3: T = 50 + 10 / √(0.7·5 + 0.3·9) = 50 + 10 / √6.2.
    expect(review.tScore).toBeCloseTo(54.0161, 3);
  });

  it('answers a seeded client’s record in the order the database holds it', async () => {
    const busiest = await fixture.accounts.db
      .selectFrom('client')
      .innerJoin('gas_review', 'gas_review.client_id', 'client.id')
      .select(['client.id', sql<string>`count(*)`.as('reviews')])
      .where('client.primary_clinician_id', '=', fixture.clinicianId)
      .groupBy('client.id')
      .orderBy('reviews', 'desc')
      .executeTakeFirstOrThrow();
    const goals = await fixture.accounts.db
      .selectFrom('goal')
      .select('id')
      .where('client_id', '=', busiest.id)
      .orderBy('position')
      .execute();
    const entries = await fixture.accounts.db
      .selectFrom('progress_entry')
      .select('id')
      .where('client_id', '=', busiest.id)
      .orderBy('occurred_on', 'desc')
      .orderBy('created_at', 'desc')
      .execute();

    const record = await readRecord(clinician, busiest.id);

    expect(goals.length).toBeGreaterThan(1);
    expect(record.goals.map((goal) => goal.id)).toEqual(goals.map((goal) => goal.id));
    expect(record.progressEntries.map((entry) => entry.id)).toEqual(
      entries.map((entry) => entry.id),
    );
    expect(record.gasReviews).toHaveLength(Number(busiest.reviews));
    for (const review of record.gasReviews) {
      expect(review.ratings.length).toBeGreaterThan(0);
      expect(review.tScore).toBeCloseTo(kiresukShermanT(review.ratings), 6);
    }
  });

  it('writes exactly one CLIENT_VIEWED audit event naming the client for each read', async () => {
    const client = await fixture.newClient({ preferredName: 'Bea' });
    const mark = await fixture.auditMark();

    await readRecord(clinician, client.id);

    expect(await fixture.auditEventsSince(mark)).toEqual([
      {
        action: 'CLIENT_VIEWED',
        entityType: 'CLIENT',
        entityId: client.id,
        clientId: client.id,
        actorId: fixture.clinicianId,
        outcome: 'SUCCESS',
      },
    ]);
  });

  it('lets the clinician’s supervisor read the record, audited as the supervisor’s read', async () => {
    const client = await fixture.newClient({ preferredName: 'Cal' });
    const supervisor = await fixture.accounts.signedIn(DEMO_EMAILS.supervisor);
    const mark = await fixture.auditMark();

    const record = await readRecord(supervisor, client.id);

    expect(record.preferredName).toBe('Cal');
    expect(record.primaryClinician.id).toBe(fixture.clinicianId);
    expect(await fixture.auditEventsSince(mark)).toEqual([
      expect.objectContaining({
        action: 'CLIENT_VIEWED',
        entityId: client.id,
        actorId: fixture.supervisorId,
      }),
    ]);
  });

  it('refuses the practice admin with FORBIDDEN: admins manage accounts, not clinical records', async () => {
    const client = await fixture.newClient({ preferredName: 'Dev' });
    const admin = await fixture.accounts.signedIn(DEMO_EMAILS.admin);
    const mark = await fixture.auditMark();

    expectRefusal(await admin.post(ClientRecordQuery, { id: client.id }), 'FORBIDDEN', 'id');

    expect(await fixture.auditEventsSince(mark)).toEqual([
      {
        action: 'PERMISSION_DENIED',
        entityType: 'CLIENT',
        entityId: client.id,
        clientId: client.id,
        actorId: await fixture.accounts.idOf(DEMO_EMAILS.admin),
        outcome: 'DENIED',
      },
    ]);
  });

  it('answers an unknown id, a malformed id and another practice’s client with the same NOT_FOUND', async () => {
    const elsewhere = await fixture.otherPracticeClient();
    const ids = [randomUUID(), 'not-a-client-id', elsewhere.clientId];
    const mark = await fixture.auditMark();

    const bodies = [];
    for (const id of ids) {
      const response = await clinician.post(ClientRecordQuery, { id });
      expectRefusal(response, 'NOT_FOUND', 'id');
      bodies.push(response.body);
    }

    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[2]).toEqual(bodies[0]);
    // Nor does this practice's trail tell them apart, or name the other practice's client.
    const refusals = await fixture.auditEventsSince(mark);
    expect(refusals).toHaveLength(3);
    for (const refusal of refusals) {
      expect(refusal).toEqual({
        action: 'PERMISSION_DENIED',
        entityType: 'CLIENT',
        entityId: null,
        clientId: null,
        actorId: fixture.clinicianId,
        outcome: 'DENIED',
      });
    }
  });

  it.each([
    ['goals', 'goals { id }'],
    ['progressEntries', 'progressEntries { id }'],
    ['statusHistory', 'statusHistory { status }'],
    ['baseline', 'baseline { text }'],
    ['gasReviews', 'gasReviews { id }'],
  ])(
    'keeps the caseload to summaries: reaching into its clients’ %s is FORBIDDEN',
    async (field, selection) => {
      const summaries = dataOf(await clinician.post(CaseloadSummaries)).caseload;
      expect(summaries.length).toBeGreaterThan(0);
      const mark = await settledAuditMark();

      const reaching = document<{ caseload: Record<string, unknown>[] | null }>(
        `query ReachIntoRecords { caseload { id ${selection} } }`,
      );
      const response = await clinician.post(reaching);

      expect(firstError(response).code).toBe('FORBIDDEN');
      // A list field nulls the whole caseload; the nullable baseline nulls only itself.
      const reached = (response.body.data?.caseload ?? []).filter(
        (client) => client[field] !== null,
      );
      expect(reached).toEqual([]);
      await settledAuditMark();
      const events = await fixture.auditEventsSince(mark);
      expect(events.filter((event) => event.action === 'CLIENT_VIEWED')).toEqual([]);
      // Each refusal is on the record, once per client however many of its fields were asked.
      const denied = events.filter((event) => event.action === 'PERMISSION_DENIED');
      expect(denied.length).toBeGreaterThan(0);
      const deniedClients = denied.map((event) => event.clientId);
      expect(new Set(deniedClients).size).toBe(deniedClients.length);
    },
  );

  /**
   * The audit mark once the trail stops growing. A list field's first error answers the
   * request while its other clients' refusals are still being written, so a test waits for
   * those before it counts.
   */
  async function settledAuditMark(): Promise<number> {
    let previous = -1;
    let mark = await fixture.auditMark();
    while (mark !== previous) {
      previous = mark;
      await new Promise((resolve) => setTimeout(resolve, 150));
      mark = await fixture.auditMark();
    }
    return mark;
  }
});
