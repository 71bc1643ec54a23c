import {
  isRateableAtReview,
  type GasLevel,
  type GasRating,
  type GasReview,
} from '@waypoint/shared';
import type { RecordGasReviewInput } from '../__generated__/resolvers-types';
import { recordAuditEvent } from '../audit/audit-trail';
import { requireViewer } from '../auth/authorize';
import { changeableClient, recordEvent } from '../clients/client-access';
import type { RequestContext } from '../graphql/context';
import { apiError } from '../graphql/errors';
import { integerBetween, notInFuture, unknownRecord, utcToday } from '../graphql/input-checks';
import { insertGasReview } from './gas-review.repository';
import { listGoalsOfClients } from './goal.repository';

/** The most goals one review rates: far more than a client works on at once. */
const MAX_RATINGS = 50;

/**
 * Rates active goals at a Goal Attainment Scaling review. Each goal must be the client's,
 * active, and have its levels described (a rating means "attained the level described").
 */
export async function recordGasReview(
  context: RequestContext,
  input: RecordGasReviewInput,
): Promise<GasReview> {
  const viewer = requireViewer(context);
  const client = await changeableClient(context, viewer, input.clientId);
  const reviewedOn = notInFuture(input.reviewedOn ?? utcToday(), 'reviewedOn', 'The review day');
  if (reviewedOn < client.startedOn) {
    throw apiError('BAD_USER_INPUT', 'The review cannot come before care began', 'reviewedOn');
  }
  if (input.ratings.length === 0 || input.ratings.length > MAX_RATINGS) {
    throw apiError('BAD_USER_INPUT', 'Rate at least one active goal', 'ratings');
  }
  const goals = new Map(
    (await listGoalsOfClients(context.db, [client.id])).map((goal) => [goal.id, goal]),
  );
  const seen = new Set<string>();
  const ratings: GasRating[] = input.ratings.map((rating, index) => {
    const field = `ratings.${index}`;
    const goal = goals.get(rating.goalId);
    if (!goal) throw unknownRecord('Goal', `${field}.goalId`);
    if (seen.has(goal.id))
      throw apiError('BAD_USER_INPUT', 'Rate each goal once', `${field}.goalId`);
    seen.add(goal.id);
    if (!isRateableAtReview(goal.status)) {
      throw apiError(
        'BAD_USER_INPUT',
        'Only active goals are rated at a review',
        `${field}.goalId`,
      );
    }
    if (goal.gasLevels === null) {
      throw apiError(
        'BAD_USER_INPUT',
        "Describe the goal's levels (-2 to +2) before rating it",
        `${field}.goalId`,
      );
    }
    const level = integerBetween(rating.level, -2, 2, `${field}.level`, 'The level') as GasLevel;
    return { goalId: goal.id, level, weight: goal.weight };
  });
  return context.db.transaction().execute(async (transaction) => {
    const review = await insertGasReview(
      transaction,
      client,
      reviewedOn,
      ratings,
      viewer.clinicianId,
    );
    await recordAuditEvent(
      transaction,
      recordEvent(context, viewer, 'CREATED', 'GAS_REVIEW', review.id, client.id),
    );
    return review;
  });
}
