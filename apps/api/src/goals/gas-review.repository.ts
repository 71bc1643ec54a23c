import type { Transaction } from 'kysely';
import type { GasLevel, GasRating, GasReview } from '@waypoint/shared';
import type { Database, Executor } from '../database/tables';

/** Records a review and its ratings, each with the goal's weight now. */
export async function insertGasReview(
  transaction: Transaction<Database>,
  client: { readonly id: string; readonly practiceId: string },
  reviewedOn: string,
  ratings: readonly GasRating[],
  reviewedById: string,
): Promise<GasReview> {
  const review = await transaction
    .insertInto('gas_review')
    .values({
      practice_id: client.practiceId,
      client_id: client.id,
      reviewed_on: reviewedOn,
      reviewed_by_id: reviewedById,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await transaction
    .insertInto('gas_rating')
    .values(
      ratings.map((rating) => ({
        practice_id: client.practiceId,
        client_id: client.id,
        review_id: review.id,
        goal_id: rating.goalId,
        level: rating.level,
        weight: rating.weight,
      })),
    )
    .execute();
  return { id: review.id, clientId: client.id, reviewedOn, ratings };
}

/** The reviews of many clients with their ratings, oldest first, in one statement. */
export async function listGasReviewsOfClients(
  db: Executor,
  clientIds: readonly string[],
): Promise<GasReview[]> {
  const rows = await db
    .selectFrom('gas_review')
    .innerJoin('gas_rating', 'gas_rating.review_id', 'gas_review.id')
    .select([
      'gas_review.id',
      'gas_review.client_id as clientId',
      'gas_review.reviewed_on as reviewedOn',
      'gas_rating.goal_id as goalId',
      'gas_rating.level',
      'gas_rating.weight',
    ])
    .where('gas_review.client_id', 'in', clientIds)
    .orderBy('gas_review.reviewed_on')
    .orderBy('gas_review.created_at')
    .orderBy('gas_rating.goal_id')
    .execute();
  const reviews = new Map<string, GasReview & { ratings: GasRating[] }>();
  for (const row of rows) {
    const review = reviews.get(row.id) ?? {
      id: row.id,
      clientId: row.clientId,
      reviewedOn: row.reviewedOn,
      ratings: [],
    };
    review.ratings.push({
      goalId: row.goalId,
      level: row.level as GasLevel,
      weight: row.weight as GasRating['weight'],
    });
    reviews.set(row.id, review);
  }
  return [...reviews.values()];
}
