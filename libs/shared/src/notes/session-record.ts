import type { GasLevel } from '../domain/goal';
import type { ProgressEntryKind } from '../domain/progress';
import type { SessionModality } from '../domain/session';
import type { ReliableChange } from '../measures/change';
import type { StandardMeasure } from '../measures/instruments';

// Everything a progress note may say about one session, gathered by the API as plain data. The
// composer says nothing that is not in here, so anything a note should mention has to be added
// to this record first. Dates are ISO strings; for a date-time the composer reads the calendar
// day as written (its first 10 characters), so the API passes date-times in the practice's
// offset and the note names the day the clinician saw. Goals are matched by their client
// words, which are unique among a client's active goals.

/** What was recorded in one session, as the progress-note composer reads it. */
export interface SessionRecordForNote {
  readonly client: {
    readonly preferredName: string;
    /** As the client gave them, e.g. "she/her"; null for none given (the note uses they/them). */
    readonly pronouns: string | null;
  };
  readonly session: {
    /** ISO date-time. */
    readonly startedAt: string;
    /** ISO date-time; null while the session is open. */
    readonly endedAt: string | null;
    /** Whole minutes from start to end, as the API worked them out; null when not known. */
    readonly durationMinutes: number | null;
    readonly modality: SessionModality;
    /** Whether this was the client's first session. */
    readonly isFirst: boolean;
    /** The clinician's free-text notes typed during the session, quoted in the note verbatim. */
    readonly notes: string;
  };
  /** Mood check-ins in the order given (usually one, at the start). */
  readonly moodCheckIns: readonly NoteMoodCheckIn[];
  readonly promptsAsked: readonly NotePromptAsked[];
  readonly milestonesTicked: readonly NoteMilestone[];
  readonly progressEntries: readonly NoteProgressEntry[];
  readonly measures: readonly NoteMeasure[];
  readonly gasRatings: readonly NoteGasRating[];
  /** Safety flags raised in this session or still open, with their review if recorded. */
  readonly safetyFlags: readonly NoteSafetyFlag[];
  /** Active goals touched in this session: a milestone ticked, an entry naming it, or a rating. */
  readonly goalsWorkedOn: readonly NoteGoalWorkedOn[];
  readonly plan: NotePlan;
}

/** A 0-10 mood check-in and the client's word, if they gave one. */
export interface NoteMoodCheckIn {
  readonly rating: number;
  readonly word: string | null;
}

/** A reflection prompt as it was worded when asked, and the client's answer. */
export interface NotePromptAsked {
  readonly text: string;
  /** Null (or blank) when no answer was recorded. */
  readonly answer: string | null;
}

/** A milestone, with the client's words for the goal it leads to. */
export interface NoteMilestone {
  readonly title: string;
  readonly goalClientWords: string;
}

/** A small win, setback, gratitude or reflection logged in the session, in the client's words. */
export interface NoteProgressEntry {
  readonly kind: ProgressEntryKind;
  readonly clientWords: string;
  /** Whether the entry celebrates the trying rather than the outcome. */
  readonly isEffort: boolean;
  /** The goal it is about, or null for life in general. */
  readonly goalClientWords: string | null;
}

/** A standard measure given in the session. */
export interface NoteMeasure {
  readonly instrument: StandardMeasure;
  /** Null for a form left incomplete, which is never scored. */
  readonly total: number | null;
  /** Whether every item was answered. */
  readonly isComplete: boolean;
  /** Later minus baseline (negative is lower); null when this score is the baseline. */
  readonly changeFromBaseline: number | null;
  /** From baseline to this score, by the NHS Talking Therapies thresholds; null at baseline. */
  readonly reliableChange: ReliableChange | null;
  /** Whether PHQ-9 item 9 was answered above 0. */
  readonly hasSafetyFlag: boolean;
}

/** A Goal Attainment Scaling rating given in the session. */
export interface NoteGasRating {
  readonly goalClientWords: string;
  readonly level: GasLevel;
  /** What this level looks like for the goal, in the client's words, when the goal has them. */
  readonly levelDescription: string | null;
}

/** A safety flag (PHQ-9 item 9 above 0) and its review, once a clinician has recorded it. */
export interface NoteSafetyFlag {
  /** ISO date or date-time. */
  readonly raisedOn: string;
  /** ISO date or date-time; null until the review is recorded. */
  readonly reviewedAt: string | null;
  readonly reviewNote: string | null;
  readonly reviewedByName: string | null;
}

/** An active goal worked on in the session, with its milestone count after the session. */
export interface NoteGoalWorkedOn {
  readonly clientWords: string;
  /** Milestones ticked so far, this session's included. */
  readonly ticked: number;
  /** All of the goal's milestones. */
  readonly total: number;
}

/** What comes next, as recorded by the end of the session. */
export interface NotePlan {
  readonly nextMilestones: readonly NoteMilestone[];
  readonly nextMeasuresDue: readonly {
    readonly instrument: StandardMeasure;
    /** ISO date. */
    readonly dueOn: string;
  }[];
  /** ISO date or date-time; null when no next session is booked. */
  readonly nextSessionOn: string | null;
}
