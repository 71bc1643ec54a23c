// The shapes the session screen's components take: plain views the feature derives from the
// cache and the offline queue, so the components never touch either.

/** A milestone as the session screen shows it. */
export interface SessionMilestoneView {
  readonly id: string;
  readonly title: string;
  /** Whether it is ticked, counting a tick still waiting to be saved. */
  readonly isDone: boolean;
  /** Whether its tick or untick is still waiting to be saved. */
  readonly isWaiting: boolean;
  /** The number key that ticks it (1 to 9), or null. */
  readonly shortcut: number | null;
}

/** An active goal with the next steps to tick. */
export interface SessionGoalView {
  readonly id: string;
  readonly clientWords: string;
  readonly milestones: readonly SessionMilestoneView[];
  /** How many of its milestones are ticked, and how many there are. */
  readonly ticked: number;
  readonly total: number;
}

/** A prompt offered now, and why. */
export interface PromptSuggestionView {
  readonly promptId: string;
  readonly text: string;
  readonly reason: string;
}

/** A prompt asked in this session. */
export interface AskedPromptView {
  readonly promptId: string;
  readonly text: string;
  readonly answer: string | null;
  readonly isWaiting: boolean;
}

/** One line of "done in this session". */
export interface SessionActivityView {
  /** Stable across the saved and waiting copies of one action. */
  readonly id: string;
  readonly label: string;
  /** Saved, waiting to be saved, or refused by the server (with its words). */
  readonly state: 'SAVED' | 'WAITING' | 'REFUSED';
  readonly problem: string | null;
}

/** A win or a setback logged from the quick-add. */
export interface QuickLogValue {
  readonly kind: 'WIN' | 'SETBACK';
  readonly clientWords: string;
}

/** A mood check-in from the session screen. */
export interface MoodValue {
  readonly rating: number;
  readonly word: string | null;
}
