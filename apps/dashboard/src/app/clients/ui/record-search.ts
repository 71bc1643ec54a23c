import type { GoalView } from './client-record-view';
import { normaliseForSearch } from './timeline-items';

/** Whether a goal matches a search: its words, its clinical wording or any milestone. */
export function goalMatchesSearch(goal: GoalView, search: string): boolean {
  const query = normaliseForSearch(search);
  if (query === '') return true;
  const texts = [
    goal.clientWords,
    goal.clinicianWording ?? '',
    ...goal.milestones.map((m) => m.title),
  ];
  return texts.some((text) => normaliseForSearch(text).includes(query));
}
