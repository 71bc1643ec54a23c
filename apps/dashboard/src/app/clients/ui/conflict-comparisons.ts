import { GOAL_STATUS_LABELS } from '@waypoint/shared';

import { formatCalendarDay } from './calendar-day';
import type { ClientDetailsValue } from './client-details-form';
import type { ClientView, GoalView, MilestoneView, ProgressEntryView } from './client-record-view';
import type { ConflictComparison, ConflictRow } from './conflict-dialog';
import type { GoalValue } from './goal-dialog';
import type { GoalStatusValue } from './goal-status-dialog';
import type { MilestoneValue } from './milestone-dialog';
import type { ProgressEntryValue } from './progress-entry-dialog';
import {
  gasLevelOptions,
  goalDomainLabels,
  progressCategoryLabels,
  progressKindLabels,
} from './record-labels';

// Side-by-side rows for each kind of record: the saved version first, the clinician's second.

/** A goal as saved now beside the clinician's edit. */
export function compareGoals(saved: GoalView, mine: GoalValue): ConflictComparison {
  const rows: ConflictRow[] = [
    row('The goal in their words', saved.clientWords, mine.clientWords),
    row('Clinical wording', saved.clinicianWording, mine.clinicianWording),
    row('Domain', goalDomainLabels[saved.domain], goalDomainLabels[mine.domain]),
    row('What exactly', saved.specific, mine.specific),
    row("How we'll know", saved.measureOfSuccess, mine.measureOfSuccess),
    row('Target date', day(saved.targetDate), day(mine.targetDate)),
    row('Weight', String(saved.weight), String(mine.weight)),
    ...gasLevelOptions.map((level) =>
      row(
        `GAS ${level.number}`,
        saved.gasLevels?.[level.name] ?? null,
        mine.gasLevels?.[level.name] ?? null,
      ),
    ),
  ];
  return { title: 'This goal was changed while you were editing it', rows };
}

/** A goal's status as saved now beside the change the clinician asked for. */
export function compareGoalStatuses(saved: GoalView, mine: GoalStatusValue): ConflictComparison {
  const latest = saved.statusHistory.at(-1);
  return {
    title: "This goal's status was changed while you were deciding",
    mineHeading: 'Your change',
    saveMineLabel: 'Make my change',
    rows: [
      row('Status', GOAL_STATUS_LABELS[saved.status], GOAL_STATUS_LABELS[mine.status]),
      row('Reason', latest?.reason ?? null, mine.reason),
    ],
  };
}

/** A milestone as saved now beside the clinician's edit. */
export function compareMilestones(saved: MilestoneView, mine: MilestoneValue): ConflictComparison {
  return {
    title: 'This milestone was changed while you were editing it',
    rows: [
      row('The small step', saved.title, mine.title),
      row('By when', day(saved.dueOn), day(mine.dueOn)),
    ],
  };
}

/** A milestone as saved now, when the clinician asked to remove it. */
export function compareMilestoneRemoval(saved: MilestoneView): ConflictComparison {
  return {
    title: 'This milestone was changed since you opened it',
    mineHeading: 'Your change',
    keepSavedLabel: 'Keep it',
    saveMineLabel: 'Remove it anyway',
    rows: [
      row('The small step', saved.title, 'Removed'),
      row('By when', day(saved.dueOn), 'Removed'),
      row('Ticked', saved.doneAt ? 'Yes' : 'Not yet', 'Removed'),
    ],
  };
}

/** A progress entry as saved now beside the clinician's edit. */
export function compareProgressEntries(
  saved: ProgressEntryView,
  mine: ProgressEntryValue,
  goalWords: (goalId: string | null) => string | null,
): ConflictComparison {
  return {
    title: 'This entry was changed while you were editing it',
    rows: progressEntryRows(saved, mine, goalWords),
  };
}

/** A progress entry as saved now, when the clinician asked to remove it. */
export function compareProgressEntryRemoval(
  saved: ProgressEntryView,
  goalWords: (goalId: string | null) => string | null,
): ConflictComparison {
  return {
    title: 'This entry was changed since you opened it',
    mineHeading: 'Your change',
    keepSavedLabel: 'Keep it',
    saveMineLabel: 'Remove it anyway',
    rows: progressEntryRows(saved, null, goalWords),
  };
}

/** A client's details as saved now beside the clinician's edit. */
export function compareClientDetails(
  saved: ClientView,
  mine: ClientDetailsValue,
): ConflictComparison {
  return {
    title: 'These details were changed while you were editing them',
    rows: [
      row('Preferred name', saved.preferredName, mine.preferredName),
      row('Pronouns', saved.pronouns, mine.pronouns),
      row('In care since', day(saved.startedOn), day(mine.startedOn)),
      row('Where they started', saved.baseline?.text ?? null, mine.baseline?.text ?? null),
      row(
        'Written down on',
        day(saved.baseline?.recordedOn ?? null),
        day(mine.baseline?.recordedOn ?? null),
      ),
    ],
  };
}

/** A client's status as saved now beside the change the clinician asked for. */
export function compareClientStatuses(
  saved: ClientView,
  mine: { readonly status: ClientView['status']; readonly reason: string | null },
): ConflictComparison {
  const labels = { ACTIVE: 'Active', PAUSED: 'Paused', DISCHARGED: 'Discharged' } as const;
  return {
    title: "This client's care was changed while you were deciding",
    mineHeading: 'Your change',
    saveMineLabel: 'Make my change',
    rows: [
      row('Status', labels[saved.status], labels[mine.status]),
      row('Reason', saved.statusHistory.at(-1)?.reason ?? null, mine.reason),
    ],
  };
}

function progressEntryRows(
  saved: ProgressEntryView,
  mine: ProgressEntryValue | null,
  goalWords: (goalId: string | null) => string | null,
): ConflictRow[] {
  const removed = 'Removed';
  const effort = (isEffort: boolean) => (isEffort ? 'Yes' : 'No');
  return [
    row('Kind', progressKindLabels[saved.kind], mine ? progressKindLabels[mine.kind] : removed),
    row('In their words', saved.clientWords, mine ? mine.clientWords : removed),
    row(
      'About',
      progressCategoryLabels[saved.category],
      mine ? progressCategoryLabels[mine.category] : removed,
    ),
    row('The trying', effort(saved.isEffort), mine ? effort(mine.isEffort) : removed),
    row('When', day(saved.occurredOn), mine ? day(mine.occurredOn) : removed),
    row('Toward', goalWords(saved.goalId), mine ? goalWords(mine.goalId) : removed),
  ];
}

function row(label: string, saved: string | null, mine: string | null): ConflictRow {
  return { label, saved: saved ?? '', mine: mine ?? '' };
}

function day(isoDate: string | null): string | null {
  return isoDate === null ? null : formatCalendarDay(isoDate);
}
