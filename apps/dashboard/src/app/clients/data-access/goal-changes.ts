import { inject, Injectable } from '@angular/core';
import type { Reference } from '@apollo/client';
import { firstValueFrom } from 'rxjs';

import { APOLLO } from '../../shared/apollo-on-demand';
import type {
  ChangeGoalStatusInput,
  GoalInput,
  GoalStatus,
  RecordGasReviewInput,
} from '../../__generated__/graphql';
import { appendToList, forgetCaseloadSummaries, orderList } from './cache-lists';
import type { GasReviewRecord, GoalRecord } from './client-documents';
import {
  changeGoalStatusDocument,
  createGoalDocument,
  recordGasReviewDocument,
  reorderGoalsDocument,
  updateGoalDocument,
} from './goal-documents';

/** Setting goals, changing them, ordering them, and rating them at GAS reviews. */
@Injectable({ providedIn: 'root' })
export class GoalChanges {
  private readonly apollo = inject(APOLLO);

  /** Sets a new goal with the client, last in their order. */
  async create(clientId: string, goal: GoalInput, status: GoalStatus): Promise<GoalRecord> {
    const { data } = await firstValueFrom(
      this.apollo.mutate({
        mutation: createGoalDocument,
        variables: { input: { clientId, goal, status } },
        update: (cache, { data }) => {
          if (!data) return;
          appendToList(cache, client(clientId), 'goals', goalEntity(data.createGoal.id));
          forgetCaseloadSummaries(cache, clientId, ['activeGoalCount']);
        },
      }),
    );
    if (!data) throw new Error('The new goal answer had no data');
    return data.createGoal;
  }

  /** Saves a goal's wording, SMART fields and GAS levels over the version they were read at. */
  async update(goalId: string, version: number, input: GoalInput): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({
        mutation: updateGoalDocument,
        variables: { id: goalId, version, input },
      }),
    );
  }

  /** Moves a goal through its lifecycle over the version it was read at. */
  async changeStatus(clientId: string, input: ChangeGoalStatusInput): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({
        mutation: changeGoalStatusDocument,
        variables: { input },
        update: (cache) => forgetCaseloadSummaries(cache, clientId, ['activeGoalCount']),
      }),
    );
  }

  /** Puts the client's goals in the order given, on screen at once. */
  async reorder(
    clientId: string,
    goals: readonly Pick<GoalRecord, 'id' | 'version'>[],
  ): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({
        mutation: reorderGoalsDocument,
        variables: { clientId, goalIds: goals.map((goal) => goal.id) },
        optimisticResponse: {
          reorderGoals: goals.map((goal) => ({
            __typename: 'Goal' as const,
            id: goal.id,
            version: goal.version,
          })),
        },
        update: (cache, { data }) => {
          if (!data) return;
          orderList(
            cache,
            client(clientId),
            'goals',
            data.reorderGoals.map((goal) => goalEntity(goal.id)),
          );
        },
      }),
    );
  }

  /** Rates the client's active goals at a GAS review and answers the review with its T-score. */
  async recordGasReview(input: RecordGasReviewInput): Promise<GasReviewRecord> {
    const { data } = await firstValueFrom(
      this.apollo.mutate({
        mutation: recordGasReviewDocument,
        variables: { input },
        update: (cache, { data }) => {
          if (!data) return;
          const review = data.recordGasReview;
          // The server lists reviews by day, oldest first (the same day in the order recorded),
          // and the page reads the last as the latest: a review dated before others goes
          // among them, not at the end.
          cache.modify({
            id: cache.identify(client(String(input.clientId))),
            fields: {
              gasReviews: (existing: readonly Reference[] = [], { readField, toReference }) => {
                if (existing.some((reference) => readField('id', reference) === review.id)) {
                  return existing;
                }
                const reference = toReference({ __typename: 'GasReview', id: review.id });
                if (!reference) return existing;
                const later = existing.findIndex(
                  (other) => (readField<string>('reviewedOn', other) ?? '') > review.reviewedOn,
                );
                const position = later === -1 ? existing.length : later;
                return [...existing.slice(0, position), reference, ...existing.slice(position)];
              },
            },
          });
        },
      }),
    );
    if (!data) throw new Error('The GAS review answer had no data');
    return data.recordGasReview;
  }
}

function client(id: string) {
  return { __typename: 'Client', id } as const;
}

function goalEntity(id: string) {
  return { __typename: 'Goal', id } as const;
}
