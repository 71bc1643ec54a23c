import type { GraphqlSession } from '../../support/graphql-session';
import { ClientRecordQuery, RecordGasReview, UpdateGoal } from './client-documents';
import {
  dataOf,
  daysFromToday,
  expectRefusal,
  GAS_LEVELS,
  startClientRecordFixture,
  type ClientRecordFixture,
} from './client-record-fixture';

describe('Goal Attainment Scaling reviews over HTTP', () => {
  let fixture: ClientRecordFixture;
  let clinician: GraphqlSession;

  beforeAll(async () => {
    fixture = await startClientRecordFixture();
    clinician = fixture.clinician;
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  it('rates active goals and answers the Kiresuk–Sherman T-score of their weighted levels', async () => {
    const client = await fixture.newClient();
    const walking = await fixture.newGoal(client.id, { clientWords: 'Walk more', weight: 3 });
    const sleeping = await fixture.newGoal(client.id, { clientWords: 'Sleep', weight: 2 });
    const calling = await fixture.newGoal(client.id, { clientWords: 'Call my sister' });
    const before = await fixture.rowCounts();
    const mark = await fixture.auditMark();

    const review = dataOf(
      await clinician.post(RecordGasReview, {
        input: {
          clientId: client.id,
          ratings: [
            { goalId: walking.id, level: 2 },
            { goalId: sleeping.id, level: 0 },
            { goalId: calling.id, level: -1 },
          ],
        },
      }),
    ).recordGasReview;

    expect(review.reviewedOn).toBe(daysFromToday(0));
    expect(review.ratings).toEqual([
      { goalId: walking.id, level: 2, weight: 3 },
      { goalId: sleeping.id, level: 0, weight: 2 },
      { goalId: calling.id, level: -1, weight: 1 },
    ]);
    // Kiresuk & Sherman (1968), ρ = 0.3: Σwx = 3·2 + 2·0 + 1·(−1) = 5; Σw² = 14; Σw = 6;
    // T = 50 + 10·5 / √(0.7·14 + 0.3·36) = 50 + 50 / √20.6 = 61.0163.
    expect(review.tScore).toBeCloseTo(61.0163, 3);
    expect(await fixture.rowCounts()).toEqual({
      ...before,
      gas_review: before['gas_review'] + 1,
      gas_rating: before['gas_rating'] + 3,
      successfulAuditEvents: before['successfulAuditEvents'] + 1,
    });
    expect(await fixture.auditEventsSince(mark)).toEqual([
      {
        action: 'CREATED',
        entityType: 'GAS_REVIEW',
        entityId: review.id,
        clientId: client.id,
        actorId: fixture.clinicianId,
        outcome: 'SUCCESS',
      },
    ]);
  });

  it('keeps each goal’s weight as it was when rated, so a later reweighting leaves the score', async () => {
    const client = await fixture.newClient();
    const walking = await fixture.newGoal(client.id, { weight: 2 });
    const sleeping = await fixture.newGoal(client.id, { weight: 1 });
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

    dataOf(
      await clinician.post(UpdateGoal, {
        id: sleeping.id,
        version: sleeping.version,
        input: { clientWords: 'Sleep', domain: 'HEALTH', gasLevels: GAS_LEVELS, weight: 3 },
      }),
    );

    const record = dataOf(await clinician.post(ClientRecordQuery, { id: client.id })).client;
    const [review] = record.gasReviews;
    expect(review.reviewedOn).toBe(daysFromToday(-1));
    expect(review.ratings.find((rating) => rating.goalId === sleeping.id)?.weight).toBe(1);
    // Σwx = 2·1 + 1·(−1) = 1; Σw² = 5; Σw = 3: T = 50 + 10 / √6.2 = 54.0161. With the new
    // weight of 3 it would be 50 − 10 / √(0.7·13 + 0.3·25) = 47.5456.
    expect(review.tScore).toBeCloseTo(54.0161, 3);
  });

  describe('refusals', () => {
    let clientId: string;
    let activeId: string;
    let secondActiveId: string;
    let proposedId: string;
    let undescribedId: string;
    let otherClientsGoalId: string;

    beforeAll(async () => {
      const client = await fixture.newClient({ startedOn: daysFromToday(-30) });
      clientId = client.id;
      activeId = (await fixture.newGoal(clientId)).id;
      secondActiveId = (await fixture.newGoal(clientId)).id;
      proposedId = (await fixture.newGoal(clientId, {}, 'PROPOSED')).id;
      undescribedId = (await fixture.newGoal(clientId, { gasLevels: null })).id;
      otherClientsGoalId = (await fixture.newGoal((await fixture.newClient()).id)).id;
    });

    type Review = { reviewedOn?: string; ratings: { goalId: string; level: number }[] };

    it.each<[string, () => Review, string, string]>([
      [
        'a proposed goal',
        () => ({ ratings: [{ goalId: proposedId, level: 0 }] }),
        'BAD_USER_INPUT',
        'ratings.0.goalId',
      ],
      [
        'a goal with no levels described',
        () => ({ ratings: [{ goalId: undescribedId, level: 0 }] }),
        'BAD_USER_INPUT',
        'ratings.0.goalId',
      ],
      [
        'a level of 3',
        () => ({ ratings: [{ goalId: activeId, level: 3 }] }),
        'BAD_USER_INPUT',
        'ratings.0.level',
      ],
      [
        'a level of -3 after a good rating',
        () => ({
          ratings: [
            { goalId: activeId, level: 1 },
            { goalId: secondActiveId, level: -3 },
          ],
        }),
        'BAD_USER_INPUT',
        'ratings.1.level',
      ],
      [
        'a goal of another client',
        () => ({ ratings: [{ goalId: otherClientsGoalId, level: 0 }] }),
        'NOT_FOUND',
        'ratings.0.goalId',
      ],
      [
        'the same goal twice',
        () => ({
          ratings: [
            { goalId: activeId, level: 0 },
            { goalId: activeId, level: 1 },
          ],
        }),
        'BAD_USER_INPUT',
        'ratings.1.goalId',
      ],
      ['no goals at all', () => ({ ratings: [] }), 'BAD_USER_INPUT', 'ratings'],
      [
        'a review day in the future',
        () => ({ reviewedOn: daysFromToday(2), ratings: [{ goalId: activeId, level: 0 }] }),
        'BAD_USER_INPUT',
        'reviewedOn',
      ],
      [
        'a review day before care began',
        () => ({ reviewedOn: daysFromToday(-31), ratings: [{ goalId: activeId, level: 0 }] }),
        'BAD_USER_INPUT',
        'reviewedOn',
      ],
    ])(
      'refuses a review rating %s, naming the field, and writes nothing',
      async (_what, review, code, field) => {
        const before = await fixture.rowCounts();

        const response = await clinician.post(RecordGasReview, {
          input: { clientId, ...review() },
        });

        expectRefusal(response, code, field);
        expect(await fixture.rowCounts()).toEqual(before);
      },
    );
  });
});
