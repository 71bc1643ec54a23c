import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { APOLLO } from '../../shared/apollo-on-demand';
import { forgetCaseloadWindows } from '../../shared/caseload-signals';
import type { MilestoneInput } from '../../__generated__/graphql';
import { appendToList, insertIntoList, orderList, removeFromList } from './cache-lists';
import type { MilestoneRecord } from './client-documents';
import {
  addMilestoneDocument,
  removeMilestoneDocument,
  reorderMilestonesDocument,
  tickMilestoneDocument,
  untickMilestoneDocument,
  updateMilestoneDocument,
} from './goal-documents';
import type { PendingRemoval } from './pending-removal';

/** The small steps of goals: adding, editing, ordering, ticking and removing them. */
@Injectable({ providedIn: 'root' })
export class MilestoneChanges {
  private readonly apollo = inject(APOLLO);

  /** Milestones out of sight while their removal can still be undone, by id. */
  private readonly hidden = new Map<string, MilestoneRecord>();

  /** Adds a small step to a goal, last in its order. */
  async add(goalId: string, input: MilestoneInput): Promise<MilestoneRecord> {
    const { data } = await firstValueFrom(
      this.apollo.mutate({
        mutation: addMilestoneDocument,
        variables: { goalId, input },
        update: (cache, { data }) => {
          if (!data) return;
          appendToList(cache, goal(goalId), 'milestones', milestone(data.addMilestone.id));
        },
      }),
    );
    if (!data) throw new Error('The new milestone answer had no data');
    return data.addMilestone;
  }

  /** Saves a milestone's title and due date over the version they were read at. */
  async update(milestoneId: string, version: number, input: MilestoneInput): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({
        mutation: updateMilestoneDocument,
        variables: { id: milestoneId, version, input },
      }),
    );
  }

  /** Ticks a milestone off; it shows as done at once and goes back if the save fails. */
  async tick(step: MilestoneRecord, now: Date = new Date()): Promise<void> {
    const ticked = { __typename: 'Milestone' as const, ...plain(step), doneAt: now.toISOString() };
    await firstValueFrom(
      this.apollo.mutate({
        mutation: tickMilestoneDocument,
        variables: { id: step.id },
        optimisticResponse: { tickMilestone: ticked },
        // A tick is progress: the caseload's last progress and last 30 days change.
        update: (cache) => forgetCaseloadWindows(cache),
      }),
    );
  }

  /** Unticks a milestone; it shows as to do at once and goes back if the save fails. */
  async untick(step: MilestoneRecord): Promise<void> {
    const unticked = {
      __typename: 'Milestone' as const,
      ...plain(step),
      doneAt: null,
      doneInSessionId: null,
    };
    await firstValueFrom(
      this.apollo.mutate({
        mutation: untickMilestoneDocument,
        variables: { id: step.id },
        optimisticResponse: { untickMilestone: unticked },
        update: (cache) => forgetCaseloadWindows(cache),
      }),
    );
  }

  /** Puts a goal's milestones in the order given, on screen at once. */
  async reorder(goalId: string, steps: readonly MilestoneRecord[]): Promise<void> {
    // The server wants every milestone named once, including any whose removal is pending.
    const pending = [...this.hidden.values()].filter((step) => step.goalId === goalId);
    const ordered = [...steps, ...pending];
    await firstValueFrom(
      this.apollo.mutate({
        mutation: reorderMilestonesDocument,
        variables: { goalId, milestoneIds: ordered.map((step) => step.id) },
        optimisticResponse: {
          reorderMilestones: steps.map((step) => ({
            __typename: 'Milestone' as const,
            id: step.id,
            version: step.version,
          })),
        },
        update: (cache, { data }) => {
          if (!data) return;
          const visible = data.reorderMilestones.filter((step) => !this.hidden.has(step.id));
          orderList(
            cache,
            goal(goalId),
            'milestones',
            visible.map((step) => milestone(step.id)),
          );
        },
      }),
    );
  }

  /** Takes a milestone out of sight at once; the server removes it when the removal commits. */
  hide(step: MilestoneRecord): PendingRemoval {
    const cache = this.apollo.client.cache;
    const position = removeFromList(cache, goal(step.goalId), 'milestones', step.id);
    this.hidden.set(step.id, step);
    const restore = () => {
      this.hidden.delete(step.id);
      insertIntoList(cache, goal(step.goalId), 'milestones', milestone(step.id), position);
    };
    return {
      restore,
      commit: async (version) => {
        try {
          await firstValueFrom(
            this.apollo.mutate({
              mutation: removeMilestoneDocument,
              variables: { id: step.id, version },
            }),
          );
        } catch (error) {
          restore();
          throw error;
        }
        this.hidden.delete(step.id);
        cache.evict({ id: cache.identify(milestone(step.id)) });
        cache.gc();
      },
    };
  }
}

/** A record's own fields, without anything the cache added. */
function plain(step: MilestoneRecord): MilestoneRecord {
  const { id, version, goalId, title, dueOn, doneAt, doneInSessionId } = step;
  return { id, version, goalId, title, dueOn, doneAt, doneInSessionId };
}

function goal(id: string) {
  return { __typename: 'Goal', id } as const;
}

function milestone(id: string) {
  return { __typename: 'Milestone', id } as const;
}
