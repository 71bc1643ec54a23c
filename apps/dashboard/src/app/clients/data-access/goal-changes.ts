import { inject, Injectable } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

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
  private readonly apollo = inject(Apollo);

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
          appendToList(cache, client(String(input.clientId)), 'gasReviews', {
            __typename: 'GasReview',
            id: data.recordGasReview.id,
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
