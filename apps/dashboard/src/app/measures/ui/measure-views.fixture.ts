import type { ReliableChange } from '@waypoint/shared';

import type {
  CrisisResourceView,
  MeasureChangeView,
  MeasureResponseView,
  SafetyFlagView,
} from './measure-views';

// Views as the ui pieces take them, for specs. Days are fixed, so the words on screen are too.

/** A complete PHQ-9 of 16 unless told otherwise. */
export function aResponseView(
  id: string,
  options: Partial<MeasureResponseView> = {},
): MeasureResponseView {
  return {
    id,
    version: 1,
    instrument: 'PHQ9',
    administeredOn: '2026-01-05',
    answers: [2, 2, 2, 2, 2, 2, 2, 2, 0],
    isComplete: true,
    total: 16,
    severity: 'MODERATELY_SEVERE',
    difficulty: null,
    moodWord: null,
    hasSafetyFlag: false,
    change: null,
    ...options,
  };
}

/** How a score compares with the baseline. */
export function aChangeView(
  fromBaseline: number,
  reliableChange: ReliableChange,
): MeasureChangeView {
  return { fromBaseline, fromPrevious: null, reliableChange };
}

/** An unreviewed safety flag unless told otherwise. */
export function aFlagView(
  id: string,
  measureResponseId: string,
  options: Partial<SafetyFlagView> = {},
): SafetyFlagView {
  return {
    id,
    measureResponseId,
    raisedAt: '2026-03-12T10:00:00.000Z',
    isReviewed: false,
    ...options,
  };
}

/** The crisis resources of a US installation. */
export const crisisResourceViews: readonly CrisisResourceView[] = [
  { label: '988 Suicide & Crisis Lifeline', contact: 'Call or text 988' },
  { label: 'Emergency services', contact: 'Call 911' },
];
